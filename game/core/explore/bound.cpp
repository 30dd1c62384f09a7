#include "core/explore/bound.h"

#include "core/scenario/expr_names.h"
#include "core/sim/clock.h"
#include "core/sim/relationship.h"
#include "core/sim/tuning.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace mingle::explore {

namespace {

constexpr long long kAny = 1000000000LL;  // "any value" for scores and the clock
constexpr int kPurposeful = 2, kAcquaintance = 1;  // rung numbers

const Person* person_in(const Event& e, const std::string& id) { return e.person(id); }

bool is_system_tag(const std::string& tag) {
  const auto& tags = system_memory_tags();
  return std::find(tags.begin(), tags.end(), tag) != tags.end();
}

bool only_after_an_event(const std::string& tag) {
  for (Memory m : {Memory::PromiseNotKept, Memory::KeptPromise, Memory::SharedCoffee, Memory::SharedLunch,
                   Memory::SharedDrinks, Memory::SharedPersonal})
    if (tag == to_string(m)) return true;
  return false;
}

std::string rung_words(int rung) { return sim::rung_phrase(static_cast<Rung>(rung)); }

// Whether someone can be talked to at some moment of the event: in the room and not on the stage
// at its start or at the start of some part of it (where people stand changes only then).
bool free_to_talk(const Event& e, const Person& p) {
  if (sim::unavailable_reason(e, p, e.starts).empty()) return true;
  for (const auto& slot : e.slots)
    if (slot.from < e.ends && sim::unavailable_reason(e, p, slot.from).empty()) return true;
  return false;
}

}  // namespace

// [SECTION] Conditions read on ranges -----------------------------------------------------------

// An expression's names and functions as ranges over the bound, seen from a conversation with
// `person` in `dialogue` during event `step` (as sim::SimEnv sees a run).
class BoundEnv : public RangeEnv {
 public:
  BoundEnv(const Bound& b, std::size_t step, std::string person, std::string dialogue)
      : b_(b), step_(step), person_(std::move(person)), dialogue_(std::move(dialogue)) {}

  // Where the condition is read (Bound::env_for). At a conversation's first line (Bound::first_line)
  // the person remembers only what earlier events, other conversations and that line left them.
  // Where they can't have been introduced to anyone yet (Bound::introduced_by), they know only
  // whom their `knows:` names.
  const Node* first_line_ = nullptr;
  bool not_introduced_ = false;

  ValueRange variable(std::string_view name) const override {
    if (auto r = parse_rung(name)) return point(sim::rung_number(*r));
    const Event& e = b_.c_.steps[step_].event;
    if (const auto n = find_expr_name(name)) {
      switch (*n) {
        case ExprName::Regard: return {kRelationMin, b_.regard_high(person_)};
        case ExprName::Rapport: return {kRelationMin, b_.rapport_high(person_)};
        // Time together grows only as an event ends: during event k, at most k events' worth.
        case ExprName::Familiarity:
          return {0, std::min<long long>(static_cast<long long>(step_) * sim::tuning::kFamiliarityPerEvent, kRelationMax)};
        case ExprName::Rung: return {0, b_.rung_during(step_, person_)};
        case ExprName::Enjoyment:
        case ExprName::Value: return {-kAny, kAny};
        case ExprName::TimeLeft: return {-kAny, e.ends - e.starts};
        case ExprName::MinutesElapsed: return {0, kAny};
        case ExprName::Event: return point(static_cast<long long>(step_) + 1);
        // Both count what happened before this event began (a good introduction at an earlier
        // event, a promise kept in the time after one): nothing yet during the first.
        case ExprName::GoodIntroductions:
        case ExprName::PromisesKept: return {0, step_ == 0 ? 0 : kAny};
      }
    }
    auto it = b_.flags_.find(std::string(name));
    ValueRange r{0, 0};  // a flag no effect sets is 0
    if (it != b_.flags_.end())
      for (long long v : it->second) r = {std::min(r.lo, v), std::max(r.hi, v)};
    return r;
  }

