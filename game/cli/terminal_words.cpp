#include "cli/terminal_words.h"

#include "core/sim/commands.h"

namespace mingle::cli {

using sim::BeatKind;
using sim::Verb;

std::string how_to(const sim::Action& a) {
  const std::string who = a.person.empty() ? "<person>" : a.person;
  switch (a.verb) {
    case Verb::Talk: return "Type 'talk " + who + "'.";
    case Verb::Leave: return "Type 'leave' to step away.";
    case Verb::AskIntro: return "Type 'ask-intro <person> " + who + "'.";
    case Verb::FollowUp: return "Do it after the event with 'follow-up " + who + "'.";
    case Verb::End: return "Type 'end' to end it.";
    case Verb::Next: return "Type 'follow-up <person>', 'invite <person> <kind>' or 'next'.";
    case Verb::Invite: return "Type 'invite " + who + " <coffee|lunch|drinks|personal>'.";
    default: return std::string("Type '") + sim::verb_usage(a.verb) + "'.";
  }
}

std::string line_for(const sim::Beat& b) {
  switch (b.kind) {
    case BeatKind::SlotBegan:
      return b.text + " 'look' shows who is where.";
    case BeatKind::PhaseOpened:
      return b.label + ": the time between events. You can 'follow-up <person>', 'invite <person> <kind>', "
                       "or go on with 'next'.";
    case BeatKind::FollowUpAgreed:
      return b.action ? b.text + " " + how_to(*b.action) : b.text;
    default:
      return b.text;
  }
}

std::string refusal_for(const sim::CommandResult& r) {
  std::string out = r.reason;
  if (r.code == sim::Refusal::Nobody || r.code == sim::Refusal::NoZone) out += " 'look' lists who and what is here.";
  if (r.action) out += " " + how_to(*r.action);
  return out;
}

}  // namespace mingle::cli
