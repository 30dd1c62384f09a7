#include "core/settings/settings.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {
fs::path write_file(const fs::path& p, const std::string& text) {
  std::ofstream(p) << text;
  return p;
}
}  // namespace

TEST_CASE("no settings file gives the defaults without a note") {
  mingle::test::TempDir tmp;
  auto r = mingle::load_settings(tmp / "settings.yaml");
  CHECK(r.settings == mingle::Settings{});
  CHECK(r.notes.empty());
}

TEST_CASE("settings survive a save and a load") {
  mingle::Settings s;
  s.ui_scale = 1.25f;
  s.text_scale = 1.5f;
  s.fullscreen = true;
  s.volume = 35;
  s.muted = true;
  s.practice_mode = false;
  s.high_contrast = true;
  s.reduced_motion = true;
  mingle::test::TempDir tmp;
  const fs::path file = tmp / "new-folder" / "settings.yaml";
  std::string error;
  REQUIRE(mingle::save_settings(file, s, error));
  auto r = mingle::load_settings(file);
  CHECK(r.notes.empty());
  CHECK(r.settings == s);
}

TEST_CASE("bad values fall back to defaults, one note each") {
  mingle::test::TempDir tmp;
  const fs::path file = write_file(tmp / "settings.yaml",
                                   "ui_scale: 9\nvolume: loud\nmuted: perhaps\ntext_scale: 1.2\n");
  auto r = mingle::load_settings(file);
  CHECK(r.settings.ui_scale == 1.0f);
  CHECK(r.settings.volume == 80);
  CHECK(r.settings.muted == false);
  CHECK(r.settings.text_scale == doctest::Approx(1.2f));
  REQUIRE(r.notes.size() == 3);
  CHECK(r.notes[0].find("ui_scale") != std::string::npos);
}

TEST_CASE("NaN and infinity in settings fall back to defaults (they once aborted the window)") {
  for (const char* bad : {".nan", ".NaN", ".inf", "-.inf", "1e40", "-1e40"}) {
    CAPTURE(bad);
    auto r = mingle::settings_from_text(std::string("ui_scale: ") + bad + "\ntext_scale: " + bad + "\n", "settings.yaml");
    CHECK(r.settings.ui_scale == 1.0f);
    CHECK(r.settings.text_scale == 1.0f);
    CHECK(r.notes.size() == 2);
  }
  auto r = mingle::settings_from_text("volume: 99999999999999999999\n", "settings.yaml");
  CHECK(r.settings.volume == 80);
  CHECK(r.notes.size() == 1);
}

TEST_CASE("accessibility settings are off by default and read from the file") {
  CHECK_FALSE(mingle::Settings{}.high_contrast);
  CHECK_FALSE(mingle::Settings{}.reduced_motion);
  mingle::test::TempDir tmp;
  const fs::path file = write_file(tmp / "settings.yaml", "high_contrast: yes\nreduced_motion: maybe\n");
  auto r = mingle::load_settings(file);
  CHECK(r.settings.high_contrast);
  CHECK_FALSE(r.settings.reduced_motion);
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("reduced_motion") != std::string::npos);
}

TEST_CASE("a broken settings file gives the defaults and says so") {
  mingle::test::TempDir tmp;
  const fs::path file = write_file(tmp / "settings.yaml", "ui_scale: [1,\n");
  auto r = mingle::load_settings(file);
  CHECK(r.settings == mingle::Settings{});
  REQUIRE(r.notes.size() == 1);
  CHECK(r.notes[0].find("defaults") != std::string::npos);
}

TEST_CASE("limit: a settings file is read up to 64 KiB, and a bigger one is not") {
  mingle::test::TempDir tmp;
  std::string text = "volume: 40\n# ";
  text += std::string(mingle::kMaxSettingsBytes - text.size() - 1, 'x') + "\n";
  REQUIRE(text.size() == mingle::kMaxSettingsBytes);
  auto at = mingle::load_settings(write_file(tmp / "at.yaml", text));
  CHECK(at.notes.empty());
  CHECK(at.settings.volume == 40);
  auto past = mingle::load_settings(write_file(tmp / "past.yaml", text + "\n"));
  CHECK(past.settings == mingle::Settings{});
  REQUIRE(past.notes.size() == 1);
  CHECK(past.notes[0].find("the limit is 65536") != std::string::npos);
}
