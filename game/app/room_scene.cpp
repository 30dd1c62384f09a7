#include "app/room_scene.h"

#include "app/app.h"
#include "app/debrief_scene.h"
#include "app/menu_panel.h"
#include "app/room_painter.h"
#include "app/settings_scene.h"
#include "app/theme.h"
#include "core/sim/views.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <imgui.h>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <cmath>

namespace mingle::app {
namespace {

std::string signed_number(int v) { return (v > 0 ? "+" : "") + std::to_string(v); }

}  // namespace

RoomScene::RoomScene(App& app, std::shared_ptr<GameSession> session)
    : app_(app),
      session_(std::move(session)),
      event_(&sim::current_event(session_->campaign(), session_->run())),
      step_(session_->run().step),
      crowd_(event_->room),
      obstacles_(room::obstacles(event_->room)) {
  const Room& room = event_->room;
  room::Vec2 door{room.width / 2, room.height - 1.0f};
  if (!room.entrances.empty())
    door = {std::clamp(room.entrances[0].x, 1.0f, room.width - 1.0f),
            std::clamp(room.entrances[0].y, 1.0f, room.height - 1.0f)};
  player_ = previous_player_ = room::nearest_free(room, obstacles_, {}, door, Crowd::kRadius);
  camera_ = {event_->room.width / 2, event_->room.height / 2};
  room_ = sim::room_view(session_->campaign(), session_->run());
  crowd_.sync(room_, event_->people);
  crowd_.settle();
  // A fresh event opens with its briefing: who you are, why you're here, how to move.
  brief_open_ = session_->run().clock == event_->starts && !session_->run().conversation;
}

sim::CommandResult RoomScene::send(const std::string& command, bool quiet) {
  const bool was_talking = session_->run().conversation.has_value();
  sim::CommandResult r = session_->send(command);
  if (!r.ok) {
    refusal_ = r.reason;
    refusal_timer_ = 5.0f;
    app_.sound().click();
    return r;
  }
  refusal_.clear();
  const bool talking = session_->run().conversation.has_value();
  if (was_talking && !talking) {
    closing_ = r.messages;
    closing_timer_ = 12.0f;
  } else if (!talking) {
    // News from the room; a quiet command's own first line ("you take a moment") is left out.
    std::vector<std::string> lines(r.messages.begin() + (quiet && !r.messages.empty() ? 1 : 0), r.messages.end());
    if (!lines.empty()) {
      news_ = lines;
      news_timer_ = 6.0f;
    }
  }
  after_command();
  return r;
}

void RoomScene::after_command() {
  const sim::RunState& run = session_->run();
  if (run.phase != sim::Phase::Event || run.step != step_) {
    app_.scenes().replace(std::make_unique<DebriefScene>(app_, session_, static_cast<int>(step_) + 1));
    return;
  }
  room_ = sim::room_view(session_->campaign(), run);
  crowd_.sync(room_, event_->people);
}

void RoomScene::try_talk(std::string person_id) {
  talk_on_arrival_.clear();
  walking_to_ = false;
  reaction_.clear();
  coach_note_.clear();
  closing_timer_ = 0.0f;
  send("talk " + person_id);
}

void RoomScene::choose(int number) {
  const auto view = sim::conversation_view(session_->campaign(), session_->run());
  if (!view.active || number < 1 || number > static_cast<int>(view.choices.size())) return;
  const sim::ChoiceView& cv = view.choices[static_cast<std::size_t>(number - 1)];
  if (!cv.available) {
    refusal_ = cv.reason;
    refusal_timer_ = 4.0f;
    return;
  }
  const std::string person = view.person ? view.person->id : std::string();
  const sim::Relationship* before_rel = session_->run().find_rel(person);
  const int regard0 = before_rel ? before_rel->regard : 0, rapport0 = before_rel ? before_rel->rapport : 0;
  const int enjoyment0 = session_->run().enjoyment, value0 = session_->run().value;
  const std::string coach = cv.choice ? cv.choice->coach : std::string();

  app_.sound().click();
  send("choose " + std::to_string(number));

  const sim::RunState& run = session_->run();
  const sim::Relationship* rel = run.find_rel(person);
  std::vector<std::string> parts;
  if (rel && rel->regard != regard0) parts.push_back("regard " + signed_number(rel->regard - regard0));
  if (rel && rel->rapport != rapport0) parts.push_back("rapport " + signed_number(rel->rapport - rapport0));
  if (run.enjoyment != enjoyment0) parts.push_back("enjoyment " + signed_number(run.enjoyment - enjoyment0));
  if (run.value != value0) parts.push_back("value " + signed_number(run.value - value0));
  reaction_.clear();
  for (std::size_t i = 0; i < parts.size(); ++i) reaction_ += (i ? ", " : "") + parts[i];
  if (!reaction_.empty()) {
    float_person_ = person;
    float_timer_ = 2.5f;
  }
  if (run.value > value0) app_.sound().chime();
  coach_note_ = app_.settings().practice_mode ? coach : std::string();
}

room::Vec2 RoomScene::screen_to_room(int x, int y) const {
  const sf::Vector2u size = app_.window().getSize();
  const float scale = kPixelsPerMetre * zoom_;
  return {camera_.x + (static_cast<float>(x) - static_cast<float>(size.x) / 2) / scale,
          camera_.y + (static_cast<float>(y) - static_cast<float>(size.y) / 2) / scale};
}

const Guest* RoomScene::guest_under(room::Vec2 p) const {
  const Guest* g = crowd_.nearest(p, Crowd::kRadius * 1.6f);
  return g;
}

bool RoomScene::handle_event(const sf::Event& event) {
  const bool talking = session_->run().conversation.has_value();
  if (brief_open_) {
    if (event.type == sf::Event::KeyPressed &&
        (event.key.code == sf::Keyboard::Return || event.key.code == sf::Keyboard::Space ||
         event.key.code == sf::Keyboard::Escape))
      brief_open_ = false;
    return event.type == sf::Event::KeyPressed;
  }
  if (event.type == sf::Event::KeyPressed) {
    const auto k = event.key.code;
    if (paused_) {
      Menu& menu = confirm_end_ ? confirm_menu_ : pause_menu_;
      if (k == sf::Keyboard::Escape) {
        if (confirm_end_) confirm_end_ = false;
        else paused_ = false;
      } else if (k == sf::Keyboard::Up || k == sf::Keyboard::W) {
        menu.move_up();
      } else if (k == sf::Keyboard::Down || k == sf::Keyboard::S) {
        menu.move_down();
      } else if (k == sf::Keyboard::Return || k == sf::Keyboard::Space) {
        pause_activate(menu.selected_item().id);
      }
      return true;
    }
    if (k == sf::Keyboard::Escape) {
      if (notebook_open_) notebook_open_ = false;
      else if (talking) send("leave");
      else paused_ = true;
      return true;
    }
    if (k == sf::Keyboard::N || k == sf::Keyboard::Tab) {
      notebook_open_ = !notebook_open_;
      return true;
    }
    if (talking) {
      if (k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9) choose(k - sf::Keyboard::Num1 + 1);
      else if (k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad9) choose(k - sf::Keyboard::Numpad1 + 1);
      return true;
    }
    if (k == sf::Keyboard::E || k == sf::Keyboard::Space || k == sf::Keyboard::Return) {
      if (const Guest* g = crowd_.nearest(player_, kTalkReach)) try_talk(g->id);
      return true;
    }
    if (k == sf::Keyboard::J) {
      if (const Guest* g = crowd_.nearest(player_, kTalkReach)) send("join " + g->id);
      return true;
    }
    if (k == sf::Keyboard::I) {
      if (const Guest* g = crowd_.nearest(player_, kTalkReach)) introduce_from_ = g->id;
      return true;
    }
    if (k == sf::Keyboard::Add || k == sf::Keyboard::Equal) zoom_ = std::min(2.0f, zoom_ * 1.15f);
    if (k == sf::Keyboard::Subtract || k == sf::Keyboard::Hyphen) zoom_ = std::max(0.5f, zoom_ / 1.15f);
    return false;
  }
  if (event.type == sf::Event::MouseWheelScrolled && !paused_) {
    zoom_ = std::clamp(zoom_ * (event.mouseWheelScroll.delta > 0 ? 1.1f : 1.0f / 1.1f), 0.5f, 2.0f);
    return true;
  }
  if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left &&
      !paused_ && !talking) {
    const room::Vec2 p = screen_to_room(event.mouseButton.x, event.mouseButton.y);
    if (const Guest* g = guest_under(p)) {
      talk_on_arrival_ = g->id;
      walk_target_ = g->pos;
    } else {
      talk_on_arrival_.clear();
      walk_target_ = p;
    }
    walking_to_ = true;
    return true;
  }
  return false;
}

