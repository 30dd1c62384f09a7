#pragma once
// What a command did, as data (OpenRCT2's GameActions::Result): the one contract between the
// core and its front-ends. apply() fills it; the terminal and the window render it and never
// diff the run themselves or re-derive a rule.
//
// Two views of the same happening:
// - `beats`: what the player is told, in order, each a typed record with a front-end-neutral
//   sentence. A sentence never names a key or a typed command; where the player could act on it,
//   `action` says what they could do and each front-end says how (a key, a button, a command).
// - the change lists (`people`, `enjoyment`, `items`, `rungs`, ...): every number and fact the
//   command changed, for reactions, sounds, tests and learning records.
#include "core/scenario/model.h"
#include "core/sim/refusal.h"
#include "core/sim/run_state.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mingle::sim {

enum class Verb {
  Talk,       // talk <person>
  Choose,     // choose <n>           (1-based, among the choices shown)
  Leave,      // leave                (walk away from the current conversation)
  Wait,       // wait <minutes>
  Go,         // go <zone>            (approach a part of the room)
  Join,       // join <person>        (join the group around someone)
  AskIntro,   // ask-intro <a> <b>    (ask a to introduce you to b)
  Introduce,  // introduce <a> <b>    (host mode: introduce two people)
  Invite,     // invite <person> <coffee|lunch|drinks|personal>
  FollowUp,   // follow-up <person>   (after the event: carry out an agreed follow-up)
  End,        // end                  (end the current event)
  Next,       // next                 (go on to the next event)
};

// Something the player could do about a message: each front-end says how.
struct Action {
  Verb verb = Verb::Talk;
  std::string person;  // the person it is about ("" when none)
};

enum class BeatKind {
  Line,              // someone speaks (person: the speaker; text "Name: words")
  YouSaid,           // the player's own choice
  Recognised,        // a familiar face recognises you
  Resumed,           // a conversation left mid-way picks up again
  Acquainted,        // the first exchange with someone
  ItemGained,        // item, label, person (from)
  ItemWithheld,      // the holder isn't ready to share
  HintLearned,       // item: the hint's id; label: readable
  FollowUpAgreed,    // person, label: the topic; action: follow up after the event
  IntroducedTo,      // someone introduced you to `person`
  AskAnswered,       // person, label: the ask's kind; the explanation is the text
  AskDeclinedNote,   // the gentle word after a no
  InvitationPlanned, // an accepted invitation: you'll meet after the event
  ConversationEnded, // the conversation closed (label: the outcome)
  SteppedAway,       // you left a conversation
  Waited, Walked, Joined,
  IntroductionMade,  // host mode
  SlotBegan,         // the clock reached a new part of the event (label: its note)
  ClosingSoon,       // the event ends in a few minutes
  EventOver,         // the event's time ran out
  Goodbye,           // you ended the event yourself
  PhaseOpened,       // the time between events began (label: its title)
  PhaseText,         // what the author wrote for that time
  MeetingHappened,   // an accepted invitation took place
  RungReached,       // person, label: the rung's phrase
  FollowUpDone,      // person, label: topic
  FollowUpLapsed,    // person, label: topic
  NextEvent,         // label: the event's title
  RunFinished,
};
const char* to_string(BeatKind);

struct Beat {
  BeatKind kind = BeatKind::Line;
  std::string text;    // a sentence for the player, in no front-end's terms
  std::string person;  // the person it is about (speaker, giver, ...), "" when none
  std::string item;    // an item or hint id, when it is about one
  std::string label;   // a readable label: the item, hint, topic, rung, outcome or title
  std::string details; // the arithmetic behind it, for a "details" view (an ask's factors)
  std::optional<Action> action;
  // The numbers this beat moved, when it is why they moved: the run's totals, and how `person`
  // stands with you from now on. Every change a command makes between events is carried by the
  // beat that made it (tests/core/sim/score_why_test.cpp), so a screen can say why each moved.
  int enjoyment = 0, value = 0;
  int standing_regard = 0, standing_rapport = 0;
  bool moved() const { return enjoyment || value || standing_regard || standing_rapport; }
};

// What a beat moved, in words: "enjoyment +2, value +3, Ana's regard +1" ("" when nothing).
// `name` is the person's name, for their standing.
std::string moved_text(const Beat&, const std::string& name);

// One person's numbers before and after the command (session and standing values).
struct PersonChange {
  std::string person;
  int regard = 0, rapport = 0;                    // session (in-event) change
  int standing_regard = 0, standing_rapport = 0;  // change to what carries between events
  int familiarity = 0;
  std::vector<std::string> memories;  // tags added
  bool any() const {
    return regard || rapport || standing_regard || standing_rapport || familiarity || !memories.empty();
  }
};

struct RungChange {
  std::string person;
  Rung rung = Rung::Stranger;
  std::string how;
  int event_no = 0;  // when it was reached (the phase after an event uses its end time)
  int minute = 0;
};

struct CommandResult {
  bool ok = false;
  // On refusal: why (core/sim/refusal.h, with each code's stable name), the sentence, and what
  // the player could do instead.
  Refusal code = Refusal::None;
  std::string reason;
  std::optional<Action> action;

  std::vector<Beat> beats;  // what happened, in order
  // When an event ended: what happens as the follow-up phase opens (invitations accepted in
  // the room take place). Front-ends show it after the event's debrief.
  std::vector<Beat> after_event;

  // Every change, as data.
  std::vector<PersonChange> people;             // only those that changed
  int enjoyment = 0, value = 0;                 // change in the run's totals
  int enjoyment_before = 0, value_before = 0;   // the run's totals before the command (what a HUD showed)
  std::map<std::string, int> value_by_kind;     // change per kind
  std::vector<Acquired> items;                  // items gained
  std::vector<std::string> hints;               // hint ids learned
  std::vector<AgreedFollowUp> follow_ups;       // follow-ups agreed
  std::vector<AskRecord> asks;                  // asks answered, with their factors
  std::vector<IntroductionRecord> introductions;
  std::vector<RungChange> rungs;                // rungs reached
  std::vector<ChoiceRecord> choices;            // the choice made (choose), as the run records it
  std::vector<StuckPoint> stuck;                // where the player got stuck, newly (a talk left or
                                                // cut off, a need not found; note_refused adds a refusal)
  std::string coach;                            // the coach's note on the choice made
  std::string reply;                            // what was said back (the speakers' lines)

  // The conversation this command opened or closed (person ids, "" when none): talking to
  // someone opens one; a choice that ends it, leaving, the event's end or the run stopping
  // closes it. Who you are talking with now: status_view().talking_with.
  std::string conversation_opened;
  std::string conversation_closed;
  bool event_ended = false;    // this command ended an event (write results now)
  bool run_finished = false;   // this command ended the run
  std::string stopped_because; // when the run ended: "finished", or why it stopped (stop_run)
};

// The sentences of some beats, in order (for logs and tests).
std::vector<std::string> texts(const std::vector<Beat>&);

}  // namespace mingle::sim
