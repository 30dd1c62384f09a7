#pragma once
// The golden campaign (tests/play/campaign-golden) played in the terminal at a given width,
// with 'debrief --all' after every event's end: the lines a player reads, short debriefs and
// full ones.
#include "cli/play_text.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace mingle::test {

inline std::vector<std::string> golden_campaign_lines(std::size_t width) {
  const std::string dir = std::string(MINGLE_TESTS_DIR) + "/play/campaign-golden";
  const auto loaded = load_content(dir + "/../../../dialogues");
  REQUIRE(loaded.campaign.has_value());
  std::ifstream script(dir + "/script.txt");
  std::stringstream commands;
  for (std::string l; std::getline(script, l);) {
    commands << l << "\n";
    if (l == "end") commands << "debrief --all\n";
  }
  cli::PlayOptions o;
  o.width = width;
  std::ostringstream out;
  REQUIRE(cli::play_text(*loaded.campaign, o, commands, out) == 0);
  std::vector<std::string> lines;
  std::istringstream in(out.str());
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  REQUIRE(lines.size() > 100);
  return lines;
}

}  // namespace mingle::test
