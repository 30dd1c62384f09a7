#pragma once
// `mingle --layout-dump FILE`: what each frame put where, for the GUI layout test
// (tests/gui/layout.sh). One JSON line a frame:
//   {"frame": N, "scale": S, "rects": [{"kind": "text"|"badge"|"panel"|"figure"|"player"|"target",
//    "x": .., "y": .., "w": .., "h": .., "clipped": bool, "text": "..", "in": ".."}]}
// in window pixels; "in" only on the words inside a panel (a briefing's line, a pause menu's
// row), naming the panel. Painters and panels add their rectangles to the frame as they lay it out;
// the app writes the line once the frame is drawn. This file holds only the data and its JSON
// (tested in tests/app); the writing is app/platform/layout_file.h.
#include <string>
#include <vector>

namespace mingle::app {

struct LayoutRect {
  std::string kind;  // text, badge, panel, figure, player, target
  float x = 0, y = 0, w = 0, h = 0;
  bool clipped = false;  // its text does not fit its box (cut, or under a scroll bar it needs)
  std::string text;      // what it says (a panel: its name)
  std::string in;        // text inside a panel: that panel's name (written as "in" when set)
};

// The frame being laid out. Off (and free) until switched on: add() does nothing then.
class LayoutFrame {
 public:
  void enable(bool on) { on_ = on; }
  bool on() const { return on_; }
  void add(LayoutRect r) {
    if (on_) rects_.push_back(std::move(r));
  }
  const std::vector<LayoutRect>& rects() const { return rects_; }
  void clear() { rects_.clear(); }

 private:
  bool on_ = false;
  std::vector<LayoutRect> rects_;
};

LayoutFrame& layout_frame();  // the one the window lays out

// The frame as one JSON line (no newline at the end); strings escaped as JSON requires.
std::string layout_json_line(long frame, float scale, const std::vector<LayoutRect>& rects);

}  // namespace mingle::app
