#pragma once
// The conference room: the player walks (WASD / arrow keys, or click a spot), reads badges,
// and talks to people (walk up and press E or Space, or click them). The conversation panel,
// the HUD, the notebook and the pause menu are ImGui panels over the room. Every change to the
// game goes through GameSession::send() as a core command.
#include "app/crowd.h"
#include "app/game_session.h"
#include "app/menu.h"
#include "app/scene.h"
#include "core/room/geometry.h"
#include "core/sim/views.h"

#include <memory>
#include <string>

namespace mingle::app {

class App;

class RoomScene : public Scene {
 public:
  RoomScene(App& app, std::shared_ptr<GameSession> session);

  bool handle_event(const sf::Event& event) override;
  void update(float dt) override;
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;

  // Replays (app/app_replay.cpp): play one recorded command as the player would have, and keep
  // the room from spending idle time on its own while a replay runs.
  void replay(const std::string& command);
  void set_replaying(bool on) { replaying_ = on; }

  static constexpr float kPixelsPerMetre = 48.0f;
  static constexpr float kPlayerSpeed = 3.0f;   // metres per second
  static constexpr float kTalkReach = 1.6f;     // metres from the player's centre
  static constexpr float kSecondsPerGameMinute = 12.0f;  // time passes while you walk
  static constexpr float kHudHeight = 150.0f;           // pixels the HUD covers at the top
  static constexpr float kPanelLift = 170.0f;           // pixels the room rises during a talk

 private:
  sim::CommandResult send(const std::string& command, bool quiet = false);
  void after_command();
  void try_talk(std::string person_id);  // by value: callers pass talk_on_arrival_, which it clears
  void choose(int number);
  room::Vec2 screen_to_room(int x, int y) const;
  const Guest* guest_under(room::Vec2 p) const;

  void ui_hud();
  void ui_conversation();
  void ui_prompt();
  void ui_notebook();
  void ui_pause();
  void ui_toasts();
  void ui_conversation_actions(const Person& person);
  void ui_introduce_popup();
  void ui_brief();
  void pause_activate(const std::string& id);

  App& app_;
  std::shared_ptr<GameSession> session_;
  const Event* event_ = nullptr;
  std::size_t step_ = 0;  // the campaign step this scene shows
  Crowd crowd_;
  sim::RoomView room_;  // who is where: changes only with a command, so kept between frames
  std::vector<Rect> obstacles_;
  room::Vec2 player_, previous_player_;
  bool walking_to_ = false;
  room::Vec2 walk_target_;
  std::string talk_on_arrival_;  // a clicked person: talk once close enough
  sf::Vector2f camera_;
  float zoom_ = 1.0f;
  float idle_seconds_ = 0.0f;
  float time_ = 0.0f;
  bool notebook_open_ = false;
  bool brief_open_ = false;  // the event's briefing, shown as the player walks in
  bool replaying_ = false;
  std::string introduce_from_;  // host mode: the first person of an introduction being chosen
  bool paused_ = false;
  bool confirm_end_ = false;
  Menu pause_menu_{{{"resume", "Back to the room"},
                    {"settings", "Settings"},
                    {"end", "End this event"},
                    {"title", "Save and return to the title"},
                    {"quit", "Save and quit"}}};
  Menu confirm_menu_{{{"yes", "Yes, say goodbye and end it"}, {"no", "Not yet"}}};
  // What the last choice did, shown under the conversation.
  std::string reaction_;
  std::string float_person_;   // whose reaction rises above their head, and for how long
  float float_timer_ = 0.0f;
  std::string coach_note_;
  std::string refusal_;   // why the last command was refused
  float refusal_timer_ = 0.0f;
  std::vector<std::string> closing_;  // how the last conversation ended, shown a little while
  float closing_timer_ = 0.0f;
  std::vector<std::string> news_;     // what happened in the room (a slot began, someone left)
  float news_timer_ = 0.0f;
};

}  // namespace mingle::app