  ValueRange call(std::string_view fn, std::string_view arg_view) const override {
    const std::string arg(arg_view);
    const ExprFunctionInfo* f = find_expr_function(fn);
    if (f == nullptr) return {0, 0};
    switch (f->id) {
      case ExprFunction::Learned: return maybe(b_.hints_.count(arg) > 0);
      case ExprFunction::Has: return maybe(b_.items_.count(arg) > 0);
      case ExprFunction::Remembers: {
        auto it = b_.written_memory_.find(person_);
        bool own = it != b_.written_memory_.end() && it->second.count(arg);
        if (own && first_line_ != nullptr) own = remembered_before(arg);
        // What the rules remember of the time after an event (a promise kept or broken, a
        // meeting that took place) can't be remembered during the first.
        const bool later = step_ > 0 || !only_after_an_event(arg);
        return maybe(own || (is_system_tag(arg) && later && b_.ever_met_.count(person_)));
      }
      case ExprFunction::Met: return maybe(b_.ever_met_.count(arg) > 0);
      case ExprFunction::Visited: return maybe(b_.visited_.count(dialogue_ + "/" + arg) > 0);
      case ExprFunction::Chose: return maybe(b_.chosen_.count(dialogue_ + "/" + arg) > 0);
      // A follow-up is carried out in the time after an event: never during the first.
      case ExprFunction::FollowedUp: return maybe(step_ > 0 && b_.followed_up_.count(arg) > 0);
      case ExprFunction::At: {
        const Event& e = b_.c_.steps[step_].event;
        const Person* p = person_in(e, person_);
        if (p == nullptr) return {0, 0};
        if (p->schedule.empty()) return {0, 0};  // no schedule: in the room, in no zone
        bool somewhere = false, everywhere = !e.slots.empty();
        for (const auto& [slot, zone] : p->schedule) somewhere = somewhere || zone == arg;
        for (const auto& slot : e.slots) {  // a slot not listed: not in the room, so not there
          auto it = p->schedule.find(slot.id);
          everywhere = everywhere && it != p->schedule.end() && it->second == arg;
        }
        return {everywhere ? 1 : 0, somewhere ? 1 : 0};
      }
      case ExprFunction::InSlot: {
        for (const auto& s : b_.c_.steps[step_].event.slots)
          if (s.id == arg) return {0, 1};
        return {0, 0};
      }
      case ExprFunction::Knows:
      case ExprFunction::Knew: {
        // Known from the start (their `knows:` here), or only through an introduction the player
        // made, and that needs both in the room at the same event: this one or an earlier one for
        // knows(), an earlier one for knew().
        const Person* p = person_in(b_.c_.steps[step_].event, person_);
        if (p != nullptr)
          for (const auto& k : p->knows)
            if (k.person == arg) return point(1);
        if (not_introduced_) return point(0);
        const std::size_t last = f->id == ExprFunction::Knows ? step_ + 1 : step_;
        for (std::size_t i = 0; i < last && i < b_.c_.steps.size(); ++i) {
          const Event& e = b_.c_.steps[i].event;
          if (person_in(e, person_) != nullptr && person_in(e, arg) != nullptr) return {0, 1};
        }
        return {0, 0};
      }
      case ExprFunction::Introduced:
        return maybe(b_.ever_met_.count(arg) > 0 || b_.introduced_.count(arg) > 0);
    }
    return {0, 1};
  }

 private:
  static ValueRange point(long long v) { return {v, v}; }
  static ValueRange maybe(bool possible) { return {0, possible ? 1 : 0}; }
  // At the first line: left by an earlier event, by another conversation at this one, or by
  // the first line itself.
  bool remembered_before(const std::string& tag) const {
    if (std::count(first_line_->effects.remember.begin(), first_line_->effects.remember.end(), tag)) return true;
    for (const auto& [step, person, t, dialogue] : b_.memory_writes_)
      if (person == person_ && t == tag && (step < step_ || (step == step_ && dialogue != dialogue_))) return true;
    return false;
  }
  const Bound& b_;
  std::size_t step_;
  std::string person_, dialogue_;
};

// [SECTION] The fixpoint --------------------------------------------------------------------------

class BoundBuilder {
 public:
  explicit BoundBuilder(Bound& b) : b_(b), c_(b.c_) {}

  void run() {
    b_.events_.assign(c_.steps.size(), {});
    b_.rung_after_.assign(c_.steps.size(), {});
    for (const auto& step : c_.steps)
      for (const auto& id : step.event.player.knows) b_.introduced_.insert(id);
    // Each round only adds facts, and there are finitely many: it ends. The cap is a guard.
    for (int round = 0; round < 10000; ++round) {
      changed_ = false;
      for (std::size_t k = 0; k < c_.steps.size(); ++k) event(k);
      numbers();
      if (!changed_) break;
    }
  }

 private:
  Bound& b_;
  const Campaign& c_;
  bool changed_ = false;
  // What counted toward the numbers: (step, node or choice) with its dialogue's person.
  std::set<std::pair<std::size_t, const void*>> counted_;
  std::map<std::string, int> regard_raise_, rapport_raise_, follow_up_sources_;
  std::map<std::string, int> base_rapport_;  // the highest rapport before any invitation

  template <typename Set, typename T>
  void add(Set& set, const T& v) {
    if (set.insert(v).second) changed_ = true;
  }
  // A rung p may have once the time after event k is over (k = -1: during the first event).
  void raise_rung(std::size_t k, const std::string& p, int r) {
    for (int* cur : {&b_.rung_[p], &b_.rung_after_[k][p]})
      if (r > *cur) {
        *cur = r;
        changed_ = true;
      }
  }

  bool approachable(std::size_t k, const Person& p) const {
    const Event& e = c_.steps[k].event;
    if (!free_to_talk(e, p)) return false;
    if (!p.needs_introduction || b_.introduced_.count(p.id) || b_.ever_met_.count(p.id)) return true;
    for (const auto& a : e.people)
      for (const auto& kn : a.knows)
        if (kn.person == p.id && b_.events_[k].met.count(a.id) &&
            b_.rapport_high(a.id) >= sim::tuning::kRapportToIntroduce)
          return true;
    return false;
  }

