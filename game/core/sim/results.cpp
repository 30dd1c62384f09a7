#include "core/sim/results.h"

#include "core/sim/scoring.h"

namespace mingle::sim {

Results build_results(const Campaign& c, const RunState& s) {
  Results r;
  r.scenario_id = c.id;
  r.scenario_title = c.title;
  r.seed = s.seed;
  if (!c.steps.empty()) r.player_role = c.steps.front().event.player.role;
  r.commands = s.commands;
  r.enjoyment = s.enjoyment;
  r.value = s.value;
  r.enjoyment_curve = s.enjoyment_curve;
  r.value_curve = s.value_curve;
  r.value_by_kind = s.value_by_kind;
  r.need_found = all_needs_found(c, s);
  std::vector<const Person*> everyone;
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people) {
      bool seen = false;
      for (const Person* q : everyone) seen = seen || q->id == p.id;
      if (!seen) everyone.push_back(&p);
    }
  auto name_for = [&](const std::string& id) {
    for (const Person* p : everyone)
      if (p->id == id) return p->name.empty() ? id : p->name;
    return id;
  };
  if (!c.steps.empty())
    for (const auto& n : needs_status(c, s)) {
      NeedResult nr;
      nr.event_no = n.event_no;
      nr.item = n.item;
      nr.label = n.label;
      nr.kind = n.kind;
      nr.side_goal = n.side_goal;
      nr.found = n.found != nullptr;
      if (n.found) {
        nr.from = n.found->from;
        nr.from_name = name_for(n.found->from);
        nr.found_event = n.found->event_no;
        nr.found_minute = n.found->minute;
      }
      r.needs.push_back(nr);
    }
  for (const Person* p : everyone) {
    PersonResult pr;
    pr.id = p->id;
    pr.name = p->name.empty() ? p->id : p->name;
    if (const Relationship* rel = s.find_rel(p->id)) {
      pr.stage = rel->rung();
      pr.how = rel->rungs.empty() ? "" : rel->rungs.back().how;
      pr.ladder = rel->rungs;
      pr.regard = rel->standing_regard;
      pr.rapport = rel->standing_rapport;
      pr.familiarity = rel->familiarity;
      pr.met = rel->met();
      pr.memory = rel->memory;
    }
    r.people.push_back(pr);
  }
  r.choices = s.choices;
  r.asks = s.asks;
  r.introductions = s.introductions;
  r.follow_ups = s.follow_ups;
  r.missed = s.missed;
  r.duration_minutes = s.minutes_played;
  r.events_played = s.event_no();
  r.phase = to_string(s.phase);
  r.stopped_because = s.stopped_because;
  r.season = season_review(c, s);
  return r;
}

}  // namespace mingle::sim
