#include "core/scenario/validate.h"

#include "core/scenario/expr_names.h"

#include "core/diag/suggest.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace mingle {
namespace {

std::vector<std::string> sorted(const std::set<std::string>& s) { return {s.begin(), s.end()}; }

// ---- "can this condition ever hold?" ------------------------------------------------------
// Decided by trying values: each variable the expression reads takes the ends of its range
// and the neighbours of every number written in the expression; each function call takes 0
// and 1. The language only compares sums of such values with constants, so if no combination
// makes it true, none will. Expressions with too many combinations are not judged.

struct Range {
  long long lo, hi;
};

class TryEnv : public ExprEnv {
 public:
  std::map<std::string, int, std::less<>> vars, calls;
  int variable(std::string_view name) const override {
    auto it = vars.find(name);
    return it == vars.end() ? 0 : it->second;
  }
  int call(std::string_view function, std::string_view arg) const override {
    auto it = calls.find(std::string(function) + "(" + std::string(arg) + ")");
    return it == calls.end() ? 0 : it->second;
  }
};

std::vector<long long> numbers_in(const std::string& text) {
  std::vector<long long> out;
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (std::isalpha(c) || c == '_') {  // skip names, which may contain digits
      while (i < text.size() && (std::isalnum(static_cast<unsigned char>(text[i])) ||
                                 text[i] == '_' || text[i] == '-' || text[i] == '.'))
        ++i;
      continue;
    }
    if (std::isdigit(c)) {
      long long v = 0;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && v < 1000000000)
        v = v * 10 + (text[i++] - '0');
      out.push_back(v);
      out.push_back(-v);
      continue;
    }
    ++i;
  }
  return out;
}

// `budget` is the number of evaluations left for the whole load: a file with thousands of
// many-variable conditions must not turn the checker slow (the check is only a warning).
bool never_holds(const Expr& expr, const std::map<std::string, Range>& ranges, long& budget) {
  std::vector<std::string> var_names, call_names;
  for (const ExprRef& r : expr.references()) {
    const std::string key = r.is_call ? r.name + "(" + r.arg + ")" : r.name;
    auto& list = r.is_call ? call_names : var_names;
    if (std::find(list.begin(), list.end(), key) == list.end()) list.push_back(key);
  }
  std::vector<long long> consts = numbers_in(expr.source());
  // Named constants (the rung names: `rung >= coffee_mate`) are values to try too, or a
  // comparison with one would look impossible.
  for (const auto& name : var_names)
    if (auto it = ranges.find(name); it != ranges.end() && it->second.lo == it->second.hi)
      consts.push_back(it->second.lo);
  std::vector<std::vector<int>> choices;
  for (const auto& name : var_names) {
    auto it = ranges.find(name);
    if (it != ranges.end() && it->second.lo == it->second.hi) {  // a constant such as a rung name
      choices.push_back({static_cast<int>(it->second.lo)});
      continue;
    }
    const Range r = it == ranges.end() ? Range{-1000000, 1000000} : it->second;
    std::set<long long> vals{r.lo, r.hi, 0, 1};
    for (long long c : consts)
      for (long long v : {c - 1, c, c + 1}) vals.insert(v);
    std::vector<int> in_range;
    for (long long v : vals)
      if (v >= r.lo && v <= r.hi) in_range.push_back(static_cast<int>(v));
    choices.push_back(in_range);
  }
  for (std::size_t i = 0; i < call_names.size(); ++i) choices.push_back({0, 1});
  double combos = 1;
  for (const auto& c : choices) combos *= static_cast<double>(c.size());
  if (combos > 20000 || combos > static_cast<double>(budget)) return false;  // do not judge
  budget -= static_cast<long>(combos);

  TryEnv env;
  std::vector<std::size_t> idx(choices.size(), 0);
  while (true) {
    for (std::size_t i = 0; i < var_names.size(); ++i) env.vars[var_names[i]] = choices[i][idx[i]];
    for (std::size_t i = 0; i < call_names.size(); ++i)
      env.calls[call_names[i]] = choices[var_names.size() + i][idx[var_names.size() + i]];
    if (expr.holds(env)) return false;
    std::size_t k = 0;
    while (k < idx.size() && ++idx[k] == choices[k].size()) idx[k++] = 0;
    if (k == idx.size()) return true;
  }
}

