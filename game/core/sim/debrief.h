#pragma once
// The debrief of one event, as both front-ends show it. It opens with the few moments that
// mattered: at most three that went well and three that could have gone better, chosen by how
// much they changed the evening, each with the coach's note and what to try next time. The rest
// is there on request: praise and "Next time, try" in full, the rung reached with each person
// and how, what was found and when, the coaching notes on every choice, the enjoyment and value
// curves, and which of the game's ideas the player put into practice, with the evidence.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <cstddef>
#include <string>
#include <vector>

namespace mingle::sim {

// The ideas Mingle teaches (docs/ideas.md names them for players).
enum class Idea {
  RoomIsAMystery,      // someone here holds what you need; find them by talking
  KindsOfValue,        // solutions, comparables, allies, career leads, candidates
  EnjoymentCounts,     // enjoyment is a goal of its own
  LowRiskRoom,         // everyone here shares your work: say hello
  NaturalOutcome,      // acquaintances: familiar faces next time
  PurposefulOutcome,   // a follow-up on a professional matter, carried out after
  OrganicOutcome,      // coffee mates, lunch mates, friends: more risk, more reward
  ConnectingPeople,    // the association's role: introduce members who need each other
};
const char* idea_title(Idea);

struct IdeaLine {
  Idea idea;
  bool exercised = false;
  std::string evidence;  // what the player did, or a suggestion when not exercised
};

struct DebriefPerson {
  std::string id, name, organisation;
  Rung rung = Rung::Stranger;
  std::string how;
  bool spoke_this_event = false;
};

struct DebriefChoice {
  std::string clock;  // "17:42"
  std::string person_name;
  std::string text;
  std::string coach;
};

// One moment of the evening that changed it (a choice, an invitation, an introduction) or a
// chance it missed (a need not found, someone who got on with you and heard nothing more).
struct DebriefMoment {
  bool went_well = true;
  std::string clock;        // "18:09"; empty for a chance missed, which has no one minute
  std::string person_name;  // who it was with; may be empty
  std::string what;         // what you did (a choice's own words), or what happened
  bool said = false;        // `what` is a choice: the player's own words
  std::string changed;      // what it changed, as a sentence: "You found what you came for; value +10."
  std::string coach;        // the author's coaching note, when there is one
  std::string next_time;    // what to try next time (after the last event: at a real conference)
  int weight = 0;           // how much it changed the evening; the debrief opens with the largest
};

// How many moments of each kind a debrief opens with.
inline constexpr std::size_t kMomentsShown = 3;

struct DebriefView {
  int event_no = 0;
  std::string title;
  int enjoyment = 0, value = 0;                     // running totals at the end of the event
  int event_enjoyment = 0, event_value = 0;         // what this event itself added
  // The weeks between the last event and this one (their follow-ups and meetings), counted on
  // their own line: the last debrief's totals + these + this event's = this debrief's totals.
  bool weeks_before = false;                        // there was a last event
  std::string weeks_before_title;                   // "the weeks after Members' Evening"
  int weeks_enjoyment = 0, weeks_value = 0;
  std::vector<float> enjoyment_curve, value_curve;  // this event's points, in order
  bool last_event = false;                          // the season ends with this event
  std::string next_time_label;                      // "Next time", or after the last event "At your next conference"
  std::vector<DebriefMoment> moments_well;          // at most kMomentsShown, largest first
  std::vector<DebriefMoment> moments_better;        // at most kMomentsShown, largest first
  std::vector<std::string> went_well;               // praise first
  std::vector<std::string> to_try;                  // then next_time_label + ", try": never empty, from this run
  std::vector<std::string> found;                   // "How to move the database, from Priya at 18:05"
  std::vector<DebriefPerson> people;                // everyone at the event
  std::vector<DebriefChoice> choices;               // the choices made, with the coach's notes
  std::vector<std::string> asks;                    // each ask, its answer and why, in words
  std::vector<std::string> ask_details;             // the arithmetic behind each, in the same order
  std::vector<IdeaLine> ideas;                      // every idea, exercised or not
};

// An event's debrief. Once the event is over and the time after it has begun to change the run,
// this is the debrief as it was shown at the event's end (RunState::debriefs_shown), so every
// place that shows it later (results, statements, season review, 'debrief --all') says the same.
DebriefView debrief_view(const Campaign&, const RunState&, int event_no);
// The debrief worked out from the run as it is now, whatever has happened since the event.
DebriefView debrief_view_now(const Campaign&, const RunState&, int event_no);
// Keeps the current event's debrief as shown, if the event is over and it isn't kept yet:
// apply() calls it before each command of the time after an event.
void keep_debrief(const Campaign&, RunState&);

// What an event added to the scores, and the running totals after it, counted in one place per
// phase: the evening itself (from the last point before it to its own last point), then the
// weeks after it (follow-ups done, invitations met). The evening's figures never change once it
// is over, so every place that shows them (debrief, season, results, statements) agrees, and
// the totals add up: the last event's weeks-after total + this evening = this evening's total.
struct EventScore {
  int enjoyment = 0, value = 0;              // the evening's own
  int enjoyment_total = 0, value_total = 0;  // the running totals when the evening ended
  int after_enjoyment = 0, after_value = 0;  // the weeks after it
  int after_enjoyment_total = 0, after_value_total = 0;  // the running totals when those weeks ended
};
EventScore event_score(const RunState&, int event_no);

}  // namespace mingle::sim
