// Checking and carrying out each command, and the outcome of each as data.
#include "core/sim/commands.h"

#include "core/sim/clock.h"
#include "core/sim/conversation.h"
#include "core/sim/debrief.h"
#include "core/sim/relationship.h"
#include "core/sim/rules.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"
#include "core/sim/phrasing.h"

#include <algorithm>
#include <map>
#include <set>

namespace mingle::sim {

using namespace rules;

// [SECTION] The commands -------------------------------------------------------------------------

namespace {

CommandResult refuse_nobody(const std::string& id) {
  return refuse(Refusal::Nobody, "There's nobody called '" + id + "' here.");
}

CommandResult do_talk(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  const Event& e = current_event(c, s);
  const Person* p = e.person(cmd.args[0]);
  if (p == nullptr) return refuse_nobody(cmd.args[0]);
  if (s.conversation) {
    if (s.conversation->person == p->id) return refuse(Refusal::AlreadyTalking, "You're already talking with " + name_of(*p) + ".");
    return refuse_in_conversation(c, s);
  }
  if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(Refusal::Unavailable, why);
  if (const Relationship& seen = peek(s, p->id); p->needs_introduction && !seen.introduced && !seen.met())
    return refuse(Refusal::NeedsIntroduction,
                  "You need an introduction to " + name_of(*p) + " first. Ask someone who knows them.",
                  Action{Verb::AskIntro, p->id});
  const Dialogue* d = e.dialogue_for(p->id);
  if (d == nullptr)
    return refuse(Refusal::NoDialogue, name_of(*p) + " smiles, but has nothing to say yet (no dialogue is written for them).");
  CommandResult r = accepted();
  Relationship& rel = s.rel(p->id);
  const std::string zone = where(e, *p, s.clock).value_or("");
  const bool walk = !zone.empty() && zone != s.zone;
  if (walk) s.zone = zone;
  const bool again = rel.met_event == s.event_no();  // a second talk this event: `again:`
  if (rel.met() && rel.met_event < s.event_no()) {
    nudge(rel.rapport, tuning::kRecognisedRapport);
    tell(r, BeatKind::Recognised, name_of(*p) + " recognises you from last time.").person = p->id;
  }
  rel.met_event = s.event_no();
  // Someone whose need you met with an introduction says so the next time you talk.
  for (auto& i : s.introductions) {
    if (!i.good_match || i.needer != p->id || i.thanked) continue;
    i.thanked = true;
    const Person* other = find_person(c, s, i.a == p->id ? i.b : i.a);
    tell(r, BeatKind::Line,
         name_of(*p) + ": Before anything else, thank you for introducing me to " +
             (other ? first_word(name_of(*other)) : std::string("them")) + ". We talked it through, and it helped.")
        .person = p->id;
  }
  auto cur = s.cursors.find(d->id);
  const std::string start = cur != s.cursors.end()      ? cur->second
                            : again && !d->again.empty() ? d->again
                                                         : d->start;
  if (cur != s.cursors.end()) tell(r, BeatKind::Resumed, "You pick up where you left off.").person = p->id;
  arrive(c, s, *d, start, r);
  if (walk) advance(c, s, tuning::kWalkMinutes, r);
  return r;
}

CommandResult do_choose(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (!s.conversation)
    return refuse(Refusal::NotInConversation, "You're not in a conversation. Talk to someone first.", Action{Verb::Talk, ""});
  const Event& e = current_event(c, s);
  const Dialogue* d = e.dialogue(s.conversation->dialogue);
  const Node* n = d ? d->find(s.conversation->node) : nullptr;
  const Person* p = e.person(s.conversation->person);
  if (d == nullptr || n == nullptr || p == nullptr)
    return refuse(Refusal::ConversationBroken, "This conversation can't go on; step away from it.", Action{Verb::Leave, ""});
  const auto views = visible_choices(c, s, *d, *n);
  if (views.empty()) return refuse(Refusal::NoChoices, "There is nothing to choose here.");
  if (cmd.number < 1 || cmd.number > static_cast<int>(views.size()))
    return refuse(Refusal::ChoiceNumber,
                  "There " +
                      std::string(views.size() == 1 ? "is only 1 choice" : "are " + std::to_string(views.size()) + " choices") +
                      " here; pick a number from 1 to " + std::to_string(views.size()) + ".");
  const ChoiceView& v = views[static_cast<std::size_t>(cmd.number - 1)];
  if (!v.available) return refuse(Refusal::ChoiceUnavailable, v.reason);
  const Choice& ch = *v.choice;
  CommandResult r = accepted();
  tell(r, BeatKind::YouSaid, "You: " + ch.text).label = ch.text;
  s.choices.push_back(ChoiceRecord{s.event_no(), s.clock, p->id, d->id, n->id, ch.id, ch.text, ch.coach});
  s.chosen[d->id].insert(ch.id);
  Relationship& rel = s.rel(p->id);
  if (reach_rung(rel, Rung::Acquaintance, s.event_no(), s.clock, "Spoke at " + e.title + ".")) {
    Beat& b = tell(r, BeatKind::Acquainted, "You and " + name_of(*p) + " are acquainted now.");
    b.person = p->id;
    b.label = rung_phrase(Rung::Acquaintance);
  }
  apply_effects(c, s, *p, ch.effects, r, s.scored_choices[d->id].insert(ch.id).second);
  const int minutes = ch.effects.minutes.value_or(e.minutes_per_exchange);
  if (ch.ask) {
    const bool yes = ask(c, s, *p, ch.ask->kind, true, r);
    if (yes) {
      if (ch.ask->kind == AskKind::FollowUp)
        agree_follow_up(s, p->id, ch.effects.follow_up ? ch.effects.follow_up->topic : ch.text, name_of(*p), r);
      else
        rel.planned.push_back(ch.ask->kind);
    }
    arrive(c, s, *d, yes ? ch.ask->accepted : ch.ask->declined, r);
  } else if (ch.end) {
    close_conversation(s, to_string(*ch.end), false);
    tell(r, BeatKind::Line, parting_line(*p, *ch.end)).person = p->id;  // never silence after a choice
    Beat& b = tell(r, BeatKind::ConversationEnded, "(The conversation ends.)");
    b.person = p->id;
    b.label = to_string(*ch.end);
  } else {
    arrive(c, s, *d, ch.next, r);
  }
  advance(c, s, minutes, r);
  return r;
}

CommandResult do_leave(const Campaign& c, RunState& s) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (!s.conversation) return refuse(Refusal::NotInConversation, "You're not in a conversation.");
  const std::string id = s.conversation->person;
  const Person* p = current_event(c, s).person(id);
  Relationship& rel = s.rel(id);
  nudge(rel.rapport, tuning::kLeftMidConversationRapport);
  rel.memory.push_back(MemoryFact{to_string(Memory::LeftMidConversation), s.event_no()});
  note_left(c, s);
  close_conversation(s, to_string(Outcome::CutShort), true);
  CommandResult r = accepted();
  Beat& b = tell(r, BeatKind::SteppedAway,
                 "You excuse yourself from " + (p ? name_of(*p) : std::string("the conversation")) +
                     ". Leaving mid-conversation costs a little warmth.");
  b.person = id;
  b.label = to_string(Outcome::CutShort);
  return r;
}

CommandResult do_wait(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (s.conversation) return refuse_in_conversation(c, s);
  if (cmd.number > tuning::kLongestWait)
    return refuse(Refusal::TooLong, "That's longer than any event; wait at most " + std::to_string(tuning::kLongestWait) +
                                  " minutes.");
  CommandResult r = accepted();
  tell(r, BeatKind::Waited, "You take a moment (" + std::to_string(cmd.number) + " minutes).");
  advance(c, s, cmd.number, r);
  return r;
}

CommandResult do_go(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (s.conversation) return refuse_in_conversation(c, s);
  const Event& e = current_event(c, s);
  const Zone* z = nullptr;
  for (const auto& zone : e.room.zones)
    if (zone.id == cmd.args[0]) z = &zone;
  if (z == nullptr) return refuse(Refusal::NoZone, "There's no part of the room called '" + cmd.args[0] + "'.");
  if (s.zone == z->id) return refuse(Refusal::AlreadyThere, "You're already at " + zone_label(e, z->id) + ".");
  CommandResult r = accepted();
  s.zone = z->id;
  tell(r, BeatKind::Walked, "You make your way to " + zone_label(e, z->id) + ".").label = z->id;
  advance(c, s, tuning::kWalkMinutes, r);
  return r;
}

CommandResult do_join(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (s.conversation) return refuse_in_conversation(c, s);
  const Event& e = current_event(c, s);
  const Person* p = e.person(cmd.args[0]);
  if (p == nullptr) return refuse_nobody(cmd.args[0]);
  if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(Refusal::Unavailable, why);
  const std::string zone = where(e, *p, s.clock).value_or("");
  CommandResult r = accepted();
  s.zone = zone;
  std::string group;
  for (const auto& q : e.people) {
    if (q.id == p->id || !unavailable_reason(e, q, s.clock).empty()) continue;
    if (where(e, q, s.clock).value_or("") != zone || zone.empty()) continue;
    group += (group.empty() ? "" : ", ") + name_of(q);
  }
  Beat& b = tell(r, BeatKind::Joined,
                 "You join " + name_of(*p) + (group.empty() ? "" : " (with " + group + ")") + " at " +
                     zone_label(e, zone) + ".");
  b.person = p->id;
  b.action = Action{Verb::Talk, p->id};
  advance(c, s, tuning::kWalkMinutes, r);
  return r;
}

CommandResult do_ask_intro(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  const Event& e = current_event(c, s);
  const Person* a = e.person(cmd.args[0]);
  const Person* b = e.person(cmd.args[1]);
  if (a == nullptr) return refuse_nobody(cmd.args[0]);
  if (b == nullptr) return refuse_nobody(cmd.args[1]);
  if (a == b) return refuse(Refusal::SamePerson, "Ask one person to introduce you to someone else.");
  if (s.conversation && s.conversation->person != a->id) return refuse_in_conversation(c, s);
  if (auto why = unavailable_reason(e, *a, s.clock); !why.empty()) return refuse(Refusal::Unavailable, why);
  const Relationship& ra = peek(s, a->id);
  if (ra.met_event != s.event_no())
    return refuse(Refusal::NotMet, "Speak with " + name_of(*a) + " first; then ask for the introduction.",
                  Action{Verb::Talk, a->id});
  if (ra.rapport < tuning::kRapportToIntroduce)
    return refuse(Refusal::LowRapport, name_of(*a) + " doesn't know you well enough yet to introduce you: a warmer "
                                     "conversation first.");
  const Acquaintance* k = nullptr;
  for (const auto& x : a->knows)
    if (x.person == b->id) k = &x;
  if (k == nullptr) return refuse(Refusal::DoesntKnow, name_of(*a) + " doesn't know " + name_of(*b) + ".");
  if (k->opinion < 0) return refuse(Refusal::WouldRatherNot, name_of(*a) + " would rather not introduce you to " + name_of(*b) + ".");
  if (peek(s, b->id).introduced || peek(s, b->id).met())
    return refuse(Refusal::AlreadyMet, "You and " + name_of(*b) + " have already met.");
  if (auto why = unavailable_reason(e, *b, s.clock); !why.empty()) return refuse(Refusal::Unavailable, why);
  CommandResult r = accepted();
  make_introduction(c, s, *a, b->id, r);
  advance(c, s, tuning::kIntroductionMinutes, r);
  return r;
}

// Host mode: the first thing x needs that y has ("" when nothing).
std::string matched_item(const Person& x, const Person& y) {
  for (const auto& n : x.needs)
    for (const auto& h : y.holds)
      if (n.item == h.item) return n.item;
  return {};
}

// The same, as a sentence ("" when nothing).
std::string match(const Campaign& c, const Person& x, const Person& y) {
  const std::string item = matched_item(x, y);
  if (item.empty()) return {};
  return needs_phrase(name_of(x), need_phrase(c, x, item)) + ", and " + name_of(y) + " can help";
}

CommandResult do_introduce(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse_phase(s);
  if (s.conversation) return refuse_in_conversation(c, s);
  const Event& e = current_event(c, s);
  const Person* a = e.person(cmd.args[0]);
  const Person* b = e.person(cmd.args[1]);
  if (a == nullptr) return refuse_nobody(cmd.args[0]);
  if (b == nullptr) return refuse_nobody(cmd.args[1]);
  if (a == b) return refuse(Refusal::SamePerson, "Introduce two different people.");
  for (const Person* p : {a, b}) {
    if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(Refusal::Unavailable, why);
    const Relationship& rel = peek(s, p->id);
    if (!rel.met())
      return refuse(Refusal::NotMet, "You haven't spoken with " + name_of(*p) + " yet, so you can't introduce them.",
                    Action{Verb::Talk, p->id});
    if (rel.rapport < tuning::kRapportToIntroduce)
      return refuse(Refusal::LowRapport, "You'd need to get on a little better with " + name_of(*p) +
                                       " before you introduce them to anyone.");
  }
  auto pair = std::minmax(a->id, b->id);
  if (s.introduced_pairs.count({pair.first, pair.second}))
    return refuse(Refusal::AlreadyIntroduced, "You've already introduced " + name_of(*a) + " and " + name_of(*b) + ".");
  for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}})
    for (const auto& k : x->knows)
      if (k.person == y->id)
        return refuse(Refusal::AlreadyKnow, name_of(*a) + " and " + name_of(*b) + " already know each other.");
  std::string why = match(c, *a, *b);
  const Person* needer = why.empty() ? b : a;
  if (why.empty()) why = match(c, *b, *a);
  CommandResult r = accepted();
  s.introduced_pairs.insert({pair.first, pair.second});
  s.introduced_this_event.insert({pair.first, pair.second});
  IntroductionRecord rec{s.event_no(), s.clock, a->id, b->id, !why.empty(), why, "", ""};
  if (rec.good_match) {
    rec.needer = needer->id;
    rec.item = matched_item(*needer, needer == a ? *b : *a);
  }
  for (const Person* p : {a, b}) {
    Relationship& rel = s.rel(p->id);
    if (rec.good_match) {
      nudge(rel.regard, tuning::kGoodIntroductionRegard);
      nudge(rel.rapport, tuning::kGoodIntroductionRapport);
      rel.memory.push_back(MemoryFact{to_string(Memory::IntroducedSomeoneUseful), s.event_no()});
    } else {
      nudge(rel.regard, tuning::kPoorIntroductionRegard);
      rel.memory.push_back(MemoryFact{to_string(Memory::IntroducedPoorMatch), s.event_no()});
    }
  }
  std::string text;
  if (rec.good_match) {
    add_value(s, "introduction", tuning::kGoodIntroductionValue);
    add_enjoyment(s, tuning::kGoodIntroductionEnjoyment);
    text = "You introduce " + name_of(*a) + " and " + name_of(*b) + ". A good match: " + why +
           ". They both think better of you for it.";
  } else {
    rec.why = "neither needs what the other has";
    add_enjoyment(s, tuning::kPoorIntroductionEnjoyment);
    text = "You introduce " + name_of(*a) + " and " + name_of(*b) +
           ". The talk stalls: neither needs what the other has. Next time, listen for a need first.";
  }
  Beat& beat = tell(r, BeatKind::IntroductionMade, text);
  beat.person = a->id;
  beat.item = b->id;
  beat.label = rec.good_match ? "good-match" : "poor-match";
  s.introductions.push_back(rec);
  advance(c, s, tuning::kIntroductionMinutes, r);
  return r;
}

