#include "core/sim/views.h"

#include "core/sim/clock.h"
#include "core/sim/scoring.h"

namespace mingle::sim {

namespace {
std::string name_of(const Person& p) { return p.name.empty() ? p.id : p.name; }

std::vector<const Person*> campaign_people(const Campaign& c) {
  std::vector<const Person*> out;
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people) {
      bool seen = false;
      for (const Person* q : out) seen = seen || q->id == p.id;
      if (!seen) out.push_back(&p);
    }
  return out;
}
}  // namespace

RoomView room_view(const Campaign& c, const RunState& s) {
  const Event& e = current_event(c, s);
  RoomView v;
  v.event_title = e.title;
  if (const Slot* slot = slot_at(e, s.clock)) {
    v.slot_id = slot->id;
    v.slot_note = slot->note;
  }
  v.player_zone = s.zone;
  for (const auto& p : e.people) {
    const auto at = where(e, p, s.clock);
    if (!at || s.phase != Phase::Event) {
      v.away.push_back(&p);
      continue;
    }
    PersonInRoom r;
    r.person = &p;
    r.zone = *at;
    r.zone_label = zone_label(e, *at);
    r.reason = unavailable_reason(e, p, s.clock);
    r.available = r.reason.empty();
    const Relationship* rel = s.find_rel(p.id);
    r.familiar = rel && rel->met() && rel->met_event < s.event_no();
    r.needs_introduction = p.needs_introduction && !(rel && (rel->introduced || rel->met()));
    r.rung = rel ? rel->rung() : Rung::Stranger;
    v.people.push_back(r);
  }
  return v;
}

ConversationView conversation_view(const Campaign& c, const RunState& s) {
  ConversationView v;
  if (!s.conversation || s.phase != Phase::Event) return v;
  const Event& e = current_event(c, s);
  const Dialogue* d = e.dialogue(s.conversation->dialogue);
  const Node* n = d ? d->find(s.conversation->node) : nullptr;
  if (d == nullptr || n == nullptr) return v;
  v.active = true;
  v.person = e.person(s.conversation->person);
  const Person* speaker = n->speaker.empty() ? v.person : e.person(n->speaker);
  v.speaker_name = speaker ? name_of(*speaker) : n->speaker;
  v.line = n->say;
  v.choices = visible_choices(c, s, *d, *n);
  return v;
}

Notebook notebook_view(const Campaign& c, const RunState& s) {
  Notebook nb;
  for (const Person* p : campaign_people(c)) {
    const Relationship* rel = s.find_rel(p->id);
    if (rel == nullptr || (!rel->met() && rel->rungs.empty() && !rel->introduced)) continue;
    NotebookEntry en;
    en.person = p;
    en.rung = rel->rung();
    en.how = rel->rungs.empty() ? "" : rel->rungs.back().how;
    en.regard = rel->regard;
    en.rapport = rel->rapport;
    if (rel->met())
      for (const auto& h : p->holds) en.holds.push_back(h.label.empty() ? h.item : h.label);
    for (const auto& a : s.items)
      if (a.from == p->id) en.received.push_back(a.label);
    for (const auto& f : s.follow_ups)
      if (f.person == p->id && !f.done && !f.lapsed) en.follow_ups_due.push_back(f.topic);
    for (const auto& m : rel->memory) en.memories.push_back(m.tag);
    nb.people.push_back(en);
  }
  for (const auto& h : s.learned) nb.hints.push_back(hint_text(c, h));
  for (const auto& n : needs_status(c, s)) {
    std::string line = n.label + (n.side_goal ? " (side goal)" : "");
    if (n.found) {
      const Person* from = nullptr;
      for (const Person* p : campaign_people(c))
        if (p->id == n.found->from) from = p;
      line += ": found, from " + (from ? name_of(*from) : n.found->from) + " at " + clock_text(n.found->minute);
    } else {
      line += ": still looking";
    }
    nb.needs.push_back(line);
  }
  return nb;
}

StatusView status_view(const Campaign& c, const RunState& s) {
  const Event& e = current_event(c, s);
  StatusView v;
  v.event_title = e.title;
  v.event_no = s.event_no();
  v.event_count = static_cast<int>(c.steps.size());
  v.phase = s.phase;
  v.clock = clock_text(s.clock);
  v.ends = clock_text(e.ends);
  v.time_left = s.phase == Phase::Event ? e.ends - s.clock : 0;
  v.enjoyment = s.enjoyment;
  v.value = s.value;
  v.need_found = all_needs_found(c, s);
  if (s.conversation)
    if (const Person* p = e.person(s.conversation->person)) v.in_conversation_with = name_of(*p);
  return v;
}

}  // namespace mingle::sim
