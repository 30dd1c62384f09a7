// What a line or a choice does: numbers, memories, hints, items, follow-ups, introductions;
// and how a conversation moves from node to node and closes.
#include "core/sim/clock.h"
#include "core/sim/conversation.h"
#include "core/sim/relationship.h"
#include "core/sim/rules.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"

#include <algorithm>

namespace mingle::sim::rules {

// [SECTION] Small helpers -------------------------------------------------------------------

std::string name_of(const Person& p) { return p.name.empty() ? p.id : p.name; }

std::string readable(const std::string& id) {
  std::string out = id;
  std::replace(out.begin(), out.end(), '-', ' ');
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

CommandResult refuse(Refusal code, std::string why, std::optional<Action> instead) {
  CommandResult r;
  r.ok = false;
  r.code = code;
  r.reason = std::move(why);
  r.action = std::move(instead);
  return r;
}

CommandResult accepted() {
  CommandResult r;
  r.ok = true;
  return r;
}

Beat& tell(CommandResult& r, BeatKind kind, std::string text) {
  Beat b;
  b.kind = kind;
  b.text = std::move(text);
  r.beats.push_back(std::move(b));
  return r.beats.back();
}

const Relationship& peek(const RunState& s, const std::string& id) {
  static const Relationship none;
  const Relationship* r = s.find_rel(id);
  return r ? *r : none;
}

CommandResult refuse_in_conversation(const Campaign& c, const RunState& s) {
  const Person* p = current_event(c, s).person(s.conversation->person);
  return refuse(Refusal::InConversation,
                "You're talking with " + (p ? name_of(*p) : s.conversation->person) +
                    "; finish the conversation or step away first.",
                Action{Verb::Leave, s.conversation->person});
}

CommandResult refuse_phase(const RunState& s) {
  if (s.phase == Phase::Finished) return refuse(Refusal::RunOver, "The run is over. Your results are written.");
  return refuse(Refusal::EventOver, "The event is over. You can follow up, invite someone, or go on to the next event.",
                Action{Verb::Next, ""});
}

// [SECTION] Conversations --------------------------------------------------------------------

void close_conversation(RunState& s, const std::string& outcome, bool keep_cursor) {
  if (!s.conversation) return;
  Relationship& rel = s.rel(s.conversation->person);
  rel.last_outcome = outcome;
  if (keep_cursor)
    s.cursors[s.conversation->dialogue] = s.conversation->node;
  else
    s.cursors.erase(s.conversation->dialogue);
  s.conversation.reset();
}

namespace {

void conversation_ends(CommandResult& r, const std::string& person, Outcome outcome) {
  Beat& b = tell(r, BeatKind::ConversationEnded, "(The conversation ends.)");
  b.person = person;
  b.label = to_string(outcome);
}

void acquire(const Campaign& c, RunState& s, const Person& from, const std::string& item, CommandResult& r) {
  if (s.has_item(item)) return;
  if (!willing_to_share(c, s, from, item)) {
    Beat& b = tell(r, BeatKind::ItemWithheld, name_of(from) + " isn't ready to share that with you yet.");
    b.person = from.id;
    b.item = item;
    return;
  }
  const Event& e = current_event(c, s);
  ValueItem v = describe_item(e, item);
  for (const auto& h : from.holds)
    if (h.item == item) {
      v.kind = h.kind;
      if (!h.label.empty()) v.label = h.label;
    }
  const std::string label = v.label.empty() ? readable(item) : v.label;
  s.items.push_back(Acquired{item, v.kind, label, from.id, s.event_no(), s.clock});
  add_value(s, to_string(v.kind), item_points(e, item));
  bool need = false;
  for (const auto& n : e.player.needs) need = need || n.item == item;
  Beat& b = tell(r, BeatKind::ItemGained,
                 "You now have: " + label + " (from " + name_of(from) + ")." +
                     (need ? " That's what you came for!" : ""));
  b.person = from.id;
  b.item = item;
  b.label = label;
}

}  // namespace

void arrive(const Campaign& c, RunState& s, const Dialogue& d, std::string node_id, CommandResult& r) {
  const Event& e = current_event(c, s);
  const Person* p = e.person(d.person);
  for (int hops = 0; hops < tuning::kMostLinesInARow; ++hops) {
    const Node* n = d.find(node_id);
    if (n == nullptr || p == nullptr) {
      tell(r, BeatKind::ConversationEnded,
           "(The conversation trails off: this dialogue has no line '" + node_id + "'.)")
          .label = to_string(Outcome::CutShort);
      close_conversation(s, to_string(Outcome::CutShort), false);
      return;
    }
    s.conversation = Conversation{d.person, d.id, n->id};
    s.visited[d.id].insert(n->id);
    const Person* speaker = n->speaker.empty() ? p : e.person(n->speaker);
    if (!n->say.empty()) {
      Beat& b = tell(r, BeatKind::Line, (speaker ? name_of(*speaker) : n->speaker) + ": " + n->say);
      b.person = speaker ? speaker->id : n->speaker;
      b.label = n->say;
    }
    apply_effects(c, s, *p, n->effects, r, s.scored_nodes[d.id].insert(n->id).second);
    if (!n->choices.empty()) return;
    if (n->end) {
      close_conversation(s, to_string(*n->end), false);
      conversation_ends(r, p->id, *n->end);
      return;
    }
    if (n->next.empty()) {
      close_conversation(s, to_string(Outcome::PartedPolitely), false);
      conversation_ends(r, p->id, Outcome::PartedPolitely);
      return;
    }
    node_id = n->next;
  }
  tell(r, BeatKind::ConversationEnded, "(The conversation goes round in circles, so you move on.)").label =
      to_string(Outcome::Awkward);
  close_conversation(s, to_string(Outcome::Awkward), false);
}

// [SECTION] Effects ----------------------------------------------------------------------------

void agree_follow_up(RunState& s, const std::string& person, const std::string& topic, const std::string& who,
                     CommandResult& r) {
  for (const auto& f : s.follow_ups)
    if (f.person == person && f.topic == topic && !f.done && !f.lapsed) return;
  s.follow_ups.push_back(AgreedFollowUp{person, topic, s.event_no(), false, false});
  Beat& b = tell(r, BeatKind::FollowUpAgreed, "You agreed to follow up with " + who + " about " + topic + ".");
  b.person = person;
  b.label = topic;
  b.action = Action{Verb::FollowUp, person};
}

void make_introduction(const Campaign& c, RunState& s, const Person& introducer, const std::string& target_id,
                       CommandResult& r) {
  const Person* target = find_person(c, s, target_id);
  if (target == nullptr) return;
  Relationship& rel = s.rel(target_id);
  if (rel.introduced) return;
  rel.introduced = true;
  int opinion = 0;
  for (const auto& k : introducer.knows)
    if (k.person == target_id) opinion = k.opinion;
  // The newcomer's first impression inherits part of your rapport with the introducer.
  const int inherited =
      opinion > 0 ? std::max(tuning::kLeastIntroducedRapport,
                             peek(s, introducer.id).rapport / tuning::kIntroducedRapportDivisor)
                  : 0;
  nudge(rel.rapport, inherited);
  Beat& b = tell(r, BeatKind::IntroducedTo,
                 name_of(introducer) + " introduces you to " + name_of(*target) + (inherited > 0 ? ", warmly." : "."));
  b.person = target_id;
  b.action = Action{Verb::Talk, target_id};
}

void apply_effects(const Campaign& c, RunState& s, const Person& p, const Effects& fx, CommandResult& r,
                   bool first) {
  Relationship& rel = s.rel(p.id);
  if (first) {
    nudge(rel.regard, fx.regard);
    nudge(rel.rapport, fx.rapport);
    add_enjoyment(s, fx.enjoyment);
    add_value(s, "other", fx.value);
    for (const auto& t : fx.remember) rel.memory.push_back(MemoryFact{t, s.event_no()});
  }
  for (const auto& h : fx.learn)
    if (s.learned.insert(h).second) {
      const std::string label = hint_text(c, h);  // the author's label, else the id made readable
      Beat& b = tell(r, BeatKind::HintLearned, "Noted: " + label + ".");
      b.item = h;
      b.label = label;
    }
  for (const auto& [k, v] : fx.set) s.flags[k] = v;
  for (const auto& item : fx.gain) acquire(c, s, p, item, r);
  if (fx.follow_up) {
    const std::string with = fx.follow_up->with.empty() ? p.id : fx.follow_up->with;
    const Person* other = find_person(c, s, with);
    agree_follow_up(s, with, fx.follow_up->topic.empty() ? "what you discussed" : fx.follow_up->topic,
                    other ? name_of(*other) : with, r);
  }
  if (fx.introduce_to) make_introduction(c, s, p, *fx.introduce_to, r);
}

}  // namespace mingle::sim::rules
