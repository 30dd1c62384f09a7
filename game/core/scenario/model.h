#pragma once
// The immutable model of authored content: what a loaded scenario *is*. The loader builds it
// from YAML (and reports every mistake as a Diagnostic); the simulation reads it and never
// changes it while a run is played. Every node, choice, person and item carries the id its
// author wrote: saves, results and analytics key on those ids, never on positions.
//
// Units: room coordinates are metres from the room's top-left corner; clock times are minutes
// since midnight (the author writes "17:30"); relationship numbers are small integers on the
// scales documented in docs/authoring.md.
#include "core/diag/source_pos.h"
#include "core/scenario/expr.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mingle {

// The scale of `regard` and `rapport` with one person (and of `familiarity`'s upper end). The
// checker uses it to spot conditions that can never hold, e.g. `requires: {regard: 99}`.
constexpr int kRelationMin = -10;
constexpr int kRelationMax = 10;

// ---- fixed vocabularies (the checker knows them, so a typo is caught) -----------------------

// The kinds of value a person can hold and give (the "what networking is worth" list).
enum class ValueKind { Solution, Comparable, Ally, CareerLead, Candidate };

// The outcome ladder, in order. Derived by the simulation from state and history.
enum class Rung { Stranger, Acquaintance, Purposeful, CoffeeMate, LunchMate, Friend };

// Personality traits that colour how a person reacts and how they answer an ask.
enum class Trait { Busy, Shy, Chatty, Sceptical, Warm, Reserved, Curious, Formal, Funny, Generous, Guarded };

// What a choice can ask for. Lunch and drinks are the same rung (lunch/drink mates).
enum class AskKind { FollowUp, Coffee, Lunch, Drinks, Personal };

// How a conversation closed.
enum class Outcome { PartedWell, PartedPolitely, CutShort, Awkward };

// Kinds of zone in a room, and of furniture. Drawing and crowd placement depend on them.
enum class ZoneKind { Bar, Coffee, Buffet, Stage, Lounge, Registration, Carpet };
enum class FurnitureKind { TallTable, RoundTable, Chair, Sofa, Counter, Plant, Lectern, Screen };

// ---- people and what they hold ---------------------------------------------------------------

struct ValueItem {
  std::string item;   // author's id, e.g. database-migration-know-how
  ValueKind kind = ValueKind::Solution;
  std::string label;  // a short phrase for the notebook; defaults to the id made readable
  Expr shared_when;   // when the holder is willing to give it; empty = whenever asked
  SourcePos pos;
  SourcePos shared_when_pos;  // the `shared_when:` line, for messages about it
};

struct Acquaintance {  // one person's opinion of another (-3..3)
  std::string person;
  int opinion = 0;
  SourcePos pos;
};

struct Person {
  std::string id;
  std::string name;
  std::string organisation;
  std::string role;
  std::vector<Trait> traits;
  std::vector<std::string> interests;
  std::vector<ValueItem> holds;
  std::vector<ValueItem> needs;
  std::vector<Acquaintance> knows;
  bool needs_introduction = false;          // only approachable once someone introduces you
  std::map<std::string, std::string> schedule;  // slot id -> zone id; a slot not listed = not in the room
  std::string dialogue;                     // id of their Dialogue
  SourcePos pos;
};

// ---- dialogue ---------------------------------------------------------------------------------

struct FollowUp {       // a professional matter agreed in the room, done after the event
  std::string topic;
  std::string with;     // person id; defaults to the person being spoken to
};

// Typed changes. Numbers are deltas; lists name ids. An author writes only what changes.
struct Effects {
  int regard = 0;       // professional trust with the person spoken to
  int rapport = 0;      // personal warmth with the person spoken to
  int enjoyment = 0;    // the player's enjoyment score
  int value = 0;        // the player's value score (gains of items add their own value too)
  std::optional<int> minutes;            // game time the exchange costs; default from the event
  std::vector<std::string> gain;         // value items received from the person
  std::vector<std::string> learn;        // hints, shown in the notebook
  std::vector<std::string> remember;     // tags added to the person's memory of the player
  std::map<std::string, int> set;        // flags and variables: name -> value
  std::optional<FollowUp> follow_up;     // agree a follow-up
  std::optional<std::string> introduce_to;  // the person introduces the player to someone
  bool empty() const;
};

