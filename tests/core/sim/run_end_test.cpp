// How a run ended, in words for the screen a replay ends on (core/sim/run_end.h): played to
// the end, walked away part-way, or interrupted, with where the run stood (the event, the clock,
// a talk cut short, the weeks between events) and the scores by then.
#include "core/sim/commands.h"
#include "core/sim/run_end.h"
#include "core/sim/views.h"
#include "fixture.h"
#include "golden.h"

#include <functional>

using namespace mingle;
using namespace mingle::sim;

namespace {

using golden::campaign;

// The golden campaign run, played until `stop` says so (or to its end).
RunState play_until(const std::function<bool(const RunState&)>& stop) {
  const Campaign& c = campaign();
  RunState s = start_run(c, 1);
  for (const std::string& line : golden::script()) {
    if (stop(s)) break;
    std::string error;
    if (const auto cmd = parse_command(line, error)) apply(c, s, *cmd);
  }
  return s;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a run played to the end says so, with its final scores") {
  const RunState s = play_until([](const RunState&) { return false; });
  REQUIRE(s.phase == Phase::Finished);
  const RunEndView v = run_end_view(campaign(), s, "finished");
  CHECK(v.kind == RunEnd::Finished);
  CHECK(std::string(run_end_word(v.kind)) == "finished");
  CHECK(has(v.heading, "to the end"));
  CHECK(has(v.where, std::to_string(campaign().steps.size()) + " events"));
  CHECK(has(v.scores, "enjoyment " + std::to_string(s.enjoyment)));
  CHECK(has(v.scores, "value " + std::to_string(s.value)));
}

TEST_CASE("a run closed mid-talk: walked away, in which event, at what time, with whom") {
  const Campaign& c = campaign();
  // The second talk of event 1, under way.
  int talks = 0;
  const RunState s = play_until([&](const RunState& r) {
    if (r.conversation && r.conversation->person == "owen") ++talks;
    return talks > 1;
  });
  REQUIRE(s.phase == Phase::Event);
  REQUIRE(talking_with(s) == "owen");
  const RunEndView v = run_end_view(c, s, "the player closed the game");
  CHECK(v.kind == RunEnd::WalkedAway);
  CHECK(std::string(run_end_word(v.kind)) == "walked away");
  CHECK(has(v.heading, "part-way"));
  CHECK(has(v.where, "event 1 of " + std::to_string(c.steps.size())));
  CHECK(has(v.where, c.steps[0].event.title));
  CHECK(has(v.where, clock_text(s.clock)));
  CHECK(has(v.where, c.steps[0].event.person("owen")->name));
  CHECK(has(v.why, "closed the game"));
  // The terminal's ways of choosing to stop are walking away too.
  CHECK(run_end_view(c, s, "you quit").kind == RunEnd::WalkedAway);
  CHECK(run_end_view(c, s, "the commands ran out").kind == RunEnd::WalkedAway);
}

TEST_CASE("a run stopped from outside between events: interrupted, in the weeks after the event") {
  const Campaign& c = campaign();
  const RunState s = play_until([](const RunState& r) { return r.phase == Phase::FollowUp; });
  REQUIRE(s.phase == Phase::FollowUp);
  for (const char* why : {"interrupted", "the game was asked to stop", "the terminal was closed", "the output was closed",
                          "a command was refused under --strict"}) {
    const RunEndView v = run_end_view(c, s, why);
    CHECK_MESSAGE(v.kind == RunEnd::Interrupted, why);
    CHECK(has(v.where, "weeks after event 1"));
    CHECK(!has(v.where, "talk with"));
    CHECK(!v.why.empty());
  }
  CHECK(has(run_end_view(c, s, "interrupted").why, "Ctrl-C"));
  // Something that went wrong inside the game is said as the file says it.
  const RunEndView broken = run_end_view(c, s, "the game ran out of memory");
  CHECK(broken.kind == RunEnd::Interrupted);
  CHECK(has(broken.why, "the game ran out of memory"));
}

TEST_CASE("a file that does not say why, or says finished where its commands stop early") {
  const Campaign& c = campaign();
  const RunState s = play_until([](const RunState& r) { return r.phase == Phase::FollowUp; });
  const RunEndView silent = run_end_view(c, s, "");
  CHECK(silent.kind == RunEnd::Unknown);
  CHECK(has(silent.why, "does not say"));
  // "finished" with a run that is not: the commands are what happened.
  const RunEndView odd = run_end_view(c, s, "finished");
  CHECK(odd.kind == RunEnd::Unknown);
  CHECK(has(odd.where, "weeks after event 1"));
  CHECK(has(odd.why, "finished"));
}

TEST_CASE("a finished run of one event says the whole of it, never \"1 events\"") {
  Campaign one = fixture::campaign();
  one.steps.resize(1);
  RunState t = start_run(one, 1);
  for (const char* line : {"end", "next"}) fixture::play(one, t, line);
  REQUIRE(t.phase == Phase::Finished);
  const RunEndView alone = run_end_view(one, t, "finished");
  CHECK(alone.kind == RunEnd::Finished);
  CHECK(has(alone.where, "The whole of " + one.steps[0].event.title));
  CHECK(!has(alone.where, "1 events"));
  // Two: counted.
  const Campaign two = fixture::campaign();
  RunState s = start_run(two, 1);
  for (const char* line : {"end", "next", "end", "next"}) fixture::play(two, s, line);
  REQUIRE(s.phase == Phase::Finished);
  CHECK(has(run_end_view(two, s, "finished").where, "All 2 events of A Test Season"));
}
