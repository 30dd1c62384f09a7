#pragma once
// The bundled campaign (dialogues/) and the golden run of it (tests/play/campaign-golden), for
// the simulation tests that need the real content played well from start to finish.
#include "core/scenario/loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace golden {

inline const mingle::Campaign& campaign() {
  static const mingle::LoadResult r = mingle::load_content(std::filesystem::path(MINGLE_SOURCE_DIR) / "dialogues");
  REQUIRE_MESSAGE(r.ok(), "the bundled campaign loads");
  return *r.campaign;
}

// The golden script's lines, comments and blank lines left out (views such as `look` stay in).
inline std::vector<std::string> script() {
  std::ifstream in(std::filesystem::path(MINGLE_TESTS_DIR) / "play" / "campaign-golden" / "script.txt");
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] != '#' && line.find_first_not_of(" \t") != std::string::npos) lines.push_back(line);
  return lines;
}

}  // namespace golden
