// An event's debrief stays what the player was shown when the event ended: the time after it
// (follow-ups, invitations, the next events) changes the run but not that debrief, so the results
// file, the statements and the season review all say what the debrief said. A save keeps it too.
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/debrief.h"
#include "core/sim/results.h"
#include "core/sim/save.h"
#include "fixture.h"
#include "golden.h"

using namespace mingle;
using namespace mingle::sim;

namespace {

using golden::campaign;
using golden::script;

// The lines of a debrief that change as a run goes on: praise and what to try next.
std::vector<std::string> said(const DebriefView& d) {
  std::vector<std::string> out = d.went_well;
  out.insert(out.end(), d.to_try.begin(), d.to_try.end());
  return out;
}

}  // namespace

TEST_CASE("each debrief stays as it was shown, whatever the run does after") {
  const Campaign& c = campaign();
  RunState s = start_run(c, 1);
  std::vector<std::vector<std::string>> shown;  // each event's, right when it ended
  int played = 0;
  for (const auto& line : script()) {
    std::string error;
    const auto cmd = parse_command(line, error);
    if (!cmd) continue;  // look, status, debrief: views, not commands
    const int event = s.event_no();
    const bool was_on = s.phase == Phase::Event;
    if (!apply(c, s, *cmd).ok) continue;
    ++played;
    if (was_on && s.phase != Phase::Event) shown.push_back(said(debrief_view(c, s, event)));
  }
  REQUIRE(played > 50);
  REQUIRE(s.phase == Phase::Finished);
  REQUIRE(shown.size() == 4);
  int changed_since = 0;  // events whose debrief, worked out again now, would say something else
  for (int e = 1; e <= 4; ++e) {
    CHECK(said(debrief_view(c, s, e)) == shown[static_cast<std::size_t>(e - 1)]);
    changed_since += said(debrief_view_now(c, s, e)) != shown[static_cast<std::size_t>(e - 1)];
  }
  CHECK(changed_since > 0);  // the campaign's later weeks do change what would be said

  // The results file's debriefs are those shown.
  const Results r = build_results(c, s);
  REQUIRE(r.debriefs.size() == 4);
  for (std::size_t e = 0; e < 4; ++e) {
    std::vector<std::string> in_results = r.debriefs[e].went_well;
    in_results.insert(in_results.end(), r.debriefs[e].to_try.begin(), r.debriefs[e].to_try.end());
    CHECK(in_results == shown[e]);
  }

  // A save does not hold them; loading plays the run's commands again and has them back.
  const LoadedRun loaded = load_run(c, save_run(c, s));
  REQUIRE(loaded.state.has_value());
  for (int e = 1; e <= 4; ++e) CHECK(said(debrief_view(c, *loaded.state, e)) == shown[static_cast<std::size_t>(e - 1)]);
}
