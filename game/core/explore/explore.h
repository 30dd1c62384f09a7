#pragma once
// The explorer: for every line, choice, ask answer, need, item and rung of a campaign, one of
// three verdicts — reachable (with a witness: commands from the start, replayed through the
// core's own apply() with a seed whose dice give its asks' answers), unreachable (proved by the
// over-approximation in core/explore/bound.h, with its reason), or undecided (neither, within
// the budget; counted). Every `assumes:` is checked on every way in the search takes.
//
// The search, for each event: breadth first through the core's commands (talk to each person,
// each open choice, leave where a closed choice could open later, wait for the next part of
// the evening, ask for an introduction, introduce two people who are a good match, end the
// event, then each agreed follow-up and each chain of invitations afterwards). States that are
// the same for the rules are merged (the memo key leaves out records such as the command list
// and the curves, and the dice; the memo keeps only a 64-bit fingerprint of each, in
// core/explore/visited.h), so the first path found to anything is a shortest. People whose
// conversations cannot touch each other's (none reads what another's writes, none can introduce
// or be introduced to another) are searched one group at a time, not in every combination. An ask
// takes both outcomes the dice allow: the roll is fixed at its lowest and at its highest
// (RunState::fixed_roll). Each person is talked to at most Budget::max_talks times per event.
//
// What that leaves open (the budget, counted in states so every machine gives the same answer,
// cut it short; or a line needs more than it tries) gets searches aimed at one person at a time:
// talking only to them (each within Budget::max_focus_states), from starts chosen for what their
// open choices read: pasts made from earlier events' witnesses (and choices taken, by them or by
// whoever gave what they read; the event ended there, their follow-up kept or not, each
// invitation after it accepted in turn; and the warmest past, where each earlier conversation
// with them went as well as it could); points in this event where someone else told, gave or
// introduced what they read; every arrival. The starts that meet most open conditions go first.
// An item no search found is tried as brought from an earlier event. An ask's "no", where only
// its "yes" was found, is tried again after walking away from them first (once, twice, …: each
// time costs a little warmth).
//
// Each event after the first is explored from several arrivals, each with its path: having
// done nothing before; the richest end found (and it with everyone met invited to coffee, lunch
// or personally); and every end unlike the others (a fact, or someone's standing with the
// player, that no other kept end has), with follow-ups done and left undone.
//
// Not explored: in-room `invite` (the dialogues' asks are, and invitations after the event reach
// the same rungs); introducing two people who are not a match; `go` and `join`. None of these
// matters for "unreachable", which only the bound decides.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mingle::explore {

struct Budget {
  // The budget is counted in states, so the same input gives the same answer on any machine.
  std::size_t max_states = 20000;        // distinct states per event in the exhaustive search
  std::size_t max_focus_states = 5000;   // states for each further search when the first is cut short
  // A safety net only: wall-clock seconds per event for each pass. When it trips, the report
  // says so (cut_short_by "time") and the answer may then differ between machines.
  double max_seconds = 60;
  // Conversations started with one person in one event. Talking again replays the lines
  // without their numbers, so a third visit rarely opens anything; without a limit the
  // combinations of what each visit took grow past any budget.
  int max_talks = 2;
};

// A command path from the event's arrival, in the text command language.
using Path = std::vector<std::string>;

struct NodeRef {
  std::string dialogue;
  std::string node;
  SourcePos pos;
};

struct ChoiceRef {
  std::string dialogue;
  std::string node;
  std::string choice;
  std::string text;
  SourcePos pos;
};

struct ItemReach {
  std::string item;
  std::string role;  // "need", "side-goal" or "held" (someone holds it)
  bool obtainable = false;
  int earliest_minute = -1;  // minutes after the event starts; -1 when never
  Path path;                 // a shortest command path to it
};

struct PersonReach {
  std::string id;
  Rung max_rung = Rung::Stranger;
  Path path;  // a shortest command path to that rung
};

struct Stuck {
  std::string dialogue;
  std::string node;
  SourcePos pos;
  Path path;
};

struct ImpossibleCondition {
  std::string what;  // "choice" or "shared_when"
  std::string where; // dialogue/node/choice, or person/item
  std::string condition;  // the condition as written
  SourcePos pos;
};

