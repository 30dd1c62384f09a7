#include "app/title_scene.h"

#include "app/app.h"
#include "app/menu_panel.h"
#include "app/new_game_scene.h"
#include "app/notice_scene.h"
#include "app/settings_scene.h"
#include "app/theme.h"
#include "core/util/version.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <SFML/Graphics/VertexArray.hpp>
#include <imgui.h>

#include <cmath>
#include <string>

namespace mingle::app {
namespace {

sf::Color mix(sf::Color a, sf::Color b, float t) {
  auto m = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

// A few guests chatting in small circles: the title's backdrop, drawn from shapes.
struct Guest {
  float x, y;        // as a fraction of the window
  sf::Color colour;
  float phase;
};
const Guest kGuests[] = {
    {0.12f, 0.30f, {86, 160, 220}, 0.0f},  {0.17f, 0.36f, {240, 200, 120}, 1.3f},
    {0.10f, 0.40f, {200, 120, 160}, 2.1f}, {0.84f, 0.28f, {130, 190, 140}, 0.7f},
    {0.90f, 0.34f, {255, 170, 70}, 2.8f},  {0.83f, 0.38f, {170, 150, 230}, 1.9f},
    {0.20f, 0.78f, {255, 170, 70}, 0.4f},  {0.26f, 0.82f, {86, 160, 220}, 2.4f},
    {0.76f, 0.80f, {200, 120, 160}, 1.1f}, {0.81f, 0.75f, {240, 200, 120}, 3.0f},
};

}  // namespace

TitleScene::TitleScene(App& app)
    : app_(app),
      menu_({{"new", "New game"},
             {"continue", "Continue", app.has_saved_game(), "No saved game yet"},
             {"settings", "Settings"},
             {"quit", "Quit"}}) {
  // A game in progress: Continue is what the player most likely wants.
  if (app.has_saved_game()) menu_.hover(1);
}

bool TitleScene::handle_event(const sf::Event& event) {
  if (event.type != sf::Event::KeyPressed) return false;
  switch (event.key.code) {
    case sf::Keyboard::Up:
    case sf::Keyboard::W: menu_.move_up(); app_.sound().click(); return true;
    case sf::Keyboard::Down:
    case sf::Keyboard::S: menu_.move_down(); app_.sound().click(); return true;
    case sf::Keyboard::Return:
    case sf::Keyboard::Space: activate(menu_.selected_item().id); return true;
    default: return false;
  }
}

void TitleScene::update(float dt) {
  app_.sound().set_crowd(0.35f);  // a murmur from the room next door
  previous_time_ = time_;
  time_ += dt;
}

void TitleScene::activate(const std::string& id) {
  app_.sound().click();
  if (id == "quit") {
    app_.request_quit();
  } else if (id == "settings") {
    app_.scenes().push(std::make_unique<SettingsScene>(app_));
  } else if (id == "new") {
    app_.scenes().push(std::make_unique<NewGameScene>(app_));
  } else if (id == "continue") {
    std::string error;
    if (!app_.continue_game(error))
      app_.scenes().push(std::make_unique<NoticeScene>(app_, "Continue", "The saved game could not be resumed: " + error + "."));
  }
}

void TitleScene::draw(sf::RenderWindow& window, float alpha) {
  const float t = previous_time_ + (time_ - previous_time_) * alpha;
  const sf::Vector2f size = window.getView().getSize();

  // Wooden floor: warm boards with a glow from the top, like light from tall windows.
  sf::VertexArray floor(sf::Quads);
  const float board = 38.0f;
  for (int i = 0; board * static_cast<float>(i) < size.y; ++i) {
    const float y0 = board * static_cast<float>(i), y1 = y0 + board - 2.0f;
    const sf::Color c = (i % 2) ? theme::kFloorDark : theme::kFloorLight;
    const sf::Color top = mix(c, theme::kGlow, 0.35f * (1.0f - y0 / size.y));
    const sf::Color bottom = mix(c, theme::kWall, 0.45f * (y1 / size.y));
    floor.append({{0, y0}, top});
    floor.append({{size.x, y0}, top});
    floor.append({{size.x, y1}, bottom});
    floor.append({{0, y1}, bottom});
  }
  window.draw(floor);

  // Another screen (New game, Settings) drawn over the title: the room stays, softly veiled,
  // and the title's carpet and letters make way for that screen's panel.
  const bool covered = app_.scenes().top() != this;

  // A carpet under the title, with a soft border.
  sf::RectangleShape carpet({size.x * 0.56f, size.y * 0.78f});
  carpet.setOrigin(carpet.getSize() * 0.5f);
  carpet.setPosition(size.x * 0.5f, size.y * 0.53f);
  carpet.setFillColor(mix(theme::kCarpet, theme::kWall, 0.25f));
  carpet.setOutlineThickness(6.0f);
  carpet.setOutlineColor(mix(theme::kCarpet, theme::kGlow, 0.3f));
  if (!covered) window.draw(carpet);

  // Guests, gently swaying (standing still with reduced motion), each with a shadow.
  for (const Guest& g : kGuests) {
    const float sway = theme::reduced_motion() ? 0.0f : std::sin(t * 1.4f + g.phase) * 3.0f;
    const sf::Vector2f p{g.x * size.x + sway, g.y * size.y};
    sf::CircleShape shadow(22.0f);
    shadow.setOrigin(22.0f, 22.0f);
    shadow.setScale(1.1f, 0.55f);
    shadow.setPosition(p.x + 4.0f, p.y + 18.0f);
    shadow.setFillColor(sf::Color(0, 0, 0, 60));
    window.draw(shadow);
    sf::CircleShape body(20.0f);
    body.setOrigin(20.0f, 20.0f);
    body.setPosition(p);
    body.setFillColor(g.colour);
    body.setOutlineThickness(3.0f);
    body.setOutlineColor(mix(g.colour, sf::Color::Black, 0.35f));
    window.draw(body);
    sf::CircleShape head(9.0f);
    head.setOrigin(9.0f, 9.0f);
    head.setPosition(p.x, p.y - 4.0f);
    head.setFillColor(sf::Color(250, 226, 200));
    window.draw(head);
  }

  if (covered) {
    sf::RectangleShape veil(size);
    veil.setFillColor(sf::Color(theme::kWall.r, theme::kWall.g, theme::kWall.b, theme::high_contrast() ? 235 : 170));
    window.draw(veil);
    return;
  }

  // The name and the tagline sit above the menu, moving up with it when the panels are large.
  const TitleLayout layout = TitleLayout::for_window(size.x, size.y, theme::ui_scale());
  const float tagline_y = std::min(size.y * 0.33f, layout.menu_top - 52.0f);
  const float title_y = std::min(size.y * 0.22f, tagline_y - 80.0f);
  if (app_.has_title_font()) {
    sf::Text title("Mingle", app_.title_font(), 110);
    title.setStyle(sf::Text::Bold);
    const sf::FloatRect b = title.getLocalBounds();
    title.setOrigin(b.left + b.width * 0.5f, b.top + b.height * 0.5f);
    title.setPosition(size.x * 0.5f + 4.0f, title_y + 5.0f);
    title.setFillColor(sf::Color(0, 0, 0, 90));
    window.draw(title);
    title.setPosition(size.x * 0.5f, title_y);
    title.setFillColor(theme::kInk);
    window.draw(title);

    sf::Text tagline("Practise working the room", app_.title_font(), 28);
    const sf::FloatRect tb = tagline.getLocalBounds();
    tagline.setOrigin(tb.left + tb.width * 0.5f, tb.top);
    tagline.setPosition(size.x * 0.5f, tagline_y);
    tagline.setFillColor(theme::kGlow);
    window.draw(tagline);
  }
}

void TitleScene::ui() {
  ImGuiIO& io = ImGui::GetIO();
  const TitleLayout layout = TitleLayout::for_window(io.DisplaySize.x, io.DisplaySize.y, theme::ui_scale());
  const auto& items = menu_.items();
  const float pad = 14.0f;

  ImGui::SetNextWindowPos(ImVec2(layout.menu_left - pad, layout.menu_top - pad));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.94f));
  ImGui::SetNextWindowSize(ImVec2(layout.item_width + 2 * pad,
                                  layout.item_pitch * static_cast<float>(items.size()) -
                                      (layout.item_pitch - layout.item_height) + 2 * pad));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad));
  ImGui::Begin("##title-menu", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::PushFont(app_.fonts().large);
  const std::string clicked =
      menu_panel(menu_, ImVec2(layout.menu_left, layout.menu_top),
                 {layout.item_width, layout.item_height, layout.item_pitch});
  ImGui::PopFont();
  ImGui::End();
  ImGui::PopStyleVar();

  // Version and a hint along the bottom edge.
  ImGui::SetNextWindowPos(ImVec2(12, io.DisplaySize.y - 12), ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.6f));
  ImGui::Begin("##title-footer", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::Text("Mingle %s   ·   Up/Down and Return, or the mouse   ·   F11 fullscreen",
                      std::string(version()).c_str());
  ImGui::End();

  workshop_panel();
  if (!clicked.empty()) activate(clicked);
}

