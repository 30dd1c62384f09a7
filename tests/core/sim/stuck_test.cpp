// Where the player got stuck (RunState::stuck): refused attempts, talks left, talks cut off and
// needs never found are recorded with where the player was, and they survive a save.
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/results.h"
#include "core/sim/save.h"
#include "fixture.h"

#include <filesystem>

namespace fs = std::filesystem;
using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {

const Campaign& harbour() {
  static const LoadResult r = load_content(fs::path(MINGLE_TESTS_DIR) / "play" / "scenarios" / "harbour");
  REQUIRE_MESSAGE(r.ok(), "the harbour scenario loads");
  return *r.campaign;
}

// Plays a line the rules refuse, as a front-end does: the refusal is noted.
CommandResult try_refused(const Campaign& c, RunState& s, const std::string& line) {
  std::string err;
  auto cmd = parse_command(line, err);
  REQUIRE_MESSAGE(cmd.has_value(), line << ": " << err);
  CommandResult r = apply(c, s, *cmd);
  REQUIRE_MESSAGE(!r.ok, line << " was accepted");
  note_refused(c, s, *cmd, r);
  return r;
}

std::size_t count(const RunState& s, StuckKind k) {
  std::size_t n = 0;
  for (const auto& p : s.stuck) n += p.kind == k;
  return n;
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a greyed choice tried is recorded with the choice's words, the reason and where") {
  const Campaign& c = harbour();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // pitching straight away: her regard drops, so "Ask how she did it" is greyed
  const int minute = s.clock;
  const CommandResult r = try_refused(c, s, "choose 1");
  CHECK(r.code == sim::Refusal::ChoiceUnavailable);
  REQUIRE(s.stuck.size() == 1);
  const StuckPoint& p = s.stuck[0];
  CHECK(p.kind == StuckKind::Refused);
  CHECK(p.event_no == 1);
  CHECK(p.minute == minute);
  CHECK(p.person == "priya");
  CHECK(p.node == "priya/her-work");
  CHECK(contains(p.detail, "Ask how she did it."));
  CHECK(contains(p.detail, "She doesn't know you well enough yet."));
  // A refusal changes nothing else, and is not a command.
  CHECK(s.commands == std::vector<std::string>{"talk priya", "choose 2"});
  // check() never records: it is a dry run.
  std::string err;
  (void)check(c, s, *parse_command("choose 1", err));
  CHECK(s.stuck.size() == 1);
}

TEST_CASE("a refused command outside a conversation names the person it was about") {
  const Campaign& c = harbour();
  RunState s = start_run(c, 1);
  const CommandResult r = try_refused(c, s, "talk dana");
  CHECK(r.code == sim::Refusal::NeedsIntroduction);
  REQUIRE(s.stuck.size() == 1);
  CHECK(s.stuck[0].person == "dana");
  CHECK(s.stuck[0].node.empty());
  CHECK(contains(s.stuck[0].detail, "'talk dana'"));
  CHECK(contains(s.stuck[0].detail, r.reason));
}

TEST_CASE("refused attempts are capped, so a looping script cannot grow the results without end") {
  const Campaign& c = harbour();
  RunState s = start_run(c, 1);
  for (int i = 0; i < 150; ++i) try_refused(c, s, "talk dana");
  CHECK(count(s, StuckKind::Refused) == 100);
}

TEST_CASE("leaving mid-conversation is recorded with the line the player was on") {
  const Campaign& c = harbour();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "leave");
  REQUIRE(count(s, StuckKind::Left) == 1);
  const StuckPoint& p = s.stuck.back();
  CHECK(p.person == "priya");
  CHECK(p.node == "priya/her-work");
  CHECK(contains(p.detail, "Walked away from Priya Raman"));
  CHECK(contains(p.detail, "We just moved nine thousand members off spreadsheets."));
}

TEST_CASE("a run stopped mid-talk is cut off there; the event's time running out says so") {
  const Campaign& c = harbour();
  {
    RunState s = start_run(c, 1);
    play(c, s, "talk priya");
    stop_run(c, s, "you quit");
    REQUIRE(count(s, StuckKind::CutOff) == 1);
    const StuckPoint& p = s.stuck.front();
    CHECK(p.kind == StuckKind::CutOff);
    CHECK(p.node == "priya/hello");
    CHECK(contains(p.detail, "The run stopped in the middle of a talk with Priya Raman"));
    CHECK(contains(p.detail, "Hi, I don't think we've met."));
  }
  {
    RunState s = start_run(c, 1);
    play(c, s, "talk priya");
    s.clock = current_event(c, s).ends - 1;  // one exchange from the end
    play(c, s, "choose 1");
    REQUIRE(count(s, StuckKind::CutOff) == 1);
    CHECK(contains(s.stuck.front().detail, "The event's time ran out"));
    CHECK(s.stuck.front().node == "priya/her-work");
  }
  {  // Ending the event yourself is a goodbye, not being cut off.
    RunState s = start_run(c, 1);
    play(c, s, "talk priya");
    play(c, s, "end");
    CHECK(count(s, StuckKind::CutOff) == 0);
  }
}

TEST_CASE("a need never found is recorded at the event's end with the closest the player came") {
  const Campaign& c = harbour();
  SUBCASE("never spoke with the one who had it") {
    RunState s = start_run(c, 1);
    play(c, s, "end");
    REQUIRE(count(s, StuckKind::NeedNotFound) == 1);  // the side goal is not a need
    const StuckPoint& p = s.stuck.back();
    CHECK(p.person == "priya");
    CHECK(p.node.empty());
    CHECK(p.detail == "Never spoke with Priya Raman, who had How to move the member database.");
  }
  SUBCASE("spoke, and reached the line where she could share it") {
    RunState s = start_run(c, 1);
    play(c, s, "talk priya");
    play(c, s, "choose 2");
    play(c, s, "end");
    REQUIRE(count(s, StuckKind::NeedNotFound) == 1);
    const StuckPoint& p = s.stuck.back();
    CHECK(p.node == "priya/her-work");
    CHECK(contains(p.detail, "Reached the moment Priya Raman could share How to move the member database"));
  }
  SUBCASE("found: nothing recorded") {
    RunState s = start_run(c, 1);
    play(c, s, "talk priya");
    play(c, s, "choose 1");
    play(c, s, "choose 1");  // regard is 2 now: she shares how
    REQUIRE(s.has_item("database-migration-know-how"));
    play(c, s, "end");
    CHECK(count(s, StuckKind::NeedNotFound) == 0);
  }
}

TEST_CASE("stuck points survive a save and reach the results with minutes since the event began") {
  const Campaign& c = harbour();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");
  try_refused(c, s, "choose 1");
  play(c, s, "leave");
  const std::string text = save_run(c, s);
  auto loaded = load_run(c, text);
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  REQUIRE(loaded.state->stuck.size() == s.stuck.size());
  for (std::size_t i = 0; i < s.stuck.size(); ++i) {
    CHECK(loaded.state->stuck[i].kind == s.stuck[i].kind);
    CHECK(loaded.state->stuck[i].detail == s.stuck[i].detail);
    CHECK(loaded.state->stuck[i].node == s.stuck[i].node);
    CHECK(loaded.state->stuck[i].minute == s.stuck[i].minute);
  }
  const Results r = build_results(c, *loaded.state);
  REQUIRE(r.stuck_points.size() == 2);
  CHECK(r.stuck_points[0].minute == s.stuck[0].minute - current_event(c, s).starts);
  CHECK(r.stuck_points[0].person_name == "Priya Raman");
  CHECK(r.stuck_points[1].kind == StuckKind::Left);
}
