#include "core/sim/commands.h"

#include "core/sim/clock.h"
#include "core/sim/conversation.h"
#include "core/sim/relationship.h"
#include "core/sim/scoring.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace mingle::sim {

// [SECTION] The text language ------------------------------------------------------------------

namespace {

struct VerbWord {
  Verb verb;
  const char* word;
  int ids;  // how many ids follow (number/kind arguments are handled separately)
};
constexpr VerbWord kVerbs[] = {
    {Verb::Talk, "talk", 1},         {Verb::Choose, "choose", 0},   {Verb::Leave, "leave", 0},
    {Verb::Wait, "wait", 0},         {Verb::Go, "go", 1},           {Verb::Join, "join", 1},
    {Verb::AskIntro, "ask-intro", 2}, {Verb::Introduce, "introduce", 2},
    {Verb::Invite, "invite", 1},     {Verb::FollowUp, "follow-up", 1}, {Verb::End, "end", 0},
    {Verb::Next, "next", 0},
};

const char* verb_word(Verb v) {
  for (const auto& w : kVerbs)
    if (w.verb == v) return w.word;
  return "?";
}

const char* usage(Verb v) {
  switch (v) {
    case Verb::Talk: return "talk <person>";
    case Verb::Choose: return "choose <number>";
    case Verb::Leave: return "leave";
    case Verb::Wait: return "wait <minutes>";
    case Verb::Go: return "go <zone>";
    case Verb::Join: return "join <person>";
    case Verb::AskIntro: return "ask-intro <who-introduces> <whom-to-meet>";
    case Verb::Introduce: return "introduce <person> <person>";
    case Verb::Invite: return "invite <person> <coffee|lunch|drinks|personal>";
    case Verb::FollowUp: return "follow-up <person>";
    case Verb::End: return "end";
    case Verb::Next: return "next";
  }
  return "";
}

bool parse_int(const std::string& t, int& out) {
  if (t.empty() || t.size() > 6) return false;
  for (char ch : t)
    if (!std::isdigit(static_cast<unsigned char>(ch))) return false;
  out = std::stoi(t);
  return true;
}

}  // namespace

std::optional<Command> parse_command(std::string_view line, std::string& error) {
  error.clear();
  std::istringstream in{std::string(line)};
  std::vector<std::string> words;
  for (std::string w; in >> w;) words.push_back(w);
  if (words.empty() || words[0][0] == '#') return std::nullopt;
  std::string head = words[0];
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
  if (head == "followup" || head == "follow_up") head = "follow-up";
  if (head == "ask_intro" || head == "askintro") head = "ask-intro";
  const VerbWord* vw = nullptr;
  for (const auto& w : kVerbs)
    if (head == w.word) vw = &w;
  if (vw == nullptr) {
    error = "'" + words[0] + "' isn't a command I know. Type 'help' to see them all.";
    return std::nullopt;
  }
  Command c;
  c.verb = vw->verb;
  const std::size_t given = words.size() - 1;
  auto wrong = [&]() {
    error = std::string("Write it as: ") + usage(c.verb) + ".";
    return std::nullopt;
  };
  switch (c.verb) {
    case Verb::Choose:
    case Verb::Wait: {
      if (given != 1 || !parse_int(words[1], c.number) || c.number < 1) return wrong();
      return c;
    }
    case Verb::Invite: {
      if (given != 2) return wrong();
      auto k = parse_ask_kind(words[2]);
      if (!k || *k == AskKind::FollowUp) {
        error = "You can invite someone to coffee, lunch, drinks or personal (a personal "
                "invitation). Follow-ups are agreed in conversation.";
        return std::nullopt;
      }
      c.args.push_back(words[1]);
      c.kind = *k;
      return c;
    }
    default:
      if (given != static_cast<std::size_t>(vw->ids)) return wrong();
      for (std::size_t i = 1; i < words.size(); ++i) c.args.push_back(words[i]);
      return c;
  }
}