void RoomScene::update(float dt) {
  time_ += dt;
  previous_player_ = player_;
  refusal_timer_ = std::max(0.0f, refusal_timer_ - dt);
  news_timer_ = std::max(0.0f, news_timer_ - dt);
  closing_timer_ = std::max(0.0f, closing_timer_ - dt);
  float_timer_ = std::max(0.0f, float_timer_ - dt);
  const bool talking = session_->run().conversation.has_value();
  app_.sound().set_crowd(std::min(1.0f, static_cast<float>(crowd_.guests().size()) / 12.0f));
  if (paused_ || brief_open_) return;

  // Walking: held keys, or towards a clicked spot.
  room::Vec2 dir{0, 0};
  if (!talking && !ImGui::GetIO().WantCaptureKeyboard) {
    using K = sf::Keyboard;
    if (K::isKeyPressed(K::Left) || K::isKeyPressed(K::A)) dir.x -= 1;
    if (K::isKeyPressed(K::Right) || K::isKeyPressed(K::D)) dir.x += 1;
    if (K::isKeyPressed(K::Up) || K::isKeyPressed(K::W)) dir.y -= 1;
    if (K::isKeyPressed(K::Down) || K::isKeyPressed(K::S)) dir.y += 1;
  }
  if (dir.x != 0 || dir.y != 0) {
    walking_to_ = false;
    talk_on_arrival_.clear();
    closing_timer_ = std::min(closing_timer_, 1.5f);  // walking on: let the recap fade
  } else if (walking_to_ && !talking) {
    if (!talk_on_arrival_.empty())
      if (const Guest* g = crowd_.find(talk_on_arrival_)) walk_target_ = g->pos;
    const room::Vec2 to = walk_target_ - player_;
    const float d = room::length(to);
    const float stop = talk_on_arrival_.empty() ? 0.05f : kTalkReach * 0.8f;
    if (d <= stop) {
      walking_to_ = false;
      if (!talk_on_arrival_.empty()) try_talk(talk_on_arrival_);
    } else {
      dir = to * (1.0f / d);
    }
  }
  if (dir.x != 0 || dir.y != 0) {
    const float len = room::length(dir);
    const room::Vec2 step = dir * (kPlayerSpeed * dt / len);
    const room::Vec2 next = room::slide(event_->room, obstacles_, crowd_.bodies(), player_, step, Crowd::kRadius);
    if (walking_to_ && next.x == player_.x && next.y == player_.y) walking_to_ = false;  // blocked
    player_ = next;
  }
  crowd_.update(dt, player_);

  // Game time passes while you walk the room; conversations spend it by themselves.
  if (!talking && !replaying_) {
    idle_seconds_ += dt;
    if (idle_seconds_ >= kSecondsPerGameMinute) {
      idle_seconds_ = 0.0f;
      send("wait 1", /*quiet=*/true);
    }
  }

  // The camera eases after the player, but never shows more outside the walls than it must:
  // a room smaller than the window sits in the middle of it.
  const sf::Vector2u size = app_.window().getSize();
  const float scale = kPixelsPerMetre * zoom_;
  // `inset` is screen taken by the HUD at that edge: the room is framed in what is left.
  auto aim = [](float want, float room_len, float view_len, float inset) {
    const float margin = 1.0f;  // metres of wall and floor edge left in view
    const float free_len = view_len - inset;
    if (room_len + 2 * margin <= free_len) return room_len / 2 - inset / 2;
    return std::clamp(want, view_len / 2 - margin - inset, room_len + margin - view_len / 2);
  };
  const float hud_top = kHudHeight / scale;
  const float target_x = aim(player_.x, event_->room.width, static_cast<float>(size.x) / scale, 0.0f);
  float target_y = aim(player_.y, event_->room.height, static_cast<float>(size.y) / scale, hud_top);
  // In a conversation the panel fills the bottom of the screen: lift the room so the two of
  // you stay in sight above it.
  if (talking || closing_timer_ > 0.0f) target_y += kPanelLift / scale;
  const float ease = std::min(1.0f, dt * 6.0f);
  camera_.x += (target_x - camera_.x) * ease;
  camera_.y += (target_y - camera_.y) * ease;
}