  void event(std::size_t k) {
    const Event& e = c_.steps[k].event;
    auto& facts = b_.events_[k];
    for (const auto& p : e.people) {
      const Dialogue* d = e.dialogue_for(p.id);
      if (d == nullptr || !approachable(k, p)) continue;
      add(facts.met, p.id);
      add(b_.ever_met_, p.id);
      // An acquaintance is made by a first exchange (a choice taken, below), or known from the start.
      if (std::count(e.player.knows.begin(), e.player.knows.end(), p.id)) acquainted(k, p.id);
      reach(k, *d, d->start);
      if (!d->again.empty()) reach(k, *d, d->again);
      // After every event (the last too) comes time for follow-ups and invitations: anyone met
      // can be invited, and an invitation can be accepted when the best the rules allow (see
      // may_accept) reaches what it needs.
      // Each invitation that can be accepted warms the next, and makes it a smaller step.
      // From the highest rung p may already have by then (an in-room ask met after this event
      // counts too: the fixpoint feeds it back).
      int rung = b_.rung_during(k, p.id);
      if (auto here = b_.rung_after_[k].find(p.id); here != b_.rung_after_[k].end()) rung = std::max(rung, here->second);
      if (b_.events_[k].follow_ups.count(p.id)) rung = std::max(rung, kPurposeful);
      int before = 4 * static_cast<int>(k);
      for (AskKind kind : {AskKind::Coffee, AskKind::Lunch, AskKind::Drinks, AskKind::Personal})
        if (may_accept(k, p, kind, before, rung)) {
          rung = std::max(rung, sim::rung_number(sim::rung_for(kind)));
          ++before;
        }
      raise_rung(k, p.id, rung);
      for (const auto& tag : system_memory_tags()) add(b_.memory_[p.id], tag);
    }
    for (const auto& d : e.dialogues)
      for (const auto& n : d.nodes) {
        if (!facts.nodes.count({d.id, n.id})) continue;
        effects(k, d, n.effects, &n);
        if (n.choices.empty()) {
          if (!n.next.empty()) reach(k, d, n.next);
          continue;
        }
        for (const auto& ch : n.choices) {
          if (!open(k, d, ch)) continue;
          add(facts.choices, &ch);
          add(b_.chosen_, d.id + "/" + ch.id);
          acquainted(k, d.person);
          effects(k, d, ch.effects, &ch);
          if (!ch.next.empty()) reach(k, d, ch.next);
          if (ch.ask) {
            const Person* asked = e.person(d.person);
            add(facts.answers, std::make_pair(&ch, false));
            reach(k, d, ch.ask->declined);
            if (asked && may_accept(k, *asked, ch.ask->kind, 4 * static_cast<int>(k),
                                    std::max(b_.rung_during(k, d.person), kAcquaintance))) {  // asked after an exchange
              add(facts.answers, std::make_pair(&ch, true));
              reach(k, d, ch.ask->accepted);
              if (ch.ask->kind == AskKind::FollowUp) follow_up(k, d.person);
              else raise_rung(k, d.person, sim::rung_number(sim::rung_for(ch.ask->kind)));
              if (counted_.insert({k, &ch.ask}).second) {
                changed_ = true;
                if (ch.ask->kind == AskKind::FollowUp) ++follow_up_sources_[d.person];
              }
            }
          }
        }
      }
  }

  // Whether `p` could ever say yes to an ask of this kind at event k (in the room, or in the
  // time after it): the rules' own weighing (sim::assess_ask) of the best relationship any run
  // could have by then — the highest regard, the highest rapport before the invitations that
  // could already have taken place (each warms it by one and leaves a memory), the author's
  // memories, every follow-up kept and every good introduction remembered, as much time
  // together as there are events, one rung below, early in the evening — plus the luckiest roll.
  // `before`: how many invitations may have taken place already; `rung`: the highest rung by then.
  bool may_accept(std::size_t k, const Person& p, AskKind kind, int before, int rung) const {
    sim::Relationship best;
    best.regard = b_.regard_high(p.id);
    auto base = base_rapport_.find(p.id);
    best.rapport = std::min(kRelationMax, (base == base_rapport_.end() ? 0 : base->second) + before);
    best.familiarity = static_cast<int>(c_.steps.size());
    int own = before;  // memories that count as the author's own (+1 each, three at most)
    auto mem = b_.memory_.find(p.id);
    if (mem != b_.memory_.end())
      for (const auto& t : mem->second) own += is_system_tag(t) ? 0 : 1;
    for (int i = 0; i < std::min(own, sim::tuning::kMostOtherMemories); ++i) best.memory.push_back({"\x01own", 0});
    auto fu = follow_up_sources_.find(p.id);
    for (int i = 0; fu != follow_up_sources_.end() && i < fu->second; ++i) best.memory.push_back({to_string(Memory::KeptPromise), 0});
    for (int i = 0; i < good_partners(p.id); ++i) best.memory.push_back({to_string(Memory::IntroducedSomeoneUseful), 0});
    best.rungs.push_back({static_cast<Rung>(rung), 0, 0, ""});
    const auto a = sim::assess_ask(p, best, kind, static_cast<int>(k) + 1, std::nullopt);
    if (std::getenv("MINGLE_BOUND_TRACE")) {
      std::fprintf(stderr, "may_accept %s %s: total %d threshold %d:", p.id.c_str(), to_string(kind), a.total, a.threshold);
      for (const auto& f : a.factors) std::fprintf(stderr, " [%s %d]", f.name.c_str(), f.points);
      std::fprintf(stderr, "\n");
    }
    return a.total + sim::tuning::kHighestRoll >= a.threshold;
  }

  // (Each event's own needs and holds: a person may need something else at a later event.)
  int good_partners(const std::string& id) const {
    std::set<std::string> partners;
    for (const auto& st : c_.steps) {
      const Person* me = st.event.person(id);
      if (me == nullptr) continue;
      for (const auto& q : st.event.people) {
        if (q.id == id) continue;
        bool match = false;
        for (const auto& n : me->needs)
          for (const auto& h : q.holds) match = match || n.item == h.item;
        for (const auto& n : q.needs)
          for (const auto& h : me->holds) match = match || n.item == h.item;
        if (match) partners.insert(q.id);
      }
    }
    return static_cast<int>(partners.size());
  }