std::string to_text(const Command& c) {
  std::string out = verb_word(c.verb);
  if (c.verb == Verb::Choose || c.verb == Verb::Wait) return out + " " + std::to_string(c.number);
  for (const auto& a : c.args) out += " " + a;
  if (c.verb == Verb::Invite) out += std::string(" ") + to_string(c.kind);
  return out;
}

// [SECTION] Helpers ------------------------------------------------------------------------------

namespace {

std::string readable(const std::string& id) {
  std::string out = id;
  std::replace(out.begin(), out.end(), '-', ' ');
  std::replace(out.begin(), out.end(), '_', ' ');
  return out;
}

std::string name_of(const Person& p) { return p.name.empty() ? p.id : p.name; }

// A person by id: in the current event first, then anywhere in the campaign (people are the
// same person across events).
std::string nobody(const std::string& id) {
  return "There's nobody called '" + id + "' here. 'look' shows who is in the room.";
}

CommandResult refuse(std::string why) {
  CommandResult r;
  r.ok = false;
  r.reason = std::move(why);
  return r;
}

// A relationship for reading only: a refused command must not leave even an empty entry behind.
const Relationship& peek(const RunState& s, const std::string& id) {
  static const Relationship none;
  const Relationship* r = s.find_rel(id);
  return r ? *r : none;
}

int round_half_away(int d) { return d >= 0 ? (d + 1) / 2 : -((-d + 1) / 2); }

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

void end_event(const Campaign& c, RunState& s, CommandResult& r, bool with_phase);

// Moves the clock on; ends the event when its time is up.
void advance(const Campaign& c, RunState& s, int minutes, CommandResult& r) {
  if (minutes <= 0 || s.phase != Phase::Event) return;
  const Event& e = current_event(c, s);
  minutes = std::min(minutes, std::max(0, e.ends - s.clock));  // no time is spent past the end
  const Slot* before = slot_at(e, s.clock);
  s.clock += minutes;
  s.minutes_played += minutes;
  const Slot* after = slot_at(e, s.clock);
  if (after != before && after != nullptr && s.clock < e.ends)
    r.messages.push_back(clock_text(after->from) + ": " +
                         (after->note.empty() ? "the evening moves on." : after->note + ".") +
                         " People are moving about; 'look' shows who is where.");
  if (s.clock >= e.ends) {
    r.messages.push_back("The lights come up: " + e.title + " is over.");
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

// A planned meeting (an accepted invitation) takes place.
void happen(const Campaign& c, RunState& s, const Person& p, AskKind kind, CommandResult& r) {
  const Event& e = current_event(c, s);
  Relationship& rel = s.rel(p.id);
  std::string how;
  switch (kind) {
    case AskKind::Coffee: how = "Had coffee together after " + e.title + "."; break;
    case AskKind::Lunch: how = "Had lunch together after " + e.title + "."; break;
    case AskKind::Drinks: how = "Went for drinks together after " + e.title + "."; break;
    case AskKind::Personal: how = "Accepted a personal invitation after " + e.title + "."; break;
    case AskKind::FollowUp: return;
  }
  rel.contact_phase = s.event_no();
  nudge(rel.standing_rapport, 1);
  rel.memory.push_back(MemoryFact{std::string("shared-") + to_string(kind), s.event_no()});
  const int joy = kind == AskKind::Coffee ? 2 : kind == AskKind::Personal ? 4 : 3;
  add_enjoyment(s, joy);
  if (reach_rung(rel, rung_for(kind), s.event_no(), s.clock, how))
    r.messages.push_back(how + " You and " + name_of(p) + " are now " + rung_phrase(rung_for(kind)) + "s.");
  else
    r.messages.push_back(how);
}

void end_event(const Campaign& c, RunState& s, CommandResult& r, bool with_phase) {
  const Event& e = current_event(c, s);
  if (s.conversation) {
    r.messages.push_back("Your conversation is cut short as the event ends.");
    close_conversation(s, to_string(Outcome::CutShort), false);
  }
  s.clock = std::min(std::max(s.clock, e.starts), e.ends);
  for (auto& m : missed_in_event(c, s)) s.missed.push_back(m);
  for (auto& [id, rel] : s.people) {
    if (rel.met_event == s.event_no()) rel.familiarity = std::min(rel.familiarity + 1, kRelationMax);
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
  phase.messages.push_back(title + ": the time between events. You can 'follow-up <person>', "
                           "'invite <person> <kind>', or go on with 'next'.");
  if (step.after && !step.after->text.empty()) phase.messages.push_back(step.after->text);
  for (auto& [id, rel] : s.people) {
    auto planned = rel.planned;
    rel.planned.clear();
    const Person* p = find_person(c, s, id);
    if (p == nullptr) continue;
    for (AskKind k : planned) happen(c, s, *p, k, phase);
  }
  r.after_event = std::move(phase.messages);
}

// An ask, answered with the run's seed. Returns whether it was accepted.
bool do_ask(const Campaign& c, RunState& s, const Person& p, AskKind kind, bool in_room,
            CommandResult& r) {
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
  if (rec.accepted) {
    add_enjoyment(s, 1);
  } else {
    nudge(rel.rapport, -1);
    if (!in_room) nudge(rel.standing_rapport, -1);
    rel.memory.push_back(MemoryFact{"ask-declined", s.event_no()});
    if (in_room) {
      rel.awkward_event = s.event_no();
      rel.ask_cooldown_until = s.minutes_played + 20;
    } else {
      rel.asked_in_phase = s.event_no();
    }
    add_enjoyment(s, -1);
  }
  s.asks.push_back(rec);
  r.messages.push_back(explain_ask(rec, name_of(p)));
  if (!rec.accepted)
    r.messages.push_back("A no is part of networking. It costs a little warmth for now; "
                         "you can build it back.");
  return rec.accepted;
}

void agree_follow_up(RunState& s, const std::string& person, const std::string& topic,
                     const std::string& who, CommandResult& r) {
  for (const auto& f : s.follow_ups)
    if (f.person == person && f.topic == topic && !f.done && !f.lapsed) return;
  s.follow_ups.push_back(AgreedFollowUp{person, topic, s.event_no(), false, false});
  r.messages.push_back("You agreed to follow up with " + who + " about " + topic +
                       ". Do it after the event with 'follow-up " + person + "'.");
}

void make_introduction(const Campaign& c, RunState& s, const Person& introducer,
                       const std::string& target_id, CommandResult& r) {
  const Person* target = find_person(c, s, target_id);
  if (target == nullptr) return;
  Relationship& rel = s.rel(target_id);
  if (rel.introduced) return;
  rel.introduced = true;
  int opinion = 0;
  for (const auto& k : introducer.knows)
    if (k.person == target_id) opinion = k.opinion;
  // The newcomer's first impression inherits part of your rapport with the introducer.
  const int inherited = opinion > 0 ? std::max(1, peek(s, introducer.id).rapport / 2) : 0;
  nudge(rel.rapport, inherited);
  r.messages.push_back(name_of(introducer) + " introduces you to " + name_of(*target) +
                       (inherited > 0 ? ", warmly." : "."));
}

void acquire(const Campaign& c, RunState& s, const Person& from, const std::string& item,
             CommandResult& r) {
  if (s.has_item(item)) return;
  if (!willing_to_share(c, s, from, item)) {
    r.messages.push_back(name_of(from) + " isn't ready to share that with you yet.");
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
  r.messages.push_back("You now have: " + label + " (from " + name_of(from) + ")." +
                       (need ? " That's what you came for!" : ""));
}

// `first` is false when this node or choice has already counted in this event: its numbers and
// memories then add nothing again (talking to someone twice is not a way to farm them).
void apply_effects(const Campaign& c, RunState& s, const Person& p, const Effects& fx,
                   CommandResult& r, bool first) {
  Relationship& rel = s.rel(p.id);
  if (first) {
    nudge(rel.regard, fx.regard);
    nudge(rel.rapport, fx.rapport);
    add_enjoyment(s, fx.enjoyment);
    add_value(s, "other", fx.value);
    for (const auto& t : fx.remember) rel.memory.push_back(MemoryFact{t, s.event_no()});
  }
  for (const auto& h : fx.learn)
    if (s.learned.insert(h).second) r.messages.push_back("Noted: " + hint_text(c, h) + ".");
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

// Arrives at a node: shows its line, applies its effects, and follows choice-less nodes.
void arrive(const Campaign& c, RunState& s, const Dialogue& d, std::string node_id, CommandResult& r) {
  const Event& e = current_event(c, s);
  const Person* p = e.person(d.person);
  for (int hops = 0; hops < 64; ++hops) {
    const Node* n = d.find(node_id);
    if (n == nullptr || p == nullptr) {
      r.messages.push_back("(The conversation trails off: this dialogue has no line '" + node_id + "'.)");
      close_conversation(s, to_string(Outcome::CutShort), false);
      return;
    }
    s.conversation = Conversation{d.person, d.id, n->id};
    s.visited[d.id].insert(n->id);
    const Person* speaker = n->speaker.empty() ? p : e.person(n->speaker);
    if (!n->say.empty())
      r.messages.push_back((speaker ? name_of(*speaker) : n->speaker) + ": " + n->say);
    apply_effects(c, s, *p, n->effects, r, s.scored_nodes[d.id].insert(n->id).second);
    if (!n->choices.empty()) return;
    if (n->end) {
      close_conversation(s, to_string(*n->end), false);
      r.messages.push_back("(The conversation ends.)");
      return;
    }
    if (n->next.empty()) {
      close_conversation(s, to_string(Outcome::PartedPolitely), false);
      r.messages.push_back("(The conversation ends.)");
      return;
    }
    node_id = n->next;
  }
  r.messages.push_back("(The conversation goes round in circles, so you move on.)");
  close_conversation(s, to_string(Outcome::Awkward), false);
}

std::string in_conversation_reason(const Campaign& c, const RunState& s) {
  const Person* p = current_event(c, s).person(s.conversation->person);
  return "You're talking with " + (p ? name_of(*p) : s.conversation->person) +
         "; finish the conversation or 'leave' first.";
}

std::string phase_reason(const RunState& s) {
  if (s.phase == Phase::Finished) return "The run is over. Your results are written.";
  return "The event is over. You can 'follow-up <person>', 'invite <person> <kind>', or 'next'.";
}

// [SECTION] The commands -------------------------------------------------------------------------

CommandResult do_talk(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  const Event& e = current_event(c, s);
  const Person* p = e.person(cmd.args[0]);
  if (p == nullptr) return refuse(nobody(cmd.args[0]));
  if (s.conversation) {
    if (s.conversation->person == p->id) return refuse("You're already talking with " + name_of(*p) + ".");
    return refuse(in_conversation_reason(c, s));
  }
  if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(why);
  if (const Relationship& seen = peek(s, p->id); p->needs_introduction && !seen.introduced && !seen.met())
    return refuse("You need an introduction to " + name_of(*p) +
                  " first. Ask someone who knows them: 'ask-intro <person> " + p->id + "'.");
  const Dialogue* d = e.dialogue_for(p->id);
  if (d == nullptr) return refuse(name_of(*p) + " smiles, but has nothing to say yet (no dialogue is written for them).");
  CommandResult r;
  r.ok = true;
  Relationship& rel = s.rel(p->id);
  const std::string zone = where(e, *p, s.clock).value_or("");
  const bool walk = !zone.empty() && zone != s.zone;
  if (walk) s.zone = zone;
  if (rel.met() && rel.met_event < s.event_no()) {
    nudge(rel.rapport, 1);
    r.messages.push_back(name_of(*p) + " recognises you from last time.");
  }
  rel.met_event = s.event_no();
  auto cur = s.cursors.find(d->id);
  const std::string start = cur != s.cursors.end() ? cur->second : d->start;
  if (cur != s.cursors.end()) r.messages.push_back("You pick up where you left off.");
  arrive(c, s, *d, start, r);
  if (walk) advance(c, s, 1, r);
  return r;
}

CommandResult do_choose(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (!s.conversation) return refuse("You're not in a conversation. 'talk <person>' starts one.");
  const Event& e = current_event(c, s);
  const Dialogue* d = e.dialogue(s.conversation->dialogue);
  const Node* n = d ? d->find(s.conversation->node) : nullptr;
  const Person* p = e.person(s.conversation->person);
  if (d == nullptr || n == nullptr || p == nullptr) return refuse("This conversation can't go on; 'leave' it.");
  const auto views = visible_choices(c, s, *d, *n);
  if (views.empty()) return refuse("There is nothing to choose here.");
  if (cmd.number < 1 || cmd.number > static_cast<int>(views.size()))
    return refuse("There " + std::string(views.size() == 1 ? "is only 1 choice" : "are " + std::to_string(views.size()) + " choices") +
                  " here; pick a number from 1 to " + std::to_string(views.size()) + ".");
  const ChoiceView& v = views[static_cast<std::size_t>(cmd.number - 1)];
  if (!v.available) return refuse(v.reason);
  const Choice& ch = *v.choice;
  CommandResult r;
  r.ok = true;
  r.messages.push_back("You: " + ch.text);
  s.choices.push_back(ChoiceRecord{s.event_no(), s.clock, p->id, d->id, n->id, ch.id, ch.text, ch.coach});
  s.chosen[d->id].insert(ch.id);
  Relationship& rel = s.rel(p->id);
  if (reach_rung(rel, Rung::Acquaintance, s.event_no(), s.clock, "Spoke at " + e.title + "."))
    r.messages.push_back("You and " + name_of(*p) + " are acquainted now.");
  apply_effects(c, s, *p, ch.effects, r, s.scored_choices[d->id].insert(ch.id).second);
  const int minutes = ch.effects.minutes.value_or(e.minutes_per_exchange);
  if (ch.ask) {
    const bool yes = do_ask(c, s, *p, ch.ask->kind, true, r);
    if (yes) {
      if (ch.ask->kind == AskKind::FollowUp)
        agree_follow_up(s, p->id, ch.effects.follow_up ? ch.effects.follow_up->topic : ch.text,
                        name_of(*p), r);
      else
        rel.planned.push_back(ch.ask->kind);
    }
    arrive(c, s, *d, yes ? ch.ask->accepted : ch.ask->declined, r);
  } else if (ch.end) {
    close_conversation(s, to_string(*ch.end), false);
    r.messages.push_back("(The conversation ends.)");
  } else {
    arrive(c, s, *d, ch.next, r);
  }
  advance(c, s, minutes, r);
  return r;
}

CommandResult do_leave(const Campaign& c, RunState& s) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (!s.conversation) return refuse("You're not in a conversation.");
  const Person* p = current_event(c, s).person(s.conversation->person);
  Relationship& rel = s.rel(s.conversation->person);
  nudge(rel.rapport, -1);
  rel.memory.push_back(MemoryFact{"left-mid-conversation", s.event_no()});
  close_conversation(s, to_string(Outcome::CutShort), true);
  CommandResult r;
  r.ok = true;
  r.messages.push_back("You excuse yourself from " + (p ? name_of(*p) : std::string("the conversation")) +
                       ". Leaving mid-conversation costs a little warmth.");
  return r;
}

CommandResult do_wait(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (s.conversation) return refuse(in_conversation_reason(c, s));
  if (cmd.number > 240) return refuse("That's longer than any event; wait at most 240 minutes.");
  CommandResult r;
  r.ok = true;
  r.messages.push_back("You take a moment (" + std::to_string(cmd.number) + " minutes).");
  advance(c, s, cmd.number, r);
  return r;
}

CommandResult do_go(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (s.conversation) return refuse(in_conversation_reason(c, s));
  const Event& e = current_event(c, s);
  const Zone* z = nullptr;
  for (const auto& zone : e.room.zones)
    if (zone.id == cmd.args[0]) z = &zone;
  if (z == nullptr) return refuse("There's no part of the room called '" + cmd.args[0] + "'. 'look' lists them.");
  if (s.zone == z->id) return refuse("You're already at " + zone_label(e, z->id) + ".");
  CommandResult r;
  r.ok = true;
  s.zone = z->id;
  r.messages.push_back("You make your way to " + zone_label(e, z->id) + ".");
  advance(c, s, 1, r);
  return r;
}

CommandResult do_join(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (s.conversation) return refuse(in_conversation_reason(c, s));
  const Event& e = current_event(c, s);
  const Person* p = e.person(cmd.args[0]);
  if (p == nullptr) return refuse(nobody(cmd.args[0]));
  if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(why);
  const std::string zone = where(e, *p, s.clock).value_or("");
  CommandResult r;
  r.ok = true;
  s.zone = zone;
  std::string group;
  for (const auto& q : e.people) {
    if (q.id == p->id || !unavailable_reason(e, q, s.clock).empty()) continue;
    if (where(e, q, s.clock).value_or("") != zone || zone.empty()) continue;
    group += (group.empty() ? "" : ", ") + name_of(q);
  }
  r.messages.push_back("You join " + name_of(*p) + (group.empty() ? "" : " (with " + group + ")") +
                       " at " + zone_label(e, zone) + ".");
  advance(c, s, 1, r);
  return r;
}

CommandResult do_ask_intro(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  const Event& e = current_event(c, s);
  const Person* a = e.person(cmd.args[0]);
  const Person* b = e.person(cmd.args[1]);
  if (a == nullptr) return refuse(nobody(cmd.args[0]));
  if (b == nullptr) return refuse(nobody(cmd.args[1]));
  if (a == b) return refuse("Ask one person to introduce you to someone else.");
  if (s.conversation && s.conversation->person != a->id) return refuse(in_conversation_reason(c, s));
  if (auto why = unavailable_reason(e, *a, s.clock); !why.empty()) return refuse(why);
  const Relationship& ra = peek(s, a->id);
  if (ra.met_event != s.event_no()) return refuse("Speak with " + name_of(*a) + " first; then ask for the introduction.");
  if (ra.rapport < 1)
    return refuse(name_of(*a) + " doesn't know you well enough yet to introduce you (rapport 1 needed; now " +
                  std::to_string(ra.rapport) + ").");
  const Acquaintance* k = nullptr;
  for (const auto& x : a->knows)
    if (x.person == b->id) k = &x;
  if (k == nullptr) return refuse(name_of(*a) + " doesn't know " + name_of(*b) + ".");
  if (k->opinion < 0) return refuse(name_of(*a) + " would rather not introduce you to " + name_of(*b) + ".");
  if (peek(s, b->id).introduced || peek(s, b->id).met()) return refuse("You and " + name_of(*b) + " have already met.");
  if (auto why = unavailable_reason(e, *b, s.clock); !why.empty()) return refuse(why);
  CommandResult r;
  r.ok = true;
  make_introduction(c, s, *a, b->id, r);
  advance(c, s, 2, r);
  return r;
}

CommandResult do_introduce(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  if (s.conversation) return refuse(in_conversation_reason(c, s));
  const Event& e = current_event(c, s);
  const Person* a = e.person(cmd.args[0]);
  const Person* b = e.person(cmd.args[1]);
  if (a == nullptr) return refuse(nobody(cmd.args[0]));
  if (b == nullptr) return refuse(nobody(cmd.args[1]));
  if (a == b) return refuse("Introduce two different people.");
  for (const Person* p : {a, b}) {
    if (auto why = unavailable_reason(e, *p, s.clock); !why.empty()) return refuse(why);
    const Relationship& rel = peek(s, p->id);
    if (!rel.met()) return refuse("You haven't spoken with " + name_of(*p) + " yet, so you can't introduce them.");
    if (rel.rapport < 1)
      return refuse("You'd need a little rapport with " + name_of(*p) + " to introduce them (rapport 1; now " +
                    std::to_string(rel.rapport) + ").");
  }
  auto pair = std::minmax(a->id, b->id);
  if (s.introduced_pairs.count({pair.first, pair.second}))
    return refuse("You've already introduced " + name_of(*a) + " and " + name_of(*b) + ".");
  for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}})
    for (const auto& k : x->knows)
      if (k.person == y->id) return refuse(name_of(*a) + " and " + name_of(*b) + " already know each other.");
  auto match = [](const Person& x, const Person& y) -> std::string {
    for (const auto& n : x.needs)
      for (const auto& h : y.holds)
        if (n.item == h.item) return name_of(x) + " needs " + (h.label.empty() ? readable(h.item) : h.label) +
                                     ", which " + name_of(y) + " has";
    return {};
  };
  std::string why = match(*a, *b);
  if (why.empty()) why = match(*b, *a);
  CommandResult r;
  r.ok = true;
  s.introduced_pairs.insert({pair.first, pair.second});
  IntroductionRecord rec{s.event_no(), s.clock, a->id, b->id, !why.empty(), why};
  for (const Person* p : {a, b}) {
    Relationship& rel = s.rel(p->id);
    if (rec.good_match) {
      nudge(rel.regard, 1);
      nudge(rel.rapport, 1);
      rel.memory.push_back(MemoryFact{"introduced-someone-useful", s.event_no()});
    } else {
      nudge(rel.regard, -1);
      rel.memory.push_back(MemoryFact{"introduced-poor-match", s.event_no()});
    }
  }
  if (rec.good_match) {
    add_value(s, "introduction", 5);
    add_enjoyment(s, 1);
    r.messages.push_back("You introduce " + name_of(*a) + " and " + name_of(*b) + ". A good match: " + why +
                         ". They both think better of you for it.");
  } else {
    rec.why = "neither needs what the other has";
    add_enjoyment(s, -1);
    r.messages.push_back("You introduce " + name_of(*a) + " and " + name_of(*b) +
                         ". The talk stalls: neither needs what the other has. Next time, listen for a need first.");
  }
  s.introductions.push_back(rec);
  advance(c, s, 2, r);
  return r;
}

CommandResult do_invite(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase == Phase::Finished) return refuse(phase_reason(s));
  const Person* p = find_person(c, s, cmd.args[0]);
  if (p == nullptr) return refuse(nobody(cmd.args[0]));
  const Relationship& seen = peek(s, p->id);
  CommandResult r;
  r.ok = true;
  if (s.phase == Phase::Event) {
    if (!s.conversation || s.conversation->person != p->id)
      return refuse("Invite " + name_of(*p) + " while you're talking with them: 'talk " + p->id + "' first.");
    if (seen.ask_cooldown_until > s.minutes_played)
      return refuse("You asked " + name_of(*p) + " something a moment ago; give it a little time.");
    Relationship& rel = s.rel(p->id);
    if (do_ask(c, s, *p, cmd.kind, true, r)) {
      rel.planned.push_back(cmd.kind);
      r.messages.push_back("It's a date: you'll meet after the event.");
    }
    advance(c, s, current_event(c, s).minutes_per_exchange, r);
    return r;
  }
  if (!seen.met()) return refuse("You haven't met " + name_of(*p) + " yet.");
  if (seen.asked_in_phase == s.event_no())
    return refuse("You've already asked " + name_of(*p) + " this time; leave it until after the next event.");
  if (do_ask(c, s, *p, cmd.kind, false, r)) happen(c, s, *p, cmd.kind, r);
  return r;
}

CommandResult do_follow_up(const Campaign& c, RunState& s, const Command& cmd) {
  if (s.phase == Phase::Event)
    return refuse("Follow-ups happen after the event. Agree one in conversation, then 'end' the event.");
  if (s.phase == Phase::Finished) return refuse(phase_reason(s));
  const Person* p = find_person(c, s, cmd.args[0]);
  if (p == nullptr) return refuse(nobody(cmd.args[0]));
  AgreedFollowUp* f = nullptr;
  for (auto& x : s.follow_ups)
    if (x.person == p->id && !x.done && !x.lapsed && f == nullptr) f = &x;
  if (f == nullptr)
    return refuse("You haven't agreed a follow-up with " + name_of(*p) +
                  ". Follow-ups are agreed in conversation during an event.");
  CommandResult r;
  r.ok = true;
  f->done = true;
  Relationship& rel = s.rel(p->id);
  rel.contact_phase = s.event_no();
  nudge(rel.standing_regard, 1);
  rel.memory.push_back(MemoryFact{"kept-promise", s.event_no()});
  add_value(s, "follow-up", 3);
  add_enjoyment(s, 1);
  const std::string how = "Followed up on " + f->topic + " after " + current_event(c, s).title + ".";
  r.messages.push_back("You follow up with " + name_of(*p) + " about " + f->topic + ", as promised.");
  if (reach_rung(rel, Rung::Purposeful, s.event_no(), s.clock, how))
    r.messages.push_back("You and " + name_of(*p) + " now have a purposeful working relationship.");
  return r;
}

CommandResult do_end(const Campaign& c, RunState& s) {
  if (s.phase != Phase::Event) return refuse(phase_reason(s));
  CommandResult r;
  r.ok = true;
  if (s.conversation) {
    const Person* p = current_event(c, s).person(s.conversation->person);
    r.messages.push_back("You excuse yourself from " + (p ? name_of(*p) : std::string("the conversation")) + ".");
    close_conversation(s, to_string(Outcome::PartedPolitely), false);
  }
  r.messages.push_back("You say your goodbyes: " + current_event(c, s).title + " is over for you.");
  end_event(c, s, r, true);
  return r;
}

CommandResult do_next(const Campaign& c, RunState& s) {
  if (s.phase == Phase::Event) return refuse("The event is still going. 'end' it first.");
  if (s.phase == Phase::Finished) return refuse(phase_reason(s));
  CommandResult r;
  r.ok = true;
  for (auto& f : s.follow_ups) {
    if (f.done || f.lapsed) continue;
    f.lapsed = true;
    Relationship& rel = s.rel(f.person);
    rel.memory.push_back(MemoryFact{"promise-not-kept", s.event_no()});
    nudge(rel.standing_regard, -1);
    const Person* p = find_person(c, s, f.person);
    r.messages.push_back("You never followed up with " + (p ? name_of(*p) : f.person) + " about " + f.topic +
                         ". They'll remember that.");
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
    r.messages.push_back("That was the last event. Well done: your debrief is ready.");
    return r;
  }
  s.step += 1;
  begin_event(c, s);
  const Event& e = current_event(c, s);
  // The brief itself is the front-ends' to show, once, as the player walks in.
  r.messages.push_back("On to " + e.title + " (" + clock_text(e.starts) + " to " + clock_text(e.ends) + ").");
  return r;
}

}  // namespace

