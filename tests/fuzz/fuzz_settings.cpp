// libFuzzer target: the settings file (core/settings). Whatever the text, reading it gives
// settings whose every number is in range and finite (a NaN once aborted the window), and what
// is read writes out and reads back the same.
#include "core/settings/settings.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > mingle::kMaxSettingsBytes) return 0;
  const std::string text(reinterpret_cast<const char*>(data), size);
  const mingle::SettingsLoad r = mingle::settings_from_text(text, "settings.yaml");
  const mingle::Settings& s = r.settings;
  if (!std::isfinite(s.ui_scale) || s.ui_scale < 0.75f || s.ui_scale > 2.0f) __builtin_trap();
  if (!std::isfinite(s.text_scale) || s.text_scale < 0.8f || s.text_scale > 1.6f) __builtin_trap();
  if (s.volume < 0 || s.volume > 100) __builtin_trap();
  const mingle::SettingsLoad again = mingle::settings_from_text(mingle::settings_to_yaml(s), "settings.yaml");
  if (!again.notes.empty() || !(again.settings == s)) __builtin_trap();
  return 0;
}