// The names and functions the simulation knows (core/scenario/expr_names.h).
const std::vector<std::string>& builtin_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& n : expr_names()) out.push_back(n.name);
    return out;
  }();
  return names;
}
const std::vector<std::string>& function_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> out;
    for (const auto& f : expr_functions()) out.push_back(f.name);
    return out;
  }();
  return names;
}

class Validator {
 public:
  Validator(const Campaign& c, ParseContext& ctx) : c_(c), ctx_(ctx), d_(ctx.diags) {
    for (const CampaignStep& step : c.steps) {
      std::vector<std::string> here;
      for (const Person& p : step.event.people) {
        all_people_.insert(p.id);
        here.push_back(p.id);
        for (const ValueItem& v : p.holds) all_held_.insert(v.item);
      }
      std::sort(here.begin(), here.end());
      people_here_.push_back(std::move(here));
    }
  }

  void run() {
    check_event_ids();
    check_same_people();
    for (const Ref& r : ctx_.refs) check_ref(r);
    for (const ExprUse& u : ctx_.exprs) check_expression(u);
    for (const RequirementUse& r : ctx_.requirements) check_requirements(r);
    for (std::size_t i = 0; i < c_.steps.size(); ++i) check_event(c_.steps[i].event, static_cast<int>(i));
  }

 private:
  const Event* event_at(int i) const {
    return i >= 0 && static_cast<std::size_t>(i) < c_.steps.size() ? &c_.steps[static_cast<std::size_t>(i)].event
                                                                   : nullptr;
  }

  void check_event_ids() {
    for (std::size_t i = 0; i < c_.steps.size(); ++i)
      for (std::size_t j = 0; j < i; ++j)
        if (!c_.steps[i].event.id.empty() && c_.steps[i].event.id == c_.steps[j].event.id)
          d_.add("E0207", c_.steps[i].event.pos,
                 "the event id '" + c_.steps[i].event.id + "' is used by two events of the campaign",
                 "give each event its own id");
  }

  // A person id names one person across the campaign (they remember the player), so their
  // name and organisation should agree wherever they appear; a difference is usually a copy
  // that was edited in one place only.
  void check_same_people() {
    std::map<std::string, const Person*> first;
    for (const CampaignStep& step : c_.steps)
      for (const Person& p : step.event.people) {
        const auto [it, inserted] = first.emplace(p.id, &p);
        if (inserted || it->second->pos.file == p.pos.file) continue;
        const Person& q = *it->second;
        // Only the name: people change jobs between events (that is a career lead working),
        // so a new organisation or role is part of the story, not a slip.
        const char* what = q.name != p.name ? "name" : nullptr;
        if (what)
          d_.add("W0329", p.pos,
                 p.id + " has a different " + what + " here than at " + q.pos.file + ":" +
                     std::to_string(q.pos.line),
                 "the same id is the same person in every event; use the same " +
                     std::string(what) + ", or give a different person another id");
      }
  }

  void unknown(const char* code, const Ref& r, const std::string& what,
               const std::vector<std::string>& known, const std::string& hint) {
    d_.add(code, r.pos, "unknown " + what + " '" + r.id + "'" + did_you_mean(r.id, known), hint);
  }

  // One message, one code, for a flag nobody sets, whether a `requires: {flags: …}` or an
  // `if:` names it.
  void flag_never_set(const std::string& id, const SourcePos& pos, const std::vector<std::string>& known) {
    d_.add("E0305", pos, "the flag '" + id + "' is never set" + did_you_mean(id, known),
           "a flag exists when an effect says 'set: { " + id + ": 1 }'");
  }

