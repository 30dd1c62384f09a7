#pragma once
// Why a command was refused: one code per reason (CommandResult::code), and the one table of
// their names, the stable words a front-end, a test or a results reader sees ("low-rapport").
// The simulation refuses with these; docs/architecture.md points here; tests/refusals/ triggers
// every one of them.
#include <optional>
#include <string_view>

namespace mingle::sim {

enum class Refusal {
  None,                // the command was accepted
  NoEvent,             // the campaign has no event
  UnknownCommand,      // a line that isn't a command (parse_command)
  Usage,               // a command not written as it is used, or without the ids it takes
  InviteKind,          // an invitation to something that isn't one (parse_command)
  Nobody,              // no such person here
  EventOver,           // a room command after the event ended
  RunOver,             // anything after the run ended
  InConversation,      // a room command while talking with someone
  AlreadyTalking,      // talk to the person you're talking with
  Unavailable,         // they're busy, on stage, or not in the room
  NeedsIntroduction,   // they only talk to you after an introduction
  NoDialogue,          // nothing is written for them
  NotInConversation,   // choose or leave with nobody to talk to
  ConversationBroken,  // the conversation's line is gone (content edited under the run)
  NoChoices,           // a line with nothing to choose
  ChoiceNumber,        // a choice number that isn't there
  ChoiceUnavailable,   // a choice whose conditions aren't met
  TooLong,             // a wait longer than any event
  NoZone,              // no such part of the room
  AlreadyThere,        // go where you are
  SamePerson,          // ask-intro or introduce with one person twice
  NotMet,              // ask-intro, introduce or invite someone you haven't spoken with
  LowRapport,          // not enough rapport to introduce or be introduced
  DoesntKnow,          // ask-intro to someone the introducer doesn't know
  WouldRatherNot,      // the introducer thinks poorly of them
  AlreadyMet,          // ask-intro to someone you've met
  AlreadyIntroduced,   // introduce a pair twice
  AlreadyKnow,         // introduce two who know each other
  NotTalkingWith,      // invite someone in the room you aren't talking with
  AskCooldown,         // invite again too soon after a no
  AlreadyAsked,        // invite twice between events
  FollowUpAfterEvent,  // follow-up during the event
  NoFollowUp,          // follow-up with nobody agreed
  EventGoing,          // next while the event is going
};

struct RefusalName {
  Refusal code;
  const char* name;
};

// Every refusal but None with its name, in the enum's order.
inline constexpr RefusalName kRefusalNames[] = {
    {Refusal::NoEvent, "no-event"},
    {Refusal::UnknownCommand, "unknown-command"},
    {Refusal::Usage, "usage"},
    {Refusal::InviteKind, "invite-kind"},
    {Refusal::Nobody, "nobody"},
    {Refusal::EventOver, "event-over"},
    {Refusal::RunOver, "run-over"},
    {Refusal::InConversation, "in-conversation"},
    {Refusal::AlreadyTalking, "already-talking"},
    {Refusal::Unavailable, "unavailable"},
    {Refusal::NeedsIntroduction, "needs-introduction"},
    {Refusal::NoDialogue, "no-dialogue"},
    {Refusal::NotInConversation, "not-in-conversation"},
    {Refusal::ConversationBroken, "conversation-broken"},
    {Refusal::NoChoices, "no-choices"},
    {Refusal::ChoiceNumber, "choice-number"},
    {Refusal::ChoiceUnavailable, "choice-unavailable"},
    {Refusal::TooLong, "too-long"},
    {Refusal::NoZone, "no-zone"},
    {Refusal::AlreadyThere, "already-there"},
    {Refusal::SamePerson, "same-person"},
    {Refusal::NotMet, "not-met"},
    {Refusal::LowRapport, "low-rapport"},
    {Refusal::DoesntKnow, "doesnt-know"},
    {Refusal::WouldRatherNot, "would-rather-not"},
    {Refusal::AlreadyMet, "already-met"},
    {Refusal::AlreadyIntroduced, "already-introduced"},
    {Refusal::AlreadyKnow, "already-know"},
    {Refusal::NotTalkingWith, "not-talking-with"},
    {Refusal::AskCooldown, "ask-cooldown"},
    {Refusal::AlreadyAsked, "already-asked"},
    {Refusal::FollowUpAfterEvent, "follow-up-after-event"},
    {Refusal::NoFollowUp, "no-follow-up"},
    {Refusal::EventGoing, "event-going"},
};

// The refusal's name ("" for None).
const char* to_string(Refusal);
// The refusal a name stands for, or nothing.
std::optional<Refusal> parse_refusal(std::string_view name);

}  // namespace mingle::sim