// [SECTION] The outcome as data -----------------------------------------------------------------

// What apply() compares before and after a command: cheap to take (no dialogue text, no
// command list), and enough to say every number and fact that changed.
struct Before {
  struct Person {
    int regard, rapport, standing_regard, standing_rapport, familiarity;
    std::size_t memories, rungs;
  };
  std::map<std::string, Person> people;
  int enjoyment, value;
  std::map<std::string, int> value_by_kind;
  std::size_t items, follow_ups, asks, introductions, choices, stuck;
  std::set<std::string> learned;
  std::string talking_with;  // "" when in no conversation

  explicit Before(const RunState& s)
      : enjoyment(s.enjoyment),
        value(s.value),
        value_by_kind(s.value_by_kind),
        items(s.items.size()),
        follow_ups(s.follow_ups.size()),
        asks(s.asks.size()),
        introductions(s.introductions.size()),
        choices(s.choices.size()),
        stuck(s.stuck.size()),
        learned(s.learned),
        talking_with(s.conversation ? s.conversation->person : std::string()) {
    for (const auto& [id, r] : s.people)
      people[id] = Person{r.regard, r.rapport, r.standing_regard, r.standing_rapport, r.familiarity,
                          r.memory.size(), r.rungs.size()};
  }
};

template <typename T>
std::vector<T> tail(const std::vector<T>& v, std::size_t from) {
  return from < v.size() ? std::vector<T>(v.begin() + static_cast<std::ptrdiff_t>(from), v.end()) : std::vector<T>{};
}