  void check_ref(const Ref& r) {
    const Event* e = event_at(r.event);
    if (!e) return;
    const bool people_broken = ctx_.broken_people.count(r.event) > 0;
    if (people_broken && (r.kind == RefKind::PersonHere || r.kind == RefKind::Person ||
                          r.kind == RefKind::Item || r.kind == RefKind::ItemOfSpeaker))
      return;  // the people file's own error says what to fix
    switch (r.kind) {
      case RefKind::Person:
        if (!all_people_.count(r.id))
          unknown("E0301", r, "person", sorted(all_people_),
                  "people are listed in people.yaml; check the spelling of the id");
        break;
      case RefKind::PersonHere: {
        const auto& here = people_here_[static_cast<std::size_t>(r.event)];
        if (!std::binary_search(here.begin(), here.end(), r.id))
          unknown("E0301", r, "person", here,
                  "this must be someone at this event; people here: " + join_words(here));
        break;
      }
      case RefKind::Item:
        if (!all_held_.count(r.id))
          unknown("E0303", r, "item", sorted(all_held_),
                  "an item exists when someone lists it under 'holds' in people.yaml");
        break;
      case RefKind::ItemOfSpeaker: {
        const Person* p = e->person(r.speaker);
        if (!p) break;  // the unknown person is reported on its own
        std::vector<std::string> theirs;
        for (const ValueItem& v : p->holds) theirs.push_back(v.item);
        if (std::find(theirs.begin(), theirs.end(), r.id) == theirs.end())
          d_.add("E0303", r.pos,
                 p->id + " does not hold the item '" + r.id + "'" + did_you_mean(r.id, theirs),
                 "a person can only give what they hold: add it to " + p->id +
                     "'s 'holds' in people.yaml" +
                     (theirs.empty() ? std::string() : " (they hold: " + join_words(theirs) + ")"));
        break;
      }
      case RefKind::Hint:
        if (ctx_.maybe_in_unreadable(r.id)) break;  // it may be learned in the unreadable file
        if (!ctx_.learned.count(r.id))
          d_.add("E0305", r.pos,
                 "the hint '" + r.id + "' is never learned" + did_you_mean(r.id, sorted(ctx_.learned)),
                 "a hint exists when an effect says 'learn: " + r.id + "'; without one this "
                 "condition never holds");
        break;
      case RefKind::Tag:
        if (ctx_.maybe_in_unreadable(r.id)) break;
        if (!ctx_.remembered.count(r.id) &&
            std::find(system_memory_tags().begin(), system_memory_tags().end(), r.id) ==
                system_memory_tags().end())
          d_.add("E0305", r.pos,
                 "the memory tag '" + r.id + "' is never remembered" +
                     did_you_mean(r.id, sorted(ctx_.remembered)),
                 "a tag exists when an effect says 'remember: " + r.id + "'");
        break;
      case RefKind::Flag:
        if (ctx_.maybe_in_unreadable(r.id)) break;
        if (!ctx_.flags_set.count(r.id)) flag_never_set(r.id, r.pos, sorted(ctx_.flags_set));
        break;
      case RefKind::Zone: {
        if (ctx_.broken_rooms.count(r.event)) break;
        std::vector<std::string> zones;
        for (const Zone& z : e->room.zones) zones.push_back(z.id);
        if (std::find(zones.begin(), zones.end(), r.id) == zones.end())
          unknown("E0304", r, "zone", zones,
                  zones.empty() ? "the room has no zones; add them under 'zones' in room.yaml"
                                : "the room's zones are: " + join_words(zones));
        break;
      }
      case RefKind::Slot: {
        std::vector<std::string> slots;
        for (const Slot& s : e->slots) slots.push_back(s.id);
        if (std::find(slots.begin(), slots.end(), r.id) == slots.end())
          unknown("E0304", r, "slot", slots,
                  slots.empty() ? "the event has no slots; add them under 'slots' in event.yaml"
                                : "the event's slots are: " + join_words(slots));
        break;
      }
    }
  }

  std::map<std::string, Range> ranges_for(const Event& e) const {
    const long long length = e.ends - e.starts;
    std::map<std::string, Range> r{
        {"regard", {kRelationMin, kRelationMax}},   {"rapport", {kRelationMin, kRelationMax}},
        {"familiarity", {0, kRelationMax}},         {"rung", {0, 5}},
        {"time_left", {0, length}},                 {"minutes_elapsed", {0, length}},
        {"event", {1, static_cast<long long>(c_.steps.size())}},
        {"enjoyment", {-100000, 100000}},           {"value", {-100000, 100000}}};
    const auto rungs = all_rungs();
    for (std::size_t i = 0; i < rungs.size(); ++i)
      r[rungs[i]] = {static_cast<long long>(i), static_cast<long long>(i)};
    return r;
  }