void RoomScene::draw(sf::RenderWindow& window, float alpha) {
  const sf::Vector2u size = window.getSize();
  const float scale = kPixelsPerMetre * zoom_;
  sf::View view(camera_, {static_cast<float>(size.x) / scale, static_cast<float>(size.y) / scale});
  window.setView(view);
  const sf::Font* font = app_.has_title_font() ? &app_.title_font() : nullptr;
  paint_room(window, event_->room, font);

  const sim::RoomView& room_view = room_;
  auto info = [&](const std::string& id) -> const sim::PersonInRoom* {
    for (const auto& p : room_view.people)
      if (p.person->id == id) return &p;
    return nullptr;
  };

  // Groups: a soft ring on the floor; warm when someone in it is free to talk, grey when not.
  std::map<std::string, std::vector<const Guest*>> groups;
  for (const auto& g : crowd_.guests())
    if (!g.zone.empty() && !g.leaving) groups[g.zone].push_back(&g);
  for (const auto& [zone, members] : groups) {
    if (members.size() < 2) continue;
    room::Vec2 c{0, 0};
    for (const Guest* g : members) c = c + g->pos;
    c = c * (1.0f / static_cast<float>(members.size()));
    float r = 0;
    for (const Guest* g : members) r = std::max(r, room::distance(c, g->pos));
    bool open = false;
    for (const Guest* g : members)
      if (const auto* p = info(g->id)) open |= p->available;
    sf::CircleShape ring(r + 0.75f, 48);
    ring.setOrigin(r + 0.75f, r + 0.75f);
    ring.setPosition(c.x, c.y);
    ring.setFillColor(open ? sf::Color(255, 210, 140, 40) : sf::Color(60, 60, 70, 60));
    ring.setOutlineThickness(0.06f);
    ring.setOutlineColor(open ? sf::Color(255, 210, 140, 150) : sf::Color(150, 150, 160, 150));
    window.draw(ring);
  }

  // Seen from above: shoulders in the person's colour, a head, and hair whose style, colour and
  // skin tone vary by person, so people differ in shape as well as colour.
  auto draw_body = [&](room::Vec2 p, sf::Color colour, float sway, bool is_player, int look) {
    static const sf::Color kSkin[] = {{250, 226, 200}, {224, 182, 140}, {176, 122, 84}, {120, 80, 56}, {236, 200, 170}};
    static const sf::Color kHair[] = {{60, 40, 30}, {30, 26, 24}, {170, 120, 60}, {200, 200, 205}, {120, 60, 40}, {230, 200, 120}};
    const int n = look < 0 ? 0 : look;
    const float broad = (n % 3 == 0) ? 1.12f : 1.0f;
    sf::CircleShape shadow(Crowd::kRadius);
    shadow.setOrigin(Crowd::kRadius, Crowd::kRadius);
    shadow.setScale(1.1f * broad, 0.6f);
    shadow.setPosition(p.x + 0.06f, p.y + 0.28f);
    shadow.setFillColor(sf::Color(0, 0, 0, 70));
    window.draw(shadow);
    sf::CircleShape body(Crowd::kRadius, 32);
    body.setOrigin(Crowd::kRadius, Crowd::kRadius);
    body.setScale(broad, 1.0f);
    body.setPosition(p.x + sway, p.y);
    body.setFillColor(colour);
    body.setOutlineThickness(is_player ? 0.08f : 0.05f);
    body.setOutlineColor(is_player ? theme::kInk : sf::Color(40, 30, 30));
    window.draw(body);
    const sf::Vector2f head_at{p.x + sway, p.y - 0.05f};
    const sf::Color hair = kHair[n % 6];
    const int style = is_player ? 0 : (n / 2) % 5;
    if (style == 2) {  // long hair, falling behind the head
      sf::CircleShape back(0.2f, 24);
      back.setOrigin(0.2f, 0.14f);
      back.setPosition(head_at);
      back.setFillColor(hair);
      window.draw(back);
    }
    sf::CircleShape head(0.16f, 24);
    head.setOrigin(0.16f, 0.16f);
    head.setPosition(head_at);
    head.setFillColor(is_player ? kSkin[0] : kSkin[(n * 3 + 1) % 5]);
    window.draw(head);
    if (style == 0 || style == 2) {  // hair on top
      sf::CircleShape top(0.15f, 24);
      top.setOrigin(0.15f, 0.15f);
      top.setScale(1.0f, 0.7f);
      top.setPosition(head_at.x, head_at.y - 0.06f);
      top.setFillColor(is_player ? sf::Color(90, 70, 60) : hair);
      window.draw(top);
    } else if (style == 1) {  // a bun
      sf::CircleShape bun(0.08f, 16);
      bun.setOrigin(0.08f, 0.08f);
      bun.setPosition(head_at.x, head_at.y - 0.17f);
      bun.setFillColor(hair);
      window.draw(bun);
    } else if (style == 3) {  // curls
      for (int k = 0; k < 5; ++k) {
        sf::CircleShape curl(0.06f, 12);
        curl.setOrigin(0.06f, 0.06f);
        const float a = -2.6f + 0.55f * static_cast<float>(k);
        curl.setPosition(head_at.x + std::cos(a) * 0.13f, head_at.y + std::sin(a) * 0.13f);
        curl.setFillColor(hair);
        window.draw(curl);
      }
    }  // style 4: close-cropped, the head alone
  };

  // A badge hangs above a guest's head and below the player, so the two never cover each
  // other when you stand face to face.
  auto draw_badge = [&](room::Vec2 p, const std::string& line1, const std::string& line2,
                        sf::Color accent, bool above, int stagger) {
    if (!font) return;
    const float k = 0.011f / std::max(0.7f, zoom_);  // badges stay readable when zoomed out
    // Authored text is UTF-8 (Lucía, Zoë); sf::Text would read a std::string as Latin-1.
    sf::Text name(sf::String::fromUtf8(line1.begin(), line1.end()), *font, 36);
    name.setScale(k, k);
    sf::Text org(sf::String::fromUtf8(line2.begin(), line2.end()), *font, 28);
    org.setScale(k, k);
    const float w = std::max(name.getGlobalBounds().width, org.getGlobalBounds().width) + 0.3f;
    const float h = line2.empty() ? 0.55f * k / 0.011f : 0.95f * k / 0.011f;
    // Every other member of a group hangs a badge higher, so neighbours' badges don't overlap.
    const float lift = static_cast<float>(stagger % 3) * (h + 0.06f);
    const float top = above ? p.y - Crowd::kRadius - 0.12f - h - lift : p.y + Crowd::kRadius + 0.12f;
    sf::RectangleShape card({w, h});
    card.setPosition(p.x - w / 2, top);
    card.setFillColor(sf::Color(255, 250, 240, 235));
    card.setOutlineThickness(0.04f);
    card.setOutlineColor(accent);
    window.draw(card);
    name.setFillColor(sf::Color(40, 30, 35));
    name.setPosition(p.x - name.getGlobalBounds().width / 2, top + 0.02f);
    window.draw(name);
    if (!line2.empty()) {
      org.setFillColor(sf::Color(90, 80, 90));
      org.setPosition(p.x - org.getGlobalBounds().width / 2, top + 0.45f * k / 0.011f);
      window.draw(org);
    }
  };

  // Bodies first, badges after, so a badge is never hidden under someone standing below.
  const room::Vec2 shown{previous_player_.x + (player_.x - previous_player_.x) * alpha,
                         previous_player_.y + (player_.y - previous_player_.y) * alpha};
  for (const auto& g : crowd_.guests()) {
    const float sway = std::sin(g.phase * 1.3f) * 0.03f;
    draw_body(g.pos, person_colour(g.colour), sway, false, g.colour);
    // The rung reached with them: one small pip per step up the ladder, at their feet.
    const auto* p = info(g.id);
    const int rung = p ? static_cast<int>(p->rung) : 0;
    for (int i = 0; i < rung; ++i) {
      sf::CircleShape pip(0.07f, 12);
      pip.setOrigin(0.07f, 0.07f);
      pip.setPosition(g.pos.x - 0.09f * static_cast<float>(rung - 1) + 0.18f * static_cast<float>(i),
                      g.pos.y + Crowd::kRadius + 0.12f);
      pip.setFillColor(theme::kAccent);
      pip.setOutlineThickness(0.02f);
      pip.setOutlineColor(sf::Color(60, 40, 20));
      window.draw(pip);
    }
  }
  draw_body(shown, sf::Color(250, 244, 232), 0.0f, true, 0);
  for (const auto& g : crowd_.guests()) {
    const Person* person = event_->person(g.id);
    if (!person) continue;
    // Up close a badge reads in full; across the room, a first name is what you'd make out.
    const bool near = room::distance(g.pos, player_) < 4.0f;
    const std::string name = near ? person->name : person->name.substr(0, person->name.find(' '));
    draw_badge(g.pos, name, near ? person->organisation : std::string(), person_colour(g.colour), true, g.slot);
  }
  // The reaction to the last choice rises from the person and fades: you see it land.
  if (float_timer_ > 0.0f && font)
    if (const Guest* g = crowd_.find(float_person_)) {
      const float age = 2.5f - float_timer_;
      sf::Text rise(sf::String::fromUtf8(reaction_.begin(), reaction_.end()), *font, 30);
      const float k = 0.011f / std::max(0.7f, zoom_);
      rise.setScale(k, k);
      const auto alpha_byte = static_cast<sf::Uint8>(255.0f * std::min(1.0f, float_timer_ / 1.0f));
      rise.setFillColor(sf::Color(255, 236, 170, alpha_byte));
      rise.setOutlineColor(sf::Color(40, 30, 30, alpha_byte));
      rise.setOutlineThickness(2.0f);
      rise.setPosition(g->pos.x - rise.getGlobalBounds().width / 2, g->pos.y - 1.9f - 0.4f * age);
      window.draw(rise);
    }
  draw_badge(shown, session_->player().empty() ? "You" : session_->player() + " (you)", "",
             theme::kAccentCool, false, 0);

  window.setView(window.getDefaultView());
}