  void acquainted(std::size_t k, const std::string& p) {
    add(b_.events_[k].acquainted, p);
    raise_rung(k, p, kAcquaintance);
  }

  void reach(std::size_t k, const Dialogue& d, const std::string& node) {
    if (node.empty() || d.find(node) == nullptr) return;
    add(b_.events_[k].nodes, std::make_pair(d.id, node));
    add(b_.visited_, d.id + "/" + node);
  }

  void follow_up(std::size_t k, const std::string& with) {
    add(b_.events_[k].follow_ups, with);
    raise_rung(k, with, kPurposeful);
    add(b_.followed_up_, with);
  }

  bool open(std::size_t k, const Dialogue& d, const Choice& ch) const {
    const Event& e = c_.steps[k].event;
    const BoundEnv env = b_.env_for(k, d, ch);
    const Requirements& r = ch.requires_;
    if (r.regard && b_.regard_high(d.person) < *r.regard) return false;
    if (r.regard && b_.first_meeting_regard(k, d, ch) < *r.regard) return false;
    if (r.rapport && b_.rapport_high(d.person) < *r.rapport) return false;
    if (r.rung && b_.rung_during(k, d.person) < sim::rung_number(*r.rung)) return false;
    if (r.time_left && e.ends - e.starts < *r.time_left) return false;
    for (const auto& h : r.learned)
      if (!b_.hints_.count(h)) return false;
    for (const auto& i : r.has)
      if (!b_.items_.count(i)) return false;
    for (const auto& m : r.memory)
      if (!env.call("remembers", m).may_be_nonzero()) return false;
    for (const auto& f : r.flags)
      if (!env.variable(f).may_be_nonzero()) return false;
    if (!ch.condition.may_hold(env)) return false;
    if (const Person* p = e.person(d.person))
      for (const auto& item : ch.effects.gain)
        for (const auto& h : p->holds)
          if (h.item == item && !b_.items_.count(item) && !b_.shared_possible(k, *p, h)) return false;
    return true;
  }

  void effects(std::size_t k, const Dialogue& d, const Effects& fx, const void* where) {
    for (const auto& h : fx.learn) add(b_.hints_, h);
    for (const auto& i : fx.gain) add(b_.items_, i);
    // A line's effects are the conversation's person's, whoever speaks it (sim::arrive).
    for (const auto& t : fx.remember) {
      add(b_.memory_[d.person], t);
      add(b_.written_memory_[d.person], t);
      add(b_.memory_writes_, std::make_tuple(k, d.person, t, d.id));
    }
    for (const auto& [name, v] : fx.set) add(b_.flags_[name], static_cast<long long>(v));
    if (fx.follow_up) follow_up(k, fx.follow_up->with.empty() ? d.person : fx.follow_up->with);
    if (fx.introduce_to) add(b_.introduced_, *fx.introduce_to);
    if (counted_.insert({k, where}).second) {
      changed_ = true;
      regard_raise_[d.person] += std::max(0, fx.regard);
      rapport_raise_[d.person] += std::max(0, fx.rapport);
      if (fx.follow_up) ++follow_up_sources_[fx.follow_up->with.empty() ? d.person : fx.follow_up->with];
    }
  }

  // The highest regard and rapport: every raise the content gives (each line and choice counts
  // once an event), plus every raise the rules give: a good introduction (+1 each, once a pair),
  // a follow-up kept (+1 regard, once for each agreed), being recognised at a later event (+1
  // rapport), an invitation that takes place (+1 rapport, at most four kinds after each event),
  // and the warmth an introducer passes on (at most half of 10, when someone can introduce you).
  void numbers() {
    std::set<std::string> people, introducible;
    for (const auto& s : c_.steps)
      for (const auto& p : s.event.people) {
        people.insert(p.id);
        for (const auto& k : p.knows) introducible.insert(k.person);
        for (const auto& d : s.event.dialogues)
          for (const auto& n : d.nodes) {
            if (n.effects.introduce_to) introducible.insert(*n.effects.introduce_to);
            for (const auto& ch : n.choices)
              if (ch.effects.introduce_to) introducible.insert(*ch.effects.introduce_to);
          }
      }
    const int n_steps = static_cast<int>(c_.steps.size());
    for (const auto& id : people) {
      const int partners = good_partners(id);
      const int regard = std::min(kRelationMax, regard_raise_[id] + partners + follow_up_sources_[id]);
      const int base = rapport_raise_[id] + (n_steps - 1) + partners + (introducible.count(id) ? kRelationMax / 2 : 0);
      if (base_rapport_[id] != base) {
        base_rapport_[id] = base;
        changed_ = true;
      }
      const int rapport = std::min(kRelationMax, base + 4 * n_steps);
      if (b_.regard_hi_[id] != regard || b_.rapport_hi_[id] != rapport) {
        b_.regard_hi_[id] = regard;
        b_.rapport_hi_[id] = rapport;
        changed_ = true;
      }
    }
  }
};

Bound::Bound(const Campaign& c) : c_(c) { BoundBuilder(*this).run(); }

// [SECTION] Questions -----------------------------------------------------------------------------

