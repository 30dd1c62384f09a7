#include "core/sim/conversation.h"

#include "core/scenario/expr_names.h"
#include "core/sim/clock.h"
#include "core/sim/relationship.h"

namespace mingle::sim {

int SimEnv::variable(std::string_view name) const {
  if (auto r = parse_rung(name)) return rung_number(*r);
  const Event& e = current_event(campaign_, state_);
  const Relationship* rel = state_.find_rel(person_);
  if (const auto n = find_expr_name(name)) {
    switch (*n) {
      case ExprName::Regard: return rel ? rel->regard : 0;
      case ExprName::Rapport: return rel ? rel->rapport : 0;
      case ExprName::Familiarity: return rel ? rel->familiarity : 0;
      case ExprName::Rung: return rel ? rung_number(rel->rung()) : 0;
      case ExprName::Enjoyment: return state_.enjoyment;
      case ExprName::Value: return state_.value;
      case ExprName::TimeLeft: return e.ends - state_.clock;
      case ExprName::MinutesElapsed: return state_.clock - e.starts;
      case ExprName::Event: return state_.event_no();
      case ExprName::GoodIntroductions: return good_introductions(state_);
      case ExprName::PromisesKept: return promises_kept(state_);
    }
  }
  auto it = state_.flags.find(std::string(name));  // anything else is a flag set by an effect
  return it == state_.flags.end() ? 0 : it->second;
}

int SimEnv::call(std::string_view fn, std::string_view arg_view) const {
  const std::string arg(arg_view);
  const ExprFunctionInfo* f = find_expr_function(fn);
  if (f == nullptr) return 0;  // the checker reports unknown functions; at play time they are false
  switch (f->id) {
    case ExprFunction::Learned: return state_.learned.count(arg) ? 1 : 0;
    case ExprFunction::Has: return state_.has_item(arg) ? 1 : 0;
    case ExprFunction::Remembers: {
      const Relationship* rel = state_.find_rel(person_);
      return rel && rel->remembers(arg) ? 1 : 0;
    }
    case ExprFunction::Met: {
      const Relationship* rel = state_.find_rel(arg);
      return rel && rel->met() ? 1 : 0;
    }
    case ExprFunction::Visited: {
      auto it = state_.visited.find(dialogue_);
      return it != state_.visited.end() && it->second.count(arg) ? 1 : 0;
    }
    case ExprFunction::Chose: {
      auto it = state_.chosen.find(dialogue_);
      return it != state_.chosen.end() && it->second.count(arg) ? 1 : 0;
    }
    case ExprFunction::FollowedUp:
      for (const auto& fu : state_.follow_ups)
        if (fu.person == arg && fu.done) return 1;
      return 0;
    case ExprFunction::At: {
      const Event& e = current_event(campaign_, state_);
      const Person* p = e.person(person_);
      return p && where(e, *p, state_.clock).value_or("") == arg ? 1 : 0;
    }
    case ExprFunction::InSlot: {
      const Slot* slot = slot_at(current_event(campaign_, state_), state_.clock);
      return slot && slot->id == arg ? 1 : 0;
    }
    case ExprFunction::Knows:
    case ExprFunction::Knew: {
      const Person* p = find_person(campaign_, state_, person_);
      if (p == nullptr) return 0;
      for (const auto& k : p->knows)
        if (k.person == arg) return 1;
      const auto pair = person_ < arg ? std::make_pair(person_, arg) : std::make_pair(arg, person_);
      if (f->id == ExprFunction::Knew && state_.introduced_this_event.count(pair)) return 0;  // met tonight
      return state_.introduced_pairs.count(pair) ? 1 : 0;
    }
    case ExprFunction::Introduced: {
      const Relationship* rel = state_.find_rel(arg);
      return rel && (rel->introduced || rel->met()) ? 1 : 0;
    }
  }
  return 0;
}

namespace {

std::string person_name(const Campaign& c, const RunState& s, const std::string& id) {
  if (const Person* p = current_event(c, s).person(id)) return p->name.empty() ? id : p->name;
  return id;
}

std::string requirement_blocked(const Campaign& c, const RunState& s, const Dialogue& d,
                                const Requirements& req) {
  const Event& e = current_event(c, s);
  const Relationship* rel = s.find_rel(d.person);
  const std::string who = person_name(c, s, d.person);
  const int regard = rel ? rel->regard : 0, rapport = rel ? rel->rapport : 0;
  if (req.regard && regard < *req.regard)
    return who + " would need to trust your judgement a little more first.";
  if (req.rapport && rapport < *req.rapport)
    return "You and " + who + " would need to be a little warmer first.";
  if (req.rung && rung_number(rel ? rel->rung() : Rung::Stranger) < rung_number(*req.rung))
    return "You and " + who + " would need to know each other better first.";
  if (req.time_left && e.ends - s.clock < *req.time_left)
    return "There isn't enough time left for this.";
  for (const auto& h : req.learned)
    if (!s.learned.count(h)) return "You'd need to know something you haven't learned yet.";
  for (const auto& i : req.has)
    if (!s.has_item(i)) return "You'd need something you don't have yet.";
  for (const auto& m : req.memory)
    if (!rel || !rel->remembers(m)) return who + " doesn't have the memory of you this needs.";
  for (const auto& f : req.flags) {
    auto it = s.flags.find(f);
    if (it == s.flags.end() || it->second == 0) return "Something else has to happen first.";
  }
  return {};
}

}  // namespace

std::string choice_blocked(const Campaign& c, const RunState& s, const Dialogue& d, const Choice& ch) {
  std::string why = requirement_blocked(c, s, d, ch.requires_);
  if (why.empty() && !ch.condition.holds(SimEnv(c, s, d.person, d.id)))
    why = "That doesn't feel right just now.";
  if (why.empty() && ch.once) {
    auto it = s.chosen.find(d.id);
    if (it != s.chosen.end() && it->second.count(ch.id)) why = "You've already said that.";
  }
  if (why.empty()) {
    // A gift the speaker isn't ready to give yet: choosing it would carry on as if it had been.
    const Person* p = current_event(c, s).person(d.person);
    for (const auto& item : ch.effects.gain)
      if (p && why.empty() && !s.has_item(item) && !willing_to_share(c, s, *p, item))
        why = person_name(c, s, d.person) + " isn't ready to share that yet.";
  }
  if (why.empty() && ch.ask) {
    const Relationship* rel = s.find_rel(d.person);
    if (rel && rel->ask_cooldown_until > s.minutes_played)
      why = "You asked " + person_name(c, s, d.person) + " something a moment ago; give it a little time.";
  }
  if (!why.empty() && !ch.unavailable.empty()) return ch.unavailable;
  return why;
}

std::vector<ChoiceView> visible_choices(const Campaign& c, const RunState& s, const Dialogue& d,
                                        const Node& n) {
  std::vector<ChoiceView> out;
  for (const auto& ch : n.choices) {
    std::string why = choice_blocked(c, s, d, ch);
    if (!why.empty() && ch.hidden_when_unavailable) continue;
    ChoiceView v;
    v.number = static_cast<int>(out.size()) + 1;
    v.choice = &ch;
    v.available = why.empty();
    v.reason = why;
    out.push_back(v);
  }
  return out;
}

bool willing_to_share(const Campaign& c, const RunState& s, const Person& p, const std::string& item) {
  for (const auto& h : p.holds)
    if (h.item == item) return h.shared_when.holds(SimEnv(c, s, p.id, p.dialogue));
  return true;
}

}  // namespace mingle::sim