void RoomScene::ui() {
  if (brief_open_) {
    ui_brief();
    return;
  }
  ui_hud();
  ui_conversation();
  ui_prompt();
  ui_toasts();
  if (!introduce_from_.empty()) ui_introduce_popup();
  if (notebook_open_) ui_notebook();
  if (paused_) ui_pause();
}

void RoomScene::ui_hud() {
  // Compact, in the top-left corner: the room is what the player should be looking at.
  const auto status = sim::status_view(session_->campaign(), session_->run());
  ImGui::SetNextWindowPos(ImVec2(10, 10));
  ImGui::SetNextWindowBgAlpha(0.8f);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8, 4));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::Begin("##hud", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "%s  ·  %d min left", status.clock.c_str(),
                     status.time_left);
  const float full = 40.0f;  // meters fill at 40 points: a very good evening
  auto meter = [&](const char* label, int v, ImVec4 colour) {
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::CalcTextSize("Enjoyment").x + 24.0f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, colour);
    ImGui::ProgressBar(std::clamp(static_cast<float>(v) / full, 0.0f, 1.0f), ImVec2(150, 18),
                       std::to_string(v).c_str());
    ImGui::PopStyleColor();
  };
  meter("Enjoyment", status.enjoyment, ImVec4(1.0f, 0.67f, 0.27f, 1.0f));
  meter("Value", status.value, ImVec4(0.34f, 0.63f, 0.86f, 1.0f));
  ImGui::TextColored(status.need_found ? ImVec4(0.55f, 0.85f, 0.55f, 1) : ImVec4(0.8f, 0.75f, 0.7f, 1), "%s",
                     status.need_found ? "Found what you came for" : "Still looking for what you came for");
  ImGui::TextDisabled("N notebook · Esc pause");
  ImGui::End();
  ImGui::PopStyleVar(2);
}

