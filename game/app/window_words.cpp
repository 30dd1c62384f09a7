#include "app/window_words.h"

#include <vector>

namespace mingle::app {

using sim::BeatKind;
using sim::Verb;

std::string how_to(const sim::Action& a) {
  switch (a.verb) {
    case Verb::Talk: return "Press E with them ringed, or click them: you walk over and talk.";
    case Verb::Leave: return "Esc steps away.";
    case Verb::AskIntro: return "Talk to someone who knows them and use \"Ask for an introduction...\".";
    case Verb::FollowUp: return "You can do it on the screen after the event.";
    case Verb::End: return "End the event from the pause menu (Esc) or by walking out of the door.";
    case Verb::Next: return "Use the buttons on this screen.";
    case Verb::Invite: return "Use \"Invite...\" while you talk with them.";
    default: return "";
  }
}

std::string line_for(const sim::Beat& b) {
  switch (b.kind) {
    case BeatKind::FollowUpAgreed:
      return b.action ? b.text + " " + how_to(*b.action) : b.text;
    default:
      return b.text;
  }
}

std::string line_with_why(const sim::Beat& b, const Campaign& c, const sim::RunState& s) {
  const Person* p = b.person.empty() ? nullptr : sim::find_person(c, s, b.person);
  const std::string moved = sim::moved_text(b, p ? p->name : std::string("them"));
  return moved.empty() ? line_for(b) : line_for(b) + "  (" + moved + ")";
}

std::string refusal_for(const sim::CommandResult& r) {
  if (!r.action) return r.reason;
  const std::string how = how_to(*r.action);
  return how.empty() ? r.reason : r.reason + " " + how;
}

std::string reaction_for(const sim::CommandResult& r, const std::string& person) {
  auto signed_number = [](int v) { return (v > 0 ? "+" : "") + std::to_string(v); };
  std::vector<std::string> parts;
  for (const auto& ch : r.people)
    if (ch.person == person) {
      if (ch.regard) parts.push_back("regard " + signed_number(ch.regard));
      if (ch.rapport) parts.push_back("rapport " + signed_number(ch.rapport));
    }
  if (r.enjoyment) parts.push_back("enjoyment " + signed_number(r.enjoyment));
  if (r.value) parts.push_back("value " + signed_number(r.value));
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? ", " : "") + parts[i];
  return out;
}

}  // namespace mingle::app
