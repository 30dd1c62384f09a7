#pragma once
// The conference room: the player walks (WASD / arrow keys, or click a spot), reads badges,
// and talks to people (E or Space on the one ringed, or a click on them or their badge; from a
// few steps away the player walks over first: core/room/walk.h). The conversation panel,
// the HUD, the notebook and the pause menu are ImGui panels over the room. Every change to the
// game goes through GameSession::send() as a core command, and what each command did comes
// back as data (core/sim/outcome.h) for the panels to show.
//
// room_scene.cpp is the controller (input, walking, camera, sending commands); the panels are
// room_panels.cpp (HUD, prompt, notebook, briefing, pause), conversation_panel.h, popups.h
// and toasts.h; app/painting/people_painter.h draws the people.
#include "app/room/author_panel.h"
#include "app/room/conversation_panel.h"
#include "app/room/popups.h"
#include "app/room/toasts.h"
#include "app/layout/camera.h"
#include "app/layout/crowd.h"
#include "app/game_session.h"
#include "app/scenes/menu.h"
#include "app/painting/room_painter.h"
#include "app/scenes/scene.h"
#include "core/room/geometry.h"
#include "core/room/walk.h"
#include "core/sim/idle_clock.h"
#include "core/sim/views.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mingle::app {

class App;

class RoomScene : public Scene {
 public:
  RoomScene(App& app, std::shared_ptr<GameSession> session);

  bool handle_event(const sf::Event& event) override;
  void update(float dt) override;
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;

  // Replays (app/app_replay.cpp): play one recorded command as the player would have. A talk
  // (or a join, an introduction, an ask for one) walks the player over to the person first, with
  // the game's own walking (core/room/walk.h), and an `end` walks to the door; replay_busy()
  // holds the next command until the walk is done. While a replay runs the room spends no idle
  // time of its own (the recorded `wait`s are that time) and the walking keys do nothing.
  void replay(const std::string& command);
  bool replay_busy() const { return replay_pending_.has_value(); }
  void hold_replay_walk(bool hold) { replay_held_ = hold; }  // the replay is paused: the figure waits too
  float hud_bottom() const { return hud_bottom_; }  // where the HUD bar ends (window pixels)

  static constexpr float kPixelsPerMetre = 48.0f;
  static constexpr float kPlayerSpeed = room::kWalkSpeed;  // metres per second (core/room/walk.h)
  static constexpr float kTalkReach = room::kTalkReach;    // metres from the player's centre
  static constexpr float kBriefSettle = 0.6f;  // seconds the briefing is up before a key walks in
  static constexpr float kDoorReach = 0.8f;     // metres: standing in the doorway
  static constexpr float kReplayWalkLimit = 20.0f;  // seconds: a replayed walk longer than this talks from where it got

 private:
  sim::CommandResult send(const sim::Command& command, bool quiet = false);
  bool talking() const { return !sim::talking_with(session_->run()).empty(); }
  void after_command(const sim::CommandResult& result);
  void refresh_room();  // who is where, after a command or a reload
  void try_talk(std::string person_id);  // by value: callers pass talk_on_arrival_, which it clears
  void choose(int number);
  room::Vec2 screen_to_room(int x, int y) const;
  const Guest* guest_under(room::Vec2 p) const;
  bool room_in_play() const;  // the idle clock runs only then
  bool at_door() const;
  // Whom E, Space or a click acts on: the person under the pointer, else the one picked with
  // Tab while still in reach, else the nearest within reach. nullptr when nobody.
  const Guest* highlighted() const;
  std::vector<const Guest*> in_reach() const;  // nearest first
  void walk_to(room::Vec2 spot, const std::string& person);  // plans a route (core/room/path.h)
  // E, Space or a click on someone (body, head or badge): talk now when close enough with
  // nothing between (core/room/walk.h), else walk over and talk on arrival.
  void approach(const Guest& g);
  void plan_route();
  bool close_recap();  // an ended conversation's panel: true when it was open and is now closed

  void ui_hud();
  void ui_prompt(float right);  // centred in the window left of `right`
  void ui_notebook();
  void ui_pause();
  void ui_brief();
  void pause_activate(const std::string& id);