void RoomScene::ui_conversation() {
  const auto view = sim::conversation_view(session_->campaign(), session_->run());
  const ImGuiIO& io = ImGui::GetIO();
  // The last words of a conversation that just closed stay up until the player moves on.
  if (!view.active && closing_timer_ <= 0.0f) return;
  const float width = std::min(920.0f, io.DisplaySize.x - 40.0f);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 16.0f),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##conversation", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  if (view.active) {
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "%s", view.speaker_name.c_str());
    ImGui::PopFont();
    if (view.person) {
      ImGui::SameLine();
      ImGui::TextDisabled("%s, %s", view.person->role.c_str(), view.person->organisation.c_str());
    }
    ImGui::PushTextWrapPos(width - 30.0f);
    ImGui::PushFont(app_.fonts().large);
    ImGui::TextWrapped("%s", view.line.c_str());
    ImGui::PopFont();
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    int clicked = 0;
    // Each choice is a selectable row as tall as its wrapped text, so long lines wrap inside
    // the panel instead of running off its edge.
    const float row_width = width - 40.0f;
    const float number_width = ImGui::CalcTextSize("9.  ").x;
    for (const auto& c : view.choices) {
      const std::string text = c.choice ? c.choice->text : std::string();
      const std::string reason = c.available ? std::string() : "(" + c.reason + ")";
      const float text_width = row_width - number_width;
      const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_width).y +
                      (reason.empty() ? 0.0f
                                      : ImGui::GetStyle().ItemSpacing.y +
                                            ImGui::CalcTextSize(reason.c_str(), nullptr, false, text_width).y);
      ImGui::PushID(c.number);
      const ImVec2 top = ImGui::GetCursorPos();
      const ImGuiSelectableFlags flags = c.available ? 0 : ImGuiSelectableFlags_Disabled;
      if (ImGui::Selectable("##choice", false, flags, ImVec2(row_width, h)) && c.available) clicked = c.number;
      const ImVec2 after = ImGui::GetCursorPos();
      if (!c.available) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::SetCursorPos(top);
      ImGui::Text("%d.", c.number);
      ImGui::SetCursorPos(ImVec2(top.x + number_width, top.y));
      ImGui::PushTextWrapPos(top.x + row_width);
      ImGui::TextWrapped("%s", text.c_str());
      if (!reason.empty()) {
        ImGui::SetCursorPosX(top.x + number_width);
        ImGui::TextWrapped("%s", reason.c_str());
      }
      ImGui::PopTextWrapPos();
      if (!c.available) ImGui::PopStyleColor();
      ImGui::SetCursorPos(after);
      ImGui::PopID();
    }
    if (view.choices.empty()) ImGui::TextDisabled("(Esc to step away)");
    if (view.person) ui_conversation_actions(*view.person);
    if (clicked) choose(clicked);
  } else {
    ImGui::PushTextWrapPos(width - 30.0f);
    for (const auto& m : closing_) ImGui::TextWrapped("%s", m.c_str());
    ImGui::PopTextWrapPos();
  }
  if (!reaction_.empty()) ImGui::TextColored(ImVec4(0.55f, 0.8f, 1.0f, 1.0f), "%s", reaction_.c_str());
  if (!coach_note_.empty()) {
    ImGui::PushTextWrapPos(width - 30.0f);
    ImGui::TextColored(ImVec4(0.8f, 0.9f, 0.7f, 1.0f), "Coach: %s", coach_note_.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
}

void RoomScene::ui_brief() {
  const ImGuiIO& io = ImGui::GetIO();
  theme::next_window_centred(std::min(760.0f, io.DisplaySize.x - 40));
  ImGui::Begin("##brief", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "%s", event_->title.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s to %s  ·  you are the %s", sim::clock_text(event_->starts).c_str(),
                      sim::clock_text(event_->ends).c_str(), event_->player.role.c_str());
  ImGui::Spacing();
  ImGui::TextWrapped("%s", event_->brief.c_str());
  ImGui::Spacing();
  for (const auto& need : event_->player.needs)
    ImGui::TextColored(ImVec4(0.55f, 0.8f, 1.0f, 1.0f), "You came for: %s", need.label.c_str());
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Walk with the arrow keys or WASD, or click where to go. Walk up to someone and press E to "
                     "talk, then choose what to say with the number keys. N opens your notebook; Esc pauses.");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  if (ImGui::Button("Walk in  (Return)", ImVec2(240, 0))) brief_open_ = false;
  ImGui::End();
}