void record_changes(const Before& b, const RunState& s, CommandResult& r) {
  static const Before::Person none{0, 0, 0, 0, 0, 0, 0};
  for (const auto& [id, rel] : s.people) {
    const auto it = b.people.find(id);
    const Before::Person& was = it == b.people.end() ? none : it->second;
    PersonChange ch;
    ch.person = id;
    ch.regard = rel.regard - was.regard;
    ch.rapport = rel.rapport - was.rapport;
    ch.standing_regard = rel.standing_regard - was.standing_regard;
    ch.standing_rapport = rel.standing_rapport - was.standing_rapport;
    ch.familiarity = rel.familiarity - was.familiarity;
    for (std::size_t i = was.memories; i < rel.memory.size(); ++i) ch.memories.push_back(rel.memory[i].tag);
    if (ch.any()) r.people.push_back(ch);
    for (std::size_t i = was.rungs; i < rel.rungs.size(); ++i)
      r.rungs.push_back(RungChange{id, rel.rungs[i].rung, rel.rungs[i].how, rel.rungs[i].event_no, rel.rungs[i].minute});
  }
  r.enjoyment = s.enjoyment - b.enjoyment;
  r.enjoyment_before = b.enjoyment;
  r.value_before = b.value;
  r.value = s.value - b.value;
  for (const auto& [kind, v] : s.value_by_kind) {
    const auto it = b.value_by_kind.find(kind);
    const int d = v - (it == b.value_by_kind.end() ? 0 : it->second);
    if (d != 0) r.value_by_kind[kind] = d;
  }
  r.items = tail(s.items, b.items);
  r.follow_ups = tail(s.follow_ups, b.follow_ups);
  r.asks = tail(s.asks, b.asks);
  r.introductions = tail(s.introductions, b.introductions);
  for (const auto& h : s.learned)
    if (!b.learned.count(h)) r.hints.push_back(h);
  r.choices = tail(s.choices, b.choices);
  if (!r.choices.empty()) r.coach = r.choices.back().coach;
  r.stuck = tail(s.stuck, b.stuck);
  const std::string talking_with = s.conversation ? s.conversation->person : std::string();
  if (talking_with != b.talking_with) {
    r.conversation_opened = talking_with;
    r.conversation_closed = b.talking_with;
  }
  if (r.run_finished) r.stopped_because = s.stopped_because;
  for (const auto* list : {&r.beats, &r.after_event})
    for (const auto& beat : *list)
      if (beat.kind == BeatKind::Line) r.reply += (r.reply.empty() ? "" : "\n") + beat.text;
}

}  // namespace

