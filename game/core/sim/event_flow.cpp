// The event's flow: the clock, an event's start and end, and the time between events.
#include "core/sim/clock.h"
#include "core/sim/relationship.h"
#include "core/sim/rules.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"

#include <algorithm>

namespace mingle::sim {
namespace rules {

namespace {
int round_half_away(int d) { return d >= 0 ? (d + 1) / 2 : -((-d + 1) / 2); }
}  // namespace

void advance(const Campaign& c, RunState& s, int minutes, CommandResult& r) {
  if (minutes <= 0 || s.phase != Phase::Event) return;
  const Event& e = current_event(c, s);
  minutes = std::min(minutes, std::max(0, e.ends - s.clock));  // no time is spent past the end
  const Slot* before = slot_at(e, s.clock);
  const int was = s.clock;
  s.clock += minutes;
  s.minutes_played += minutes;
  const Slot* after = slot_at(e, s.clock);
  if (after != before && after != nullptr && s.clock < e.ends) {
    Beat& b = tell(r, BeatKind::SlotBegan,
                   clock_text(after->from) + ": " +
                       (after->note.empty() ? "the evening moves on." : after->note + ".") +
                       " People are moving about.");
    b.label = after->note;
  }
  if (!closing_minutes(e, was) && closing_minutes(e, s.clock))
    tell(r, BeatKind::ClosingSoon,
         clock_text(s.clock) + ": " + std::to_string(e.ends - s.clock) +
             " minutes left. People are starting to say their goodbyes.");
  if (s.clock >= e.ends) {
    tell(r, BeatKind::EventOver, "The lights come up: " + e.title + " is over.").label = e.title;
    end_event(c, s, r, true);
  }
}

void begin_event(const Campaign& c, RunState& s) {
  const Event& e = current_event(c, s);
  s.phase = Phase::Event;
  s.clock = e.starts;
  s.zone.clear();
  s.conversation.reset();
  s.cursors.clear();
  s.scored_nodes.clear();
  s.scored_choices.clear();
  s.introduced_this_event.clear();
  for (auto& [id, rel] : s.people) {
    rel.regard = rel.standing_regard;
    rel.rapport = rel.standing_rapport;
  }
  for (const auto& id : e.player.knows) {
    Relationship& rel = s.rel(id);
    rel.introduced = true;
    reach_rung(rel, Rung::Acquaintance, s.event_no(), e.starts,
               "You already knew each other when " + e.title + " began.");
  }
  mark_curves(s);
}

void end_event(const Campaign& c, RunState& s, CommandResult& r, bool with_phase) {
  const Event& e = current_event(c, s);
  if (s.conversation) {
    Beat& b = tell(r, BeatKind::ConversationEnded, "Your conversation is cut short as the event ends.");
    b.person = s.conversation->person;
    b.label = to_string(Outcome::CutShort);
    note_cut_off(c, s, with_phase);
    close_conversation(s, to_string(Outcome::CutShort), false);
  }
  s.clock = std::min(std::max(s.clock, e.starts), e.ends);
  for (auto& m : missed_in_event(c, s)) s.missed.push_back(m);
  note_needs_not_found(c, s);
  for (auto& [id, rel] : s.people) {
    if (rel.met_event == s.event_no()) rel.familiarity = std::min(rel.familiarity + tuning::kFamiliarityPerEvent, kRelationMax);
    rel.standing_regard += round_half_away(rel.regard - rel.standing_regard);
    rel.standing_rapport += round_half_away(rel.rapport - rel.standing_rapport);
  }
  mark_curves(s);
  r.event_ended = true;
  if (!with_phase) return;
  s.phase = Phase::FollowUp;
  const auto& step = c.steps.at(s.step);
  const std::string title = step.after ? step.after->title : "Afterwards";
  CommandResult phase;
  tell(phase, BeatKind::PhaseOpened,
       title + ": the time between events. You can follow up on what you promised, invite someone you've "
               "met, or go on to the next event.")
      .label = title;
  if (step.after && !step.after->text.empty()) tell(phase, BeatKind::PhaseText, step.after->text);
  for (auto& [id, rel] : s.people) {
    auto planned = rel.planned;
    rel.planned.clear();
    const Person* p = find_person(c, s, id);
    if (p == nullptr) continue;
    for (AskKind k : planned) happen(c, s, *p, k, phase);
  }
  r.after_event = std::move(phase.beats);
}

CommandResult do_end(const Campaign& c, RunState& s) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  CommandResult r = accepted();
  if (s.conversation) {
    const Person* p = current_event(c, s).person(s.conversation->person);
    Beat& b = tell(r, BeatKind::SteppedAway,
                   "You excuse yourself from " + (p ? name_of(*p) : std::string("the conversation")) + ".");
    b.person = s.conversation->person;
    b.label = to_string(Outcome::PartedPolitely);
    close_conversation(s, to_string(Outcome::PartedPolitely), false);
  }
  tell(r, BeatKind::Goodbye, "You say your goodbyes: " + current_event(c, s).title + " is over for you.");
  end_event(c, s, r, true);
  return r;
}

CommandResult do_next(const Campaign& c, RunState& s) {
  if (s.phase == Phase::Event)
    return refuse(Refusal::EventGoing, "The event is still going. End it first.", Action{Verb::End, ""});
  if (s.phase == Phase::Finished) return refuse_phase(s);
  CommandResult r = accepted();
  for (auto& f : s.follow_ups) {
    if (f.done || f.lapsed) continue;
    f.lapsed = true;
    Relationship& rel = s.rel(f.person);
    rel.memory.push_back(MemoryFact{to_string(Memory::PromiseNotKept), s.event_no()});
    const int regard_before = rel.standing_regard;
    nudge(rel.standing_regard, tuning::kLapsedFollowUpRegard);
    const Person* p = find_person(c, s, f.person);
    Beat& b = tell(r, BeatKind::FollowUpLapsed,
                   "You never followed up with " + (p ? name_of(*p) : f.person) + " about " + f.topic +
                       ". They'll remember that.");
    b.person = f.person;
    b.label = f.topic;
    b.standing_regard = rel.standing_regard - regard_before;
  }
  // Without contact, standing drifts a step toward neutral (friends keep theirs).
  for (auto& [id, rel] : s.people) {
    if (!rel.met() || rel.contact_phase == s.event_no() || rel.rung() == Rung::Friend) continue;
    rel.standing_regard -= (rel.standing_regard > 0) - (rel.standing_regard < 0);
    rel.standing_rapport -= (rel.standing_rapport > 0) - (rel.standing_rapport < 0);
  }
  if (s.step + 1 >= c.steps.size()) {
    s.phase = Phase::Finished;
    s.stopped_because = "finished";
    r.run_finished = true;
    tell(r, BeatKind::RunFinished, "That was the last event. Well done: here is your season in review.");
    return r;
  }
  s.step += 1;
  begin_event(c, s);
  const Event& e = current_event(c, s);
  // The brief itself is the front-ends' to show, once, as the player walks in.
  tell(r, BeatKind::NextEvent, "On to " + e.title + " (" + clock_text(e.starts) + " to " + clock_text(e.ends) + ").")
      .label = e.title;
  return r;
}

}  // namespace rules

RunState start_run(const Campaign& c, std::uint64_t seed) {
  RunState s;
  s.seed = seed;
  s.rng = Rng(seed);
  s.step = 0;
  rules::begin_event(c, s);
  return s;
}


}  // namespace mingle::sim
