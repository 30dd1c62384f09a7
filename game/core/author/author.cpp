#include "core/author/author.h"

#include "core/sim/conversation.h"
#include "core/sim/relationship.h"

namespace mingle::author {
namespace {

std::string now(int v) { return " (now " + std::to_string(v) + ")"; }

}  // namespace

std::vector<ConditionPart> explain_choice(const Campaign& c, const sim::RunState& s, const Dialogue& d,
                                          const Choice& ch) {
  std::vector<ConditionPart> out;
  const Event& e = sim::current_event(c, s);
  const sim::Relationship* rel = s.find_rel(d.person);
  const int regard = rel ? rel->regard : 0, rapport = rel ? rel->rapport : 0;
  const Requirements& r = ch.requires_;
  if (r.regard) out.push_back({"regard " + std::to_string(*r.regard) + " or more" + now(regard), regard >= *r.regard});
  if (r.rapport)
    out.push_back({"rapport " + std::to_string(*r.rapport) + " or more" + now(rapport), rapport >= *r.rapport});
  if (r.rung) {
    const Rung have = rel ? rel->rung() : Rung::Stranger;
    out.push_back({std::string("rung ") + to_string(*r.rung) + " or higher (now " + to_string(have) + ")",
                   sim::rung_number(have) >= sim::rung_number(*r.rung)});
  }
  if (r.time_left)
    out.push_back({"time_left " + std::to_string(*r.time_left) + " or more" + now(e.ends - s.clock),
                   e.ends - s.clock >= *r.time_left});
  for (const auto& h : r.learned) out.push_back({"learned " + h, s.learned.count(h) > 0});
  for (const auto& i : r.has) out.push_back({"has " + i, s.has_item(i)});
  for (const auto& m : r.memory) out.push_back({"remembers " + m, rel && rel->remembers(m)});
  for (const auto& f : r.flags) {
    auto it = s.flags.find(f);
    const int v = it == s.flags.end() ? 0 : it->second;
    out.push_back({"flag " + f + now(v), v != 0});
  }
  if (!ch.condition.empty()) {
    const sim::SimEnv env(c, s, d.person, d.id);
    std::string values;
    for (const auto& ref : ch.condition.references()) {
      const std::string name = ref.is_call ? ref.name + "(" + ref.arg + ")" : ref.name;
      if (values.find(name + " = ") != std::string::npos) continue;
      const int v = ref.is_call ? env.call(ref.name, ref.arg) : env.variable(ref.name);
      values += (values.empty() ? "" : ", ") + name + " = " + std::to_string(v);
    }
    out.push_back({"if: " + ch.condition.source() + (values.empty() ? "" : "  [" + values + "]"), ch.condition.holds(env)});
  }
  if (ch.once) {
    auto it = s.chosen.find(d.id);
    out.push_back({"once only", it == s.chosen.end() || !it->second.count(ch.id)});
  }
  if (const Person* p = e.person(d.person))
    for (const auto& item : ch.effects.gain)
      for (const auto& h : p->holds)
        if (h.item == item && !h.shared_when.empty() && !s.has_item(item))
          out.push_back({"shared_when (" + item + "): " + h.shared_when.source(), sim::willing_to_share(c, s, *p, item)});
  if (ch.ask && rel && rel->ask_cooldown_until > s.minutes_played)
    out.push_back({"an ask a moment ago: wait " + std::to_string(rel->ask_cooldown_until - s.minutes_played) + " minutes",
                   false});
  return out;
}

bool jump_to(const Campaign& c, sim::RunState& s, const std::string& dialogue, const std::string& node, std::string& why) {
  if (s.phase != sim::Phase::Event || c.steps.empty()) {
    why = "There is no event under way to jump in.";
    return false;
  }
  const Event& e = sim::current_event(c, s);
  const Dialogue* d = e.dialogue(dialogue);
  if (d == nullptr) {
    why = "This event has no conversation '" + dialogue + "'.";
    return false;
  }
  const Node* n = d->find(node);
  if (n == nullptr) {
    why = "The conversation '" + dialogue + "' has no line '" + node + "'.";
    return false;
  }
  if (s.conversation && s.conversation->dialogue != d->id) s.cursors[s.conversation->dialogue] = s.conversation->node;
  s.conversation = sim::Conversation{d->person, d->id, n->id};
  s.visited[d->id].insert(n->id);
  sim::Relationship& rel = s.rel(d->person);
  if (rel.met_event == 0) rel.met_event = s.event_no();
  return true;
}

RunInspection inspect(const Campaign& c, const sim::RunState& s) {
  RunInspection out;
  const Event& e = sim::current_event(c, s);
  out.phase = s.phase;
  out.clock = sim::clock_text(s.clock);
  out.minutes_left = e.ends - s.clock;
  if (s.conversation) {
    out.dialogue = s.conversation->dialogue;
    out.node = s.conversation->node;
  }
  for (const auto& [id, rel] : s.people) {
    RunInspection::Person p{id, rel.regard, rel.rapport, rel.rung(), {}};
    for (const auto& m : rel.memory) p.memories.push_back(m.tag);
    out.people.push_back(std::move(p));
  }
  out.flags.assign(s.flags.begin(), s.flags.end());
  out.learned.assign(s.learned.begin(), s.learned.end());
  return out;
}

}  // namespace mingle::author
