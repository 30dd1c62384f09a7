// Asks: invitations in the room and between events, follow-ups carried out, and meetings that
// take place. How an answer is weighed is in relationship.h.
#include "core/sim/relationship.h"
#include "core/sim/rules.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"

namespace mingle::sim::rules {

bool ask(const Campaign& c, RunState& s, const Person& p, AskKind kind, bool in_room, CommandResult& r) {
  const Event& e = current_event(c, s);
  Relationship& rel = s.rel(p.id);
  // Between events a person answers from how they feel about you now: the standing values.
  Relationship view = rel;
  if (!in_room) {
    view.regard = rel.standing_regard;
    view.rapport = rel.standing_rapport;
  }
  const auto a = assess_ask(p, view, kind, s.event_no(),
                            in_room ? std::optional<int>(e.ends - s.clock) : std::nullopt);
  AskRecord rec;
  rec.event_no = s.event_no();
  rec.minute = s.clock;
  rec.person = p.id;
  rec.kind = kind;
  rec.total = a.total;
  rec.threshold = a.threshold;
  rec.factors = a.factors;
  rec.roll = ask_roll(s.rng);
  if (s.fixed_roll) rec.roll = *s.fixed_roll;  // the explorer's dice (run_state.h)
  rec.accepted = rec.total + rec.roll >= rec.threshold;
  const int joy_before = s.enjoyment, rapport_before = rel.standing_rapport;
  if (rec.accepted) {
    add_enjoyment(s, tuning::kAskAcceptedEnjoyment);
  } else {
    nudge(rel.rapport, tuning::kAskDeclinedRapport);
    if (!in_room) nudge(rel.standing_rapport, tuning::kAskDeclinedRapport);
    rel.memory.push_back(MemoryFact{to_string(Memory::AskDeclined), s.event_no()});
    if (in_room) {
      rel.awkward_event = s.event_no();
      rel.ask_cooldown_until = s.minutes_played + tuning::kAskCooldownMinutes;
    } else {
      rel.asked_in_phase = s.event_no();
    }
    add_enjoyment(s, tuning::kAskDeclinedEnjoyment);
  }
  s.asks.push_back(rec);
  Beat& b = tell(r, BeatKind::AskAnswered, explain_ask(rec, name_of(p)));
  b.details = ask_details(rec);
  b.person = p.id;
  b.enjoyment = s.enjoyment - joy_before;
  b.standing_rapport = rel.standing_rapport - rapport_before;
  b.label = to_string(kind);
  if (!rec.accepted)
    tell(r, BeatKind::AskDeclinedNote,
         "A no is part of networking. It costs a little warmth for now; you can build it back.")
        .person = p.id;
  return rec.accepted;
}

void happen(const Campaign& c, RunState& s, const Person& p, AskKind kind, CommandResult& r) {
  const Event& e = current_event(c, s);
  Relationship& rel = s.rel(p.id);
  std::string how;
  int joy = 0;
  Memory shared = Memory::SharedCoffee;
  switch (kind) {
    case AskKind::Coffee:
      how = "Had coffee together after " + e.title + ".";
      joy = tuning::kCoffeeEnjoyment;
      break;
    case AskKind::Lunch:
      how = "Had lunch together after " + e.title + ".";
      joy = tuning::kLunchOrDrinksEnjoyment;
      shared = Memory::SharedLunch;
      break;
    case AskKind::Drinks:
      how = "Went for drinks together after " + e.title + ".";
      joy = tuning::kLunchOrDrinksEnjoyment;
      shared = Memory::SharedDrinks;
      break;
    case AskKind::Personal:
      how = "Accepted a personal invitation after " + e.title + ".";
      joy = tuning::kPersonalEnjoyment;
      shared = Memory::SharedPersonal;
      break;
    case AskKind::FollowUp: return;
  }
  rel.contact_phase = s.event_no();
  const int joy_before = s.enjoyment, rapport_before = rel.standing_rapport;
  nudge(rel.standing_rapport, tuning::kInvitationRapport);
  rel.memory.push_back(MemoryFact{to_string(shared), s.event_no()});
  add_enjoyment(s, joy);
  const bool higher = reach_rung(rel, rung_for(kind), s.event_no(), s.clock, how);
  Beat& b = tell(r, BeatKind::MeetingHappened,
                 higher ? how + " You and " + name_of(p) + " are now " + rung_phrase(rung_for(kind)) + "s." : how);
  b.person = p.id;
  b.label = to_string(kind);
  b.enjoyment = s.enjoyment - joy_before;
  b.standing_rapport = rel.standing_rapport - rapport_before;
}

CommandResult do_invite(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase == Phase::Finished) return refuse_phase(s);
  const Person* p = find_person(c, s, cmd.args[0]);
  if (p == nullptr) return refuse(Refusal::Nobody, "There's nobody called '" + cmd.args[0] + "' here.");
  const Relationship& seen = peek(s, p->id);
  CommandResult r = accepted();
  if (s.phase == Phase::Event) {
    if (!s.conversation || s.conversation->person != p->id)
      return refuse(Refusal::NotTalkingWith, "Invite " + name_of(*p) + " while you're talking with them.",
                    Action{Verb::Talk, p->id});
    if (seen.ask_cooldown_until > s.minutes_played)
      return refuse(Refusal::AskCooldown, "You asked " + name_of(*p) + " something a moment ago; give it a little time.");
    Relationship& rel = s.rel(p->id);
    if (ask(c, s, *p, cmd.kind, true, r)) {
      rel.planned.push_back(cmd.kind);
      Beat& b = tell(r, BeatKind::InvitationPlanned, "It's a date: you'll meet after the event.");
      b.person = p->id;
      b.label = to_string(cmd.kind);
    }
    advance(c, s, current_event(c, s).minutes_per_exchange, r);
    return r;
  }
  if (!seen.met()) return refuse(Refusal::NotMet, "You haven't met " + name_of(*p) + " yet.");
  if (seen.asked_in_phase == s.event_no())
    return refuse(Refusal::AlreadyAsked,
                  "You've already asked " + name_of(*p) + " this time; leave it until after the next event.");
  if (ask(c, s, *p, cmd.kind, false, r)) happen(c, s, *p, cmd.kind, r);
  return r;
}