void RoomScene::ui_conversation_actions(const Person& person) {
  ImGui::Spacing();
  if (ImGui::Button("Invite...")) ImGui::OpenPopup("invite");
  ImGui::SameLine();
  if (ImGui::Button("Ask for an introduction...")) ImGui::OpenPopup("ask-intro");
  ImGui::SameLine();
  if (ImGui::Button("Step away  (Esc)")) send("leave");
  if (ImGui::BeginPopup("invite")) {
    ImGui::TextDisabled("Each asks a little more of %s", person.name.c_str());
    static const std::pair<const char*, const char*> kAsks[] = {
        {"coffee", "For a coffee some time"},
        {"lunch", "For lunch"},
        {"drinks", "For drinks after work"},
        {"personal", "To something personal (a hobby, a family day)"}};
    for (const auto& [kind, label] : kAsks)
      if (ImGui::Selectable(label)) send("invite " + person.id + " " + kind);
    ImGui::EndPopup();
  }
  if (ImGui::BeginPopup("ask-intro")) {
    bool any = false;
    for (const auto& k : person.knows) {
      const Person* other = event_->person(k.person);
      if (!other) continue;
      any = true;
      if (ImGui::Selectable((other->name + ", " + other->organisation).c_str()))
        send("ask-intro " + person.id + " " + other->id);
    }
    if (!any) ImGui::TextDisabled("%s doesn't know anyone else here.", person.name.c_str());
    ImGui::EndPopup();
  }
}

