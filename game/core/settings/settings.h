#pragma once
// The player's settings, kept in config_dir()/settings.yaml. Reading never fails the game: a
// missing file gives the defaults, and a value that is unreadable or out of range is replaced
// by its default with a note saying which, so a hand-edited file cannot stop the game starting.
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace mingle {

// A settings file bigger than this is not read (the defaults are used, with a note).
inline constexpr std::size_t kMaxSettingsBytes = 64 * 1024;

struct Settings {
  float ui_scale = 1.0f;      // 0.75 .. 2.0: scales every panel
  float text_scale = 1.0f;    // 0.8 .. 1.6: scales text on top of ui_scale
  bool fullscreen = false;
  int volume = 80;            // 0 .. 100
  bool muted = false;
  bool practice_mode = true;  // show coaching notes during play
  bool high_contrast = false;  // dark ink on light panels, strong outlines, no see-through
  bool reduced_motion = false; // no bobbing, swaying or rising text; walks and camera still move

  bool operator==(const Settings&) const;
};

struct SettingsLoad {
  Settings settings;
  std::vector<std::string> notes;  // what was replaced by a default, and why
};

SettingsLoad load_settings(const std::filesystem::path& file);
// The same from the file's text (`file` names it in notes). Every number is in its range, never
// NaN or infinite, whatever the text holds.
SettingsLoad settings_from_text(const std::string& text, const std::string& file);
std::string settings_to_yaml(const Settings& settings);
// Writes atomically; on failure returns false with a sentence in error.
bool save_settings(const std::filesystem::path& file, const Settings& settings, std::string& error);

}  // namespace mingle
