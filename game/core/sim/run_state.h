#pragma once
// One playthrough's mutable state, kept apart from the immutable content it plays (inkcpp's
// story vs. runner). Everything here is keyed by the ids authors wrote, so a run can be saved,
// restored against an edited scenario, and turned into a results file. Only commands
// (core/sim/commands.h) change it; front-ends read it through core/sim/views.h.
#include "core/scenario/model.h"
#include "core/sim/rng.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace mingle::sim {

// A fact one person keeps about the player, with the event (1-based) it happened in.
struct MemoryFact {
  std::string tag;
  int event_no = 0;
};

// A rung reached, and how: the ladder's history for one person.
struct RungStep {
  Rung rung = Rung::Stranger;
  int event_no = 0;
  int minute = 0;   // minute of day in that event (the phase after an event uses its end time)
  std::string how;  // a sentence for the debrief
};

struct Relationship {
  // In-event ("session") values move fast; standing values carry between events and move part
  // way toward the session values when an event ends.
  int regard = 0;
  int rapport = 0;
  int standing_regard = 0;
  int standing_rapport = 0;
  int familiarity = 0;    // how many events you have spoken with them in
  int met_event = 0;      // the last event you spoke with them in (0: never)
  bool introduced = false;  // an introduction has been made (or you already knew them)
  std::vector<MemoryFact> memory;  // append-only
  std::vector<RungStep> rungs;     // rungs reached, each higher than the last
  int ask_cooldown_until = -1;     // minutes_played before which a new ask is refused
  int awkward_event = 0;           // the event in which an ask was refused (awkward until it ends)
  int asked_in_phase = 0;          // the follow-up phase (by event number) of a refused invitation
  int contact_phase = 0;           // the follow-up phase (by event number) with contact
  std::vector<AskKind> planned;    // accepted invitations, met in the next follow-up phase
  std::string last_outcome;        // how the last conversation closed

  Rung rung() const { return rungs.empty() ? Rung::Stranger : rungs.back().rung; }
  bool met() const { return met_event > 0; }
  bool remembers(const std::string& tag) const;
};

// A follow-up agreed in the room, to be carried out in the phase after the event.
struct AgreedFollowUp {
  std::string person;
  std::string topic;
  int event_no = 0;
  bool done = false;
  bool lapsed = false;  // not done by the next event: remembered as a promise not kept
};

struct CurvePoint {
  int event_no = 0;
  int minute = 0;  // minute of day
  int value = 0;
  bool after = false;  // in the weeks after the event (follow-ups, invitations met), not the evening
};

// A value item the player received.
struct Acquired {
  std::string item;
  ValueKind kind = ValueKind::Solution;
  std::string label;
  std::string from;  // person id
  int event_no = 0;
  int minute = 0;
};

struct ChoiceRecord {
  int event_no = 0;
  int minute = 0;
  std::string person, dialogue, node, choice, text, coach;
};

// One factor that counted in answering an ask, with its points (for the explanation).
struct AskFactor {
  std::string name;
  int points = 0;
};

struct AskRecord {
  int event_no = 0;
  int minute = 0;
  std::string person;
  AskKind kind = AskKind::Coffee;
  bool accepted = false;
  int total = 0;      // the sum of the factors
  int roll = 0;       // the luck of the moment, from the run's seed
  int threshold = 0;  // what it needed
  std::vector<AskFactor> factors;
};

// Host mode: the player introduced two people.
struct IntroductionRecord {
  int event_no = 0;
  int minute = 0;
  std::string a, b;
  bool good_match = false;
  std::string why;
  // A good match meets a need: who needed what (one of a and b; the other holds it).
  std::string needer, item;
  bool thanked = false;  // the needer has said so to the player, the next time they talked
};

struct MissedOpportunity {
  int event_no = 0;
  std::string item;
  std::string label;
  std::string holder;
  bool spoke_to = false;  // whether the player ever spoke with the holder during that event
};

// Where the player got stuck, for the facilitator's debrief (docs/results.md `stuck_points`):
// something tried and refused (a greyed choice, a command the rules turned down), a
// conversation left mid-way, a talk cut off when the event's time or the run ended, a need
// never found (with the closest the player came).
enum class StuckKind { Refused, Left, CutOff, NeedNotFound };
const char* to_string(StuckKind);  // "refused", "left", "cut_off", "need_not_found"

