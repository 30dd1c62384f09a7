// Where the player got stuck (RunState::stuck): refused attempts, conversations left, talks cut
// off, needs never found. Read by the results file, the statements and the facilitator's report.
#include "core/sim/commands.h"
#include "core/sim/conversation.h"
#include "core/sim/rules.h"

#include <algorithm>
#include <climits>
#include <map>

namespace mingle::sim {

using namespace rules;

namespace {

// A run records at most this many refused attempts: enough for any debrief, and a script that
// repeats a refused command cannot grow the results file without end.
constexpr std::size_t kMaxRefusedPoints = 100;

const Dialogue* find_dialogue(const Event& e, const std::string& id) {
  for (const auto& d : e.dialogues)
    if (d.id == id) return &d;
  return nullptr;
}

// A line as it is quoted in a stuck point: one line, at most about 120 characters.
std::string quoted_line(const std::string& say) {
  std::string out;
  for (char ch : say) {
    const bool space = ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : ch;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.size() > 120) {
    std::size_t cut = out.rfind(' ', 117);
    if (cut == std::string::npos || cut < 60) cut = 117;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // not mid-character
    out = out.substr(0, cut) + "...";
  }
  return "\"" + out + "\"";
}

// The line the player was on in the open conversation ("" when there is none to quote).
std::string current_line(const Campaign& c, const RunState& s) {
  if (!s.conversation) return {};
  const Dialogue* d = find_dialogue(current_event(c, s), s.conversation->dialogue);
  const Node* n = d ? d->find(s.conversation->node) : nullptr;
  return n && !n->say.empty() ? quoted_line(n->say) : std::string{};
}

std::string person_name(const Campaign& c, const RunState& s, const std::string& id) {
  const Person* p = find_person(c, s, id);
  return p ? name_of(*p) : id;
}

void add(RunState& s, StuckKind kind, std::string person, std::string node, std::string detail) {
  s.stuck.push_back(StuckPoint{s.event_no(), s.clock, std::move(person), std::move(node), kind, std::move(detail)});
}

// How many steps (lines and choices) each node of a dialogue is from one that gives `item`
// (INT_MAX: it never leads there).
std::map<std::string, int> steps_to_item(const Dialogue& d, const std::string& item) {
  auto gives = [&](const Effects& fx) { return std::find(fx.gain.begin(), fx.gain.end(), item) != fx.gain.end(); };
  std::map<std::string, int> dist;
  for (const auto& n : d.nodes) {
    bool here = gives(n.effects);
    for (const auto& ch : n.choices) here = here || gives(ch.effects);
    dist[n.id] = here ? 0 : INT_MAX;
  }
  auto via = [&](const std::string& next) {
    const auto it = dist.find(next);
    return it == dist.end() || it->second == INT_MAX ? INT_MAX : it->second + 1;
  };
  for (bool changed = true; changed;) {  // at most one pass per node: the dialogues are small
    changed = false;
    for (const auto& n : d.nodes) {
      int best = dist[n.id];
      best = std::min(best, via(n.next));
      for (const auto& ch : n.choices) {
        best = std::min(best, via(ch.next));
        if (ch.ask) best = std::min({best, via(ch.ask->accepted), via(ch.ask->declined)});
      }
      if (best < dist[n.id]) {
        dist[n.id] = best;
        changed = true;
      }
    }
  }
  return dist;
}

}  // namespace

const char* to_string(StuckKind k) {
  switch (k) {
    case StuckKind::Refused: return "refused";
    case StuckKind::Left: return "left";
    case StuckKind::CutOff: return "cut_off";
    case StuckKind::NeedNotFound: return "need_not_found";
  }
  return "?";
}

void note_refused(const Campaign& c, RunState& s, const Command& cmd, CommandResult& r) {
  if (r.ok || c.steps.empty() || s.phase == Phase::Finished) return;
  std::size_t refused = 0;
  for (const auto& p : s.stuck) refused += p.kind == StuckKind::Refused;
  if (refused >= kMaxRefusedPoints) return;
  std::string person, node, tried = "'" + to_text(cmd) + "'";
  if (s.conversation) {
    person = s.conversation->person;
    node = s.conversation->dialogue + "/" + s.conversation->node;
    const Event& e = current_event(c, s);
    const Dialogue* d = find_dialogue(e, s.conversation->dialogue);
    const Node* n = d ? d->find(s.conversation->node) : nullptr;
    if (cmd.verb == Verb::Choose && d && n) {
      const auto views = visible_choices(c, s, *d, *n);
      if (cmd.number >= 1 && cmd.number <= static_cast<int>(views.size()))
        tried = "the choice " + quoted_line(views[static_cast<std::size_t>(cmd.number - 1)].choice->text);
    }
  } else if (!cmd.args.empty() && find_person(c, s, cmd.args[0])) {
    person = cmd.args[0];
  }
  add(s, StuckKind::Refused, person, node, "Tried " + tried + ": " + r.reason);
  r.stuck.push_back(s.stuck.back());
}

namespace rules {

void note_left(const Campaign& c, RunState& s) {
  if (!s.conversation) return;
  const std::string line = current_line(c, s);
  add(s, StuckKind::Left, s.conversation->person, s.conversation->dialogue + "/" + s.conversation->node,
      "Walked away from " + person_name(c, s, s.conversation->person) + (line.empty() ? "" : " at " + line) + ".");
}

void note_cut_off(const Campaign& c, RunState& s, bool event_time_ran_out) {
  if (!s.conversation) return;
  const std::string line = current_line(c, s);
  add(s, StuckKind::CutOff, s.conversation->person, s.conversation->dialogue + "/" + s.conversation->node,
      std::string(event_time_ran_out ? "The event's time ran out" : "The run stopped") + " in the middle of a talk with " +
          person_name(c, s, s.conversation->person) + (line.empty() ? "" : ", at " + line) + ".");
}

void note_needs_not_found(const Campaign& c, RunState& s) {
  const Event& e = current_event(c, s);
  for (const auto& need : e.player.needs) {
    if (s.has_item(need.item)) continue;
    const std::string label = need.label.empty() ? readable(need.item) : need.label;
    // The holder the player came closest to: the fewest steps from a line they reached to the
    // line or choice that gives the item; a holder they spoke with beats one they did not.
    std::string best_person, best_node, best_detail;
    int best = INT_MAX;
    bool spoke_best = false;
    for (const auto& p : e.people) {
      const bool holds = std::any_of(p.holds.begin(), p.holds.end(), [&](const ValueItem& h) { return h.item == need.item; });
      if (!holds) continue;
      const Relationship* rel = s.find_rel(p.id);
      const bool spoke = rel != nullptr && rel->met_event == s.event_no();
      const Dialogue* d = e.dialogue_for(p.id);
      int steps = INT_MAX;
      std::string node;
      if (spoke && d) {
        const auto dist = steps_to_item(*d, need.item);
        const auto seen = s.visited.find(d->id);
        if (seen != s.visited.end())
          for (const auto& id : seen->second) {
            const auto it = dist.find(id);
            if (it != dist.end() && it->second < steps) {
              steps = it->second;
              node = id;
            }
          }
      }
      const bool better = best_person.empty() || (spoke && !spoke_best) || (spoke == spoke_best && steps < best);
      if (!better) continue;
      best_person = p.id;
      best = steps;
      spoke_best = spoke;
      best_node = node.empty() ? "" : d->id + "/" + node;
      const std::string who = name_of(p);
      if (!spoke)
        best_detail = "Never spoke with " + who + ", who had " + label + ".";
      else if (steps == INT_MAX)
        best_detail = "Spoke with " + who + ", who had " + label + ", but not about it.";
      else if (steps == 0)
        best_detail = "Reached the moment " + who + " could share " + label + ", but did not come away with it.";
      else {
        const Node* n = d->find(node);
        best_detail = "Came within " + std::to_string(steps) + (steps == 1 ? " step" : " steps") + " of " + label +
                      " with " + who + (n && !n->say.empty() ? ", at " + quoted_line(n->say) : std::string()) + ".";
      }
    }
    if (best_person.empty())
      add(s, StuckKind::NeedNotFound, "", "", "Nobody at " + e.title + " had " + label + ".");
    else
      add(s, StuckKind::NeedNotFound, best_person, best_node, best_detail);
  }
}

}  // namespace rules

}  // namespace mingle::sim