void RoomScene::ui_introduce_popup() {
  const Person* a = event_->person(introduce_from_);
  if (!a) {
    introduce_from_.clear();
    return;
  }
  theme::next_window_centred(0.0f);
  bool open = true;
  ImGui::Begin("Introduce", &open,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  ImGui::Text("Introduce %s to...", a->name.c_str());
  ImGui::TextDisabled("Connecting members who need each other is part of your job.");
  const sim::RoomView& room_view = room_;
  bool any = false;
  for (const auto& p : room_view.people) {
    if (p.person->id == a->id) continue;
    const sim::Relationship* rel = session_->run().find_rel(p.person->id);
    if (!rel || !rel->met()) continue;
    any = true;
    if (ImGui::Selectable((p.person->name + ", " + p.person->organisation).c_str())) {
      send("introduce " + a->id + " " + p.person->id);
      open = false;
    }
  }
  if (!any) ImGui::TextDisabled("Talk to someone else here first.");
  if (ImGui::Button("Cancel")) open = false;
  ImGui::End();
  if (!open) introduce_from_.clear();
}

void RoomScene::ui_prompt() {
  if (session_->run().conversation || closing_timer_ > 0.0f) return;
  const Guest* g = crowd_.nearest(player_, kTalkReach);
  if (!g) return;
  const Person* person = event_->person(g->id);
  if (!person) return;
  const sim::RoomView& room_view = room_;
  std::string text = "E: talk to " + person->name + "   ·   J: join their group   ·   I: introduce them to someone";
  for (const auto& p : room_view.people)
    if (p.person->id == g->id && !p.available) text = person->name + ": " + p.reason;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 40.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::Begin("##prompt", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
  ImGui::TextUnformatted(text.c_str());
  ImGui::End();
}

void RoomScene::ui_toasts() {
  for (auto& problem : session_->take_problems()) {
    refusal_ = problem;
    refusal_timer_ = 8.0f;
  }
  if (news_timer_ > 0.0f && !news_.empty() && refusal_timer_ <= 0.0f) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 16.0f, 16.0f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::Begin("##news", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    ImGui::PushTextWrapPos(420.0f);
    for (const auto& n : news_) ImGui::TextUnformatted(n.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
  }
  if (refusal_timer_ <= 0.0f || refusal_.empty()) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, 16.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowBgAlpha(0.92f);
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
  ImGui::PushTextWrapPos(560.0f);
  ImGui::TextUnformatted(refusal_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
}

void RoomScene::ui_notebook() {
  const auto nb = sim::notebook_view(session_->campaign(), session_->run());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(900.0f, io.DisplaySize.x - 60), io.DisplaySize.y * 0.7f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("Notebook  (N or Esc to close)", &notebook_open_,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "What you came for");
  for (const auto& n : nb.needs) ImGui::BulletText("%s", n.c_str());
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "People");
  if (nb.people.empty()) ImGui::TextDisabled("Nobody yet. Walk up to someone and say hello.");
  for (const auto& e : nb.people) {
    if (!e.person) continue;
    ImGui::Separator();
    ImGui::Text("%s", e.person->name.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("%s, %s", e.person->role.c_str(), e.person->organisation.c_str());
    ImGui::Text("%s  ·  regard %d  ·  rapport %d", rung_title(e.rung), e.regard, e.rapport);
    if (!e.how.empty()) ImGui::TextDisabled("%s", e.how.c_str());
    for (const auto& h : e.holds) ImGui::BulletText("Has: %s", h.c_str());
    for (const auto& r : e.received) ImGui::BulletText("Gave you: %s", r.c_str());
    for (const auto& f : e.follow_ups_due) ImGui::BulletText("Follow up: %s", f.c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(1.0f, 0.77f, 0.47f, 1.0f), "Hints");
  if (nb.hints.empty()) ImGui::TextDisabled("None yet: conversations turn them up.");
  for (const auto& h : nb.hints) ImGui::BulletText("%s", h.c_str());
  ImGui::End();
}

void RoomScene::pause_activate(const std::string& id) {
  app_.sound().click();
  if (id == "resume") {
    paused_ = false;
  } else if (id == "settings") {
    app_.scenes().push(std::make_unique<SettingsScene>(app_));
  } else if (id == "end") {
    confirm_end_ = true;
    confirm_menu_ = Menu({{"yes", "Yes, say goodbye and end it"}, {"no", "Not yet"}});
  } else if (id == "no") {
    confirm_end_ = false;
  } else if (id == "yes") {
    paused_ = confirm_end_ = false;
    if (session_->run().conversation) send("leave");
    send("end");
  } else if (id == "title") {
    app_.return_to_title();
  } else if (id == "quit") {
    app_.request_quit();
  }
}

void RoomScene::ui_pause() {
  Menu& menu = confirm_end_ ? confirm_menu_ : pause_menu_;
  const MenuRows rows{420.0f, 46.0f, 54.0f};
  const float pad = 18.0f, heading = 56.0f;
  const float height = heading + rows.pitch * static_cast<float>(menu.items().size()) + pad;
  theme::next_window_centred(rows.width + 2 * pad, height + pad);
  ImGui::Begin("##pause", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextUnformatted(confirm_end_ ? "End this event?" : "Paused");
  const ImVec2 origin(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + heading);
  const std::string clicked = menu_panel(menu, origin, rows);
  ImGui::PopFont();
  ImGui::End();
  if (!clicked.empty()) pause_activate(clicked);
}

void RoomScene::replay(const std::string& command) {
  brief_open_ = false;
  std::istringstream words(command);
  std::string verb, arg;
  words >> verb >> arg;
  if (verb == "choose") {
    choose(std::atoi(arg.c_str()));
  } else if (verb == "talk") {
    try_talk(arg);
  } else {
    send(command);
  }
}

}  // namespace mingle::app
