#pragma once
// The debrief after an event. It opens with the moments that mattered (at most three that went
// well and three that could have gone better, each with the coach's note and what to try next
// time), on one page at 1280×720; an expander (or A) shows the rest: the evening in short,
// what to try, enjoyment and value over the evening, the rung reached with each person and how,
// what was found and when, the coach's note on every choice, and which of the game's ideas the
// player put into practice. Then on to the follow-up phase, or back to the title when the run
// is over.
#include "app/scenes/between_pause.h"
#include "app/scenes/keyed_list.h"
#include "app/game_session.h"
#include "app/scenes/scene.h"
#include "core/sim/commands.h"
#include "core/sim/debrief.h"
#include "core/sim/outcome.h"

#include <map>
#include <memory>
#include <optional>
#include <utility>

namespace mingle::app {

class App;

class DebriefScene : public Scene {
 public:
  // `ending`: what the command that ended the event said (the last reply is shown, never cut);
  // `after`: what happened as the time between events began (meetings that took place).
  // `in_room`: the run's totals before that command (its result's enjoyment_before and
  // value_before, what the HUD showed), so any change since is explained rather than a surprise.
  DebriefScene(App& app, std::shared_ptr<GameSession> session, int event_no, std::vector<sim::Beat> ending = {},
               std::vector<sim::Beat> after = {}, std::optional<std::pair<int, int>> in_room = {});
  bool handle_event(const sf::Event& event) override;
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;
  void go_on();  // Return: on to the weeks after, the next event, or the title (a replay calls it too)

 private:
  void moments();
  void everything();
  void evening_end();
  App& app_;
  std::shared_ptr<GameSession> session_;
  sim::DebriefView view_;
  bool show_all_ = false;       // the expander with everything else
  bool was_showing_all_ = false;
  bool layout_log_ = false;     // MINGLE_DEBRIEF_LOG: print whether the moments fit (GUI tests)
  bool layout_logged_ = false;
  std::vector<std::string> ending_;
  std::vector<sim::Beat> after_;
  std::optional<std::pair<int, int>> in_room_;  // enjoyment, value as the HUD last showed them
  BetweenPause pause_;
  bool first_frame_ = true;  // opens scrolled to the top
  bool ask_details_ = false;  // the arithmetic behind each ask, behind a toggle
};

// Between events: carry out the follow-ups you agreed, see the invitations you made, then go on
// to the next event.
class FollowUpScene : public Scene {
 public:
  FollowUpScene(App& app, std::shared_ptr<GameSession> session, const std::vector<sim::Beat>& since = {});
  bool handle_event(const sf::Event& event) override;  // Return: on to the next event
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;
  // Replays (app/app_replay.cpp): a recorded command played as the player's button would play
  // it, its result shown; `next` goes on as Return does.
  void replay(const std::string& command);

 private:
  App& app_;
  std::shared_ptr<GameSession> session_;
  KeyedList list_;  // the follow-ups and invitations: numbers kept while on screen, arrows + Return
  std::string list_scrolled_;  // the selection the body last scrolled to
  std::map<std::string, sim::Command> keyed_;  // this frame's entries: the list's key to its command
  std::vector<std::string> messages_;
  std::string refusal_;
  std::size_t shown_messages_ = 0;  // scroll the results box to a new result once
  BetweenPause pause_;
  bool first_frame_ = true;
  void go_on();
  void send(const sim::Command& command);
};

}  // namespace mingle::app