bool Bound::node_possible(std::size_t step, const std::string& dialogue, const std::string& node) const {
  return step < events_.size() && events_[step].nodes.count({dialogue, node}) > 0;
}
bool Bound::choice_possible(std::size_t step, const Choice& ch) const {
  return step < events_.size() && events_[step].choices.count(&ch) > 0;
}
bool Bound::ask_answer_possible(std::size_t step, const Choice& ch, bool accepted) const {
  return step < events_.size() && events_[step].answers.count({&ch, accepted}) > 0;
}
bool Bound::met_possible(std::size_t step, const std::string& person) const {
  return step < events_.size() && events_[step].met.count(person) > 0;
}
int Bound::rung_during(std::size_t step, const std::string& person) const {
  int most = 0;
  for (std::size_t j = 0; j < step && j < rung_after_.size(); ++j) {
    auto it = rung_after_[j].find(person);
    if (it != rung_after_[j].end()) most = std::max(most, it->second);
  }
  if (step < events_.size() && events_[step].acquainted.count(person)) most = std::max(most, 1);
  return most;
}

int Bound::max_rung(const std::string& person) const {
  auto it = rung_.find(person);
  return it == rung_.end() ? 0 : it->second;
}
int Bound::regard_high(const std::string& person) const {
  auto it = regard_hi_.find(person);
  return it == regard_hi_.end() ? 0 : it->second;
}
int Bound::rapport_high(const std::string& person) const {
  auto it = rapport_hi_.find(person);
  return it == rapport_hi_.end() ? 0 : it->second;
}
bool Bound::always_holds(std::size_t step, const std::string& person, const std::string& dialogue,
                         const Expr& e) const {
  const ValueRange v = e.range(BoundEnv(*this, step, person, dialogue));
  return v.lo > 0 || v.hi < 0;
}

bool Bound::shared_possible(std::size_t step, const Person& p, const ValueItem& h) const {
  const Dialogue* d = c_.steps[step].event.dialogue_for(p.id);
  return h.shared_when.may_hold(BoundEnv(*this, step, p.id, d ? d->id : ""));
}

namespace {

// An expression seen from someone already met at an earlier event (familiarity at least 1),
// everything else any value: a condition that can't hold here is for strangers only.
class MetBeforeEnv : public RangeEnv {
 public:
  explicit MetBeforeEnv(long long most) : most_(most) {}
  ValueRange variable(std::string_view name) const override {
    if (find_expr_name(name) == ExprName::Familiarity) return {1, most_};
    return {-kAny, kAny};
  }
  ValueRange call(std::string_view, std::string_view) const override { return {0, 1}; }

 private:
  long long most_;
};

// A conversation as a graph: each way a line leads on (from, the choice taken or null, to).
struct Edge {
  const Node* from;
  const Choice* choice;
  std::string to;
};

std::vector<Edge> edges_of(const Dialogue& d) {
  std::vector<Edge> edges;
  for (const auto& n : d.nodes) {
    if (n.choices.empty() && !n.next.empty()) edges.push_back({&n, nullptr, n.next});
    for (const auto& c : n.choices) {
      if (!c.next.empty()) edges.push_back({&n, &c, c.next});
      if (c.ask) {
        edges.push_back({&n, &c, c.ask->accepted});
        edges.push_back({&n, &c, c.ask->declined});
      }
    }
  }
  return edges;
}

// The lines reachable from `from` (itself included), not through a choice `skip` names.
template <typename Skip>
std::set<std::string> forward(const std::vector<Edge>& edges, const std::string& from, Skip&& skip) {
  std::set<std::string> seen{from};
  std::vector<std::string> todo{from};
  while (!todo.empty()) {
    const std::string n = todo.back();
    todo.pop_back();
    for (const auto& e : edges)
      if (e.from->id == n && !skip(e.choice) && seen.insert(e.to).second) todo.push_back(e.to);
  }
  return seen;
}
std::set<std::string> forward(const std::vector<Edge>& edges, const std::string& from) {
  return forward(edges, from, [](const Choice*) { return false; });
}

// The lines that lead to `to` (itself included).
std::set<std::string> backward(const std::vector<Edge>& edges, const std::string& to) {
  std::set<std::string> seen{to};
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& e : edges)
      if (seen.count(e.to) && seen.insert(e.from->id).second) grew = true;
  }
  return seen;
}

// What the lines and choices on some way from the start to `to_here` can raise, each once:
// (regard, rapport).
std::pair<int, int> raises_on_the_way(const Dialogue& d, const std::vector<Edge>& edges,
                                      const std::set<std::string>& from_start, const std::set<std::string>& to_here) {
  int regard = 0, rapport = 0;
  for (const auto& n : d.nodes)
    if (from_start.count(n.id) && to_here.count(n.id)) {
      regard += std::max(0, n.effects.regard);
      rapport += std::max(0, n.effects.rapport);
    }
  for (const auto& e : edges)
    if (e.choice && from_start.count(e.from->id) && to_here.count(e.to)) {
      regard += std::max(0, e.choice->effects.regard);
      rapport += std::max(0, e.choice->effects.rapport);
    }
  return {regard, rapport};
}

const Node* node_of(const Dialogue& d, const Choice& ch) {
  for (const auto& n : d.nodes)
    for (const auto& c : n.choices)
      if (&c == &ch) return &n;
  return nullptr;
}

}  // namespace

