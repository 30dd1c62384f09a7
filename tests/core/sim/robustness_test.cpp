// No input crashes the simulation: random command lines (valid and not) keep every invariant,
// and damaged saves are refused with a reason rather than an exception.
#include "core/sim/commands.h"
#include "core/sim/relationship.h"
#include "core/sim/results.h"
#include "core/sim/save.h"
#include "core/sim/views.h"
#include "fixture.h"

using namespace mingle;
using namespace mingle::sim;

namespace {

std::string random_line(Rng& rng) {
  static const std::vector<std::string> verbs = {"talk", "choose", "leave", "wait", "go", "join", "ask-intro",
                                                 "introduce", "invite", "follow-up", "end", "next", "dance", ""};
  static const std::vector<std::string> words = {"priya", "marcus", "dana", "sam", "leo", "bar", "stage",
                                                 "lounge", "coffee", "lunch", "personal", "drinks", "1",
                                                 "2", "3", "4", "5", "9", "0", "-1", "x y", "follow-up"};
  std::string line = verbs[static_cast<std::size_t>(rng.below(static_cast<int>(verbs.size())))];
  const int n = rng.below(3);
  for (int i = 0; i < n; ++i) line += " " + words[static_cast<std::size_t>(rng.below(static_cast<int>(words.size())))];
  return line;
}

void check_invariants(const Campaign& c, const RunState& s) {
  for (const auto& [id, rel] : s.people) {
    CHECK(rel.regard >= kScaleMin);
    CHECK(rel.regard <= kScaleMax);
    CHECK(rel.rapport >= kScaleMin);
    CHECK(rel.rapport <= kScaleMax);
    for (std::size_t i = 1; i < rel.rungs.size(); ++i) CHECK(rel.rungs[i - 1].rung < rel.rungs[i].rung);
  }
  if (s.phase == Phase::Event) {
    const Event& e = current_event(c, s);
    CHECK(s.clock >= e.starts);
    CHECK(s.clock <= e.ends);
  }
  CHECK(s.step < c.steps.size());
}

}  // namespace

TEST_CASE("random commands never break the run's invariants, and replay exactly") {
  const Campaign c = fixture::campaign();
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    Rng lines(seed * 7919);
    RunState s = start_run(c, seed);
    for (int i = 0; i < 300 && s.phase != Phase::Finished; ++i) {
      std::string err;
      auto cmd = parse_command(random_line(lines), err);
      if (!cmd) continue;
      const std::size_t before = s.commands.size();
      auto r = apply(c, s, *cmd);
      CHECK(r.ok == (s.commands.size() == before + 1));
      if (!r.ok) CHECK_FALSE(r.reason.empty());
      check_invariants(c, s);
      (void)room_view(c, s);
      (void)conversation_view(c, s);
      (void)notebook_view(c, s);
      (void)status_view(c, s);
    }
    stop_run(c, s, "the commands ran out");
    RunState replay = start_run(c, seed);
    for (const auto& line : s.commands) fixture::play(c, replay, line);
    stop_run(c, replay, "the commands ran out");
    CHECK(save_run(c, replay) == save_run(c, s));
    auto loaded = load_run(c, save_run(c, s));
    REQUIRE(loaded.state);
    CHECK(save_run(c, *loaded.state) == save_run(c, s));
  }
}

TEST_CASE("damaged saves are refused with a reason, never an exception") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 5);
  fixture::play(c, s, "talk priya");
  fixture::play(c, s, "choose 1");
  fixture::play(c, s, "choose 4");
  const std::string text = save_run(c, s);
  Rng rng(11);
  for (int i = 0; i < 300; ++i) {
    std::string damaged = text;
    const int edits = 1 + rng.below(4);
    for (int k = 0; k < edits; ++k) {
      const auto at = static_cast<std::size_t>(rng.below(static_cast<int>(damaged.size())));
      switch (rng.below(3)) {
        case 0: damaged.erase(at, static_cast<std::size_t>(1 + rng.below(20))); break;
        case 1: damaged.insert(at, std::string(1, "[]{}:,-x9 \n\""[rng.below(13)])); break;
        default: damaged = damaged.substr(0, at); break;
      }
    }
    LoadedRun r;
    CHECK_NOTHROW(r = load_run(c, damaged));
    CHECK((r.state.has_value() || !r.error.empty()));
    if (r.state) {
      check_invariants(c, *r.state);
      // A loaded run must be playable, whatever it holds.
      RunState& st = *r.state;
      std::string err;
      for (const char* line : {"talk priya", "choose 1", "leave", "end", "next"}) {
        auto cmd = parse_command(line, err);
        CHECK_NOTHROW(apply(c, st, *cmd));
      }
    }
  }
}