// [SECTION] Running ------------------------------------------------------------------------------

CommandResult check(const Campaign& c, const RunState& s, const Command& cmd) {
  RunState scratch = s;
  return apply(c, scratch, cmd);
}

CommandResult apply(const Campaign& c, RunState& s, const Command& cmd) {
  if (c.steps.empty()) return refuse(Refusal::NoEvent, "There is no event to play.");
  if (cmd.args.size() < static_cast<std::size_t>(verb_ids(cmd.verb)))
    return refuse(Refusal::Usage, std::string("Write it as: ") + verb_usage(cmd.verb) + ".");
  keep_debrief(c, s);  // the time after an event is about to change what its debrief would say
  const Before before(s);
  CommandResult r;
  switch (cmd.verb) {
    case Verb::Talk: r = do_talk(c, s, cmd); break;
    case Verb::Choose: r = do_choose(c, s, cmd); break;
    case Verb::Leave: r = do_leave(c, s); break;
    case Verb::Wait: r = do_wait(c, s, cmd); break;
    case Verb::Go: r = do_go(c, s, cmd); break;
    case Verb::Join: r = do_join(c, s, cmd); break;
    case Verb::AskIntro: r = do_ask_intro(c, s, cmd); break;
    case Verb::Introduce: r = do_introduce(c, s, cmd); break;
    case Verb::Invite: r = do_invite(c, s, cmd); break;
    case Verb::FollowUp: r = do_follow_up(c, s, cmd); break;
    case Verb::End: r = do_end(c, s); break;
    case Verb::Next: r = do_next(c, s); break;
  }
  if (!r.ok) return r;
  s.commands.push_back(to_text(cmd));
  record_changes(before, s, r);
  return r;
}