// One way into a node: the choice (or talk) that led there, and how.
struct WayIn {
  std::string from_node;  // "" for a talk
  std::string choice;     // choice id; "" for a talk or a continuation
  std::string text;       // the choice's text, what the player said
  std::string via;        // "talk", "again", "resume", "choice", "accepted", "declined", "continues"
  std::string before;     // for "continues": the line the player read just before
  bool seen = true;       // taken by the search; false: written, but never taken
};

struct NodeWays {
  std::string dialogue;
  std::string node;
  std::string say;
  SourcePos pos;
  std::vector<WayIn> ways;
  bool reached = false;
};

// What the explorer says about one question (a line, a choice, an ask's answer, a need or
// item, a rung with someone): found on a path, proved impossible, or neither within the budget.
enum class Verdict { Reachable, Unreachable, Undecided };
const char* to_string(Verdict);

struct Question {
  std::string kind;   // "node", "choice", "ask", "need", "item", "rung"
  std::string key;    // "dialogue/node", "dialogue/node/choice", "dialogue/node/choice/yes", item, "person/rung"
  std::string event;  // event id
  Verdict verdict = Verdict::Undecided;
  Path witness;       // reachable: commands from the campaign's start (asks noted "# yes"/"# no")
  std::uint64_t seed = 1;  // reachable: a seed whose dice give those answers (0: none found)
  std::string reason;      // unreachable: why never; undecided: what ran out
  SourcePos pos;
};

// An `assumes:` that some way in breaks, with the shortest path found that breaks it.
struct BrokenAssumption {
  std::string event;
  std::string where;       // "dialogue/node" or "dialogue/node/choice"
  std::string assumption;  // as written
  SourcePos pos;           // of the `assumes:` line
  Path witness;
  std::uint64_t seed = 1;
};

struct EventReport {
  std::string event;  // event id
  bool complete = false;
  std::size_t states = 0;        // distinct states visited by the exhaustive search
  std::size_t focus_states = 0;  // states visited by the searches aimed at one person
  // The groups of people the exhaustive search took one at a time (1: everyone together; see
  // the search's comments for when people fall into groups).
  std::size_t groups = 1;
  // What the exhaustive search kept for its states when it ended: the visited set (64-bit
  // fingerprints and minutes; never the states) and the tree of moves its witnesses are read
  // from. Bytes; the same on every machine.
  std::size_t visited_bytes = 0, tree_bytes = 0;
  double seconds = 0;
  std::string cut_short_by;      // "states" or "time" when not complete
  std::vector<NodeRef> unreached_nodes;
  std::vector<ChoiceRef> unavailable_choices;  // at reached nodes, never open
  std::vector<ItemReach> items;
  std::vector<PersonReach> people;
  int enjoyment_min = 0, enjoyment_max = 0;  // at the end of the event
  int value_min = 0, value_max = 0;
  std::vector<Stuck> stuck;
  std::vector<ImpossibleCondition> impossible_conditions;
  std::vector<NodeWays> ways_in;  // every node, in the order written
};

struct Report {
  std::vector<EventReport> events;
  std::vector<Question> questions;  // every question, event by event, in the order written
  std::vector<BrokenAssumption> broken_assumptions;
  std::size_t assumptions = 0;          // how many `assumes:` there are
  std::size_t assumptions_unproven = 0; // neither broken nor proved (a search was cut short)
  std::size_t undecided() const;
  // Nothing undecided: every question has a verdict (and every assumption too).
  bool complete() const { return undecided() == 0 && assumptions_unproven == 0; }
  bool searches_complete() const;  // every event's exhaustive search ran to its end
};

// Replays a witness through the core's own apply() from the campaign's start with `seed`:
// whether every command was accepted and every ask noted "# yes" or "# no" got that answer.
// The run is left in `out`.
bool replay(const Campaign&, const Path&, std::uint64_t seed, sim::RunState& out);

// A seed (1..max_seeds) under which the witness replays; 0 when none does.
std::uint64_t find_seed(const Campaign&, const Path&, std::uint64_t max_seeds = 4096);

// Explores every event of a loaded campaign (it must have loaded without errors).
Report explore(const Campaign&, const Budget& = {});

}  // namespace mingle::explore