// Warmth an introduction to `person` may have passed on, at event `step` or before: sim::tuning's
// inherited share, once for each event where someone can introduce the player to them.
int Bound::inherited_rapport(std::size_t step, const std::string& person) const {
  const int inherited = std::max(sim::tuning::kLeastIntroducedRapport, kRelationMax / sim::tuning::kIntroducedRapportDivisor);
  int rapport = 0;
  for (std::size_t k = 0; k <= step && k < c_.steps.size(); ++k) {
    bool introducible = false;
    for (const auto& a : c_.steps[k].event.people)
      for (const auto& kn : a.knows) introducible = introducible || kn.person == person;
    for (const auto& dd : c_.steps[k].event.dialogues)
      for (const auto& n : dd.nodes) {
        introducible = introducible || n.effects.introduce_to == person;
        for (const auto& c : n.choices) introducible = introducible || c.effects.introduce_to == person;
      }
    if (introducible) rapport += inherited;
  }
  return rapport;
}

// A line (the one offering `ch`) that is only ever reached on a first meeting at this event:
// every way to it from the conversation's start passes a choice whose condition can't hold for
// someone met at an earlier event, and the conversation's `again:` (where later talks at the same
// event begin) can't lead to it. Then, when `ch` is offered:
// - regard and rapport started at 0 (nothing before this event touched them: only an
//   introduction did, and that only warms rapport, at most sim::tuning's inherited share, once
//   for each event where one is possible);
// - this is still the first conversation (a conversation that ends takes the next talk to
//   `again:`), so the lines and choices so far lie on one way from the start to this line, each
//   counted once;
// - the only other raise is a good introduction, which needs rapport kRapportToIntroduce with
//   them while away from the conversation, and stepping away costs rapport.
int Bound::first_meeting_regard(std::size_t step, const Dialogue& d, const Choice& ch, std::string* via) const {
  const Node* at = node_of(d, ch);
  if (at == nullptr || d.again.empty() || at->id == d.start) return kRelationMax;
  const std::vector<Edge> edges = edges_of(d);
  const MetBeforeEnv met_before(static_cast<long long>(c_.steps.size()));
  auto strangers_only = [&](const Choice* c) { return c && !c->condition.empty() && !c->condition.may_hold(met_before); };
  if (forward(edges, d.again).count(at->id) || forward(edges, d.start, strangers_only).count(at->id)) return kRelationMax;
  // The lines and choices on some way from the start to this line.
  const std::set<std::string> from_start = forward(edges, d.start);
  const std::set<std::string> to_here = backward(edges, at->id);
  if (via)
    for (const auto& e : edges)
      if (strangers_only(e.choice) && from_start.count(e.from->id) && to_here.count(e.to)) *via = e.choice->id;
  auto [regard, rapport] = raises_on_the_way(d, edges, from_start, to_here);
  rapport += inherited_rapport(step, d.person);
  if (rapport + sim::tuning::kLeftMidConversationRapport >= sim::tuning::kRapportToIntroduce) {
    const Event& e = c_.steps[step].event;
    const Person* me = e.person(d.person);
    for (const auto& q : e.people) {
      if (me == nullptr || q.id == me->id) continue;
      bool match = false;
      for (const auto& n : me->needs)
        for (const auto& h : q.holds) match = match || n.item == h.item;
      for (const auto& n : q.needs)
        for (const auto& h : me->holds) match = match || n.item == h.item;
      if (match) regard += sim::tuning::kGoodIntroductionRegard;
    }
  }
  return std::min(regard, static_cast<int>(kRelationMax));
}

// Whether the player may have introduced d's person to anyone by the time a conversation is at
// `at`. Not when all of these hold: they can't have been met at an earlier event (introducing
// someone needs having met them); `at` is reached only by the first talk at this event (from the
// start, never from `again:`), so every introduction made before it was made while that talk was
// left part-way; and introducing them needs rapport kRapportToIntroduce, while at any line on the
// way here it is at most what an introduction passed on and the lines and choices on the way
// raise it, less the cost of stepping away.
bool Bound::introduced_by(std::size_t step, const Dialogue& d, const Node& at) const {
  for (std::size_t j = 0; j < step; ++j)
    if (met_possible(j, d.person)) return true;
  if (d.again.empty()) return true;
  // Only the ways on that may be taken at this event (as the fixpoint has found so far: it runs
  // again until nothing changes, so each raise it finds is counted in the end).
  std::vector<Edge> edges = edges_of(d);
  edges.erase(std::remove_if(edges.begin(), edges.end(),
                             [&](const Edge& e) {
                               return !node_possible(step, d.id, e.from->id) || (e.choice && !choice_possible(step, *e.choice));
                             }),
              edges.end());
  const std::set<std::string> from_start = forward(edges, d.start);
  if (forward(edges, d.again).count(at.id) || !from_start.count(at.id)) return true;
  const int rapport = raises_on_the_way(d, edges, from_start, backward(edges, at.id)).second +
                      inherited_rapport(step, d.person);
  return rapport + sim::tuning::kLeftMidConversationRapport >= sim::tuning::kRapportToIntroduce;
}

std::string Bound::person_name(const std::string& id) const {
  for (const auto& s : c_.steps)
    if (const Person* p = s.event.person(id)) return p->name.empty() ? id : p->name;
  return id;
}