  void check_expression(const ExprUse& u) {
    const Event* e = event_at(u.event);
    if (!e) return;
    const Dialogue* dl = u.dialogue.empty() ? nullptr : e->dialogue(u.dialogue);
    bool all_known = true;
    for (const ExprRef& r : u.expr.references()) {
      SourcePos pos = u.pos;
      pos.column += r.column - 1;
      const Ref ref{RefKind::Person, r.arg, pos, u.event, {}};
      if (!r.is_call) {
        const auto& b = builtin_names();
        const auto rungs = all_rungs();
        if (std::find(b.begin(), b.end(), r.name) != b.end() ||
            std::find(rungs.begin(), rungs.end(), r.name) != rungs.end() ||
            ctx_.flags_set.count(r.name))
          continue;
        std::vector<std::string> known = b;
        known.insert(known.end(), ctx_.flags_set.begin(), ctx_.flags_set.end());
        all_known = false;
        if (ctx_.maybe_in_unreadable(r.name)) continue;  // it may be set in the unreadable file
        const std::string near = nearest(r.name, known);
        const bool builtin_typo =
            !near.empty() && std::find(b.begin(), b.end(), near) != b.end();
        if (!builtin_typo) {
          flag_never_set(r.name, pos, sorted(ctx_.flags_set));
          continue;
        }
        d_.add("E0306", pos,
               "unknown name '" + r.name + "' in '" + u.where + "'" + did_you_mean(r.name, known),
               "a name is a built-in value (" + join_words(b) + "), a rung, or a flag set by "
               "'set:' somewhere");
        continue;
      }
      const ExprFunctionInfo* fn = find_expr_function(r.name);
      const ExprArg arg = fn ? fn->arg : ExprArg::Person;
      if (fn && arg == ExprArg::Hint) check_ref({RefKind::Hint, r.arg, pos, u.event, {}});
      else if (fn && arg == ExprArg::Item) check_ref({RefKind::Item, r.arg, pos, u.event, {}});
      else if (fn && arg == ExprArg::MemoryTag) check_ref({RefKind::Tag, r.arg, pos, u.event, {}});
      else if (fn && arg == ExprArg::Person) check_ref(ref);
      else if (fn && (arg == ExprArg::Zone || arg == ExprArg::Slot)) {
        std::vector<std::string> ids;
        if (arg == ExprArg::Zone)
          for (const Zone& z : e->room.zones) ids.push_back(z.id);
        else
          for (const Slot& sl : e->slots) ids.push_back(sl.id);
        if (std::find(ids.begin(), ids.end(), r.arg) == ids.end())
          d_.add("E0302", pos,
                 "there is no " + std::string(arg == ExprArg::Zone ? "zone" : "slot") + " '" + r.arg +
                     "' in this event" + did_you_mean(r.arg, ids));
      } else if (fn && (arg == ExprArg::Node || arg == ExprArg::Choice)) {
        if (!dl) continue;
        std::vector<std::string> ids;
        for (const Node& n : dl->nodes) {
          if (arg == ExprArg::Node) ids.push_back(n.id);
          else
            for (const Choice& ch : n.choices) ids.push_back(ch.id);
        }
        if (std::find(ids.begin(), ids.end(), r.arg) == ids.end())
          d_.add("E0302", pos,
                 "there is no " + std::string(arg == ExprArg::Node ? "node" : "choice") + " '" +
                     r.arg + "' in this conversation" + did_you_mean(r.arg, ids));
      } else {
        d_.add("E0306", pos,
               "unknown function '" + r.name + "'" + did_you_mean(r.name, function_names()),
               "the functions are: " + join_words(function_names()));
        all_known = false;
      }
    }
    if (all_known && never_holds(u.expr, ranges_for(*e), evaluation_budget_))
      d_.add("W0323", u.pos, "the condition '" + u.expr.source() + "' can never hold",
             "check the numbers against the scales in docs/authoring.md (regard and rapport go "
             "from " + std::to_string(kRelationMin) + " to " + std::to_string(kRelationMax) +
                 "; time_left is at most the event's length)");
  }