// [SECTION] Running ------------------------------------------------------------------------------

RunState start_run(const Campaign& c, std::uint64_t seed) {
  RunState s;
  s.seed = seed;
  s.rng = Rng(seed);
  s.step = 0;
  begin_event(c, s);
  return s;
}

CommandResult check(const Campaign& c, const RunState& s, const Command& cmd) {
  RunState scratch = s;
  CommandResult r = apply(c, scratch, cmd);
  r.messages.clear();
  r.after_event.clear();
  return r;
}

CommandResult apply(const Campaign& c, RunState& s, const Command& cmd) {
  if (c.steps.empty()) return refuse("There is no event to play.");
  for (const auto& w : kVerbs)
    if (w.verb == cmd.verb && cmd.args.size() < static_cast<std::size_t>(w.ids))
      return refuse(std::string("Write it as: ") + usage(cmd.verb) + ".");
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
  if (r.ok) s.commands.push_back(to_text(cmd));
  return r;
}

void stop_run(const Campaign& c, RunState& s, const std::string& why) {
  if (s.phase == Phase::Finished || c.steps.empty()) return;
  CommandResult ignored;
  if (s.phase == Phase::Event) end_event(c, s, ignored, false);
  s.phase = Phase::Finished;
  s.stopped_because = why;
}

}  // namespace mingle::sim
