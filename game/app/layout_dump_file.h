#pragma once
// `mingle --layout-dump FILE` (app/layout/layout_dump.h says what a line holds): the file that
// gathers a line for each frame. The room adds its words and people as it paints; this adds
// the Dear ImGui panels at the end of the frame, with whether their text fits, and writes.
// The whole file goes through the core's atomic writer about once a second and when the game
// closes, so a game killed mid-write leaves the last whole file; a frame laid out exactly as
// the one before it is not written again.
#include <SFML/System/Clock.hpp>

#include <filesystem>
#include <string>

namespace mingle::app {

// Called right after a panel's Begin/BeginChild: this panel scrolls by design (a debrief's
// body, the notebook), so words below its bottom, with its scroll bar there to reach them, are
// not text cut. Any other panel whose words run past its edge is marked clipped, and so is any
// panel whose words run past its side. Does nothing unless the dump is open.
void layout_may_scroll();

// Words inside the current panel, for the checks of text over text and text cut: the last
// Dear ImGui item's (a line, a wrapped paragraph, a button), or words drawn at a box of their
// own (a menu's row; `cut` when its own box cuts them). Cut when they run past the panel's inner edge (past its bottom only
// where the panel does not scroll by design); words scrolled wholly out of view are left out.
// Does nothing unless the dump is open.
void layout_item_text(const std::string& text);
void layout_text(const std::string& text, float x, float y, float w, float h, bool cut = false);

class LayoutDumpFile {
 public:
  // Starts the dump into `path`; false with a sentence in `error` when it cannot be written.
  bool open(const std::filesystem::path& path, std::string& error);
  bool is_open() const { return open_; }
  // After the frame's UI is rendered: the panels, the line, and now and then the file.
  void end_frame(float ui_scale);
  void close();  // writes what is left

 private:
  void flush();
  bool open_ = false;
  std::filesystem::path path_;
  std::string all_, last_rects_;
  long frame_ = 0;
  bool dirty_ = false;
  sf::Clock since_flush_;
};

}  // namespace mingle::app
