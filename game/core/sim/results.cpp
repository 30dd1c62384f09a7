#include "core/sim/results.h"

#include "core/sim/debrief.h"

#include "core/sim/scoring.h"

#include <algorithm>
#include <filesystem>

namespace mingle::sim {

Results build_results(const Campaign& c, const RunState& s) {
  Results r;
  r.scenario_id = c.id;
  r.scenario_title = c.title;
  if (!c.folder.empty()) {  // where the scenario was, so `mingle --replay` can find it again
    std::error_code ec;
    const std::filesystem::path folder = std::filesystem::absolute(c.folder, ec);
    r.scenario_folder = (ec ? std::filesystem::path(c.folder) : folder).lexically_normal().generic_string();
  }
  r.ideas_met = ideas_met(c, s);
  r.choice_endings = choice_endings(c, s);
  r.debriefs = debriefs(c, s);
  r.seed = s.seed;
  if (!c.steps.empty()) r.player_role = c.steps.front().event.player.role;
  r.commands = s.commands;
  for (const auto& [dialogue, nodes] : s.visited)
    for (const auto& node : nodes) r.visited.push_back(dialogue + "/" + node);
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
  for (const auto& p : s.stuck) {
    const int starts = p.event_no >= 1 && p.event_no <= static_cast<int>(c.steps.size())
                           ? c.steps[static_cast<std::size_t>(p.event_no - 1)].event.starts
                           : p.minute;
    r.stuck_points.push_back(StuckResult{p.event_no, std::max(0, p.minute - starts), p.minute, p.person,
                                         p.person.empty() ? "" : name_for(p.person), p.node, p.kind, p.detail});
  }
  r.duration_minutes = s.minutes_played;
  r.events_played = s.event_no();
  r.phase = to_string(s.phase);
  r.stopped_because = s.stopped_because;
  r.season = season_review(c, s);
  return r;
}

std::vector<std::string> choice_endings(const Campaign& c, const RunState& s) {
  std::vector<std::string> out;
  for (const auto& rec : s.choices) out.push_back(choice_ending(c, s, rec));
  return out;
}

std::string choice_ending(const Campaign& c, const RunState& s, const ChoiceRecord& rec) {
  std::string ending;
  const Dialogue* dl = nullptr;
  if (rec.event_no >= 1 && rec.event_no <= static_cast<int>(c.steps.size()))
    for (const auto& d : c.steps[rec.event_no - 1].event.dialogues)
      if (d.id == rec.dialogue) dl = &d;
  const Node* node = dl ? dl->find(rec.node) : nullptr;
  const Choice* choice = nullptr;
  if (node)
    for (const auto& ch : node->choices)
      if (ch.id == rec.choice) choice = &ch;
  if (choice) {
    std::string next = choice->next;
    if (choice->end) {
      ending = to_string(*choice->end);
    } else if (choice->ask) {
      bool accepted = false;
      for (const auto& a : s.asks)
        if (a.event_no == rec.event_no && a.person == rec.person && a.minute >= rec.minute) {
          accepted = a.accepted;
          break;
        }
      next = accepted ? choice->ask->accepted : choice->ask->declined;
    }
    // Follow nodes without choices (bounded: a loop of them is the checker's business).
    for (int hop = 0; ending.empty() && !next.empty() && hop < 64; ++hop) {
      const Node* n = dl->find(next);
      if (!n || !n->choices.empty()) break;
      if (n->end) ending = to_string(*n->end);
      next = n->next;
    }
  }
  return ending;
}

std::vector<EventDebrief> debriefs(const Campaign& c, const RunState& s) {
  std::vector<EventDebrief> out;
  const int last = std::min<int>(s.event_no(), static_cast<int>(c.steps.size()));
  for (int e = 1; e <= last; ++e) {
    const DebriefView d = debrief_view(c, s, e);
    out.push_back({e, event_score(s, e), d.went_well, d.to_try, d.moments_well, d.moments_better});
  }
  return out;
}

std::vector<std::string> ideas_met(const Campaign& c, const RunState& s) {
  std::vector<std::string> out;
  const int last = std::min<int>(s.event_no(), static_cast<int>(c.steps.size()));
  for (int e = 1; e <= last; ++e)
    for (const auto& idea : debrief_view(c, s, e).ideas) {
      const std::string title = idea_title(idea.idea);
      if (idea.exercised && std::find(out.begin(), out.end(), title) == out.end()) out.push_back(title);
    }
  return out;
}

}  // namespace mingle::sim
