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