CommandResult stop_run(const Campaign& c, RunState& s, const std::string& why) {
  if (c.steps.empty()) return refuse(Refusal::NoEvent, "There is no event to play.");
  if (s.phase == Phase::Finished) return refuse_phase(s);
  const Before before(s);
  CommandResult r = accepted();
  if (s.phase == Phase::Event) end_event(c, s, r, false);
  s.phase = Phase::Finished;
  s.stopped_because = why;
  r.run_finished = true;
  record_changes(before, s, r);
  return r;
}

std::vector<std::string> texts(const std::vector<Beat>& beats) {
  std::vector<std::string> out;
  out.reserve(beats.size());
  for (const auto& b : beats) out.push_back(b.text);
  return out;
}

std::string moved_text(const Beat& b, const std::string& name) {
  std::string out;
  auto add = [&](const std::string& what, int v) {
    if (v == 0) return;
    if (!out.empty()) out += ", ";
    out += what + (v > 0 ? " +" : " ") + std::to_string(v);
  };
  add("enjoyment", b.enjoyment);
  add("value", b.value);
  add(name + "'s regard", b.standing_regard);
  add("rapport with " + name, b.standing_rapport);
  return out;
}

const char* to_string(BeatKind k) {
  switch (k) {
    case BeatKind::Line: return "line";
    case BeatKind::YouSaid: return "you-said";
    case BeatKind::Recognised: return "recognised";
    case BeatKind::Resumed: return "resumed";
    case BeatKind::Acquainted: return "acquainted";
    case BeatKind::ItemGained: return "item-gained";
    case BeatKind::ItemWithheld: return "item-withheld";
    case BeatKind::HintLearned: return "hint-learned";
    case BeatKind::FollowUpAgreed: return "follow-up-agreed";
    case BeatKind::IntroducedTo: return "introduced-to";
    case BeatKind::AskAnswered: return "ask-answered";
    case BeatKind::AskDeclinedNote: return "ask-declined-note";
    case BeatKind::InvitationPlanned: return "invitation-planned";
    case BeatKind::ConversationEnded: return "conversation-ended";
    case BeatKind::SteppedAway: return "stepped-away";
    case BeatKind::Waited: return "waited";
    case BeatKind::Walked: return "walked";
    case BeatKind::Joined: return "joined";
    case BeatKind::IntroductionMade: return "introduction-made";
    case BeatKind::SlotBegan: return "slot-began";
    case BeatKind::ClosingSoon: return "closing-soon";
    case BeatKind::EventOver: return "event-over";
    case BeatKind::Goodbye: return "goodbye";
    case BeatKind::PhaseOpened: return "phase-opened";
    case BeatKind::PhaseText: return "phase-text";
    case BeatKind::MeetingHappened: return "meeting-happened";
    case BeatKind::RungReached: return "rung-reached";
    case BeatKind::FollowUpDone: return "follow-up-done";
    case BeatKind::FollowUpLapsed: return "follow-up-lapsed";
    case BeatKind::NextEvent: return "next-event";
    case BeatKind::RunFinished: return "run-finished";
  }
  return "?";
}

}  // namespace mingle::sim
