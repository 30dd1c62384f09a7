// Every score change between events says why (issue 22, point 5): each scripted run kept as
// data under tests/play/ is played through the core, and for every command given between
// events (follow-ups, invitations, going on) the beats' own numbers add up to what the command
// changed: the run's enjoyment and value, and how each person named in a beat stands with you.
#include "core/sim/commands.h"
#include "core/sim/outcome.h"

#include "support/play_case.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <map>

using namespace mingle;
namespace fs = std::filesystem;

TEST_CASE("each score change between events is carried by the beat that made it (tests/play/*)") {
  int cases = 0, checked = 0, moved = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(MINGLE_TESTS_DIR) / "play")) {
    const fs::path dir = entry.path();
    if (!fs::exists(dir / "script.txt")) continue;
    ++cases;
    test::play_case(
        dir,
        [&](const Campaign&, const sim::RunState& before, const std::string& line, const sim::Command& cmd,
            const sim::RunState&, const sim::CommandResult& r) {
          if (before.phase != sim::Phase::FollowUp || !r.ok) return;
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
            CHECK(sim::moved_text(b, "Ana").empty() == !b.moved());
          }
          CHECK(enjoyment == r.enjoyment);
          CHECK(value == r.value);
          // Going on lets standing drift for everyone out of touch: not one beat's doing.
          if (cmd.verb == sim::Verb::Next) return;
          for (const auto& p : r.people) {
            INFO(p.person);
            CHECK(standing[p.person].first == p.standing_regard);
            CHECK(standing[p.person].second == p.standing_rapport);
          }
        },
        /*skip_unparsed=*/true);
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
