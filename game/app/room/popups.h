#pragma once
// The room's choosers: in a conversation, the Invite... and Ask for an introduction... popups
// above their buttons (V and R open them, a number key picks, Esc closes); in the room, the
// Introduce window (I, or the prompt's button) for whom to introduce the person beside you to.
// What is picked goes back to the room as a core command through `send`.
#include "app/game_session.h"
#include "core/sim/views.h"

#include <functional>
#include <string>
#include <vector>

namespace mingle::app {

using SendCommand = std::function<void(const sim::Command&)>;

class Popups {
 public:
  void begin_frame();  // before the panels: they say again which popup is open
  bool popup_open() const { return popup_open_; }  // an Invite... or Ask for an introduction... popup
  bool popup_shown() const { return !popup_shown_.empty(); }
  void request(const std::string& which) { popup_request_ = which; }  // "invite", "ask-intro": opened next frame
  void close() {  // closed next frame
    popup_close_ = true;
    selected_ = -1;
  }

  bool introducing() const { return !introduce_from_.empty(); }
  void start_introduce(const GameSession& session, const std::string& person);
  void stop_introduce() {
    introduce_from_.clear();
    selected_ = -1;
  }
  void refresh(const GameSession& session);  // after a command: who can be introduced now

  // A number key while a popup or the Introduce window is open: the nth option on offer, as a
  // click on it would. False when there is no such option.
  bool key(int number, const GameSession& session, const SendCommand& send);
  // Up/Down while one is open: move the selection over every option on offer (past nine too,
  // round at the ends); Return: the selected one, as a click would. Nothing is selected when a
  // list opens, so a stray Return picks nothing.
  void move(int direction, const GameSession& session);
  bool activate(const GameSession& session, const SendCommand& send);

  // The conversation's buttons (Invite..., Ask for an introduction..., Step away) and popups.
  // `compact`: shorter words on slimmer buttons (a conversation panel short of room).
  void conversation_actions(const Person& person, const GameSession& session, const SendCommand& send,
                            bool compact = false);
  void introduce_window(const Event& event, const SendCommand& send);

 private:
  bool popup_open_ = false;  // an Invite... or Ask for an introduction... popup
  std::string popup_shown_;  // which one ("invite", "ask-intro"), for its number keys
  std::string popup_request_;  // V or R asked for that popup; opened on the next frame
  bool popup_close_ = false;   // a number key chose from it: close it
  std::string introduce_from_;  // host mode: the first person of an introduction being chosen
  std::vector<sim::Option> introduce_options_;  // for introduce_from_, refreshed per command
  std::vector<sim::Option> options_on_offer(const GameSession& session) const;  // of the open list
  int selected_ = -1;       // among the open list's options on offer; -1: none
  std::string selected_in_;  // which list the selection belongs to ("invite", "ask-intro", "introduce")
  std::string open_list() const;
};

}  // namespace mingle::app