struct StuckPoint {
  int event_no = 0;
  int minute = 0;      // minute of day
  std::string person;  // person id, "" when it was about nobody in particular
  std::string node;    // "dialogue/node" the player was at (or came closest to), "" when none
  StuckKind kind = StuckKind::Refused;
  std::string detail;  // a sentence: what was tried and why not, the line they were on, ...
};

struct DebriefView;  // core/sim/debrief.h

enum class Phase { Event, FollowUp, Finished };
const char* to_string(Phase);

struct Conversation {
  std::string person;
  std::string dialogue;
  std::string node;
};

struct RunState {
  std::uint64_t seed = 0;
  Rng rng;
  std::size_t step = 0;    // index of the current event in the campaign
  Phase phase = Phase::Event;
  int clock = 0;           // minute of day in the current event
  int minutes_played = 0;  // game minutes across the whole run
  std::string zone;        // where the player stands ("" = just inside the door)
  std::optional<Conversation> conversation;
  std::map<std::string, std::string> cursors;  // dialogue -> node, for conversations left mid-way
  std::map<std::string, std::set<std::string>> visited;  // dialogue -> node ids reached
  std::map<std::string, std::set<std::string>> chosen;   // dialogue -> choice ids taken
  // This event only: the nodes and choices whose numbers (regard, rapport, enjoyment, value)
  // and memories have counted. A second arrival or choice plays the lines but adds nothing.
  std::map<std::string, std::set<std::string>> scored_nodes;    // dialogue -> node ids
  std::map<std::string, std::set<std::string>> scored_choices;  // dialogue -> choice ids
  std::map<std::string, int> flags;
  std::set<std::string> learned;
  std::vector<Acquired> items;
  std::map<std::string, Relationship> people;
  std::vector<AgreedFollowUp> follow_ups;
  std::set<std::pair<std::string, std::string>> introduced_pairs;  // host mode, (a, b) with a < b
  // The pairs of introduced_pairs introduced at this event (cleared as the next begins), so a
  // line can tell "they met tonight" from "they have known each other since" (knew()).
  std::set<std::pair<std::string, std::string>> introduced_this_event;
  int enjoyment = 0;
  int value = 0;
  std::map<std::string, int> value_by_kind;
  std::vector<CurvePoint> enjoyment_curve;
  std::vector<CurvePoint> value_curve;
  std::vector<ChoiceRecord> choices;
  std::vector<AskRecord> asks;
  std::vector<IntroductionRecord> introductions;
  std::vector<MissedOpportunity> missed;
  std::vector<StuckPoint> stuck;      // in the order they happened
  // Each ended event's debrief as the player was shown it (event 1 first), kept before the
  // first command of the time after it changes the run: the results file, the statements and
  // the season review read these, so they say what the debrief said. Shared, not copied, when
  // a state is copied. Not in saves: load_run() plays the commands again to rebuild them.
  std::vector<std::shared_ptr<const DebriefView>> debriefs_shown;
  std::vector<std::string> commands;  // every command that changed the run, in the text language
  std::string stopped_because;        // set when the run ends
  // For the author's explorer (core/explore/explore.h), never set in play nor saved: when set,
  // every ask rolls this (-3..+3) instead of its draw, so both answers the dice allow can be
  // tried. The draw is still taken, so the generator moves on as in play.
  std::optional<int> fixed_roll;

  int event_no() const { return static_cast<int>(step) + 1; }
  bool has_item(const std::string& item) const;
  const Acquired* item(const std::string& item) const;
  Relationship& rel(const std::string& person) { return people[person]; }
  const Relationship* find_rel(const std::string& person) const;
};

// What anyone in the room may have heard about the player by the time this event began (the
// expression names good_introductions and promises_kept): introductions at earlier events that
// were a good match (each is remembered by both people introduced) and follow-ups carried out
// (always between events). Counted from memories and follow-ups, which the explorer keeps, not
// from the records it drops.
int good_introductions(const RunState&);
int promises_kept(const RunState&);

// The current event of a run (the campaign must be the one the run was started on).
const Event& current_event(const Campaign&, const RunState&);

// A person by id as the run sees them: as written for the current event, else as first
// written anywhere in the campaign (someone met earlier who is not here tonight); nullptr
// when no event has them.
const Person* find_person(const Campaign&, const RunState&, const std::string& id);

// "17:30" for 1050.
std::string clock_text(int minute_of_day);

}  // namespace mingle::sim
