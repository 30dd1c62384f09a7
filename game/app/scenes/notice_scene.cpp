#include "app/scenes/notice_scene.h"

#include "app/app.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

NoticeScene::NoticeScene(App& app, std::string heading, std::string text)
    : app_(app), heading_(std::move(heading)), text_(std::move(text)) {}

bool NoticeScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed &&
      (event.key.code == sf::Keyboard::Escape || event.key.code == sf::Keyboard::Return)) {
    app_.scenes().pop();
    return true;
  }
  return false;
}

void NoticeScene::ui() {
  const float width = std::min(theme::px(620), ImGui::GetIO().DisplaySize.x - 40.0f);
  theme::next_window_centred(width);
  ImGui::Begin("##notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  text_log_window();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "%s", heading_.c_str());
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(width - 24.0f);
  ImGui::TextUnformatted(text_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button("Back  (Esc)", ImVec2(theme::px(180), 0))) app_.scenes().pop();
  ImGui::End();
}

}  // namespace mingle::app
