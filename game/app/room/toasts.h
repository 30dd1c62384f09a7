#pragma once
// The room's short notices under the HUD bar: why the last command was refused (in
// the middle, a few seconds), and what happened in the room — a slot began, someone left —
// (top right; the closing warning in the warning colour, and up longer).
#include "app/game_session.h"

#include <string>
#include <vector>

namespace mingle::app {

class Toasts {
 public:
  void refuse(std::string why, float seconds);  // shown at once, over any news
  void clear_refusal() { refusal_.clear(); }
  void news(std::vector<std::string> lines, bool warning);  // each line already cut to length
  void update(float dt);
  // Just below `top` (the HUD bar's bottom), in the part of the window left of `right` (an
  // author panel docked at the side). The session's problems (a failed save) show as refusals.
  void ui(GameSession& session, float top, float right);

 private:
  std::string refusal_;  // why the last command was refused
  float refusal_timer_ = 0.0f;
  std::vector<std::string> news_;  // what happened in the room (a slot began, someone left)
  float news_timer_ = 0.0f;
  bool news_warning_ = false;  // the news is the closing warning: shown in the warning colour
};

}  // namespace mingle::app