std::string Bound::why_met(std::size_t step, const std::string& person) const {
  const Event& e = c_.steps[step].event;
  const Person* p = e.person(person);
  if (p == nullptr) return person_name(person) + " is not at this event";
  if (e.dialogue_for(person) == nullptr) return person_name(person) + " has no conversation written";
  if (!free_to_talk(e, *p))
    return person_name(person) + " is never free to talk: on the stage or out of the room in every part of the evening" +
           " (give them a zone that isn't the stage for at least one part in their schedule, " + p->pos.file + ":" +
           std::to_string(p->pos.line) + ")";
  std::string who;
  for (const auto& a : e.people)
    for (const auto& k : a.knows)
      if (k.person == person) who += (who.empty() ? "" : ", ") + a.id;
  return person_name(person) + " needs an introduction, and nobody can give one" +
         (who.empty() ? std::string(": nobody at this event knows them and no line introduces them")
                      : ": " + who + " know them, but can never be talked to with rapport 1");
}

BoundEnv Bound::env_for(std::size_t step, const Dialogue& d, const Choice& ch) const {
  BoundEnv env(*this, step, d.person, d.id);
  env.first_line_ = first_line(d, ch);
  if (const Node* at = node_of(d, ch)) env.not_introduced_ = !introduced_by(step, d, *at);
  return env;
}

// The first line of a conversation, when the choice is offered there and only a first talk at
// the event reaches it: the conversation has an `again:` elsewhere (later talks at the same event
// begin there) and no line or choice leads back to its start. A talk left there picks up there, so
// what the person remembers at that line is what earlier events, other conversations and the line
// itself left them: never what this conversation leaves later. Memories are never lost.
const Node* Bound::first_line(const Dialogue& d, const Choice& ch) const {
  const Node* start = d.find(d.start);
  if (start == nullptr || d.again.empty() || d.again == d.start) return nullptr;
  if (std::none_of(start->choices.begin(), start->choices.end(), [&](const Choice& c) { return &c == &ch; })) return nullptr;
  for (const auto& n : d.nodes) {
    if (n.next == d.start) return nullptr;
    for (const auto& c : n.choices)
      if (c.next == d.start || (c.ask && (c.ask->accepted == d.start || c.ask->declined == d.start))) return nullptr;
  }
  return start;
}

std::string Bound::why_requirements(std::size_t step, const Dialogue& d, const Choice& ch) const {
  const Event& e = c_.steps[step].event;
  const std::string who = person_name(d.person);
  const BoundEnv env = env_for(step, d, ch);
  const Node* first = env.first_line_;
  const Requirements& r = ch.requires_;
  if (r.regard && regard_high(d.person) < *r.regard)
    return "needs regard " + std::to_string(*r.regard) + " with " + who + ", but no run can raise it above " +
           std::to_string(regard_high(d.person));
  std::string stranger;
  if (r.regard && first_meeting_regard(step, d, ch, &stranger) < *r.regard)
    return "needs regard " + std::to_string(*r.regard) + " with " + who + ", but every way to this line passes '" +
           stranger + "', which only someone meeting them for the first time can take, and on a first meeting no run can raise it above " +
           std::to_string(first_meeting_regard(step, d, ch));
  if (r.rapport && rapport_high(d.person) < *r.rapport)
    return "needs rapport " + std::to_string(*r.rapport) + " with " + who + ", but no run can raise it above " +
           std::to_string(rapport_high(d.person));
  if (r.rung && rung_during(step, d.person) < sim::rung_number(*r.rung)) {
    const int most = rung_during(step, d.person);
    std::string why = step == 0 ? "rungs above acquaintance are reached only in the time after an event"
                                : why_rung(d.person, sim::rung_number(*r.rung));
    if (why.empty()) why = "rungs above acquaintance are reached in the time after an event, and no earlier event gets there";
    return "needs " + who + " as a " + rung_words(sim::rung_number(*r.rung)) + ", but the most any run has by then is " +
           (most == 0 ? std::string("stranger") : rung_words(most)) + " (" + why + ")";
  }
  if (r.time_left && e.ends - e.starts < *r.time_left)
    return "needs " + std::to_string(*r.time_left) + " minutes left, but the event lasts " +
           std::to_string(e.ends - e.starts);
  for (const auto& h : r.learned)
    if (!hints_.count(h)) return "needs the hint '" + h + "', which no line or choice that can be reached teaches";
  for (const auto& i : r.has)
    if (!items_.count(i)) return "needs '" + i + "': " + why_item(i);
  for (const auto& m : r.memory)
    if (!env.call("remembers", m).may_be_nonzero())
      return "needs " + who + " to remember '" + m + "', which no line or choice that can be reached leaves with them" +
             (first ? " before '" + first->id + "', where every first talk with them at this event begins" : "");
  for (const auto& f : r.flags)
    if (!env.variable(f).may_be_nonzero()) return "needs the flag '" + f + "', which nothing that can be reached sets";
  return {};
}

