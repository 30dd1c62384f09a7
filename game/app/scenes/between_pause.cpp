#include "app/scenes/between_pause.h"

#include "app/app.h"
#include "app/scenes/menu_panel.h"
#include "app/scenes/settings_scene.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"

#include <imgui.h>

namespace mingle::app {

bool BetweenPause::handle_event(App& app, const sf::Event& event) {
  if (event.type != sf::Event::KeyPressed) return open_ && event.type == sf::Event::MouseButtonPressed;
  const auto k = event.key.code;
  if (!open_) {
    if (k != sf::Keyboard::Escape) return false;
    open_ = true;
    menu_ = Menu({{"resume", "Back to the results"},
                  {"settings", "Settings"},
                  {"title", "Save and return to the title"},
                  {"quit", "Save and quit"}});
    app.sound().click();
    return true;
  }
  if (k == sf::Keyboard::Escape) open_ = false;
  else if (k == sf::Keyboard::Up || k == sf::Keyboard::W) menu_.move_up();
  else if (k == sf::Keyboard::Down || k == sf::Keyboard::S) menu_.move_down();
  else if (k == sf::Keyboard::Return || k == sf::Keyboard::Space) activate(app, menu_.selected_item().id);
  return true;
}

void BetweenPause::activate(App& app, const std::string& id) {
  app.sound().click();
  if (id == "resume") {
    open_ = false;
  } else if (id == "settings") {
    app.scenes().push(std::make_unique<SettingsScene>(app));
  } else if (id == "title") {
    open_ = false;
    app.return_to_title();  // replaces this screen: nothing after this touches it
  } else if (id == "quit") {
    app.request_quit();
  }
}

void BetweenPause::ui(App& app) {
  if (!open_) return;
  const MenuRows rows{theme::px(420), theme::px(46), theme::px(54)};
  const float pad = theme::px(18), heading = theme::px(56);
  const float height = heading + rows.pitch * static_cast<float>(menu_.items().size()) + pad;
  // Dim what is behind, so the menu reads as on top.
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::SetNextWindowBgAlpha(theme::high_contrast() ? 0.85f : 0.55f);
  ImGui::Begin("##between-dim", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs |
                   ImGuiWindowFlags_NoNav);
  text_log_window();
  ImGui::End();
  theme::next_window_centred(rows.width + 2 * pad, height + pad);
  ImGui::SetNextWindowFocus();
  ImGui::Begin("##between-pause", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  text_log_window();
  ImGui::PushFont(app.fonts().large);
  ImGui::TextUnformatted("Paused");
  const ImVec2 origin(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + heading);
  const std::string clicked = menu_panel(menu_, origin, rows);
  ImGui::PopFont();
  ImGui::End();
  if (!clicked.empty()) activate(app, clicked);
}

}  // namespace mingle::app