CommandResult do_follow_up(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase == Phase::Event)
    return refuse(Refusal::FollowUpAfterEvent,
                  "Follow-ups happen after the event. Agree one in conversation, then end the event.",
                  Action{Verb::End, ""});
  if (s.phase == Phase::Finished) return refuse_phase(s);
  const Person* p = find_person(c, s, cmd.args[0]);
  if (p == nullptr) return refuse(Refusal::Nobody, "There's nobody called '" + cmd.args[0] + "' here.");
  AgreedFollowUp* f = nullptr;
  for (auto& x : s.follow_ups)
    if (x.person == p->id && !x.done && !x.lapsed && f == nullptr) f = &x;
  if (f == nullptr)
    return refuse(Refusal::NoFollowUp, "You haven't agreed a follow-up with " + name_of(*p) +
                                      ". Follow-ups are agreed in conversation during an event.");
  CommandResult r = accepted();
  f->done = true;
  Relationship& rel = s.rel(p->id);
  rel.contact_phase = s.event_no();
  const int joy_before = s.enjoyment, value_before = s.value, regard_before = rel.standing_regard;
  nudge(rel.standing_regard, tuning::kFollowUpRegard);
  rel.memory.push_back(MemoryFact{to_string(Memory::KeptPromise), s.event_no()});
  add_value(s, "follow-up", tuning::kFollowUpValue);
  add_enjoyment(s, tuning::kFollowUpEnjoyment);
  const std::string how = "Followed up on " + f->topic + " after " + current_event(c, s).title + ".";
  Beat& b = tell(r, BeatKind::FollowUpDone, "You follow up with " + name_of(*p) + " about " + f->topic + ", as promised.");
  b.person = p->id;
  b.label = f->topic;
  b.enjoyment = s.enjoyment - joy_before;
  b.value = s.value - value_before;
  b.standing_regard = rel.standing_regard - regard_before;
  if (reach_rung(rel, Rung::Purposeful, s.event_no(), s.clock, how)) {
    Beat& up = tell(r, BeatKind::RungReached, "You and " + name_of(*p) + " now have a purposeful working relationship.");
    up.person = p->id;
    up.label = rung_phrase(Rung::Purposeful);
  }
  return r;
}

}  // namespace mingle::sim::rules