  void check_requirements(const RequirementUse& u) {
    const Event* e = event_at(u.event);
    if (!e) return;
    auto too_high = [&](const char* what, int value, const std::string& scale) {
      d_.add("W0323", u.pos,
             std::string("'requires: {") + what + ": " + std::to_string(value) +
                 "}' can never hold: " + scale,
             "lower the number, or remove the requirement");
    };
    if (u.req.regard && *u.req.regard > kRelationMax)
      too_high("regard", *u.req.regard,
               "regard goes up to " + std::to_string(kRelationMax));
    if (u.req.rapport && *u.req.rapport > kRelationMax)
      too_high("rapport", *u.req.rapport,
               "rapport goes up to " + std::to_string(kRelationMax));
    if (u.req.time_left && *u.req.time_left > e->ends - e->starts)
      too_high("time_left", *u.req.time_left,
               "the event lasts " + std::to_string(e->ends - e->starts) + " minutes");
  }

  void check_event(const Event& e, int index) {
    // The player's needs are the mystery: someone in this room must hold each.
    auto holder_here = [&](const std::string& item) {
      for (const Person& p : e.people)
        for (const ValueItem& v : p.holds)
          if (v.item == item) return true;
      return false;
    };
    std::vector<std::string> held_here;
    for (const Person& p : e.people)
      for (const ValueItem& v : p.holds) held_here.push_back(v.item);
    const bool people_broken = ctx_.broken_people.count(index) > 0;
    for (const ValueItem& need : e.player.needs)
      if (!people_broken && !need.item.empty() && !holder_here(need.item))
        d_.add("E0324", need.pos,
               "nobody at this event holds '" + need.item + "', which the player needs" +
                   did_you_mean(need.item, held_here),
               "add it to the 'holds' of someone in people.yaml, or the player can never find it");
    for (const ValueItem& goal : e.player.side_goals)
      if (!goal.item.empty() && !holder_here(goal.item))
        d_.add("W0325", goal.pos,
               "nobody at this event holds the side goal '" + goal.item + "'" +
                   did_you_mean(goal.item, held_here),
               "add it to someone's 'holds', or remove the side goal");
    for (const Person& p : e.people) {
      for (const ValueItem& need : p.needs)
        if (!need.item.empty() && !all_held_.count(need.item))
          d_.add("W0325", need.pos,
                 p.id + " needs '" + need.item + "' but nobody in the campaign holds it" +
                     did_you_mean(need.item, sorted(all_held_)),
                 "add it to someone's 'holds' so the player can connect them (host mode)");
      const bool talks_unknown = ctx_.broken_dialogues.count(index) > 0;  // see ParseContext
      if (p.needs_introduction && !ctx_.introduced.count(p.id) && !talks_unknown)
        d_.add("W0326", p.pos,
               p.id + " can only be approached after an introduction, but nobody introduces them",
               "add 'introduce_to: " + p.id + "' to an effect in someone's conversation, or set "
               "'needs_introduction: false'");
      if (!p.schedule.empty() && e.slots.size() > 0) {
        // In the room in some part of the evening; and off the stage in some part, since
        // nobody can be talked to on the stage (as the game and the explorer see it).
        bool in_room = false, off_stage = false;
        for (const Slot& s : e.slots) {
          auto at = p.schedule.find(s.id);
          if (at == p.schedule.end()) continue;
          in_room = true;
          const auto zone = std::find_if(e.room.zones.begin(), e.room.zones.end(),
                                         [&](const Zone& z) { return z.id == at->second; });
          off_stage = off_stage || zone == e.room.zones.end() || zone->kind != ZoneKind::Stage;
        }
        if (!in_room)
          d_.add("W0326", p.pos, p.id + " is never in the room in any slot",
                 "list at least one slot in their 'schedule'");
        else if (!off_stage)
          d_.add("W0326", p.pos, p.id + " is on the stage in every slot they are in the room, so nobody can ever talk with them",
                 "give them a zone that isn't the stage for at least one slot in their 'schedule'");
      }
      if (p.dialogue.empty() && !p.id.empty() && !ctx_.dialogue_reported.count(p.id) && !talks_unknown)
        d_.add("W0327", p.pos, "nobody can talk with " + p.id + ": they have no conversation",
               "add a file in dialogues/ with 'person: " + p.id + "'");
    }
    // A conversation with errors of its own is still judged for unreachable nodes, taking a
    // misspelt jump to the node it most likely meant (check_dialogue_graph).
    for (const Dialogue& dl : e.dialogues) {
      const bool broken = std::any_of(d_.list().begin(), d_.list().end(), [&](const Diagnostic& x) {
        return x.severity == Severity::Error && x.pos.file == dl.pos.file;
      });
      check_dialogue_graph(dl, d_, broken);
    }
    check_host_pairs(e);
    check_hint_labels(e);
  }

