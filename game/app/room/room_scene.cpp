#include "app/room/room_scene.h"
#include "core/util/text_cut.h"

#include "app/app.h"
#include "app/scenes/debrief_scene.h"
#include "app/sound/murmur.h"
#include "app/painting/people_painter.h"
#include "app/painting/room_painter.h"
#include "app/layout/labels.h"
#include "app/layout/layout_dump.h"
#include "app/window_words.h"
#include "core/room/path.h"
#include "core/sim/views.h"

#include <imgui.h>
#include <imgui_internal.h>  // FindWindowByName: where the HUD and panels were laid out

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace mingle::app {

RoomScene::RoomScene(App& app, std::shared_ptr<GameSession> session)
    : app_(app),
      session_(std::move(session)),
      event_(&sim::current_event(session_->campaign(), session_->run())),
      event_no_(sim::status_view(session_->campaign(), session_->run()).event_no),
      crowd_(event_->room),
      obstacles_(room::obstacles(event_->room)) {
  const Room& room = event_->room;
  room::Vec2 door{room.width / 2, room.height - 1.0f};
  if (!room.entrances.empty())
    door = {std::clamp(room.entrances[0].x, 1.0f, room.width - 1.0f),
            std::clamp(room.entrances[0].y, 1.0f, room.height - 1.0f)};
  door_ = door;
  player_ = previous_player_ = room::nearest_free(room, obstacles_, {}, door, Crowd::kRadius);
  camera_ = {event_->room.width / 2, event_->room.height / 2};
  room_ = sim::room_view(session_->campaign(), session_->run());
  crowd_.sync(room_, event_->people);
  crowd_.settle();
  murmur_ = murmur_level(talking_count(room_, {}), static_cast<int>(room_.people.size()));
  replaying_ = app_.replaying();
  camera_log_ = std::getenv("MINGLE_CAMERA_LOG") != nullptr;
  if (const char* t = std::getenv("MINGLE_ROOM_TEXTURE")) room_texture_ = std::string(t) == "0" ? 0 : 1;
  // A fresh event opens with its briefing: who you are, why you're here, how to move.
  brief_open_ = sim::status_view(session_->campaign(), session_->run()).event_beginning && !talking();
  brief_age_ = 0.0f;
}

// [SECTION] Commands and what they did -------------------------------------------------------

sim::CommandResult RoomScene::send(const sim::Command& command, bool quiet) {
  sim::CommandResult r = session_->send(command);
  if (!r.ok) {
    toasts_.refuse(cut_text(refusal_for(r)), 5.0f);
    app_.sound().click();
    return r;
  }
  toasts_.clear_refusal();
  const std::string talking_with = sim::talking_with(session_->run());
  std::vector<std::string> lines;
  for (const auto& beat : r.beats)
    if (!(quiet && beat.kind == sim::BeatKind::Waited)) lines.push_back(line_for(beat));
  if (!talking_with.empty()) {
    // The panel shows the line you are answering; everything else the command said is listed
    // beside it: earlier lines on the way, items, hints, follow-ups, answers to asks.
    conversation_.said(r.beats);
  } else if (!r.conversation_closed.empty()) {
    std::vector<std::string> closing;
    for (const auto& l : lines) closing.push_back(cut_text(l));
    conversation_.ended(closing);
  } else if (!lines.empty()) {
    std::vector<std::string> news;
    for (const auto& l : lines) news.push_back(cut_text(l));
    bool warning = false;
    for (const auto& beat : r.beats)
      if (beat.kind == sim::BeatKind::ClosingSoon) warning = true;
    toasts_.news(std::move(news), warning);
  }
  const std::string person = !talking_with.empty() ? talking_with : r.conversation_closed;
  conversation_.set_reaction(reaction_for(r, person));
  if (!conversation_.reaction().empty() && !person.empty()) {
    float_person_ = person;
    float_timer_ = 2.5f;
  }
  if (r.value > 0 || !r.items.empty()) app_.sound().chime();
  if (!r.beats.empty() && r.beats.front().kind == sim::BeatKind::YouSaid)  // a choice: its note, or none
    conversation_.set_coach_note(app_.settings().practice_mode ? r.coach : std::string());
  after_command(r);
  return r;
}

void RoomScene::after_command(const sim::CommandResult& result) {
  if (result.event_ended || result.run_finished) {
    // The debrief explains any change the HUD did not show: the totals before this command.
    app_.scenes().replace(std::make_unique<DebriefScene>(app_, session_, event_no_, result.beats, result.after_event,
                                                         std::make_pair(result.enjoyment_before, result.value_before)));
    return;
  }
  refresh_room();
}

void RoomScene::refresh_room() {
  room_ = sim::room_view(session_->campaign(), session_->run());
  crowd_.sync(room_, event_->people);
  // The murmur follows how many are talking: groups, and whoever you are talking with.
  murmur_ = murmur_level(talking_count(room_, sim::talking_with(session_->run())),
                         static_cast<int>(room_.people.size()));
  popups_.refresh(*session_);
}

void RoomScene::try_talk(std::string person_id) {
  talk_on_arrival_.clear();
  if (replay_pending_) {  // a replayed walk arrived: what was recorded, a talk or not
    const sim::Command recorded = *replay_pending_;
    replay_pending_.reset();
    walking_to_ = false;
    route_.clear();
    if (recorded.verb != sim::Verb::Talk) {
      send(recorded);
      return;
    }
    person_id = recorded.args.at(0);
  }
  walking_to_ = false;
  conversation_.start_talk();
  float_person_ = person_id;
  send(sim::make_command(sim::Verb::Talk, {person_id}));
}

void RoomScene::choose(int number) {
  const auto view = sim::conversation_view(session_->campaign(), session_->run());
  if (!view.active || number < 1 || number > static_cast<int>(view.choices.size())) return;
  const sim::ChoiceView& cv = view.choices[static_cast<std::size_t>(number - 1)];
  if (!cv.available) {
    session_->send(sim::make_command(sim::Verb::Choose, {}, number));  // refused: recorded as a stuck point
    toasts_.refuse(cut_text(cv.reason), 4.0f);
    return;
  }
  if (view.person) float_person_ = view.person->id;
  app_.sound().click();
  send(sim::make_command(sim::Verb::Choose, {}, number));
}

// [SECTION] Input ----------------------------------------------------------------------------

room::Vec2 RoomScene::screen_to_room(int x, int y) const {
  const sf::Vector2u size = app_.window().getSize();
  const float scale = kPixelsPerMetre * zoom_;
  return {camera_.x + (static_cast<float>(x) - static_cast<float>(size.x) / 2) / scale,
          camera_.y + (static_cast<float>(y) - static_cast<float>(size.y) / 2) / scale};
}

const Guest* RoomScene::guest_under(room::Vec2 p) const {
  if (const Guest* drawn = crowd_.find(drawn_person_at(p)); drawn && !drawn->leaving) return drawn;  // a head or badge
  return crowd_.nearest(p, Crowd::kRadius * 1.6f);
}

bool RoomScene::room_in_play() const {
  return !replaying_ && !talking() && !paused_ && !brief_open_ && !notebook_open_ &&
         !popups_.popup_open() && !popups_.introducing();
}

bool RoomScene::at_door() const { return room::distance(player_, door_) < kDoorReach; }

std::vector<const Guest*> RoomScene::in_reach() const {
  // Whom E and Tab can pick (core/room/walk.h): anyone within the generous target reach.
  std::vector<const Guest*> present;
  std::vector<room::Vec2> at;
  for (const auto& g : crowd_.guests())
    if (!g.leaving) {
      present.push_back(&g);
      at.push_back(g.pos);
    }
  std::vector<const Guest*> out;
  for (const std::size_t i : room::targets(player_, at)) out.push_back(present[i]);
  return out;
}

const Guest* RoomScene::highlighted() const {
  if (talking()) return nullptr;
  if (!hover_.empty())
    if (const Guest* g = crowd_.find(hover_); g && !g->leaving) return g;
  if (!picked_.empty())
    if (const Guest* g = crowd_.find(picked_); g && !g->leaving && room::distance(g->pos, player_) <= room::kTargetReach)
      return g;
  return crowd_.nearest(player_, room::kTargetReach);
}

void RoomScene::approach(const Guest& g) {
  if (room::approach(obstacles_, player_, g.pos) == room::Approach::TalkNow) try_talk(g.id);
  else walk_to(g.pos, g.id);
}

void RoomScene::walk_to(room::Vec2 spot, const std::string& person) {
  talk_on_arrival_ = person;
  walk_target_ = spot;
  walking_to_ = true;
  stuck_timer_ = 0.0f;
  plan_route();
}

void RoomScene::plan_route() {
  replan_timer_ = 0.5f;
  room::PathRequest req;
  req.from = player_;
  req.to = walk_target_;
  req.radius = Crowd::kRadius;
  // Talking distance: a little inside reach, so the talk starts the moment the walk ends.
  if (!talk_on_arrival_.empty()) req.stop_within = room::kArriveReach;
  route_ = room::plan_path(event_->room, obstacles_, walk_bodies(crowd_, player_, walk_target_), req).points;
}

bool RoomScene::close_recap() {
  if (talking() || !conversation_.recap_open()) return false;
  conversation_.close_recap();
  return true;
}

bool RoomScene::handle_event(const sf::Event& event) {
  if (author_.handle_event(event)) return true;
  const bool talking = this->talking();
  if (brief_open_) {
    // The briefing needs its own key: one pressed before it has been up a moment (a double
    // Return from the screen before) does not walk in unread.
    if (event.type == sf::Event::KeyPressed && brief_age_ >= kBriefSettle &&
        (event.key.code == sf::Keyboard::Return || event.key.code == sf::Keyboard::Space ||
         event.key.code == sf::Keyboard::Escape))
      brief_open_ = false;
    return event.type == sf::Event::KeyPressed;
  }
  // The door's question opened while a walking key was held: that key's repeats must not move
  // the question's selection, so it waits for the key to be let go.
  if (event.type == sf::Event::KeyReleased) held_walk_key_ = false;
  if (event.type == sf::Event::KeyPressed) {
    const auto k = event.key.code;
    // An ended conversation's panel: any key closes it, and does only that (one key, one
    // action: Esc does not pause too, N does not open the notebook). Walking keys held down
    // still walk: they are read as held, not as presses.
    if (!paused_ && !notebook_open_ && !popups_.introducing() && close_recap()) return true;
    if (paused_) {
      Menu& menu = confirm_end_ ? confirm_menu_ : pause_menu_;
      if (k == sf::Keyboard::Escape) {
        if (confirm_end_) confirm_end_ = false;
        else paused_ = false;
      } else if (held_walk_key_ && (k == sf::Keyboard::Up || k == sf::Keyboard::W || k == sf::Keyboard::Down ||
                                    k == sf::Keyboard::S || k == sf::Keyboard::Left || k == sf::Keyboard::A ||
                                    k == sf::Keyboard::Right || k == sf::Keyboard::D)) {
        // (a repeat of the key that walked into the door)
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
      if (popups_.popup_shown()) popups_.close();
      else if (notebook_open_) notebook_open_ = false;
      else if (popups_.introducing()) popups_.stop_introduce();
      else if (talking) send(sim::make_command(sim::Verb::Leave));
      else paused_ = true;
      return true;
    }
    if (k == sf::Keyboard::N) {
      notebook_open_ = !notebook_open_;
      notebook_fresh_ = notebook_open_;
      return true;
    }
    if (k == sf::Keyboard::Tab) {
      // The next person within the target reach, nearest first, round again after the last.
      if (talking || notebook_open_) return true;
      const auto near = in_reach();
      if (near.empty()) {
        toasts_.refuse("Nobody is near enough. Walk towards someone, or click them.", 3.0f);
        return true;
      }
      const Guest* now = highlighted();
      std::size_t current = room::kNoTarget;
      std::vector<std::size_t> seen;
      for (std::size_t i = 0; i < near.size(); ++i) {
        if (near[i] == now) current = i;
        if (near[i] == now || std::find(tab_seen_.begin(), tab_seen_.end(), near[i]->id) != tab_seen_.end())
          seen.push_back(i);
      }
      std::vector<std::size_t> order(near.size());
      for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
      const std::size_t next = room::next_target(order, current, seen);
      if (seen.size() >= near.size()) tab_seen_.clear();  // a new round
      if (now) tab_seen_.push_back(now->id);
      picked_ = near[next]->id;
      tab_seen_.push_back(picked_);
      hover_.clear();
      return true;
    }
    // The keyboard's way into the conversation's popups (screens helper: room_panels.cpp):
    // V invites, R asks for an introduction, a number picks from the open popup or the
    // Introduce list, Esc closes it.
    const int number = k >= sf::Keyboard::Num1 && k <= sf::Keyboard::Num9         ? k - sf::Keyboard::Num1 + 1
                       : k >= sf::Keyboard::Numpad1 && k <= sf::Keyboard::Numpad9 ? k - sf::Keyboard::Numpad1 + 1
                                                                                   : 0;
    const SendCommand send_command = [this](const sim::Command& c) { send(c); };
    // Up/Down and Return reach every option of an open list, past nine too.
    const bool list_open = (popups_.introducing() && !talking) || (talking && popups_.popup_shown());
    if (list_open && (k == sf::Keyboard::Up || k == sf::Keyboard::W)) {
      popups_.move(-1, *session_);
      return true;
    }
    if (list_open && (k == sf::Keyboard::Down || k == sf::Keyboard::S)) {
      popups_.move(+1, *session_);
      return true;
    }
    if (list_open && (k == sf::Keyboard::Return || k == sf::Keyboard::Space)) {
      popups_.activate(*session_, send_command);
      return true;
    }
    if (popups_.introducing() && !talking) {
      if (number) popups_.key(number, *session_, send_command);
      return true;
    }
    if (talking) {
      if (k == sf::Keyboard::V) popups_.request("invite");
      else if (k == sf::Keyboard::R) popups_.request("ask-intro");
      else if (number && popups_.popup_shown()) popups_.key(number, *session_, send_command);
      else if (number) choose(number);
      else if (k == sf::Keyboard::Up || k == sf::Keyboard::W || k == sf::Keyboard::Down || k == sf::Keyboard::S) {
        const int count = static_cast<int>(sim::conversation_view(session_->campaign(), session_->run()).choices.size());
        conversation_.move_choice(k == sf::Keyboard::Up || k == sf::Keyboard::W ? -1 : +1, count);
      } else if ((k == sf::Keyboard::Return || k == sf::Keyboard::Space) && conversation_.selected_choice() > 0) {
        choose(conversation_.selected_choice());
      }
      return true;
    }
    if (k == sf::Keyboard::E || k == sf::Keyboard::Space) {
      // The highlighted person: talk now when close enough, else walk up to them first.
      if (const Guest* g = highlighted()) approach(*g);
      else toasts_.refuse("Nobody is near enough to talk to. Walk towards someone, or click them.", 3.0f);
      return true;
    }
    if (k == sf::Keyboard::J || k == sf::Keyboard::I) {
      const Guest* g = highlighted();
      if (!g) {
        toasts_.refuse("Nobody is near enough. Walk towards someone, or click them.", 3.0f);
      } else if (room::approach(obstacles_, player_, g->pos) == room::Approach::WalkCloser) {
        const Person* p = event_->person(g->id);
        toasts_.refuse("Walk closer to " + (p ? p->name : std::string("them")) + " first (E walks you over).", 3.0f);
      } else if (k == sf::Keyboard::J) {
        send(sim::make_command(sim::Verb::Join, {g->id}));
      } else {
        popups_.start_introduce(*session_, g->id);
      }
      return true;
    }
    if (k == sf::Keyboard::Add || k == sf::Keyboard::Equal) zoom_ = std::min(2.0f, zoom_ * 1.15f);
    if (k == sf::Keyboard::Subtract || k == sf::Keyboard::Hyphen) zoom_ = std::max(0.5f, zoom_ / 1.15f);
    return false;
  }
  if (event.type == sf::Event::MouseWheelScrolled && !paused_ && !notebook_open_ && !ImGui::GetIO().WantCaptureMouse) {
    zoom_ = std::clamp(zoom_ * (event.mouseWheelScroll.delta > 0 ? 1.1f : 1.0f / 1.1f), 0.5f, 2.0f);
    return true;
  }
  if (event.type == sf::Event::MouseMoved && !paused_ && !talking && !notebook_open_) {
    const Guest* g = ImGui::GetIO().WantCaptureMouse ? nullptr
                                                     : guest_under(screen_to_room(event.mouseMove.x, event.mouseMove.y));
    hover_ = g ? g->id : std::string();
    return false;
  }
  if (event.type == sf::Event::MouseButtonPressed && event.mouseButton.button == sf::Mouse::Left &&
      !paused_ && !talking && !notebook_open_ && !popups_.introducing()) {
    // A click closes an ended conversation's panel and does nothing else (a click on the panel
    // may reach here too, before the UI knows the pointer is over it).
    if (close_recap()) return true;
    const room::Vec2 p = screen_to_room(event.mouseButton.x, event.mouseButton.y);
    // A person's body, head or badge: the same (talk at once when close enough, else walk over).
    if (const Guest* g = guest_under(p)) approach(*g);
    else walk_to(p, std::string());
    return true;
  }
  return false;
}

// [SECTION] Walking, the clock and the camera -------------------------------------------------

void RoomScene::update(float dt) {
  if (author_.update(dt, *session_)) {  // the scenario was saved: the room as it is now
    event_ = &sim::current_event(session_->campaign(), session_->run());
    crowd_ = Crowd(event_->room);
    obstacles_ = room::obstacles(event_->room);
    player_ = previous_player_ = room::nearest_free(event_->room, obstacles_, {}, player_, Crowd::kRadius);
    refresh_room();
    crowd_.settle();
    walking_to_ = false;  // a planned walk was planned in the old room
    route_.clear();
    talk_on_arrival_.clear();
  }
  time_ += dt;
  previous_player_ = player_;
  toasts_.update(dt);
  conversation_.update(dt);
  float_timer_ = std::max(0.0f, float_timer_ - dt);
  const bool talking = this->talking();
  app_.sound().set_crowd(murmur_);
  brief_age_ = brief_open_ ? brief_age_ + dt : 0.0f;
  if (paused_ || brief_open_) return;

  // Walking: held keys, or towards a clicked spot.
  room::Vec2 dir{0, 0};
  if (!talking && !replaying_ && !notebook_open_ && !popups_.introducing() && !ImGui::GetIO().WantCaptureKeyboard) {
    using K = sf::Keyboard;
    if (K::isKeyPressed(K::Left) || K::isKeyPressed(K::A)) dir.x -= 1;
    if (K::isKeyPressed(K::Right) || K::isKeyPressed(K::D)) dir.x += 1;
    if (K::isKeyPressed(K::Up) || K::isKeyPressed(K::W)) dir.y -= 1;
    if (K::isKeyPressed(K::Down) || K::isKeyPressed(K::S)) dir.y += 1;
  }
  if (dir.x != 0 || dir.y != 0) {
    walking_to_ = false;
    route_.clear();
    talk_on_arrival_.clear();
    tab_seen_.clear();  // somewhere else: Tab's round starts again from whoever is near now
    conversation_.fade_recap(1.5f);  // walking on: let the recap fade
  } else if (walking_to_ && !talking && !replay_held_) {
    // A planned walk (core/room/path.h): to a spot, or to talking distance from a person. A
    // walk to a person is planned again as they move, and any walk when it stops making headway.
    replan_timer_ -= dt;
    if (!talk_on_arrival_.empty()) {
      const Guest* g = crowd_.find(talk_on_arrival_);
      if (!g || g->leaving) {
        walking_to_ = false;
        talk_on_arrival_.clear();
        route_.clear();
      } else {
        walk_target_ = g->pos;
        // Close enough: at the walk's end, or anywhere nearer than it aims for.
        if (room::approach(obstacles_, player_, g->pos) == room::Approach::TalkNow &&
            (route_.empty() || room::distance(g->pos, player_) <= room::kArriveReach)) {
          walking_to_ = false;
          route_.clear();
          try_talk(talk_on_arrival_);
        } else if (replan_timer_ <= 0.0f) {
          plan_route();
        }
      }
    }
    while (walking_to_ && !route_.empty() && room::distance(route_.front(), player_) < 0.04f) route_.erase(route_.begin());
    if (walking_to_ && route_.empty()) {
      if (talk_on_arrival_.empty()) walking_to_ = false;  // arrived (or as near as it gets)
      else if (replan_timer_ <= 0.0f) plan_route();
    }
    // The plan ends short of someone (their group stands close round them): walk straight at
    // them, and the group makes room (core/room/walk.h).
    if (walking_to_ && route_.empty() && !talk_on_arrival_.empty()) route_.push_back(walk_target_);
    if (walking_to_ && !route_.empty()) {
      const room::Vec2 to = route_.front() - player_;
      const float d = room::length(to);
      const float step_len = kPlayerSpeed * dt;
      dir = d <= step_len ? to * (1.0f / step_len) : to * (1.0f / d);  // never overshoot a corner
    }
  }
  if (dir.x != 0 || dir.y != 0) {
    const float len = room::length(dir);
    const room::Vec2 step = dir * (kPlayerSpeed * dt * std::min(1.0f, len) / len);
    const room::Vec2 next = room::walk_step(event_->room, obstacles_, crowd_.bodies_near(player_, 2.0f), player_,
                                              step, Crowd::kRadius);
    if (walking_to_) {
      // Someone stepped into the way: plan again; give up only after a while with no way on.
      if (room::distance(next, player_) < room::length(step) * 0.25f) {
        stuck_timer_ += dt;
        if (stuck_timer_ > 0.3f) plan_route();
        if (stuck_timer_ > 2.0f) {
          // Said, not silent: the player knows the walk ended and what to do.
          if (const Person* p = talk_on_arrival_.empty() || replaying_ ? nullptr : event_->person(talk_on_arrival_))
            toasts_.refuse("You can't get through to " + p->name + " from here: walk round, then try again.", 4.0f);
          walking_to_ = false;
          route_.clear();
          talk_on_arrival_.clear();
        }
      } else {
        stuck_timer_ = 0.0f;
      }
    }
    player_ = next;
  }
  // The crowd walks in fixed steps of its own (Crowd::kStep), and is seen between the last two.
  crowd_time_ += dt;
  for (; crowd_time_ >= Crowd::kStep; crowd_time_ -= Crowd::kStep) crowd_.update(Crowd::kStep, player_);
  crowd_.blend(crowd_time_ / Crowd::kStep);

  // Leaving by the door: once you have walked away from it, stepping back into the doorway asks
  // whether to end the event (the same question as the pause menu's). A walk planned to someone
  // that only passes the doorway on its way does not ask.
  const bool passing = walking_to_ && !talk_on_arrival_.empty();
  if (!at_door()) {
    left_door_ = true;
  } else if (left_door_ && !talking && !passing && !replaying_ && (dir.x != 0 || dir.y != 0)) {
    left_door_ = false;
    walking_to_ = false;
    paused_ = confirm_end_ = true;
    held_walk_key_ = true;
    confirm_menu_ = Menu({{"yes", "Yes, say goodbye and end it"}, {"no", "Not yet"}});
  }

  if (replaying_) replay_arrive(dt);

  // Game time passes while you walk the room (core/sim/idle_clock.h).
  for (int m = idle_clock_.tick(dt, room_in_play()); m > 0; --m) {
    const sim::CommandResult waited = send(sim::make_command(sim::Verb::Wait, {}, 1), /*quiet=*/true);
    if (!waited.ok || waited.event_ended || waited.run_finished) break;
  }

  // The camera frames the player, and whoever they walk to, have ringed or talk with, inside
  // the free area the screen's margins leave (app/layout/camera.h), never showing a void past
  // the walls there; it eases towards that, so a panel opening moves the room smoothly.
  const sf::Vector2u size = app_.window().getSize();
  const float scale = kPixelsPerMetre * zoom_;
  const sf::Vector2f screen(static_cast<float>(size.x), static_cast<float>(size.y));
  const ScreenBox free = free_area({0, 0, screen.x, screen.y}, margins_);
  const auto people = keep_in_sight();
  sf::Vector2f aimed = frame_camera(scale, screen, zoom_, people, free, {event_->room.width, event_->room.height}, 1.0f);
  // A toast or popup over someone who matters: moved clear of it too.
  aimed = keep_clear(aimed, scale, screen, zoom_, people, cover_);
  const float ease = std::min(1.0f, dt * 9.0f);  // most of the way in a quarter of a second
  camera_.x += (aimed.x - camera_.x) * ease;
  camera_.y += (aimed.y - camera_.y) * ease;
}

float RoomScene::prompt_band() const {
  const Settings& settings = app_.settings();
  return 50.0f + 64.0f * settings.ui_scale * settings.text_scale;  // the prompt (with its buttons)
}

std::vector<room::Vec2> RoomScene::keep_in_sight() const {
  std::vector<room::Vec2> out{player_};
  auto add = [&](const std::string& id) {
    if (id.empty()) return;
    if (const Guest* g = crowd_.find(id)) out.push_back(g->pos);
  };
  if (walking_to_) add(talk_on_arrival_);
  if (const Guest* g = highlighted()) out.push_back(g->pos);
  add(sim::talking_with(session_->run()));
  return out;
}

// [SECTION] Drawing --------------------------------------------------------------------------

void RoomScene::draw(sf::RenderWindow& window, float alpha) {
  const sf::Vector2u size = window.getSize();
  const float scale = kPixelsPerMetre * zoom_;
  sf::View view(camera_, {static_cast<float>(size.x) / scale, static_cast<float>(size.y) / scale});
  window.setView(view);
  const sf::Font* font = app_.has_title_font() ? &app_.title_font() : nullptr;
  const bool high_contrast = app_.settings().high_contrast;
  // The layout dump (--layout-dump) hears of the room's words and people only while the room
  // is what the player looks at: not under the briefing, the pause menu or the notebook.
  const bool dumping = layout_frame().on();
  if (brief_open_ || paused_ || notebook_open_) layout_frame().enable(false);
  // A room with a crowd keeps its floor in a texture (about 2 ms a frame on a software
  // renderer, for some 3-5 MiB); a smaller gathering draws its layers, well within the frame.
  room_painter_.set_texture_allowed(room_texture_ < 0 ? event_->people.size() >= kCrowdForTexture : room_texture_ == 1);
  room_painter_.paint(window, event_->room, view, high_contrast);
  window.setView(window.getDefaultView());
  room_painter_.paint_vignette(window, high_contrast);  // under the people: they stay bright
  window.setView(view);
  // Signs keep clear of the panels, and of the player and whoever they mean (they move along
  // their zone's edge as the player walks over them).
  std::vector<ScreenBox> sign_keep_out = cover_;
  const sf::Vector2f screen(static_cast<float>(size.x), static_cast<float>(size.y));
  for (const auto& p : keep_in_sight()) sign_keep_out.push_back(person_box(p, camera_, scale, screen, zoom_));
  std::vector<ScreenBox> figures;
  for (const auto& g : crowd_.guests()) figures.push_back(person_box(g.pos, camera_, scale, screen, zoom_));
  room_painter_.paint_labels(window, event_->room, font, zoom_,
                             app_.settings().ui_scale * app_.settings().text_scale, sign_keep_out, figures);
  const Guest* target = highlighted();
  PeopleFrame frame{*event_,
                    crowd_,
                    room_,
                    {previous_player_.x + (player_.x - previous_player_.x) * alpha,
                     previous_player_.y + (player_.y - previous_player_.y) * alpha},
                    session_->player(),
                    zoom_,
                    font,
                    target ? target->id : std::string(),
                    conversation_.reaction(),
                    float_person_,
                    float_timer_};
  const Settings& settings = app_.settings();  // figures' motion, outlines and badge size
  frame.reduced_motion = settings.reduced_motion;
  frame.high_contrast = settings.high_contrast;
  frame.ui_scale = settings.ui_scale * settings.text_scale;
  // Words keep clear of the panels over the room (note_cover) and of the zones' signs.
  frame.reserved = cover_;
  frame.reserved.insert(frame.reserved.end(), room_painter_.sign_boxes().begin(), room_painter_.sign_boxes().end());
  frame.bottom_inset = prompt_band();
  frame.clock = time_;
  paint_people(window, frame);
  window.setView(window.getDefaultView());
  layout_frame().enable(dumping);
}

void RoomScene::ui() {
  popups_.begin_frame();
  author_.ui(*session_, hud_bottom_);
  if (brief_open_) {
    ui_brief();
    return;
  }
  const SendCommand send_command = [this](const sim::Command& c) { send(c); };
  // The panels over the room take the window left of the author panel, when it is open.
  const float right = ImGui::GetIO().DisplaySize.x - AuthorPanel::width();
  ui_hud();
  conversation_.ui(*session_, app_.fonts(), popups_, [this](int n) { choose(n); }, send_command, hud_bottom_, right);
  ui_prompt(right);
  toasts_.ui(*session_, hud_bottom_, right);
  if (popups_.introducing()) popups_.introduce_window(*event_, send_command);
  if (notebook_open_) ui_notebook();
  if (paused_) ui_pause();
  note_cover();
}

void RoomScene::note_cover() {
  // Where the HUD and the panels were laid out this frame: the camera frames people in what
  // they leave free, and words keep clear of them, next frame.
  const sf::Vector2u size = app_.window().getSize();
  const float w_px = static_cast<float>(size.x), h_px = static_cast<float>(size.y);
  margins_.clear();
  cover_.clear();
  hud_bottom_ = 0.0f;  // (no HUD this frame: nothing at the top)
  margins_.push_back({0, h_px - prompt_band(), w_px, h_px});  // the prompt's band, kept free
  for (const ImGuiWindow* w : GImGui->Windows) {
    if (!w->Active || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
    const std::string name = w->Name;
    if (name.rfind("Debug##", 0) == 0) continue;
    const ScreenBox box{w->Pos.x, w->Pos.y, w->Pos.x + w->Size.x, w->Pos.y + w->Size.y};
    cover_.push_back(box);
    if (name == "##hud") hud_bottom_ = box.bottom;
    if (name == "##hud" || name == "##conversation" || name.rfind("Author", 0) == 0) margins_.push_back(box);
  }
  if (!camera_log_) return;
  // For the GUI tests: the boxes on screen now, printed when they change.
  const sf::Vector2f screen(static_cast<float>(size.x), static_cast<float>(size.y));
  const float scale = kPixelsPerMetre * zoom_;
  std::ostringstream line;
  auto box = [&](const ScreenBox& b) {
    line << ' ' << std::lround(b.left) << ' ' << std::lround(b.top) << ' ' << std::lround(b.right) << ' '
         << std::lround(b.bottom);
  };
  line << "camera: | room " << (room_painter_.drew_from_texture() ? "texture" : "layers");
  for (const auto& c : cover_) {
    line << " | cover";
    box(c);
  }
  auto person = [&](const char* role, const std::string& id) {
    if (id.empty()) return;
    if (const Guest* g = crowd_.find(id)) {
      line << " | " << role << ' ' << id;
      box(person_box(g->pos, camera_, scale, screen, zoom_));
    }
  };
  if (walking_to_) person("walking-to", talk_on_arrival_);
  if (const Guest* g = highlighted()) person("ringed", g->id);
  person("partner", sim::talking_with(session_->run()));
  if (line.str() != camera_logged_) {
    camera_logged_ = line.str();
    std::cout << camera_logged_ << std::endl;
  }
}

void RoomScene::replay(const std::string& command) {
  brief_open_ = false;
  sim::CommandResult unread;
  const auto cmd = sim::parse_command(command, unread);
  if (!cmd) {
    if (!unread.reason.empty()) toasts_.refuse(cut_text(unread.reason), 5.0f);
    return;
  }
  const sim::Verb verb = cmd->verb;
  if (verb == sim::Verb::Choose) {
    choose(cmd->number);
    return;
  }
  const bool to_someone = verb == sim::Verb::Talk || verb == sim::Verb::Join || verb == sim::Verb::Introduce ||
                          verb == sim::Verb::AskIntro;
  const Guest* g = to_someone && !cmd->args.empty() ? crowd_.find(cmd->args[0]) : nullptr;
  if (!talking() && g && !g->leaving) {
    // Walk over as the player did (E or a click from across the room), then the command.
    replay_pending_ = *cmd;
    replay_walk_ = 0.0f;
    if (room::approach(obstacles_, player_, g->pos) == room::Approach::TalkNow) try_talk(g->id);
    else walk_to(g->pos, g->id);
  } else if (!talking() && verb == sim::Verb::End) {
    // Out by the door, as the player would leave.
    replay_pending_ = *cmd;
    replay_walk_ = 0.0f;
    walk_to(door_, std::string());
  } else if (verb == sim::Verb::Talk) {
    try_talk(cmd->args.at(0));
  } else {
    send(*cmd);
  }
}

void RoomScene::replay_arrive(float dt) {
  if (!replay_pending_ || replay_held_) return;
  replay_walk_ += dt;
  // Arrived at the door, or the walk ended short of the person (or is taking too long): the
  // command all the same, for the run is what was recorded, wherever the figure got to.
  if (walking_to_ && replay_walk_ < kReplayWalkLimit) return;
  try_talk(std::string());  // sends the recorded command
}

}  // namespace mingle::app