// Which workshop and mode this is, and the player's past runs with their scores and ideas met.
void TitleScene::workshop_panel() {
  const ImGuiIO& io = ImGui::GetIO();
  const Workshop* w = app_.workshop();
  if (!past_loaded_) {
    past_ = app_.past_runs();
    past_loaded_ = true;
  }
  if (!w && past_.empty()) return;
  // Beside the menu, on the left, clear of the title.
  const TitleLayout layout = TitleLayout::for_window(io.DisplaySize.x, io.DisplaySize.y, theme::ui_scale());
  const float width = std::min(420.0f, layout.menu_left - 40.0f);
  if (width < 200.0f) return;  // a window too narrow: the menu comes first
  ImGui::SetNextWindowPos(ImVec2(16, layout.menu_top - 14), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.72f));
  ImGui::Begin("##title-workshop", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing);
  const ImVec4 heading = theme::heading_text();
  if (w) {
    ImGui::PushStyleColor(ImGuiCol_Text, heading);
    ImGui::TextWrapped("Workshop: %s", w->title.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", w->mode == WorkshopMode::Practice
                                 ? "Practice mode: the coach speaks as you play; play as often as you like."
                                 : "Assessed mode: the coach speaks in the debrief; your first attempt counts.");
  }
  if (!past_.empty()) {
    if (w) ImGui::Spacing();
    ImGui::TextColored(heading, "Past runs");
    // Newest first, as many as fit above the footer.
    const float room = io.DisplaySize.y - 60.0f - (layout.menu_top - 14.0f);
    for (std::size_t i = past_.size(); i-- > 0;) {
      if (ImGui::GetCursorPosY() + 3.0f * ImGui::GetTextLineHeightWithSpacing() > room) {
        ImGui::TextDisabled("and %zu more in the results folder", i + 1);
        break;
      }
      const auto& r = past_[i];
      ImGui::Bullet();
      ImGui::TextWrapped("%s%s", r.player.empty() ? "" : (r.player + ", ").c_str(), net::past_run_line(r).c_str());
    }
  }
  ImGui::End();
}

}  // namespace mingle::app