  // Every hint the player learns shows in their notebook, so each needs words an author wrote
  // (`learn: [{ id, label }]` somewhere in the content checked); an id made readable reads like a label
  // on a program. Reported once per hint, where it is first learned.
  void check_hint_labels(const Event& e) {
    auto look = [&](const Effects& fx, const SourcePos& pos) {
      for (const auto& id : fx.learn) {
        if (ctx_.hint_labels.count(id) || !unlabelled_reported_.insert(id).second) continue;
        d_.add("W0339", pos, "the hint '" + id + "' has no label, so the player's notebook shows its id",
               "write it as 'learn: [{ id: " + id + ", label: <a sentence the player reads> }]' where it is learned");
      }
    };
    for (const Dialogue& dl : e.dialogues)
      for (const Node& n : dl.nodes) {
        look(n.effects, n.pos);
        for (const Choice& ch : n.choices) look(ch.effects, ch.pos);
      }
  }

  // Host mode: two people where one needs what the other holds are there to be introduced. If
  // they already know each other, the player cannot introduce them, which is rarely meant.
  void check_host_pairs(const Event& e) {
    // Walks the `knows` entries, not every pair of people, so a huge people file stays linear.
    std::map<std::string, const Person*> by_id;
    for (const Person& p : e.people) by_id.emplace(p.id, &p);
    auto need_held = [](const Person& x, const Person& y) -> std::string {
      std::set<std::string> held;
      for (const ValueItem& h : y.holds) held.insert(h.item);
      for (const ValueItem& n : x.needs)
        if (!n.item.empty() && held.count(n.item)) return n.item;
      return {};
    };
    std::set<std::pair<std::string, std::string>> reported;
    for (const Person& a : e.people)
      for (const Acquaintance& k : a.knows) {
        auto it = by_id.find(k.person);
        if (it == by_id.end() || it->second == &a) continue;
        const Person& b = *it->second;
        for (const auto& [x, y] : {std::pair<const Person*, const Person*>{&a, &b}, {&b, &a}}) {
          const std::string item = need_held(*x, *y);
          if (item.empty() || !reported.insert({x->id, y->id}).second) continue;
          d_.add("W0331", k.pos,
                 x->id + " needs '" + item + "', which " + y->id + " holds, but they already know "
                 "each other, so the player can never introduce them",
                 "remove one 'knows' entry if the introduction is the point, or give the need to "
                 "someone " + y->id + " has not met");
        }
      }
  }

  const Campaign& c_;
  ParseContext& ctx_;
  Diagnostics& d_;
  std::set<std::string> all_people_, all_held_;
  std::set<std::string> unlabelled_reported_;  // hints already reported without a label (W0339)
  std::vector<std::vector<std::string>> people_here_;  // per event, sorted
  long evaluation_budget_ = 2'000'000;  // for never_holds, across the whole load
};

}  // namespace