// Typed conditions for the common cases; all listed must hold (and the `if` expression too).
struct Requirements {
  std::optional<int> regard;     // at least
  std::optional<int> rapport;    // at least
  std::optional<Rung> rung;      // at least
  std::optional<int> time_left;  // minutes, at least
  std::vector<std::string> learned;   // hints the player has learned
  std::vector<std::string> has;       // value items the player holds
  std::vector<std::string> memory;    // tags in this person's memory of the player
  std::vector<std::string> flags;     // flags that are set (non-zero)
  bool empty() const;
};

struct Ask {
  AskKind kind = AskKind::Coffee;
  std::string accepted;  // node id to go to on acceptance
  std::string declined;  // node id to go to on refusal
};

struct Choice {
  std::string id;
  std::string text;
  Requirements requires_;
  Expr condition;            // `if:`
  std::string unavailable;   // why it is greyed out, in the author's words
  bool hidden_when_unavailable = false;
  Effects effects;
  std::string coach;         // the facilitator's note: what it did, why, what else might work
  bool once = false;         // once-only; otherwise sticky
  // What the choice's words take for granted (`assumes:`), whenever it is open: not a
  // condition, a claim the explorer proves on every way in or breaks with a path.
  Expr assumes;
  SourcePos assumes_pos;
  // Exactly one of these says where the choice leads:
  std::string next;                 // a node id
  std::optional<Outcome> end;       // the conversation ends
  std::optional<Ask> ask;           // a social risk, resolved by the simulation's roll
  SourcePos pos;
};

struct Node {
  std::string id;
  std::string speaker;       // person id; defaults to the dialogue's person
  std::string say;
  Effects effects;           // applied on arrival
  // What the line takes for granted (`assumes:`): checked by the explorer on every way in.
  Expr assumes;
  SourcePos assumes_pos;
  std::vector<Choice> choices;
  std::string next;          // when there are no choices: continue here…
  std::optional<Outcome> end;  // …or end here
  SourcePos pos;
};

struct Dialogue {
  std::string id;            // the file's stem unless written
  std::string person;        // whose conversation this is
  std::string start;         // node id
  // The node a second talk in the same event opens at (`again:`); empty: `start` again.
  std::string again;
  std::vector<Node> nodes;   // in the order written
  SourcePos pos;
  const Node* find(const std::string& node_id) const;
};

// ---- the room ------------------------------------------------------------------------------

struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

struct Zone {
  std::string id;
  ZoneKind kind = ZoneKind::Carpet;
  std::string label;
  Rect area;
  SourcePos pos;
};

struct Furniture {
  FurnitureKind kind = FurnitureKind::TallTable;
  Rect area;
  SourcePos pos;
};

struct Entrance {
  std::string id;
  float x = 0, y = 0;
  SourcePos pos;
};

struct Room {
  std::string name;
  float width = 20, height = 14;
  std::vector<Zone> zones;
  std::vector<Furniture> furniture;
  std::vector<Entrance> entrances;
};

// ---- the event and the campaign -----------------------------------------------------------

struct Slot {
  std::string id;
  int from = 0;        // minutes since midnight
  std::string note;
  SourcePos pos;
};

struct PlayerBrief {
  std::string role;
  std::vector<ValueItem> needs;       // what the player came to find
  std::vector<ValueItem> side_goals;  // optional extras
  std::vector<std::string> knows;     // people already known at the start (acquaintances)
};

struct Event {
  std::string id;
  std::string title;
  std::string brief;
  PlayerBrief player;
  int starts = 17 * 60 + 30;  // minutes since midnight
  int ends = 19 * 60;
  int minutes_per_exchange = 2;
  std::vector<Slot> slots;
  Room room;
  std::vector<Person> people;
  std::vector<Dialogue> dialogues;
  std::string folder;  // where it was loaded from
  SourcePos pos;