  App& app_;
  std::shared_ptr<GameSession> session_;
  AuthorPanel author_{*session_};  // F1 and live editing (app/author_panel.h)
  ConversationPanel conversation_;
  Popups popups_;
  Toasts toasts_;
  const Event* event_ = nullptr;
  int event_no_ = 0;  // the event this scene shows (1-based)
  Crowd crowd_;
  float crowd_time_ = 0.0f;  // time not yet walked by the crowd (less than one Crowd::kStep)
  sim::RoomView room_;  // who is where: changes only with a command, so kept between frames
  std::vector<Rect> obstacles_;
  room::Vec2 player_, previous_player_, door_;
  bool left_door_ = false;  // walked away from the door once: coming back to it means leaving
  bool walking_to_ = false;
  room::Vec2 walk_target_;
  std::vector<room::Vec2> route_;  // waypoints of a planned walk, the next one first
  float replan_timer_ = 0.0f;      // a walk to a person is planned again as they move
  float stuck_timer_ = 0.0f;       // how long a planned walk has made no headway
  std::string hover_;              // the person under the pointer
  std::string picked_;             // the person chosen with Tab
  std::vector<std::string> tab_seen_;  // picked with Tab this round (core/room/walk.h next_target)
  std::string talk_on_arrival_;  // a clicked person: talk once close enough
  sf::Vector2f camera_;
  float zoom_ = 1.0f;
  RoomPainter room_painter_;      // the room's shapes, built once per room
  // The room's screen margins, as the last frame laid them out (window pixels): `margins_`
  // bound the free area the camera frames people in (the HUD bar, the prompt's band, the
  // conversation panel, the author panel); `cover_` is everything over the room (those, the
  // toasts and popups too), which badges, signs and rising text keep clear of.
  std::vector<ScreenBox> margins_, cover_;
  float hud_bottom_ = 0.0f;  // where the HUD bar ends: the toasts hang below it
  float prompt_band() const;  // the prompt's band at the bottom, kept free even with no prompt
  bool camera_log_ = false;       // MINGLE_CAMERA_LOG: print the camera's boxes (GUI tests)
  int room_texture_ = -1;        // MINGLE_ROOM_TEXTURE: 0 never, 1 always, -1 for a crowd only
  static constexpr std::size_t kCrowdForTexture = 100;  // people in the event
  std::string camera_logged_;
  float murmur_ = 0.0f;           // the crowd's murmur for who is talking (app/murmur.h)
  std::vector<room::Vec2> keep_in_sight() const;  // the player, then whom the camera keeps clear
  void note_cover();  // after the panels: where they are, for the camera (and its test log)
  sim::IdleClock idle_clock_;
  float time_ = 0.0f;
  bool notebook_open_ = false;
  bool brief_open_ = false;  // the event's briefing, shown as the player walks in
  float brief_age_ = 0.0f;   // how long it has been up: a key read too fast does not skip it
  bool notebook_fresh_ = false;  // just opened: show it from the top
  bool replaying_ = false;   // a replay sends the recorded commands, idle minutes included
  // A replayed command waiting for its walk: sent on arrival (by the person, or at the door), or
  // where the walk ended if it could not get there.
  std::optional<sim::Command> replay_pending_;
  float replay_walk_ = 0.0f;  // how long this replayed walk has taken (seconds)
  bool replay_held_ = false;  // paused: a replayed walk stands still
  void replay_arrive(float dt);  // a replayed walk's end: its command sent
  bool paused_ = false;
  bool confirm_end_ = false;
  bool held_walk_key_ = false;  // the door's question is up and the key that walked there is still down
  Menu pause_menu_{{{"resume", "Back to the room"},
                    {"settings", "Settings"},
                    {"end", "End this event"},
                    {"title", "Save and return to the title"},
                    {"quit", "Save and quit"}}};
  Menu confirm_menu_{{{"yes", "Yes, say goodbye and end it"}, {"no", "Not yet"}}};
  // Whose reaction rises above their head, and for how long (the words: conversation_).
  std::string float_person_;
  float float_timer_ = 0.0f;
  float brief_body_h_ = 0.0f;  // the briefing's text, last frame (in two columns, then scrolling, if too tall)
  bool brief_columns_ = false, brief_laid_out_ = false;
  float brief_left_h_ = 0.0f, brief_right_h_ = 0.0f;  // the two columns, last frame, without the attempt line
};

}  // namespace mingle::app
