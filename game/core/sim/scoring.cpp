#include "core/sim/scoring.h"

#include "core/sim/tuning.h"

#include <algorithm>

namespace mingle::sim {

namespace {
void push_point(std::vector<CurvePoint>& curve, const RunState& s, int v) {
  // Each score is counted in one place per phase: the evening, or the weeks after it.
  CurvePoint p{s.event_no(), s.clock, v, s.phase != Phase::Event};
  if (!curve.empty() && curve.back().event_no == p.event_no && curve.back().minute == p.minute &&
      curve.back().after == p.after) {
    curve.back().value = v;  // one point per moment
    return;
  }
  curve.push_back(p);
}
}  // namespace

void add_enjoyment(RunState& s, int delta) {
  if (delta == 0) return;
  s.enjoyment += delta;
  push_point(s.enjoyment_curve, s, s.enjoyment);
}

void add_value(RunState& s, const std::string& kind, int delta) {
  if (delta == 0) return;
  s.value += delta;
  s.value_by_kind[kind] += delta;
  push_point(s.value_curve, s, s.value);
}

void mark_curves(RunState& s) {
  push_point(s.enjoyment_curve, s, s.enjoyment);
  push_point(s.value_curve, s, s.value);
}

int item_points(const Event& e, const std::string& item) {
  for (const auto& n : e.player.needs)
    if (n.item == item) return tuning::kNeedValue;
  for (const auto& n : e.player.side_goals)
    if (n.item == item) return tuning::kSideGoalValue;
  return tuning::kOtherItemValue;
}

ValueItem describe_item(const Event& e, const std::string& item) {
  for (const auto& n : e.player.needs)
    if (n.item == item) return n;
  for (const auto& n : e.player.side_goals)
    if (n.item == item) return n;
  for (const auto& p : e.people)
    for (const auto& h : p.holds)
      if (h.item == item) return h;
  ValueItem v;
  v.item = item;
  return v;
}

std::vector<NeedStatus> needs_status(const Campaign& c, const RunState& s) {
  std::vector<NeedStatus> out;
  const std::size_t last = std::min(s.step, c.steps.size() - 1);
  for (std::size_t i = 0; i <= last && i < c.steps.size(); ++i) {
    const Event& e = c.steps[i].event;
    auto add = [&](const ValueItem& v, bool side) {
      NeedStatus n;
      n.event_no = static_cast<int>(i) + 1;
      n.item = v.item;
      n.label = v.label.empty() ? v.item : v.label;
      n.kind = v.kind;
      n.side_goal = side;
      n.found = s.item(v.item);
      out.push_back(n);
    };
    for (const auto& v : e.player.needs) add(v, false);
    for (const auto& v : e.player.side_goals) add(v, true);
  }
  return out;
}

bool all_needs_found(const Campaign& c, const RunState& s) {
  bool any = false;
  for (const auto& n : needs_status(c, s)) {
    if (n.side_goal) continue;
    any = true;
    if (!n.found) return false;
  }
  return any;
}

bool event_needs_found(const Campaign& c, const RunState& s, int event_no) {
  bool any = false;
  for (const auto& n : needs_status(c, s)) {
    if (n.side_goal || n.event_no != event_no) continue;
    any = true;
    if (!n.found) return false;
  }
  return any;
}

std::vector<MissedOpportunity> missed_in_event(const Campaign& c, const RunState& s) {
  std::vector<MissedOpportunity> out;
  const Event& e = current_event(c, s);
  auto check = [&](const ValueItem& need) {
    if (s.has_item(need.item)) return;
    for (const auto& p : e.people)
      for (const auto& h : p.holds)
        if (h.item == need.item) {
          const Relationship* r = s.find_rel(p.id);
          out.push_back(MissedOpportunity{s.event_no(), need.item,
                                          need.label.empty() ? need.item : need.label, p.id,
                                          r != nullptr && r->met_event == s.event_no()});
        }
  };
  for (const auto& n : e.player.needs) check(n);
  for (const auto& n : e.player.side_goals) check(n);
  return out;
}

}  // namespace mingle::sim
