// The explorer's own rules, headless. Its findings on content are tested as data in
// tests/explore/cases/ (tests/cli/explore_cases_test.cpp).
#include "core/explore/explore.h"

#include "core/sim/commands.h"
#include "core/sim/fixture.h"

#include <doctest/doctest.h>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

TEST_CASE("a fixed roll decides an ask the dice allow, both ways, and the generator still moves") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2, regard 2: a coffee totals 6, against a threshold of 4
  RunState low = s, high = s, plain = s;
  low.fixed_roll = -3;
  high.fixed_roll = 3;
  play(c, low, "invite priya coffee");
  play(c, high, "invite priya coffee");
  play(c, plain, "invite priya coffee");
  REQUIRE(low.asks.size() == 1);
  CHECK(low.asks[0].roll == -3);
  CHECK(high.asks[0].roll == 3);
  CHECK(high.asks[0].accepted);
  CHECK(low.asks[0].accepted == (low.asks[0].total - 3 >= low.asks[0].threshold));
  CHECK(low.rng.state() == plain.rng.state());  // the draw is still taken
}

TEST_CASE("the explorer finds the fixture's need and says when it was cut short") {
  const Campaign c = fixture::campaign();
  explore::Budget roomy;
  roomy.max_seconds = 60;
  roomy.max_states = 200;
  roomy.max_focus_states = 2000;
  const auto r = explore::explore(c, roomy);
  REQUIRE(r.events.size() == c.steps.size());
  const auto& e = r.events.front();
  CHECK_FALSE(e.complete);  // four people do not fit in 200 states
  CHECK(e.cut_short_by == "states");
  CHECK(e.states >= 200);
  bool need_found = false;
  for (const auto& i : e.items)
    if (i.role == "need") need_found = need_found || i.obtainable;
  CHECK(need_found);
  // Every path it reports replays through apply() from the start of the run.
  for (const auto& i : e.items) {
    if (!i.obtainable) continue;
    RunState s = start_run(c, 1);
    for (std::string cmd : i.path) {
      const auto hash = cmd.find('#');
      const bool yes = hash != std::string::npos && cmd.find("yes", hash) != std::string::npos;
      if (hash != std::string::npos) {
        cmd = cmd.substr(0, hash);
        s.fixed_roll = yes ? 3 : -3;
      }
      std::string error;
      auto parsed = parse_command(cmd, error);
      REQUIRE_MESSAGE(parsed, cmd);
      CHECK_MESSAGE(apply(c, s, *parsed).ok, cmd);
      s.fixed_roll.reset();
    }
    CHECK_MESSAGE(s.has_item(i.item), i.item);
  }
}