std::string Bound::why_choice(std::size_t step, const Dialogue& d, const Choice& ch) const {
  std::string why = why_requirements(step, d, ch);
  if (!why.empty()) return why;
  const BoundEnv env = env_for(step, d, ch);
  if (!ch.condition.may_hold(env)) {
    std::string parts;
    for (const auto& ref : ch.condition.references()) {
      const ValueRange v = ref.is_call ? env.call(ref.name, ref.arg) : env.variable(ref.name);
      const std::string name = ref.is_call ? ref.name + "(" + ref.arg + ")" : ref.name;
      if (v.lo == v.hi && parts.find(name) == std::string::npos)
        parts += (parts.empty() ? "" : ", ") + name + " is always " + std::to_string(v.lo);
      else if (v.lo != v.hi && ref.is_call == false && parts.find(name) == std::string::npos)
        parts += (parts.empty() ? "" : ", ") + name + " is between " + std::to_string(v.lo) + " and " +
                 std::to_string(v.hi);
    }
    // Where the line narrowed it, say how.
    const Node* at = node_of(d, ch);
    auto holds_without = [&](auto&& widen) {
      BoundEnv wider = env;
      widen(wider);
      return ch.condition.may_hold(wider);
    };
    if (env.first_line_ && holds_without([](BoundEnv& w) { w.first_line_ = nullptr; }))
      parts += (parts.empty() ? "" : ": ") + std::string("it is read at '") + at->id + "', where every first talk with " +
               person_name(d.person) + " at this event begins: nothing later in this conversation has happened yet; " +
               "to offer it on a later talk, put it on the again: line '" + d.again + "' too";
    if (env.not_introduced_ && holds_without([](BoundEnv& w) { w.not_introduced_ = false; }))
      parts += (parts.empty() ? "" : ": ") + std::string("at '") + at->id + "', which only a first talk with " +
               person_name(d.person) + " at this event reaches, the player can't have introduced them to anyone yet: that needs rapport " +
               std::to_string(sim::tuning::kRapportToIntroduce) + " with them after stepping away, and nothing on the way here warms them that much; " +
               "to offer it after an introduction, lead to it from the again: line '" + d.again + "' too, or raise rapport on the way";
    return "its condition '" + ch.condition.source() + "' can never hold" + (parts.empty() ? "" : " (" + parts + ")");
  }
  const Event& e = c_.steps[step].event;
  if (const Person* p = e.person(d.person))
    for (const auto& item : ch.effects.gain)
      for (const auto& h : p->holds)
        if (h.item == item && !shared_possible(step, *p, h))
          return person_name(p->id) + " is never willing to give '" + item + "': " + why_shared(step, *p, h);
  return "it is never open";
}

std::string Bound::why_shared(std::size_t, const Person&, const ValueItem& h) const {
  return "its shared_when '" + h.shared_when.source() + "' can never hold";
}

std::string Bound::why_node(std::size_t step, const Dialogue& d, const Node& n) const {
  std::vector<std::string> ways;
  if (n.id == d.start || n.id == d.again) {
    if (!met_possible(step, d.person)) return why_met(step, d.person);
  }
  for (const auto& m : d.nodes) {
    const bool m_reached = node_possible(step, d.id, m.id);
    if (m.choices.empty() && m.next == n.id)
      ways.push_back(m_reached ? "after '" + m.id + "'" : "after '" + m.id + "', which is never reached");
    for (const auto& ch : m.choices) {
      const bool leads = ch.next == n.id || (ch.ask && (ch.ask->accepted == n.id || ch.ask->declined == n.id));
      if (!leads) continue;
      if (!m_reached) ways.push_back("from '" + m.id + "', which is never reached");
      else if (!choice_possible(step, ch)) ways.push_back("by '" + ch.id + "', which never opens: " + why_choice(step, d, ch));
    }
  }
  if (ways.empty()) return "nothing leads here: no choice, 'next' or 'again' names it";
  std::string out = "every way in is closed: ";
  for (std::size_t i = 0; i < ways.size(); ++i) out += (i ? "; " : "") + ways[i];
  return out;
}

std::string Bound::why_never_yes(const std::string& person, AskKind kind) const {
  return "even the warmest relationship any run allows (regard " + std::to_string(regard_high(person)) +
         ", rapport " + std::to_string(rapport_high(person)) + ") and the luckiest roll fall short of what " +
         person_name(person) + " needs to accept " + sim::ask_phrase(kind);
}

std::string Bound::why_item(const std::string& item) const {
  std::vector<std::string> where;
  for (std::size_t k = 0; k < c_.steps.size(); ++k)
    for (const auto& d : c_.steps[k].event.dialogues)
      for (const auto& n : d.nodes) {
        if (std::count(n.effects.gain.begin(), n.effects.gain.end(), item)) where.push_back(d.id + "/" + n.id);
        for (const auto& ch : n.choices)
          if (std::count(ch.effects.gain.begin(), ch.effects.gain.end(), item))
            where.push_back(d.id + "/" + n.id + "/" + ch.id);
      }
  if (where.empty()) return "no line or choice gives it";
  std::string out = "only ";
  for (std::size_t i = 0; i < where.size(); ++i) out += (i ? ", " : "") + where[i];
  return out + " give" + (where.size() == 1 ? "s" : "") + " it, and " + (where.size() == 1 ? "that is" : "those are") +
         " never reached or never open";
}

std::string Bound::why_rung(const std::string& person, int rung) const {
  const std::string who = person_name(person);
  if (rung <= max_rung(person)) return {};
  if (rung == kAcquaintance) return "no choice in a conversation with " + who + " can ever be taken (an exchange is what makes an acquaintance)";
  if (rung == kPurposeful) return "no follow-up with " + who + " can ever be agreed";
  return why_never_yes(person, rung == 3 ? AskKind::Coffee : rung == 4 ? AskKind::Lunch : AskKind::Personal);
}

}  // namespace mingle::explore