void check_dialogue_graph(const Dialogue& dl, Diagnostics& d, bool has_errors) {
  if (dl.nodes.empty()) return;
  if (dl.again.empty())
    d.add("I0340", dl.pos,
          "a second talk with " + (dl.person.empty() ? std::string("this person") : dl.person) +
              " in the same event opens at '" + dl.start + "' again, as if you had never met",
          "add 'again: <node>' naming a node with a line for coming back (see 'Coming back' in "
          "docs/authoring.md)");
  std::map<std::string, std::size_t> index;
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < dl.nodes.size(); ++i) {
    index[dl.nodes[i].id] = i;
    ids.push_back(dl.nodes[i].id);
  }
  // In a file with errors, a jump to a node that does not exist is taken to lead to the node
  // it most likely meant, so the nodes after a typo do not all look unreachable.
  // (Each misspelling is looked up once, and not at all in a conversation too big to be written
  // by hand, where the search would cost more than it tells.)
  std::map<std::string, std::string> meant;
  auto find = [&](const std::string& to) {
    auto it = index.find(to);
    if (it == index.end() && has_errors && !to.empty() && ids.size() <= 2000) {
      auto m = meant.find(to);
      if (m == meant.end()) m = meant.emplace(to, nearest(to, ids)).first;
      it = index.find(m->second);
    }
    return it;
  };
  const std::size_t n = dl.nodes.size();
  std::vector<std::vector<std::size_t>> next(n);
  std::vector<bool> ends(n, false);
  for (std::size_t i = 0; i < n; ++i) {
    const Node& node = dl.nodes[i];
    auto edge = [&](const std::string& to) {
      if (auto it = find(to); it != index.end()) next[i].push_back(it->second);
    };
    edge(node.next);
    if (node.end) ends[i] = true;
    for (const Choice& c : node.choices) {
      edge(c.next);
      if (c.ask) {
        edge(c.ask->accepted);
        edge(c.ask->declined);
      }
      if (c.end) ends[i] = true;
    }
  }
  // Forward from the start: what the player can see.
  std::vector<bool> reached(n, false);
  std::vector<std::size_t> stack;
  for (const std::string* root : {&dl.start, &dl.again})  // a second talk opens at `again:`
    if (auto it = find(*root); it != index.end() && !reached[it->second]) {
      reached[it->second] = true;
      stack.push_back(it->second);
    }
  while (!stack.empty()) {
    const std::size_t i = stack.back();
    stack.pop_back();
    for (std::size_t j : next[i])
      if (!reached[j]) {
        reached[j] = true;
        stack.push_back(j);
      }
  }
  // Backward from the ends: from where the conversation can close.
  std::vector<bool> can_end = ends;
  for (bool changed = true; changed;) {
    changed = false;
    for (std::size_t i = 0; i < n; ++i) {
      if (can_end[i]) continue;
      for (std::size_t j : next[i])
        if (can_end[j]) {
          can_end[i] = changed = true;
          break;
        }
    }
  }
  std::vector<bool> entered_from_safety(n, false);
  for (std::size_t k = 0; k < n; ++k)
    if (reached[k] && can_end[k])
      for (std::size_t j : next[k]) entered_from_safety[j] = true;
  for (std::size_t i = 0; i < n; ++i) {
    const Node& node = dl.nodes[i];
    if (!reached[i]) {
      d.add("W0320", node.pos, "the node '" + node.id + "' can never be reached",
            "lead to it with 'next: " + node.id + "' from a choice, or remove it");
      continue;
    }
    // Report a trap where it is entered: at the start (or `again:`), or from a node that could still end.
    const bool entry = dl.nodes[i].id == dl.start || dl.nodes[i].id == dl.again || entered_from_safety[i];
    const bool trapped = !can_end[i] && (node.next.empty() ? !node.choices.empty() : true);
    if (trapped && entry && !has_errors)
      d.add("W0322", node.pos,
            "from the node '" + node.id + "' the conversation can never end",
            "give one of the choices reachable from here an 'end:' so the player can leave");
    if (!node.choices.empty()) {
      const bool all_conditional = std::all_of(node.choices.begin(), node.choices.end(),
                                               [](const Choice& c) {
                                                 return !c.requires_.empty() || !c.condition.empty();
                                               });
      if (all_conditional)
        d.add("W0328", node.pos,
              "every choice at the node '" + node.id + "' has a condition; if none holds the "
              "player is stuck",
              "add one choice without 'requires' or 'if', such as a polite way out");
    }
  }
}

void validate_campaign(const Campaign& campaign, ParseContext& ctx) {
  Validator(campaign, ctx).run();
}

}  // namespace mingle
