#pragma once
// The conversation panel at the bottom of the room: who you are talking with, the line you are
// answering (with the lines on the way to it and what else the last command did), your
// choices, the conversation's buttons and popups (app/room/popups.h), the reaction and the
// coach's note. When a conversation ends, its last words stay up as a recap a little while.
#include "app/game_session.h"
#include "app/platform/imgui_sfml.h"
#include "app/room/popups.h"
#include "core/sim/outcome.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

namespace mingle::app {

class ConversationPanel {
 public:
  // What a command said while a conversation is open: the line you are answering is the
  // conversation's own; earlier lines and everything else (items, hints, answers) go beside it.
  void said(const std::vector<sim::Beat>& beats);
  void ended(const std::vector<std::string>& lines);  // the recap: each line already cut to length
  void start_talk();  // a new conversation: no reaction, note or recap from the last one

  void set_reaction(std::string reaction) { reaction_ = std::move(reaction); }
  const std::string& reaction() const { return reaction_; }  // "regard +1, rapport +1"
  void set_coach_note(std::string note) { coach_note_ = std::move(note); }

  bool recap_open() const { return closing_timer_ > 0.0f; }
  bool compact() const { return compact_; }  // laid out compact (short of room) last frame
  void close_recap() { closing_timer_ = 0.0f; }
  void fade_recap(float seconds) { closing_timer_ = std::min(closing_timer_, seconds); }
  void update(float dt);
  // Up/Down over the choices (every one, round at the ends), for Return to choose; none is
  // selected when new choices appear, so a stray Return chooses nothing. 0: none.
  int selected_choice() const { return selected_choice_; }
  void move_choice(int direction, int count) {
    if (count <= 0) return;
    selected_choice_ = selected_choice_ <= 0 ? (direction > 0 ? 1 : count)
                                             : (selected_choice_ - 1 + direction + count) % count + 1;
  }

  // At the bottom of the window, centred in the part left of `right_edge` (an author panel
  // docked there), never reaching above `top_limit` (the HUD bar's bottom).
  void ui(GameSession& session, const imgui_sfml::Fonts& fonts, Popups& popups,
          const std::function<void(int)>& choose, const SendCommand& send, float top_limit, float right_edge);

 private:
  std::string reaction_;
  std::string coach_note_;
  std::vector<std::string> said_before_;  // lines spoken on the way to the current one
  std::vector<std::string> notes_;        // what else happened during the conversation
  std::vector<std::string> closing_;      // how the last conversation ended, shown a little while
  float closing_timer_ = 0.0f;
  std::string conv_line_shown_;  // the line last shown: a new one is scrolled to
  bool compact_ = false;  // the panel did not fit with the line in the large font: the body's
  // Compact: the left and right columns' own heights (what was said, the choices), and the
  // reaction with the coach's note, and the buttons (last frame's), which go under the shorter.
  float col_h_[2] = {0.0f, 0.0f};
  float note_h_ = 0.0f, buttons_h_ = 0.0f;
  int selected_choice_ = 0;  // the choice Up/Down selected (its number), 0 for none
};

}  // namespace mingle::app
