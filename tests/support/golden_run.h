#pragma once
// The golden campaign (tests/play/campaign-golden) played in the terminal, for the tests that
// read what the player saw: the bundled content, the case's seed and script, and a file reader.
#include "cli/play_text.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace mingle::test {

inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline Campaign bundled_campaign() {
  LoadResult r = load_content(std::filesystem::path(MINGLE_SOURCE_DIR) / "dialogues");
  REQUIRE(r.ok());
  return *r.campaign;
}

// Plays the golden case with `o` (its seed is the case's) and `extra` commands after its
// script; returns everything the terminal printed. The run must end well (exit code 0).
inline std::string play_golden(const Campaign& c, cli::PlayOptions o, const std::string& extra = "") {
  const std::filesystem::path golden = std::filesystem::path(MINGLE_TESTS_DIR) / "play" / "campaign-golden";
  o.seed = std::stoull(read_file(golden / "seed"));
  std::istringstream in(read_file(golden / "script.txt") + "\n" + extra);
  std::ostringstream screen;
  REQUIRE(cli::play_text(c, o, in, screen) == 0);
  return screen.str();
}

}  // namespace mingle::test
