// Every score change between events says why (issue 22, point 5): each scripted run kept as
// data under tests/play/ is played through the core, and for every command given between
// events (follow-ups, invitations, going on) the beats' own numbers add up to what the command
// changed: the run's enjoyment and value, and how each person named in a beat stands with you.
#include "core/sim/commands.h"
#include "core/sim/outcome.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace mingle;
namespace fs = std::filesystem;

namespace {

std::string first_line(const fs::path& p, const std::string& fallback) {
  std::ifstream in(p);
  std::string line;
  if (in && std::getline(in, line) && !line.empty()) return line;
  return fallback;
}

}  // namespace

TEST_CASE("each score change between events is carried by the beat that made it (tests/play/*)") {
  int cases = 0, checked = 0, moved = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(MINGLE_TESTS_DIR) / "play")) {
    const fs::path dir = entry.path();
    if (!fs::exists(dir / "script.txt")) continue;
    const Campaign c = test::load_fixture(
        fs::relative(dir / first_line(dir / "scenario", "."), MINGLE_TESTS_DIR).lexically_normal().string());
    sim::RunState s = sim::start_run(c, std::stoull(first_line(dir / "seed", "1")));
    ++cases;
    std::ifstream script(dir / "script.txt");
    std::string line;
    while (std::getline(script, line)) {
      std::istringstream words(line);
      std::string head;
      words >> head;
      if (head.empty() || head[0] == '#' || head == "look" || head == "status" || head == "notebook" ||
          head == "help" || head == "debrief")
        continue;
      std::string error;
      auto cmd = sim::parse_command(line, error);
      if (!cmd) continue;  // a case about typing mistakes
      const bool between = s.phase == sim::Phase::FollowUp;
      const sim::CommandResult r = sim::apply(c, s, *cmd);
      if (!between || !r.ok) continue;
      ++checked;
      INFO(dir.filename().string() << ": " << line);
      int enjoyment = 0, value = 0;
      std::map<std::string, std::pair<int, int>> standing;  // person: regard, rapport
      for (const auto& b : r.beats) {
        enjoyment += b.enjoyment;
        value += b.value;
        if (b.moved()) ++moved;
        if (!b.person.empty()) {
          standing[b.person].first += b.standing_regard;
          standing[b.person].second += b.standing_rapport;
        }
        // What a beat moved, in words, names every number it moved.
        const std::string words_for = sim::moved_text(b, "Ana");
        CHECK(words_for.empty() == !b.moved());
      }
      CHECK(enjoyment == r.enjoyment);
      CHECK(value == r.value);
      // Going on lets standing drift for everyone out of touch: not one beat's doing.
      if (cmd->verb == sim::Verb::Next) continue;
      for (const auto& p : r.people) {
        INFO(p.person);
        CHECK(standing[p.person].first == p.standing_regard);
        CHECK(standing[p.person].second == p.standing_rapport);
      }
    }
  }
  MESSAGE(cases << " runs, " << checked << " commands between events, " << moved << " beats that moved a number");
  CHECK(cases >= 5);
  CHECK(moved >= 10);
}

TEST_CASE("what a beat moved, in words") {
  sim::Beat b;
  CHECK(sim::moved_text(b, "Ana").empty());
  b.enjoyment = 2;
  b.value = -1;
  b.standing_regard = 1;
  CHECK(sim::moved_text(b, "Ana") == "enjoyment +2, value -1, Ana's regard +1");
  b = {};
  b.standing_rapport = -1;
  CHECK(sim::moved_text(b, "Ben") == "rapport with Ben -1");
}
