#include "core/sim/views.h"

#include "core/sim/clock.h"
#include "core/sim/commands.h"
#include "core/sim/relationship.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"

#include <algorithm>
#include <map>

namespace mingle::sim {

namespace {
std::string name_of(const Person& p) { return p.name.empty() ? p.id : p.name; }

// An accepted invitation still to come, as the notebook says it.
std::string date_agreed(AskKind k) {
  switch (k) {
    case AskKind::Coffee: return "You agreed to meet for coffee in the weeks after this event.";
    case AskKind::Lunch: return "You agreed to have lunch together in the weeks after this event.";
    case AskKind::Drinks: return "You agreed to go for drinks in the weeks after this event.";
    case AskKind::Personal: return "You agreed to spend some time together outside work, after this event.";
    case AskKind::FollowUp: break;
  }
  return "You agreed to meet in the weeks after this event.";
}

// An item's label, else its id made readable: the notebook shows no ids.
std::string label_of(const ValueItem& v) {
  std::string out = v.label.empty() ? v.item : v.label;
  if (v.label.empty())
    for (char& ch : out)
      if (ch == '-' || ch == '_') ch = ' ';
  return out;
}

bool has(const std::vector<std::string>& list, const std::string& x) {
  return std::find(list.begin(), list.end(), x) != list.end();
}

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

bool told_holds(const Campaign& c, const RunState& s, const Person& p, const std::string& item) {
  for (const auto& a : s.items)
    if (a.item == item && a.from == p.id) return true;
  for (std::size_t i = 0; i <= s.step && i < c.steps.size(); ++i)
    for (const auto& d : c.steps[i].event.dialogues) {
      if (d.person != p.id) continue;
      const auto seen = s.visited.find(d.id);
      if (seen == s.visited.end()) continue;
      for (const auto& id : seen->second) {
        const Node* n = d.find(id);
        if (n == nullptr) continue;
        if (has(n->effects.gain, item)) return true;
        for (const auto& ch : n->choices)
          if (!ch.hidden_when_unavailable && has(ch.effects.gain, item)) return true;
      }
    }
  return false;
}

bool told_needs(const RunState& s, const Person& p, const std::string& item) {
  const std::string own = p.id + "-needs-";
  for (const auto& h : s.learned)
    if (h.compare(0, own.size(), own) == 0) return true;
  return need_met(s, p, item) != nullptr;
}

const IntroductionRecord* need_met(const RunState& s, const Person& p, const std::string& item) {
  for (const auto& i : s.introductions)
    if (i.good_match && i.needer == p.id && i.item == item) return &i;
  return nullptr;
}

const char* to_string(Presence p) {
  switch (p) {
    case Presence::TalkingWithYou: return "talking-with-you";
    case Presence::Busy: return "busy";
    case Presence::WaitingForYou: return "waiting-for-you";
    case Presence::LookingForCompany: return "looking-for-company";
    case Presence::Chatting: return "chatting";
  }
  return "chatting";
}

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
  // What each figure shows (the rules are in views.h, in this order).
  std::map<std::string, int> in_zone;  // a count per zone: a crowd of a thousand stays cheap
  for (const auto& r : v.people) ++in_zone[r.zone];
  for (auto& r : v.people) {
    const Person& p = *r.person;
    const Relationship* rel = s.find_rel(p.id);
    bool known_at_start = false;
    for (const auto& id : e.player.knows) known_at_start = known_at_start || id == p.id;
    bool follow_up_due = false;
    for (const auto& f : s.follow_ups) follow_up_due = follow_up_due || (f.person == p.id && !f.done && !f.lapsed);
    const bool alone = r.zone.empty() || in_zone[r.zone] < 2;
    if (s.conversation && s.conversation->person == p.id) r.presence = Presence::TalkingWithYou;
    else if (!r.available || r.needs_introduction) r.presence = Presence::Busy;
    else if ((rel && rel->introduced && !rel->met() && !known_at_start) || follow_up_due) r.presence = Presence::WaitingForYou;
    else if (alone) r.presence = Presence::LookingForCompany;
    else r.presence = Presence::Chatting;
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

namespace {

// The promises and dates agreed with `p`, and where each stands now.
void add_agreements(const Campaign& c, const RunState& s, const Person& p, const Relationship& rel,
                    std::vector<Agreement>& out) {
  const std::string name = name_of(p);
  for (const auto& f : s.follow_ups) {
    if (f.person != p.id) continue;
    Agreement a{p.id, "Follow up with " + name + " about " + f.topic, "", !f.done && !f.lapsed};
    a.stands = f.done     ? "kept"
               : f.lapsed ? "not kept"
               : s.phase == Phase::Event ? "due after this event"
                                         : "due now, before the next event";
    out.push_back(a);
  }
  auto meeting = [&](AskKind k) {
    switch (k) {
      case AskKind::Coffee: return "Coffee with " + name;
      case AskKind::Lunch: return "Lunch with " + name;
      case AskKind::Drinks: return "Drinks with " + name;
      default: return "Time outside work with " + name;
    }
  };
  for (AskKind k : rel.planned) out.push_back({p.id, meeting(k), "agreed: you meet after this event", true});
  static const std::pair<Memory, AskKind> kShared[] = {{Memory::SharedCoffee, AskKind::Coffee},
                                                        {Memory::SharedLunch, AskKind::Lunch},
                                                        {Memory::SharedDrinks, AskKind::Drinks},
                                                        {Memory::SharedPersonal, AskKind::Personal}};
  for (const auto& m : rel.memory)
    for (const auto& [memory, kind] : kShared)
      if (m.tag == to_string(memory)) {
        const std::size_t step = static_cast<std::size_t>(std::max(1, m.event_no) - 1);
        const std::string after = step < c.steps.size() ? c.steps[step].event.title : std::string("an event");
        out.push_back({p.id, meeting(kind), "took place after " + after, false});
      }
}

}  // namespace

Notebook notebook_view(const Campaign& c, const RunState& s) {
  Notebook nb;
  for (const Person* first : campaign_people(c)) {
    const Relationship* rel = s.find_rel(first->id);
    if (rel == nullptr || (!rel->met() && rel->rungs.empty() && !rel->introduced)) continue;
    // As the run sees them now: the same definition `introduce` and asks use.
    const Person* p = find_person(c, s, first->id);
    NotebookEntry en;
    en.person = p;
    en.rung = rel->rung();
    en.how = rel->rungs.empty() ? "" : rel->rungs.back().how;
    en.regard = current_regard(s, *rel);
    en.rapport = current_rapport(s, *rel);
    // Only what the player has been told (told_holds, told_needs): the room keeps its mystery.
    for (const auto& h : p->holds) {
      const Acquired* got = s.item(h.item);
      if (got != nullptr && got->from == p->id) continue;  // listed once, under "Gave you"
      if (told_holds(c, s, *p, h.item)) en.holds.push_back(label_of(h));
    }
    for (const auto& n : p->needs) {
      if (!told_needs(s, *p, n.item)) continue;
      if (const IntroductionRecord* met = need_met(s, *p, n.item)) {
        const Person* other = find_person(c, s, met->needer == met->a ? met->b : met->a);
        en.needs_met.push_back(label_of(n) + ": met when you introduced them to " +
                               (other ? name_of(*other) : std::string("someone")));
        continue;
      }
      en.needs.push_back(label_of(n));
    }
    for (const auto& a : s.items)
      if (a.from == p->id) en.received.push_back(a.label);
    for (const auto& f : s.follow_ups) {
      if (f.person != p->id) continue;
      if (!f.done && !f.lapsed) en.follow_ups_due.push_back(f.topic);
      en.promises.push_back(f.done     ? "You followed up about " + f.topic + ", as you promised."
                            : f.lapsed ? "You promised to follow up about " + f.topic + " and didn't."
                                       : "You promised to follow up about " + f.topic + ".");
    }
    for (AskKind k : rel->planned) en.dates.push_back(date_agreed(k));
    for (const auto& m : rel->memory) en.memories.push_back(m.tag);
    nb.people.push_back(en);
    add_agreements(c, s, *p, *rel, nb.agreed);
  }
  // What is still to happen first; the rest keeps the order it was agreed in.
  std::stable_partition(nb.agreed.begin(), nb.agreed.end(), [](const Agreement& a) { return a.open; });
  for (const auto& h : s.learned) nb.hints.push_back(hint_text(c, h));  // the author's label, else readable
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

std::string talking_with(const RunState& s) { return s.conversation ? s.conversation->person : std::string(); }

StatusView status_view(const Campaign& c, const RunState& s) {
  const Event& e = current_event(c, s);
  StatusView v;
  v.event_title = e.title;
  v.event_no = s.event_no();
  v.event_count = static_cast<int>(c.steps.size());
  v.phase = s.phase;
  v.clock = clock_text(s.clock);
  v.ends = clock_text(e.ends);
  v.minute = s.clock;
  v.minutes_played = s.minutes_played;
  v.event_beginning = s.phase == Phase::Event && s.clock == e.starts;
  v.time_left = s.phase == Phase::Event ? e.ends - s.clock : 0;
  v.closing_soon = s.phase == Phase::Event && closing_minutes(e, s.clock);
  v.enjoyment = s.enjoyment;
  v.value = s.value;
  const auto share = [](int points) {
    return std::clamp(static_cast<float>(points) / static_cast<float>(tuning::kVeryGoodEveningPoints), 0.0f, 1.0f);
  };
  v.enjoyment_share = share(s.enjoyment);
  v.value_share = share(s.value);
  v.has_need = !e.player.needs.empty();
  v.need_found = event_needs_found(c, s, s.event_no());
  if (s.conversation) {
    v.talking_with = s.conversation->person;
    if (const Person* p = e.person(s.conversation->person)) v.in_conversation_with = name_of(*p);
  }
  v.stopped_because = s.stopped_because;
  return v;
}

namespace {

Option option_for(const Campaign& c, const RunState& s, Command cmd, const Person& about, std::string label) {
  Option o;
  o.command = std::move(cmd);
  o.person = about.id;
  o.label = std::move(label);
  const CommandResult r = check(c, s, o.command);
  o.available = r.ok;
  o.reason = r.reason;
  return o;
}

std::string badge(const Person& p) {
  return p.organisation.empty() ? name_of(p) : name_of(p) + ", " + p.organisation;
}

}  // namespace

std::vector<Option> introduce_options(const Campaign& c, const RunState& s, const std::string& from) {
  std::vector<Option> out;
  if (s.phase != Phase::Event) return out;
  for (const auto& p : room_view(c, s).people) {
    const Relationship* rel = s.find_rel(p.person->id);
    if (p.person->id == from || rel == nullptr || !rel->met()) continue;
    out.push_back(option_for(c, s, make_command(Verb::Introduce, {from, p.person->id}), *p.person, badge(*p.person)));
  }
  return out;
}

std::vector<Option> ask_intro_options(const Campaign& c, const RunState& s, const std::string& introducer) {
  std::vector<Option> out;
  if (s.phase != Phase::Event) return out;
  const Event& e = current_event(c, s);
  const Person* a = e.person(introducer);
  if (a == nullptr) return out;
  for (const auto& k : a->knows)
    if (const Person* b = e.person(k.person))
      out.push_back(option_for(c, s, make_command(Verb::AskIntro, {a->id, b->id}), *b, badge(*b)));
  return out;
}

std::vector<Option> invite_options(const Campaign& c, const RunState& s, const std::string& person) {
  std::vector<Option> out;
  const Person* p = find_person(c, s, person);
  if (p == nullptr) return out;
  static const std::pair<AskKind, const char*> kAsks[] = {{AskKind::Coffee, "For a coffee some time"},
                                                          {AskKind::Lunch, "For lunch"},
                                                          {AskKind::Drinks, "For drinks after work"},
                                                          {AskKind::Personal, "To something personal (a hobby, a family day)"}};
  for (const auto& [kind, label] : kAsks)
    out.push_back(option_for(c, s, make_command(Verb::Invite, {p->id}, 0, kind), *p, label));
  return out;
}

FollowUpPhaseView follow_up_view(const Campaign& c, const RunState& s) {
  FollowUpPhaseView v;
  if (s.phase != Phase::FollowUp) return v;
  v.active = true;
  const auto& step = c.steps.at(s.step);
  v.title = step.after ? step.after->title : "Afterwards";
  v.text = step.after ? step.after->text : "";
  v.last_event = s.step + 1 >= c.steps.size();
  for (const auto& f : s.follow_ups) {
    if (f.event_no != s.event_no()) continue;
    const Person* p = find_person(c, s, f.person);
    if (p == nullptr) continue;
    FollowUpDue due;
    due.option = option_for(c, s, make_command(Verb::FollowUp, {p->id}), *p, name_of(*p));
    due.topic = f.topic;
    due.done = f.done;
    if (f.done) due.option.available = false;
    v.follow_ups.push_back(due);
  }
  for (const Person* first : campaign_people(c)) {
    const Relationship* rel = s.find_rel(first->id);
    if (rel == nullptr || !rel->met()) continue;
    const Person* p = find_person(c, s, first->id);
    v.invites.push_back(InviteRow{p, invite_options(c, s, p->id)});
  }
  return v;
}

}  // namespace mingle::sim