  const Person* person(const std::string& id) const;
  const Dialogue* dialogue(const std::string& id) const;
  const Dialogue* dialogue_for(const std::string& person_id) const;
};

// Between two events: what the player may do with the agreed follow-ups and invitations.
struct FollowUpPhase {
  std::string title;   // e.g. "Three weeks later"
  std::string text;    // what has happened in between
  int weeks = 4;
};

struct CampaignStep {
  Event event;
  std::optional<FollowUpPhase> after;  // the phase that follows this event, if any
};

struct Campaign {
  std::string id;
  std::string title;
  std::string intro;
  std::vector<CampaignStep> steps;  // in play order
  std::map<std::string, std::string> hint_labels;  // hint id -> the label an author gave it
  std::string folder;
  SourcePos pos;
};

// ---- names for the fixed vocabularies ------------------------------------------------------
// Each enum has the spelling an author writes (e.g. "career-lead", "coffee_mate") and a parse
// that returns nothing for an unknown word, so the loader can suggest the nearest.
const char* to_string(ValueKind);
const char* to_string(Rung);
const char* to_string(Trait);
const char* to_string(AskKind);
const char* to_string(Outcome);
const char* to_string(ZoneKind);
const char* to_string(FurnitureKind);
std::optional<ValueKind> parse_value_kind(std::string_view);
std::optional<Rung> parse_rung(std::string_view);
std::optional<Trait> parse_trait(std::string_view);
std::optional<AskKind> parse_ask_kind(std::string_view);
std::optional<Outcome> parse_outcome(std::string_view);
std::optional<ZoneKind> parse_zone_kind(std::string_view);
std::optional<FurnitureKind> parse_furniture_kind(std::string_view);
// A rung as a title for players: "Stranger", "Acquaintance", "Follow-up partner", "Coffee mate",
// "Lunch mate", "Friend".
const char* rung_title(Rung);

// The memories the simulation itself writes (besides the authors' own `remember:` tags, which
// are free words). Conditions may test them by name (`remembers(promise-not-kept)`), so the
// checker counts them as remembered; the explorer assumes them possible.
enum class Memory {
  AskDeclined, PromiseNotKept, KeptPromise, IntroducedSomeoneUseful, IntroducedPoorMatch,
  LeftMidConversation, SharedCoffee, SharedLunch, SharedDrinks, SharedPersonal,
};
struct MemoryName {
  Memory memory;
  const char* name;
};
// The one table of their names, as a run records them and an author tests them.
inline constexpr MemoryName kMemoryNames[] = {
    {Memory::AskDeclined, "ask-declined"},
    {Memory::PromiseNotKept, "promise-not-kept"},
    {Memory::KeptPromise, "kept-promise"},
    {Memory::IntroducedSomeoneUseful, "introduced-someone-useful"},
    {Memory::IntroducedPoorMatch, "introduced-poor-match"},
    {Memory::LeftMidConversation, "left-mid-conversation"},
    {Memory::SharedCoffee, "shared-coffee"},
    {Memory::SharedLunch, "shared-lunch"},
    {Memory::SharedDrinks, "shared-drinks"},
    {Memory::SharedPersonal, "shared-personal"},
};
const char* to_string(Memory);
// The names of kMemoryNames, in order.
const std::vector<std::string>& system_memory_tags();

// A hint as the player reads it: its label when the author gave one, else its id made
// readable ("grace-fixed-renewals" -> "grace fixed renewals").
std::string hint_text(const Campaign&, const std::string& hint);

// A choice's conditions as an author wrote them, for tools ("regard 2, learned x, if: rung >= 3");
// "" when it has none. `once` is not a condition and is left out.
std::string requirements_text(const Choice&);

// All spellings of a vocabulary, in order, for messages and schemas.
std::vector<std::string> all_value_kinds();
std::vector<std::string> all_rungs();
std::vector<std::string> all_traits();
std::vector<std::string> all_ask_kinds();
std::vector<std::string> all_outcomes();
std::vector<std::string> all_zone_kinds();
std::vector<std::string> all_furniture_kinds();

}  // namespace mingle
