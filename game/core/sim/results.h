#pragma once
// The results of a run as plain data: what docs/results.md describes. The file itself is written
// by core/sim/results_file.h, for both front-ends.
#include "core/scenario/model.h"
#include "core/sim/debrief.h"
#include "core/sim/run_state.h"
#include "core/sim/season.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace mingle::sim {

inline constexpr int kResultsSchemaVersion = 1;

struct PersonResult {
  std::string id;
  std::string name;
  Rung stage = Rung::Stranger;
  std::string how;               // how the stage was reached ("" for strangers)
  std::vector<RungStep> ladder;  // every rung reached, in order
  int regard = 0, rapport = 0;   // standing values at the end
  int familiarity = 0;
  bool met = false;
  std::vector<MemoryFact> memory;  // what they remember of the player, in order
};

struct NeedResult {
  int event_no = 0;
  std::string item, label;
  ValueKind kind = ValueKind::Solution;
  bool side_goal = false;
  bool found = false;
  std::string from, from_name;  // when found
  int found_event = 0, found_minute = 0;
};

// A stuck point (RunState::stuck) as the results file gives it.
struct StuckResult {
  int event_no = 0;
  int minute = 0;      // minutes since the event began
  int clock = 0;       // minute of day
  std::string person, person_name, node;
  StuckKind kind = StuckKind::Refused;
  std::string detail;
};

// The debrief of one event played, as lists (for results files and statements).
struct EventDebrief {
  int event_no = 0;
  EventScore score;  // the figures the debrief shows (the evening's own, and the totals)
  std::vector<std::string> went_well, to_try;
  std::vector<DebriefMoment> moments_well, moments_better;  // the moments it opens with
};
std::vector<EventDebrief> debriefs(const Campaign&, const RunState&);

struct Results {
  int schema_version = kResultsSchemaVersion;
  std::string scenario_id, scenario_title;
  std::string scenario_folder;  // absolute, so a replay can find the scenario again
  std::uint64_t seed = 0;
  std::string player_role;
  std::string player_name;  // as typed in the window or given with --player; may be empty
  std::vector<std::string> commands;
  std::vector<std::string> visited;  // every "dialogue/node" the player reached, sorted
  int enjoyment = 0, value = 0;
  std::vector<CurvePoint> enjoyment_curve, value_curve;
  std::map<std::string, int> value_by_kind;
  bool need_found = false;
  std::vector<NeedResult> needs;
  std::vector<PersonResult> people;  // everyone in the campaign, in the order first written
  std::vector<ChoiceRecord> choices;
  std::vector<AskRecord> asks;
  std::vector<IntroductionRecord> introductions;
  std::vector<AgreedFollowUp> follow_ups;
  std::vector<MissedOpportunity> missed;
  std::vector<StuckResult> stuck_points;  // in the order they happened
  int duration_minutes = 0;  // game minutes played
  int events_played = 0;     // events begun
  std::string phase;         // event / follow-up / finished
  std::string stopped_because;
  SeasonReview season;
  std::vector<std::string> ideas_met;       // across the events played
  std::vector<std::string> choice_endings;  // one per choice, "" when the talk went on
  std::vector<EventDebrief> debriefs;       // what went well and what to try, per event  // the events played so far, looked back on (complete once finished)
};

Results build_results(const Campaign&, const RunState&);

// For each of the run's choices, the way the conversation ended right after it ("cut-short",
// "awkward", "parted-well", "parted-politely"), or "" when it went on. Read from the
// scenario: the choice's own end, the end of the node it leads to, or, for an ask, of the
// node its answer leads to.
std::vector<std::string> choice_endings(const Campaign&, const RunState&);
// The same for one choice (one of the run's, e.g. from a command's result).
std::string choice_ending(const Campaign&, const RunState&, const ChoiceRecord&);

// The ideas met across the events played, by their titles (from the debrief).
std::vector<std::string> ideas_met(const Campaign&, const RunState&);

}  // namespace mingle::sim
