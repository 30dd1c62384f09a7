#pragma once
// Read-only views of a run for front-ends (Dear ImGui's habit: the UI owns no copy of the
// state; a panel is a function over state the application owns). The terminal player and the
// GUI both draw from these, and change the run only through commands.
#include "core/scenario/model.h"
#include "core/sim/commands.h"
#include "core/sim/conversation.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::sim {

// What a person's figure shows from across the room, so the player can read the room without
// a badge (the window draws a shape for each, never colour alone). The first rule that holds:
//   TalkingWithYou     the run's conversation is with them;
//   Busy               they can't be talked to now: not available (on the stage) or they need
//                      an introduction you have not had (`talk` would refuse either way);
//   WaitingForYou      something is due between you: someone introduced you and you have not
//                      spoken yet (people you knew when the event began don't count), or a
//                      follow-up agreed with them is still to do;
//   LookingForCompany  available and alone: nobody else in the room stands in their zone
//                      (someone with no zone stands on their own);
//   Chatting           available, talking with the others in their zone; you can join them.
enum class Presence { TalkingWithYou, Busy, WaitingForYou, LookingForCompany, Chatting };
const char* to_string(Presence);  // "talking-with-you", "busy", ...

struct PersonInRoom {
  const Person* person = nullptr;
  std::string zone;        // zone id ("" when unknown)
  std::string zone_label;  // readable
  bool available = true;
  std::string reason;      // why they can't talk now
  bool familiar = false;   // met at an earlier event: a familiar face
  bool needs_introduction = false;  // and you have not been introduced yet
  Rung rung = Rung::Stranger;
  Presence presence = Presence::Chatting;
};

struct RoomView {
  std::string event_title;
  std::string slot_id;
  std::string slot_note;
  std::string player_zone;
  std::vector<PersonInRoom> people;  // those in the room now, in the order written
  std::vector<const Person*> away;   // those not in the room at the moment
};
RoomView room_view(const Campaign&, const RunState&);

struct ConversationView {
  bool active = false;
  const Person* person = nullptr;
  std::string speaker_name;
  std::string line;  // the current node's line
  std::vector<ChoiceView> choices;
};
ConversationView conversation_view(const Campaign&, const RunState&);
// Who the player is talking with now (a person id), "" when nobody: cheap enough for every
// frame. (The status view says it too, with the name.)
std::string talking_with(const RunState&);

struct NotebookEntry {
  const Person* person = nullptr;  // as the current event has them (roles and needs change)
  Rung rung = Rung::Stranger;
  std::string how;  // how the current rung was reached
  int regard = 0, rapport = 0;      // the figures an ask would use now (see current_regard)
  std::vector<std::string> needs;     // what they need, once you've been told (labels), still unmet
  std::vector<std::string> needs_met; // needs you met with an introduction: "label: met when you introduced them to B"
  std::vector<std::string> holds;     // what they have, once you've been told (labels), until they give it
  std::vector<std::string> received;  // what they gave you
  std::vector<std::string> follow_ups_due;
  std::vector<std::string> promises;  // every follow-up agreed with them, as a sentence: due, kept or not
  std::vector<std::string> dates;     // invitations they accepted, still to come, as sentences
  std::vector<std::string> memories;  // what they remember of you
};
// A promise or a date agreed with someone, and where it stands (issue 22).
struct Agreement {
  std::string person;  // their id
  std::string what;    // "Follow up with Priya Raman about volunteer notes", "Coffee with Priya Raman"
  std::string stands;  // "due after this event", "due now, before the next event", "kept", "not kept",
                       // "agreed: you meet after this event", "took place after <event>"
  bool open = false;   // still to happen
};
struct Notebook {
  std::vector<NotebookEntry> people;  // people you've met or know, in campaign order
  std::vector<Agreement> agreed;      // every promise and date of the run: open ones first, then in order
  std::vector<std::string> hints;     // learned, readable ("priya did a migration")
  std::vector<std::string> needs;     // "How to move the member database — found (from Priya)"
};
Notebook notebook_view(const Campaign&, const RunState&);

// What the player has been told, so the notebook tells no secrets. Someone has `item`, as far
// as the player knows, once they gave it, or once it was on screen in a conversation with them
// (a line that gives it, or a choice that would: the player reached that line). Someone needs
// `item` once the player learned a hint in their name that says so (an id beginning
// "<person>-needs-", e.g. hana-needs-an-honest-registration-comparison) or met the need with an
// introduction (the game said so).
bool told_holds(const Campaign&, const RunState&, const Person&, const std::string& item);
bool told_needs(const RunState&, const Person&, const std::string& item);
// The good introduction that met `p`'s need for `item`, or nullptr.
const IntroductionRecord* need_met(const RunState&, const Person& p, const std::string& item);

struct StatusView {
  std::string event_title;
  int event_no = 0, event_count = 0;
  Phase phase = Phase::Event;
  std::string clock, ends;
  int minute = 0;           // the clock as a minute of day
  int minutes_played = 0;   // game minutes across the whole run
  bool event_beginning = false;  // the event is under way and its clock has not moved yet
  int time_left = 0;
  bool closing_soon = false;     // the event's closing minutes (closing_minutes in clock.h)
  int enjoyment = 0, value = 0;
  // The scores against a very good evening (tuning::kVeryGoodEveningPoints), 0 to 1: how full
  // a meter of them is.
  float enjoyment_share = 0, value_share = 0;
  bool has_need = false;    // this event names something to find
  bool need_found = false;  // and every need of this event is found (earlier events' don't count)
  std::string in_conversation_with;  // person name, or empty
  std::string talking_with;          // person id, or empty
  std::string stopped_because;       // once the run is over: "finished", or why it stopped
};
StatusView status_view(const Campaign&, const RunState&);

// Something a front-end may offer (a row in a popup, a button), with whether the core would
// accept it now and, when not, the core's own reason. Built with check(), so a list can never
// offer what the rules would then refuse.
struct Option {
  Command command;      // to send as it is (to_text() gives it in the text language)
  std::string label;    // readable ("Dana Okafor, Riverside Housing Association")
  std::string person;   // the person it is about
  bool available = false;
  std::string reason;   // why not, when !available
};

// Host mode: the people you could introduce `from` to, now: everyone else in the room you have
// spoken with (others can't be introduced by you), each with the core's answer.
std::vector<Option> introduce_options(const Campaign&, const RunState&, const std::string& from);
// The people `introducer` could introduce you to, now: those they know who are here tonight.
std::vector<Option> ask_intro_options(const Campaign&, const RunState&, const std::string& introducer);
// The invitations you could make to `person` now (coffee, lunch, drinks, personal).
std::vector<Option> invite_options(const Campaign&, const RunState&, const std::string& person);

// The time between events.
struct FollowUpDue {
  Option option;      // follow-up <person>
  std::string topic;
  bool done = false;
};
struct InviteRow {
  const Person* person = nullptr;
  std::vector<Option> invitations;
};
struct FollowUpPhaseView {
  bool active = false;  // the run is between events
  std::string title, text;
  std::vector<FollowUpDue> follow_ups;  // agreed at the event just ended
  std::vector<InviteRow> invites;       // everyone you have met, in campaign order
  bool last_event = false;              // 'next' ends the run
};
FollowUpPhaseView follow_up_view(const Campaign&, const RunState&);

}  // namespace mingle::sim
