// Whole runs in C++: determinism, and each of the six rungs reached by a script. The same runs
// as data (YAML scenario + script + expected results) live under tests/play/.
#include "core/sim/commands.h"
#include "core/sim/results.h"
#include "core/sim/save.h"
#include "fixture.h"

using namespace mingle;
using namespace mingle::sim;

namespace {
RunState run(const Campaign& c, std::uint64_t seed, const std::vector<std::string>& lines) {
  RunState s = start_run(c, seed);
  for (const auto& l : lines) fixture::play(c, s, l);
  stop_run(c, s, "the script ran out");
  return s;
}

// The fixture campaign with more to say to Marcus: choice 1 and choices 3 to 6 are each a
// different warm question (+2 rapport); a question counts only once per event.
Campaign warm_marcus() {
  Campaign c = fixture::campaign();
  for (auto& step : c.steps)
    for (auto& d : step.event.dialogues)
      if (d.id == "marcus-talk")
        for (const char* q : {"Ask about his weekend.", "Ask after his garden.", "Ask what he's reading.",
                              "Ask how his new job is going."}) {
          Choice more = fixture::go_to(std::string("warm-") + std::to_string(d.nodes[0].choices.size()), q, "hello");
          more.effects.rapport = 2;
          d.nodes[0].choices.push_back(more);
        }
  return c;
}

Rung stage_of(const Campaign& c, const RunState& s, const std::string& id) {
  for (const auto& p : build_results(c, s).people)
    if (p.id == id) return p.stage;
  FAIL("no such person " << id);
  return Rung::Stranger;
}

const std::vector<std::string> kLongRun = {
    "talk priya", "choose 1", "choose 2", "choose 4", "choose 3", "choose 1", "choose 5",
    "talk marcus", "choose 1", "choose 1", "ask-intro marcus dana", "choose 2", "talk dana",
    "choose 1", "choose 2", "introduce priya dana", "wait 40", "talk sam", "choose 1", "choose 2",
    "end", "follow-up priya", "invite marcus lunch", "next", "talk priya", "choose 1", "choose 2"};
}  // namespace

TEST_CASE("the same seed and commands give the same run; its own command list replays it") {
  const Campaign c = fixture::campaign();
  const RunState a = run(c, 2024, kLongRun);
  const RunState b = run(c, 2024, kLongRun);
  CHECK(save_run(c, a) == save_run(c, b));
  const RunState replay = run(c, a.seed, a.commands);
  CHECK(save_run(c, replay) == save_run(c, a));
  CHECK(a.commands == kLongRun);
}

TEST_CASE("different seeds can answer the same ask differently") {
  // An ask near the threshold: total 5 against 4 (+/- 3), so some seeds say no.
  const Campaign c = fixture::campaign();
  int yes = 0, no = 0;
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    RunState s = start_run(c, seed);
    fixture::play(c, s, "talk priya");
    fixture::play(c, s, "choose 1");  // rapport 2, regard 2, warm: 4 + 2 + 2 = 8
    s.people["priya"].rapport = 0;    // total 4: a coin toss
    fixture::play(c, s, "choose 4");
    (s.asks.back().accepted ? yes : no) += 1;
  }
  CHECK(yes > 0);
  CHECK(no > 0);
}

TEST_CASE("rung: stranger (never spoken to)") {
  const Campaign c = fixture::campaign();
  const RunState s = run(c, 1, {"talk priya", "choose 3", "end"});
  CHECK(stage_of(c, s, "leo") == Rung::Stranger);
  CHECK(stage_of(c, s, "dana") == Rung::Stranger);
}

TEST_CASE("rung: acquaintance (a conversation)") {
  const Campaign c = fixture::campaign();
  const RunState s = run(c, 1, {"talk priya", "choose 3", "end"});
  CHECK(stage_of(c, s, "priya") == Rung::Acquaintance);
}

TEST_CASE("rung: purposeful (a follow-up agreed and carried out)") {
  const Campaign c = fixture::campaign();
  const RunState s = run(c, 1, {"talk priya", "choose 1", "choose 3", "choose 5", "end", "follow-up priya"});
  CHECK(stage_of(c, s, "priya") == Rung::Purposeful);
}

TEST_CASE("rung: coffee mate (a coffee asked for in the room, had afterwards)") {
  const Campaign c = fixture::campaign();
  const RunState s = run(c, 1, {"talk priya", "choose 1", "choose 2", "choose 4", "choose 5", "end"});
  CHECK(stage_of(c, s, "priya") == Rung::CoffeeMate);
}

TEST_CASE("rung: lunch mate (an invitation in the room)") {
  const Campaign c = warm_marcus();
  // Marcus: chatty; four warm questions give rapport 8: 16 + 1 - 3 (a big step) = 14 against 7.
  const RunState s = run(c, 1, {"talk marcus", "choose 1", "choose 3", "choose 4", "choose 5",
                                "invite marcus lunch", "choose 2", "end"});
  CHECK(stage_of(c, s, "marcus") == Rung::LunchMate);
}

TEST_CASE("rung: friend (coffee, then lunch, then a personal invitation across two events)") {
  const Campaign c = warm_marcus();
  const RunState s = run(c, 1, {"talk marcus", "choose 1", "choose 3", "choose 4", "choose 5", "choose 6",
                                "invite marcus coffee", "choose 2", "end", "invite marcus lunch", "next",
                                "talk marcus", "choose 1", "choose 3", "choose 4",
                                "invite marcus personal", "choose 2", "end"});
  CHECK(stage_of(c, s, "marcus") == Rung::Friend);
  const auto people = build_results(c, s).people;
  for (const auto& p : people)
    if (p.id == "marcus") {
      REQUIRE(p.ladder.size() == 4);
      CHECK(p.ladder[0].rung == Rung::Acquaintance);
      CHECK(p.ladder[1].rung == Rung::CoffeeMate);
      CHECK(p.ladder[2].rung == Rung::LunchMate);
      CHECK(p.ladder[3].rung == Rung::Friend);
    }
}

TEST_CASE("results: needs found, missed opportunities, and curves") {
  const Campaign c = fixture::campaign();
  const RunState s = run(c, 1, {"talk priya", "choose 1", "choose 1", "choose 5", "end"});
  const Results r = build_results(c, s);
  CHECK(r.need_found);
  REQUIRE(r.needs.size() == 2);
  CHECK(r.needs[0].from == "priya");
  CHECK(r.needs[0].found_minute == 17 * 60 + 33);
  CHECK_FALSE(r.needs[1].found);
  REQUIRE(r.missed.size() == 1);
  CHECK(r.missed[0].holder == "dana");
  CHECK_FALSE(r.missed[0].spoke_to);
  CHECK(r.enjoyment_curve.front().value == 0);
  CHECK(r.value_curve.back().value == 10);
  CHECK(r.duration_minutes == 7);  // game minutes spent: the player left early
  CHECK(r.choices.size() == 3);
  const RunState none = run(c, 1, {"end"});
  CHECK_FALSE(build_results(c, none).need_found);
}
