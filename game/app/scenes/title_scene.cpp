#include "app/scenes/title_scene.h"

#include "app/app.h"
#include "app/scenes/menu_panel.h"
#include "app/scenes/new_game_scene.h"
#include "app/scenes/notice_scene.h"
#include "app/painting/people_painter.h"
#include "app/scenes/settings_scene.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "core/util/version.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <SFML/Graphics/VertexArray.hpp>
#include <imgui.h>

#include <cmath>
#include <iterator>
#include <string>
#include <vector>

namespace mingle::app {
namespace {

sf::Color mix(sf::Color a, sf::Color b, float t) {
  auto m = [t](sf::Uint8 x, sf::Uint8 y) { return static_cast<sf::Uint8>(x + (y - x) * t); };
  return {m(a.r, b.r), m(a.g, b.g), m(a.b, b.b), m(a.a, b.a)};
}

// A few guests chatting in small circles: the title's backdrop, drawn as the room draws people
// (each look comes from the guest's id; traits give the posture). Places are fractions of the
// window; `group` says whom they stand with, and they face their group's middle.
struct TitleGuest {
  float x, y;
  int group;
  const char* id;
  const char* organisation;
  Trait trait;
  float phase;
};
const TitleGuest kGuests[] = {
    {0.12f, 0.30f, 0, "title-ines", "Guild of Translators", Trait::Chatty, 0.0f},
    {0.17f, 0.36f, 0, "title-marek", "Society of Archivists", Trait::Formal, 1.3f},
    {0.10f, 0.40f, 0, "title-aisha", "Guild of Translators", Trait::Warm, 2.1f},
    {0.84f, 0.28f, 1, "title-tomas", "Institute of Surveyors", Trait::Sceptical, 0.7f},
    {0.90f, 0.34f, 1, "title-ruth", "Dental Nurses' Association", Trait::Funny, 2.8f},
    {0.83f, 0.38f, 1, "title-kenji", "Institute of Surveyors", Trait::Curious, 1.9f},
    {0.20f, 0.78f, 2, "title-olu", "Booksellers' Federation", Trait::Warm, 0.4f},
    {0.26f, 0.82f, 2, "title-freya", "Society of Archivists", Trait::Shy, 2.4f},
    {0.76f, 0.80f, 3, "title-sam", "Council of Park Rangers", Trait::Chatty, 1.1f},
    {0.81f, 0.75f, 3, "title-lena", "Booksellers' Federation", Trait::Reserved, 3.0f},
};
constexpr int kGroups = 4;

const std::vector<Person>& title_people() {
  static const std::vector<Person> people = [] {
    std::vector<Person> out;
    for (const auto& g : kGuests) {
      Person p;
      p.id = g.id;
      p.organisation = g.organisation;
      p.traits = {g.trait};
      out.push_back(std::move(p));
    }
    return out;
  }();
  return people;
}

}  // namespace

TitleScene::TitleScene(App& app)
    : app_(app),
      menu_({{"new", "New game"},
             {"continue", "Continue", app.has_saved_game(), "No saved game yet"},
             {"settings", "Settings"},
             {"quit", "Quit"}}) {
  // A game in progress: Continue is what the player most likely wants; not at a workshop's
  // shared computer, where the saved game may be the last trainee's and Return would play it on
  // in their name.
  if (app.has_saved_game() && !app.workshop()) menu_.hover(1);
  if (app.has_saved_game() && app.workshop()) saved_player_ = app.saved_game_player();
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

  // Guests chatting in small groups (standing still with reduced motion), drawn in metres:
  // about nine metres from the window's top to its bottom.
  {
    const float ppm = size.y / 9.0f;
    const sf::View pixels = window.getView();
    window.setView(sf::View(sf::FloatRect(0, 0, size.x / ppm, size.y / ppm)));
    room::Vec2 middle[kGroups] = {};
    int members[kGroups] = {};
    for (const auto& g : kGuests) {
      middle[g.group] = middle[g.group] + room::Vec2{g.x * size.x / ppm, g.y * size.y / ppm};
      ++members[g.group];
    }
    static std::vector<LoneFigure> figures;  // reused: nothing allocated once the title has drawn
    figures.clear();
    const auto& people = title_people();
    for (std::size_t i = 0; i < std::size(kGuests); ++i) {
      const TitleGuest& g = kGuests[i];
      LoneFigure f;
      f.person = &people[i];
      f.pos = {g.x * size.x / ppm, g.y * size.y / ppm};
      const room::Vec2 to = middle[g.group] * (1.0f / static_cast<float>(members[g.group])) - f.pos;
      const float len = room::length(to);
      if (len > 1e-3f) f.facing = to * (1.0f / len);
      f.phase = g.phase;
      figures.push_back(f);
    }
    paint_figures(window, figures, t, theme::reduced_motion(), theme::high_contrast());
    window.setView(pixels);
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
  text_log_window();
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
  text_log_window();
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
    // Nobody has said who they are here yet: in a workshop that shows nobody's runs (each
    // trainee sees their own under New game, once they have typed their name).
    past_ = app_.past_runs("");
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
  text_log_window();
  const ImVec4 heading = theme::heading_text();
  // Room down to the footer (one line of text in its padding, 12 pixels off the bottom).
  const ImGuiStyle& style = ImGui::GetStyle();
  const float room = io.DisplaySize.y - 12.0f - ImGui::GetTextLineHeight() - 3.0f * style.WindowPadding.y -
                     (layout.menu_top - 14.0f);
  if (w) {
    ImGui::PushStyleColor(ImGuiCol_Text, heading);
    ImGui::TextWrapped("Workshop: %s", w->title.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", w->mode == WorkshopMode::Practice
                                 ? "Practice mode: the coach speaks as you play; play as often as you like."
                                 : "Assessed mode: the coach speaks in the debrief; your first attempt counts.");
    // Whose the saved game is (Continue would go on in their name), and where a trainee's own
    // runs are: each said where it fits (New game shows the runs either way).
    const std::string whose = saved_player_.empty() ? std::string()
                                                    : "Continue goes on with " + saved_player_ + "'s game.";
    for (const std::string& line : {whose, std::string("Your past runs show under New game, once you have typed your name.")}) {
      const float h = ImGui::CalcTextSize(line.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
      if (line.empty() || ImGui::GetCursorPosY() + style.ItemSpacing.y + h > room) continue;
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::TextWrapped("%s", line.c_str());
      ImGui::PopStyleColor();
    }
  }
  if (!past_.empty()) {
    if (w) ImGui::Spacing();
    ImGui::TextColored(heading, "Past runs");
    // Newest first, as many as fit above the footer.
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
