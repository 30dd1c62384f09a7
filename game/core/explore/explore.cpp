#include "core/explore/explore.h"

#include "core/explore/bound.h"
#include "core/explore/visited.h"

#include "core/sim/commands.h"
#include "core/sim/tuning.h"
#include "core/sim/conversation.h"
#include "core/sim/debrief.h"
#include "core/sim/relationship.h"

#include <regex>
#include <sstream>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <functional>
#include <set>
#include <unordered_map>
#include <tuple>
#include <unordered_set>

namespace mingle::explore {

const char* to_string(Verdict v) {
  switch (v) {
    case Verdict::Reachable: return "reachable";
    case Verdict::Unreachable: return "unreachable";
    case Verdict::Undecided: return "undecided";
  }
  return "";
}

std::size_t Report::undecided() const {
  return static_cast<std::size_t>(std::count_if(questions.begin(), questions.end(),
                                                [](const Question& q) { return q.verdict == Verdict::Undecided; }));
}

bool Report::searches_complete() const {
  return std::all_of(events.begin(), events.end(), [](const EventReport& e) { return e.complete; });
}

namespace {

using sim::Command;
using sim::make_command;
using sim::RunState;
using sim::Verb;
using Clock = std::chrono::steady_clock;

constexpr int kLowRoll = sim::tuning::kLowestRoll, kHighRoll = sim::tuning::kHighestRoll;  // sim::ask_roll's ends

// [SECTION] The memo key: what the rules read ---------------------------------------------------

// Writes a state's fingerprint a 64-bit word at a time: a string as its length and its bytes in
// words, a number as one word; two independent mixes, folded together at the end.
class KeyWriter {
 public:
  void put(const std::string& s) {
    word(s.size() | (1ULL << 63));  // the length marks where a string ends, and that it is one
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      word(w);
    }
    if (i < s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, s.size() - i);
      word(w);
    }
  }
  void put(long long v) { word(static_cast<std::uint64_t>(v)); }
  // The state's 64-bit fingerprint: both mixes, folded (splitmix64's finaliser).
  std::uint64_t fingerprint() const {
    std::uint64_t x = h1_ ^ (h2_ * 0x9e3779b97f4a7c15ULL);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
  }

 private:
  void word(std::uint64_t w) {
    h1_ = (h1_ ^ w) * 0x100000001b3ULL;           // FNV-1a's step, a word at a time
    h1_ ^= h1_ >> 32;
    h2_ = (h2_ + w + 1) * 0xff51afd7ed558ccdULL;  // a second, unrelated mix
    h2_ ^= h2_ >> 29;
  }
  std::uint64_t h1_ = 0xcbf29ce484222325ULL;
  std::uint64_t h2_ = 0x243f6a8885a308d3ULL;
};

// The ids in the run's per-dialogue sets that some rule can read: nodes a `visited()` names;
// choices a `chose()` names or that are once-only; nodes and choices whose effects count only
// the first time (numbers and memories). The rest of those sets is left out of the key.
struct Relevant {
  std::set<std::string> visited, chosen, scored_nodes, scored_choices;  // "dialogue/id"
};

using IdSets = std::map<std::string, std::set<std::string>>;

bool counts_once(const Effects& fx, bool with_scores) {
  return fx.regard != 0 || fx.rapport != 0 || !fx.remember.empty() ||
         (with_scores && (fx.enjoyment != 0 || fx.value != 0));
}

Relevant relevant_ids(const Campaign& c, bool with_scores) {
  Relevant r;
  for (const auto& step : c.steps)
    for (const auto& d : step.event.dialogues)
      for (const auto& n : d.nodes) {
        if (counts_once(n.effects, with_scores)) r.scored_nodes.insert(d.id + "/" + n.id);
        for (const auto& ch : n.choices) {
          if (ch.once) r.chosen.insert(d.id + "/" + ch.id);
          if (counts_once(ch.effects, with_scores)) r.scored_choices.insert(d.id + "/" + ch.id);
          for (const auto& ref : ch.condition.references()) {
            if (ref.is_call && ref.name == "visited") r.visited.insert(d.id + "/" + ref.arg);
            if (ref.is_call && ref.name == "chose") r.chosen.insert(d.id + "/" + ref.arg);
          }
        }
      }
  return r;
}

// Everything in a run that a rule can read, except the clock itself: only the stretch of the
// evening it falls in (between two moments the content or the rules tell apart: a slot
// starting, a `time_left` or `minutes_elapsed` threshold, the last ten minutes when asks get
// harder). Within one stretch an earlier clock can do all a later one can (the player may
// wait), so the search keeps, for each key, the earliest clock it reached it at. Records (commands, choices, asks, curves, missed)
// and the generator (the explorer fixes the dice) are left out. Enjoyment and value are kept
// only when some expression of the campaign reads them.
std::uint64_t state_key(const RunState& s, const Relevant& keep, bool with_scores, int clock_class) {
  KeyWriter w;
  w.put(static_cast<long long>(s.step));
  w.put(static_cast<long long>(s.phase));
  w.put(clock_class);
  w.put(s.zone);
  if (s.conversation) {
    w.put(s.conversation->dialogue);
    w.put(s.conversation->node);
  } else {
    w.put(std::string("-"));
  }
  w.put(static_cast<long long>(s.cursors.size()));
  for (const auto& [k, v] : s.cursors) {
    w.put(k);
    w.put(v);
  }
  // The kept part of each per-dialogue set, written without building it (this is the hot path).
  std::string buf;
  auto put_projected = [&](const IdSets& m, const std::set<std::string>& kept) {
    for (const auto& [d, ids] : m) {
      bool named = false;
      for (const auto& id : ids) {
        buf.assign(d);
        buf += '/';
        buf += id;
        if (!kept.count(buf)) continue;
        if (!named) w.put(d);
        named = true;
        w.put(id);
      }
      if (named) w.put(std::string("|"));
    }
    w.put(std::string("||"));
  };
  put_projected(s.visited, keep.visited);
  put_projected(s.chosen, keep.chosen);
  put_projected(s.scored_nodes, keep.scored_nodes);
  put_projected(s.scored_choices, keep.scored_choices);
  w.put(static_cast<long long>(s.flags.size()));
  for (const auto& [k, v] : s.flags) {
    w.put(k);
    w.put(v);
  }
  for (const auto& h : s.learned) w.put(h);
  w.put(std::string("|items"));
  std::vector<const std::string*> items;
  items.reserve(s.items.size());
  for (const auto& a : s.items) items.push_back(&a.item);
  std::sort(items.begin(), items.end(), [](const std::string* x, const std::string* y) { return *x < *y; });
  for (const auto* i : items) w.put(*i);
  w.put(std::string("|people"));
  for (const auto& [id, r] : s.people) {
    w.put(id);
    w.put(r.regard);
    w.put(r.rapport);
    w.put(r.standing_regard);
    w.put(r.standing_rapport);
    w.put(r.familiarity);
    w.put(r.met_event);
    w.put(r.introduced ? 1 : 0);
    // Memories as what is remembered and how often, counted to three: remembers() asks only
    // whether, and an ask weighs at most three of a kind that can repeat within an event.
    std::vector<const sim::MemoryFact*> mem;
    mem.reserve(r.memory.size());
    for (const auto& m : r.memory) mem.push_back(&m);
    std::sort(mem.begin(), mem.end(), [](const sim::MemoryFact* x, const sim::MemoryFact* y) {
      return std::tie(x->tag, x->event_no) < std::tie(y->tag, y->event_no);
    });
    for (std::size_t i = 0; i < mem.size();) {
      std::size_t j = i;
      while (j < mem.size() && mem[j]->tag == mem[i]->tag && mem[j]->event_no == mem[i]->event_no) ++j;
      w.put(mem[i]->tag);
      w.put(mem[i]->event_no);
      w.put(static_cast<long long>(std::min<std::size_t>(j - i, 3)));
      i = j;
    }
    w.put(static_cast<long long>(r.rung()));
    w.put(std::max(0, r.ask_cooldown_until - s.minutes_played));
    w.put(r.awkward_event);
    w.put(r.asked_in_phase);
    w.put(r.contact_phase);
    for (AskKind k : r.planned) w.put(static_cast<long long>(k));
    w.put(std::string("|"));
  }
  w.put(std::string("|follow"));
  for (const auto& f : s.follow_ups) {
    w.put(f.person);
    w.put(f.topic);
    w.put(f.event_no);
    w.put((f.done ? 1 : 0) + (f.lapsed ? 2 : 0));
  }
  w.put(std::string("|pairs"));
  for (const auto& [a, b] : s.introduced_pairs) {
    w.put(a);
    w.put(b);
  }
  w.put(std::string("|tonight"));
  for (const auto& [a, b] : s.introduced_this_event) {
    w.put(a);
    w.put(b);
  }
  if (with_scores) {
    w.put(s.enjoyment);
    w.put(s.value);
  }
  return w.fingerprint();
}

// The debrief the game keeps for each ended event is for the player's eyes; no rule reads it.
// The explorer puts an empty one in its place, so the game does not write one for every end it
// tries (it did, at the first command after each: 8 % of the search).
void no_debrief(RunState& s) {
  static const auto kNone = std::make_shared<const sim::DebriefView>();
  if (s.phase == sim::Phase::Event || s.event_no() < 1) return;
  const auto at = static_cast<std::size_t>(s.event_no() - 1);
  if (s.debriefs_shown.size() <= at) s.debriefs_shown.resize(at + 1);
  if (!s.debriefs_shown[at]) s.debriefs_shown[at] = kNone;
}

// Records grow along a path and no rule reads them; dropping them keeps copies cheap.
void drop_records(RunState& s) {
  s.commands.clear();
  s.choices.clear();
  s.asks.clear();
  s.introductions.clear();
  s.enjoyment_curve.clear();
  s.value_curve.clear();
  s.missed.clear();
  s.stuck.clear();
}

bool campaign_reads_scores(const Campaign& c) {
  bool reads = false;
  auto look = [&](const Expr& e) {
    for (const auto& r : e.references())
      if (!r.is_call && (r.name == "enjoyment" || r.name == "value")) reads = true;
  };
  for (const auto& step : c.steps) {
    for (const auto& p : step.event.people)
      for (const auto& h : p.holds) look(h.shared_when);
    for (const auto& d : step.event.dialogues)
      for (const auto& n : d.nodes)
        for (const auto& ch : n.choices) look(ch.condition);
  }
  return reads;
}

std::string strip_note(const std::string& command, std::optional<bool>& answer) {
  answer.reset();
  const auto hash = command.find('#');
  if (hash == std::string::npos) return command;
  const std::string note = command.substr(hash + 1);
  if (note.find("yes") != std::string::npos) answer = true;
  else if (note.find("no") != std::string::npos) answer = false;
  std::string cmd = command.substr(0, hash);
  while (!cmd.empty() && cmd.back() == ' ') cmd.pop_back();
  return cmd;
}

// For each person, paths from the campaign's start to something reached with them in an earlier
// event (the witnesses found there): the histories a later conversation with them may need.
// The history's entry for an item: the witnesses that it was held.
std::string item_key(const std::string& item) { return "\x01item:" + item; }

struct Past {
  Path path;
  const Choice* choice = nullptr;  // a choice taken: what it did (for whom else it matters)
};
using History = std::map<std::string, std::vector<Past>>;

// Whether taking a choice agrees a follow-up (by its effects, or an ask for one).
bool promises(const Choice& ch) {
  return ch.effects.follow_up.has_value() || (ch.ask && ch.ask->kind == AskKind::FollowUp);
}

// How many conversations the explorer has started with a person in this event, kept among the
// run's flags under a name no author can write (a flag name starts with a letter), so that it
// is part of the memo key and costs nothing to copy. Cleared between events.
std::string talk_count_flag(const std::string& person) { return "\x01talks:" + person; }

void clear_talk_counts(RunState& s) {
  for (auto it = s.flags.begin(); it != s.flags.end();)
    it = it->first.rfind("\x01", 0) == 0 ? s.flags.erase(it) : std::next(it);
}

bool good_match(const Person& x, const Person& y) {
  for (const auto& n : x.needs)
    for (const auto& h : y.holds)
      if (n.item == h.item) return true;
  return false;
}

// [SECTION] What each conversation reads ------------------------------------------------------------

// Who can change what a person's conversation reads: for each person, the facts their dialogue's
// conditions (and the shared_when of what they hold, and their assumptions) read; for each fact,
// whose conversations write it. A search aimed at one person starts from the points where
// someone else wrote what they read.
class Influence {
 public:
  Influence(const Event& e, bool with_scores) {
    for (const auto& p : e.people) {
      auto& reads = reads_[p.id];
      const Dialogue* d = e.dialogue_for(p.id);
      auto read_expr = [&](const Expr& x) {
        for (const auto& r : x.references()) {
          if (r.is_call) {
            if (r.name == "learned") reads.insert("hint:" + r.arg);
            else if (r.name == "has") reads.insert("item:" + r.arg);
            else if (r.name == "met" || r.name == "followed_up" || r.name == "introduced" || r.name == "knows" ||
                     r.name == "knew")
              reads.insert("person:" + r.arg);
          } else if (r.name == "enjoyment" || r.name == "value") {
            reads.insert("scores");
          } else {
            reads.insert("flag:" + r.name);
          }
        }
      };
      for (const auto& h : p.holds) read_expr(h.shared_when);
      if (p.needs_introduction) reads.insert("intro:" + p.id);
      if (d == nullptr) continue;
      for (const auto& n : d->nodes) {
        read_expr(n.assumes);
        write(p.id, n.effects);
        for (const auto& ch : n.choices) {
          read_expr(ch.condition);
          read_expr(ch.assumes);
          for (const auto& h : ch.requires_.learned) reads.insert("hint:" + h);
          for (const auto& i : ch.requires_.has) reads.insert("item:" + i);
          for (const auto& f : ch.requires_.flags) reads.insert("flag:" + f);
          if (ch.requires_.regard || ch.requires_.rapport) reads.insert("intro-partner:" + p.id);
          write(p.id, ch.effects);
        }
      }
    }
    for (const auto& a : e.people) {
      writers_["person:" + a.id].insert(a.id);
      if (with_scores) writers_["scores"].insert(a.id);
      for (const auto& k : a.knows) writers_["intro:" + k.person].insert(a.id);
      for (const auto& b : e.people)
        if (a.id != b.id && (good_match(a, b) || good_match(b, a))) writers_["intro-partner:" + a.id].insert(b.id);
    }
  }

  bool writes(const std::string& writer, const std::string& fact) const {
    auto w = writers_.find(fact);
    return w != writers_.end() && w->second.count(writer) > 0;
  }
  bool reads(const std::string& reader, const std::string& fact) const {
    auto r = reads_.find(reader);
    return r != reads_.end() && r->second.count(fact) > 0;
  }
  // Whether these effects write something `reader`'s conversation reads.
  // (A follow-up agreed is read through followed_up(person): see promises().)
  bool matters(const std::string& reader, const Effects& fx) const {
    auto r = reads_.find(reader);
    if (r == reads_.end()) return false;
    auto reads = [&](const std::string& fact) { return r->second.count(fact) > 0; };
    for (const auto& h : fx.learn)
      if (reads("hint:" + h)) return true;
    for (const auto& i : fx.gain)
      if (reads("item:" + i)) return true;
    for (const auto& [f, v] : fx.set)
      if (reads("flag:" + f)) return true;
    return fx.introduce_to && reads("intro:" + *fx.introduce_to);
  }

  // The people in groups whose conversations cannot touch each other's: two are together when
  // one's conversation reads something the other's writes (a hint, an item, a flag, whether they
  // met or were introduced), when one can introduce the other or be introduced to them, or when
  // one holds an item the other's conversation asks about. Empty when everyone must be searched
  // together: a conversation reads a flag no line sets (a number the rules keep, such as
  // promises_kept), or the scores.
  std::vector<std::set<std::string>> groups(const Event& e) const {
    std::map<std::string, std::string> parent;
    for (const auto& p : e.people) parent[p.id] = p.id;
    auto find = [&](std::string x) {
      while (parent[x] != x) x = parent[x];
      return x;
    };
    auto join = [&](const std::string& a, const std::string& b) {
      if (!parent.count(a) || !parent.count(b)) return;
      const std::string ra = find(a), rb = find(b);
      if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
    };
    for (const auto& [reader, facts] : reads_)
      for (const auto& fact : facts) {
        if (fact == "scores") return {};
        auto w = writers_.find(fact);
        const bool written = w != writers_.end() && !w->second.empty();
        if (fact.rfind("flag:", 0) == 0 && !written) return {};
        if (written)
          for (const auto& writer : w->second) join(reader, writer);
        if (fact.rfind("item:", 0) == 0)
          for (const auto& p : e.people)
            for (const auto& h : p.holds)
              if ("item:" + h.item == fact) join(reader, p.id);
      }
    for (const auto& a : e.people) {
      for (const auto& k : a.knows) join(a.id, k.person);
      for (const auto& b : e.people)
        if (a.id != b.id && (good_match(a, b) || good_match(b, a))) join(a.id, b.id);
    }
    std::map<std::string, std::set<std::string>> by_root;
    for (const auto& p : e.people) by_root[find(p.id)].insert(p.id);
    std::vector<std::set<std::string>> out;
    for (auto& [root, members] : by_root) out.push_back(std::move(members));
    return out;
  }

 private:
  std::map<std::string, std::set<std::string>> reads_, writers_;
  void write(const std::string& p, const Effects& fx) {
    for (const auto& h : fx.learn) writers_["hint:" + h].insert(p);
    for (const auto& i : fx.gain) writers_["item:" + i].insert(p);
    for (const auto& [f, v] : fx.set) writers_["flag:" + f].insert(p);
    if (fx.introduce_to) writers_["intro:" + *fx.introduce_to].insert(p);
  }
};

// [SECTION] One event's search -------------------------------------------------------------------

// The search's tree of moves, for witnesses: each state reached is one entry, its parent's index
// and its move (the command's text, kept once and named by number). Eight bytes a state.
struct Tree {
  struct Entry {
    int parent = -1;
    std::uint32_t command = 0;  // in commands; 0 is the root's empty command
  };
  std::vector<Entry> entries;
  std::vector<std::string> commands{std::string()};
  std::unordered_map<std::string, std::uint32_t> numbers{{std::string(), 0}};
  std::map<int, Path> prefixes;  // a root's path from the campaign's start
  int add(int parent, const std::string& command) {
    auto [it, fresh] = numbers.emplace(command, static_cast<std::uint32_t>(commands.size()));
    if (fresh) commands.push_back(command);
    entries.push_back({parent, it->second});
    return static_cast<int>(entries.size()) - 1;
  }
  int root(Path prefix) {
    const int idx = add(-1, "");
    prefixes[idx] = std::move(prefix);
    return idx;
  }
  // The commands from the event's arrival.
  Path path(int idx) const {
    Path out;
    for (int i = idx; i >= 0; i = entries[static_cast<std::size_t>(i)].parent)
      if (entries[static_cast<std::size_t>(i)].command != 0) out.push_back(commands[entries[static_cast<std::size_t>(i)].command]);
    std::reverse(out.begin(), out.end());
    return out;
  }
  // The commands from the campaign's start.
  Path full_path(int idx) const {
    int i = idx;
    while (i >= 0 && entries[static_cast<std::size_t>(i)].parent >= 0) i = entries[static_cast<std::size_t>(i)].parent;
    Path out;
    auto it = prefixes.find(i);
    if (it != prefixes.end()) out = it->second;
    for (auto& c : path(idx)) out.push_back(std::move(c));
    return out;
  }
  std::size_t bytes() const { return entries.capacity() * sizeof(Entry); }
};

class EventSearch {
 public:
  EventSearch(const Campaign& c, std::size_t step, const Budget& budget, bool with_scores, const Relevant& relevant,
              const Relevant& held, const Bound& bound)
      : c_(c), step_(step), e_(c.steps[step].event), budget_(budget), with_scores_(with_scores), relevant_(relevant), held_(held),
        bound_(bound), influence_(c.steps[step].event, with_scores) {
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes) {
        for (const auto& ch : n.choices) {
          if (ch.requires_.empty() && ch.condition.empty()) continue;
          Choice only = ch;  // the condition alone: no once, gift, ask or author's reason
          only.once = false;
          only.effects = Effects{};
          only.ask.reset();
          only.unavailable.clear();
          conditions_[&ch] = std::move(only);
        }
      }
    // The moments the content or the rules tell apart (see state_key).
    auto reads_time = [&](const Expr& x) {
      for (const auto& r : x.references())
        if (!r.is_call && (r.name == "time_left" || r.name == "minutes_elapsed")) exact_clock_ = true;
    };
    for (const auto& slot : e_.slots) boundaries_.push_back(slot.from);
    boundaries_.push_back(e_.ends - 9);  // an ask in the last ten minutes is harder
    for (const auto& p : e_.people)
      for (const auto& h : p.holds) reads_time(h.shared_when);
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes)
        for (const auto& ch : n.choices) {
          reads_time(ch.condition);
          if (ch.requires_.time_left) boundaries_.push_back(e_.ends - *ch.requires_.time_left + 1);
        }
    std::sort(boundaries_.begin(), boundaries_.end());
    boundaries_.erase(std::unique(boundaries_.begin(), boundaries_.end()), boundaries_.end());
    // The pairs worth introducing: a good match, or a poor one where one's conversation asks
    // whether they know the other. Found once here, not at every state.
    for (std::size_t i = 0; i < e_.people.size(); ++i)
      for (std::size_t j = i + 1; j < e_.people.size(); ++j) {
        const Person& a = e_.people[i];
        const Person& b = e_.people[j];
        if (good_match(a, b) || good_match(b, a) || influence_.reads(a.id, "person:" + b.id) ||
            influence_.reads(b.id, "person:" + a.id))
          pairs_.emplace_back(&a, &b);
      }
  }

  // Runs the search from the given arrivals (states at the start of this event, with the path
  // that led there from the campaign's start, which is not counted in this event's paths).
  void run(const std::vector<RunState>& arrivals, const std::vector<Path>& prefixes, const History& history,
           EventReport& out) {
    const auto t0 = Clock::now();
    started_ = t0;
    prefixes_ = prefixes;
    starts_ = arrivals;
    for (auto& s : starts_) drop_records(s);
    // Breadth first from the arrivals: among everyone, or one group at a time when the people
    // fall into groups whose conversations cannot touch each other's (Influence::groups). Then
    // a line of one group is reached in some run exactly when it is reached in a run that talks
    // only to that group: the others' talks change nothing it reads, and only spend minutes
    // (the earliest minute of each state is kept, and waiting is a move), so the work grows with
    // the number of groups, not as their product.
    complete_ = true;
    std::vector<std::set<std::string>> groups;
    if (!exact_clock_ && !with_scores_) groups = influence_.groups(e_);
    if (groups.size() < 2) groups.clear();
    const bool by_groups = !groups.empty();
    std::size_t states = 0, visited_bytes = 0;
    auto search = [&](const std::set<std::string>* only) {
      only_ = only;
      Memo seen;
      std::deque<std::pair<RunState, int>> queue;
      for (std::size_t i = 0; i < arrivals.size(); ++i) {
        RunState s = arrivals[i];
        slim(s);
        if (!novel(s, seen)) continue;
        const int idx = root(i);
        observe(s, idx);
        queue.emplace_back(std::move(s), idx);
      }
      while (!queue.empty()) {
        if (states + seen.size() >= budget_.max_states) {
          complete_ = false;
          out.cut_short_by = "states";
          break;
        }
        // The clock at every state: one expansion of a big event can take milliseconds, so
        // checking only now and then overran a short budget many times over.
        if (std::chrono::duration<double>(Clock::now() - t0).count() > budget_.max_seconds) {
          complete_ = false;
          out.cut_short_by = "time";
          break;
        }
        auto [s, idx] = std::move(queue.front());
        queue.pop_front();
        expand(s, idx, seen, [&](RunState&& next, int next_idx) { queue.emplace_back(std::move(next), next_idx); });
      }
      states += seen.size();
      visited_bytes += seen.bytes();
      only_ = nullptr;
    };
    if (!by_groups) search(nullptr);
    for (const auto& g : groups) {
      if (!complete_) break;
      search(&g);
    }
    out.groups = by_groups ? groups.size() : 1;
    out.states = states;
    out.visited_bytes = visited_bytes;
    out.tree_bytes = tree_.bytes();
    const bool trace = std::getenv("MINGLE_EXPLORE_TRACE") != nullptr;
    auto lap = [&, last = t0](const char* what) mutable {
      if (!trace) return;
      const auto now = Clock::now();
      std::fprintf(stderr, "%s: %s %.2f s\n", e_.id.c_str(), what, std::chrono::duration<double>(now - last).count());
      last = now;
    };
    lap("breadth first");
    if (complete_)
      for (std::size_t i = 0; i < arrivals.size(); ++i) tour(i, order(0, false, 1));
    lap("tours");
    // What the searches above left open (even a complete one: it talks to each person at most
    // Budget::max_talks times, and walks away only where a closed choice could open).
    personal(history, out);
    carried(history);
    lap("one person at a time");
    sour(out);
    lap("walking away");
    if (timed_out_) out.cut_short_by = "time";
    out.complete = complete_;
    out.seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    report(out);
  }

 private:
  const Campaign& c_;
  std::size_t step_;
  const Event& e_;
  Budget budget_;
  bool with_scores_;
  const Relevant& relevant_;
  // What a state keeps of its per-dialogue sets: the ids some rule reads (relevant_) and, of
  // the scored ones, also those whose scores count once (the report's ranges add them up).
  const Relevant& held_;
  // A new state made smaller before it is kept: its records dropped (drop_records), and the ids
  // no rule reads taken out of its per-dialogue sets, so that every copy of it is cheaper.
  void slim(RunState& s) const {
    drop_records(s);
    std::string buf;
    auto keep_only = [&](IdSets& m, const std::set<std::string>& kept) {
      for (auto it = m.begin(); it != m.end();) {
        auto& ids = it->second;
        for (auto jt = ids.begin(); jt != ids.end();) {
          buf.assign(it->first);
          buf += '/';
          buf += *jt;
          jt = kept.count(buf) ? std::next(jt) : ids.erase(jt);
        }
        it = ids.empty() ? m.erase(it) : std::next(it);
      }
    };
    keep_only(s.visited, held_.visited);
    keep_only(s.chosen, held_.chosen);
    keep_only(s.scored_nodes, held_.scored_nodes);
    keep_only(s.scored_choices, held_.scored_choices);
    // Sentences and tallies for the debrief and the results file, which no rule reads.
    s.value_by_kind.clear();
    for (auto& [id, rel] : s.people)
      for (auto& step : rel.rungs) step.how.clear();
  }
  const Bound& bound_;
  Influence influence_;
  const std::set<std::string>* only_ = nullptr;  // a search aimed at one person talks only to them
  bool complete_ = true;
  using Memo = Visited;  // each state's fingerprint -> the earliest clock it was reached at
  std::vector<int> boundaries_;
  std::vector<std::pair<const Person*, const Person*>> pairs_;  // worth introducing (see the constructor)
  bool exact_clock_ = false;  // an expression reads the clock: every minute is its own stretch

  int clock_class(int clock) const {
    if (exact_clock_) return clock;
    return static_cast<int>(std::upper_bound(boundaries_.begin(), boundaries_.end(), clock) - boundaries_.begin());
  }
  // Whether a state is new to the memo (or reached at an earlier clock than before).
  bool novel(const RunState& s, Memo& memo) const {
    return memo.note(state_key(s, relevant_, with_scores_, clock_class(s.clock)), s.clock);
  }
  // The next moment the content tells apart, to wait for; nothing after the last.
  std::optional<int> next_boundary(int clock) const {
    auto it = std::upper_bound(boundaries_.begin(), boundaries_.end(), clock);
    if (it == boundaries_.end() || *it >= e_.ends) return std::nullopt;
    return *it;
  }
  Tree tree_;
  std::map<const Choice*, Choice> conditions_;

  // What has been seen.
  std::set<std::pair<std::string, std::string>> reached_;  // (dialogue, node)
  std::set<const Choice*> open_choices_;
  std::set<const Choice*> condition_held_;
  std::set<const Choice*> condition_tested_;
  std::set<std::pair<std::string, std::string>> shared_ok_;  // (person, item)
  std::map<std::string, std::pair<int, int>> items_;         // item -> (earliest minute, tree index)
  std::map<std::string, std::pair<int, int>> rungs_;         // person -> (rung number, tree index)
  std::map<std::pair<std::string, std::string>, int> stuck_; // (dialogue, node) -> tree index
  bool any_end_ = false;
  int joy_min_ = 0, joy_max_ = 0, value_min_ = 0, value_max_ = 0;
  std::map<std::pair<std::string, std::string>, std::vector<WayIn>> ways_;
  std::set<std::string> way_keys_;
  std::optional<RunState> richest_;
  int richest_score_ = -1;
  int richest_idx_ = -1;
  std::vector<Path> prefixes_;
  std::vector<std::pair<RunState, Path>> diverse_;
  // The safety net: wall-clock seconds for the whole of one event's searches (Budget::max_seconds).
  Clock::time_point started_ = Clock::now();
  bool timed_out_ = false;
  bool out_of_time() {
    if (!timed_out_ && std::chrono::duration<double>(Clock::now() - started_).count() > budget_.max_seconds)
      timed_out_ = true;
    return timed_out_;
  }
  std::unordered_set<std::string> end_atoms_;
  static constexpr std::size_t kMostEnds = 48;

  void consider_end(const RunState& end, int idx) {
    if (diverse_.size() >= kMostEnds) return;
    std::vector<std::string> atoms;
    for (const auto& h : end.learned) atoms.push_back("learned:" + h);
    for (const auto& a : end.items) atoms.push_back("has:" + a.item);
    for (const auto& [k, v] : end.flags)
      if (k.rfind("\x01", 0) != 0) atoms.push_back("flag:" + k + "=" + std::to_string(v));
    for (const auto& [id, r] : end.people) {
      std::set<std::string> tags;
      for (const auto& m : r.memory) tags.insert(m.tag);
      std::string sig = id + ":" + std::to_string(r.met() ? 1 : 0) + "," + std::to_string(static_cast<int>(r.rung()));
      for (const auto& t : tags) sig += "," + t;
      for (const auto& f : end.follow_ups)
        if (f.person == id && !f.done) sig += ",pending";
      atoms.push_back(sig);
    }
    bool fresh = false;
    for (auto& a : atoms) fresh = end_atoms_.insert(std::move(a)).second || fresh;
    if (!fresh) return;
    RunState kept = end;
    kept.fixed_roll.reset();
    clear_talk_counts(kept);
    drop_records(kept);
    diverse_.emplace_back(std::move(kept), tree_.full_path(idx));
  }
  // Questions answered: "node:d/n", "choice:d/n/c", "ask:d/n/c/yes", "item:i", "rung:p/r" ->
  // the tree index of the first (so shortest) state that showed it.
  std::map<std::string, int> found_;
  std::vector<std::string> pending_;           // keys the move being tried showed
  std::set<std::string> assumptions_tested_;   // assumptions checked on at least one way in

  void found(const std::vector<std::string>& keys, int idx) {
    for (const auto& k : keys) found_.emplace(k, idx);
  }
  // A move whose state was seen before may still show something new (the same line by another
  // way): it gets its own entry in the tree so its path can be told.
  void found_again(int parent, const std::string& command, const std::vector<std::string>& keys) {
    for (const auto& k : keys)
      if (!found_.count(k)) {
        found(keys, tree_.add(parent, command));
        return;
      }
  }

  // [SECTION] Moves

  struct Result {
    RunState state;
    std::string command;
    std::vector<std::string> keys;  // what the move showed (see found_)
  };

  // Applies a command to a copy; an ask takes each answer the dice allow.
  void attempt(const RunState& s, const Command& cmd, std::vector<Result>& out) {
    RunState high = s;
    high.fixed_roll = kHighRoll;
    const auto r = sim::apply(c_, high, cmd);
    if (!r.ok) return;
    if (cmd.verb == Verb::Talk) ++high.flags[talk_count_flag(cmd.args[0])];
    const bool asked = !high.asks.empty();
    const bool accepted = asked && high.asks.back().accepted;
    const std::string text = sim::to_text(cmd);
    pending_.clear();
    note_transition(s, high, cmd);
    out.push_back({std::move(high), text + (asked ? (accepted ? "   # yes" : "   # no") : ""), std::move(pending_)});
    if (asked && accepted) {
      RunState low = s;
      low.fixed_roll = kLowRoll;
      if (sim::apply(c_, low, cmd).ok && !low.asks.empty() && !low.asks.back().accepted) {
        if (cmd.verb == Verb::Talk) ++low.flags[talk_count_flag(cmd.args[0])];
        pending_.clear();
        note_transition(s, low, cmd);
        out.push_back({std::move(low), text + "   # no", std::move(pending_)});
      }
    }
  }

  // An ask this person has already answered in this event (a yes that stands, or a no that
  // made it awkward) is not asked again: a repeat can only add a duplicate plan or another no,
  // and would make the search endless. Its lines were reached by the first asking.
  static bool asked_before(const RunState& s, const std::string& person, const Choice& ch) {
    if (!ch.ask) return false;
    const auto* rel = s.find_rel(person);
    if (rel == nullptr) return false;
    if (rel->awkward_event == s.event_no()) return true;
    if (ch.ask->kind == AskKind::FollowUp) {
      for (const auto& f : s.follow_ups)
        if (f.person == person && f.event_no == s.event_no()) return true;
      return false;
    }
    return std::find(rel->planned.begin(), rel->planned.end(), ch.ask->kind) != rel->planned.end();
  }

  bool worth_leaving(const RunState& s, const Dialogue& d, const Node& n) const {
    // A line that takes something for granted is said again when the talk is picked up later:
    // stepping away there can break what it assumes.
    if (!n.assumes.empty()) return true;
    bool any_open = false;
    for (const auto& v : sim::visible_choices(c_, s, d, n)) {
      if (v.available) any_open = true;
      else if (bound_.choice_possible(step_, *v.choice)) return true;
    }
    for (const auto& ch : n.choices)  // hidden now, but could show later
      if (ch.hidden_when_unavailable && bound_.choice_possible(step_, ch) && !sim::choice_blocked(c_, s, d, ch).empty())
        return true;
    return !any_open;
  }

  // Breadth first from `queue` (among the people in only_, when set), within `limit` states of
  // `seen`, until `done()` (asked now and then) says nothing is left to look for.
  template <typename Done>
  void breadth_first(std::deque<std::pair<RunState, int>>& queue, Memo& seen, std::size_t limit, Done&& done) {
    std::size_t expanded = 0;
    while (!queue.empty() && seen.size() < limit && !out_of_time()) {
      if ((++expanded & 63) == 0 && done()) return;
      auto [s, idx] = std::move(queue.front());
      queue.pop_front();
      expand(s, idx, seen, [&](RunState&& next, int next_idx) { queue.emplace_back(std::move(next), next_idx); });
    }
  }

  // The arrivals the searches start from (records dropped), with their paths, and the arrival
  // each root of the tree stands for.
  std::vector<RunState> starts_;
  std::map<int, std::size_t> root_arrival_;
  int root(std::size_t arrival) {
    const int idx = tree_.root(prefixes_[arrival]);
    root_arrival_[idx] = arrival;
    return idx;
  }

  // One line of a witness ("talk mei", "choose 2   # no") through apply(), with the dice that
  // give the answer it notes (or, `highest`, every ask at its highest roll, as warmest() plays);
  // false when the game refuses it or answers otherwise.
  bool replay_line(RunState& s, const std::string& line, bool highest = false) const {
    std::optional<bool> answer;
    const std::string text = strip_note(line, answer);
    std::string error;
    const auto cmd = sim::parse_command(text, error);
    if (!cmd) return false;
    s.fixed_roll = !highest && answer && !*answer ? kLowRoll : kHighRoll;
    no_debrief(s);
    const std::size_t asks = s.asks.size();
    const bool ok = sim::apply(c_, s, *cmd).ok &&
                    (!answer || (s.asks.size() > asks && s.asks.back().accepted == *answer));
    s.fixed_roll.reset();
    return ok;
  }

  // A witness from an earlier event replayed from the campaign's start, and that event ended
  // there (stepping away from the conversation first): the time after it, in `s`.
  bool ended_after(const Path& witness, RunState& s, Path& path) const {
    if (!replayed(witness, s, path)) return false;
    if (s.phase == sim::Phase::Event) {
      if (!replay_line(s, "end")) return false;
      path.push_back("end");
    }
    drop_records(s);
    return true;
  }
  // The same, still in that event (stepped away from the conversation), or in the time after it.
  bool replayed(const Path& witness, RunState& s, Path& path) const {
    s = sim::start_run(c_, 1);
    for (const auto& line : witness)
      if (!replay_line(s, line)) return false;
    if (s.step >= step_) return false;
    path = witness;
    if (s.phase == sim::Phase::Event && s.conversation) {
      if (!replay_line(s, "leave")) return false;
      path.push_back("leave");
    }
    return true;
  }

  // From the time after an earlier event to the start of this one, doing nothing in the events
  // between.
  bool forward(RunState& s, Path& path) const { return arrive_at(step_, s, path); }

  // Pasts made for one person: each way something was reached with them in an earlier event
  // (its witness), the event ended there, and then what can follow with them in the time after
  // it: their follow-up kept or not, and a coffee, lunch, drinks and a personal invitation in
  // turn (each where it is accepted); and the warmest past (see warmest), with the same endings.
  void pasts_for(const Person& p, const History& history, const std::function<void(RunState, Path)>& start) {
    // From the time after an earlier event.
    auto endings = [&](const RunState& s, const Path& path) {
      for (bool keep : {false, true}) {
        RunState t = s;
        Path tp = path;
        if (keep) {  // every follow-up agreed, carried out
          bool any = false;
          for (const auto& f : s.follow_ups) {
            if (f.done || f.lapsed) continue;
            const std::string line = sim::to_text(make_command(Verb::FollowUp, {f.person}));
            if (!replay_line(t, line)) continue;
            tp.push_back(line);
            any = true;
          }
          if (!any) continue;
        }
        auto arrive = [&] {
          RunState u = t;
          Path up = tp;
          if (forward(u, up)) start(std::move(u), std::move(up));
        };
        arrive();
        for (AskKind k : {AskKind::Coffee, AskKind::Lunch, AskKind::Drinks, AskKind::Personal}) {
          const std::string line = sim::to_text(make_command(Verb::Invite, {p.id}, 0, k)) + "   # yes";
          RunState u = t;
          if (!replay_line(u, line)) continue;
          t = std::move(u);
          tp.push_back(line);
          arrive();
        }
      }
    };
    // Theirs, and the choices taken with anyone else that did something their conversation reads.
    // (A promise kept or broken is read through followed_up(person), remembers() and promises_kept.)
    const bool counts_promises = influence_.reads(p.id, "flag:promises_kept");
    std::vector<const Path*> witnesses, promised;
    for (const auto& [person, pasts] : history)
      for (const auto& past : pasts) {
        const bool promise = past.choice && promises(*past.choice);
        if (promise && counts_promises) promised.push_back(&past.path);
        if (person == p.id || (past.choice && (influence_.matters(p.id, past.choice->effects) ||
                                               (promise && (counts_promises || influence_.reads(p.id, "person:" + person))))))
          witnesses.push_back(&past.path);
      }
    for (const Path* w : witnesses) {
      if (out_of_time()) return;
      RunState s;
      Path path;
      if (ended_after(*w, s, path)) endings(s, path);
    }
    introduction_pasts(p, promised, endings);
    RunState s = sim::start_run(c_, 1);
    Path path;
    while (s.step < step_ && s.phase == sim::Phase::Event && !out_of_time()) {
      if (c_.steps[s.step].event.dialogue_for(p.id)) warmest(p, s, path);
      if (!replay_line(s, "end")) return;
      path.push_back("end");
      drop_records(s);
      if (s.step + 1 == step_) {
        endings(s, path);
        return;
      }
      if (!replay_line(s, "next")) return;
      path.push_back("next");
    }
  }

  // Pasts in which the player introduced two people to each other at an earlier event, after
  // the warmest talk with each (so that both get on well enough with the player to be
  // introduced): p and someone p's conversation asks about (knew(), knows(), met()…), or, when
  // p's conversation counts good introductions, any two who are a good match there (and all of
  // those at once). Each is made from that event's start, and from each promise made there (the
  // witness of a choice that agreed a follow-up), so that "introduced and kept a promise" is
  // tried too; then ended as `endings` does.
  void introduction_pasts(const Person& p, const std::vector<const Path*>& promised,
                          const std::function<void(const RunState&, const Path&)>& endings) {
    const bool counts = influence_.reads(p.id, "flag:good_introductions");
    for (std::size_t k = 0; k < step_; ++k) {
      const Event& e = c_.steps[k].event;
      std::vector<std::vector<std::pair<const Person*, const Person*>>> sets;
      std::vector<std::pair<const Person*, const Person*>> good;
      for (std::size_t i = 0; i < e.people.size(); ++i)
        for (std::size_t j = i + 1; j < e.people.size(); ++j) {
          const Person& a = e.people[i];
          const Person& b = e.people[j];
          const bool matched = good_match(a, b) || good_match(b, a);
          if (matched) good.emplace_back(&a, &b);
          const bool asked_about = (a.id == p.id && influence_.reads(p.id, "person:" + b.id)) ||
                                   (b.id == p.id && influence_.reads(p.id, "person:" + a.id));
          if (asked_about || (counts && matched)) sets.push_back({{&a, &b}});
        }
      if (counts && good.size() > 1) sets.push_back(good);
      if (sets.empty()) continue;
      // Where each is made from: the start of event k, and each promise made at event k.
      std::vector<std::pair<RunState, Path>> bases;
      {
        RunState s = sim::start_run(c_, 1);
        Path path;
        if (arrive_at(k, s, path)) bases.emplace_back(std::move(s), std::move(path));
      }
      for (const Path* w : promised) {
        RunState s;
        Path path;
        if (replayed(*w, s, path) && s.step == k && s.phase == sim::Phase::Event) bases.emplace_back(std::move(s), std::move(path));
      }
      for (const auto& pairs : sets)
        for (const auto& [base, base_path] : bases) {
          if (out_of_time()) return;
          RunState s = base;
          Path path = base_path;
          bool any = false;
          for (const auto& [a, b] : pairs) {
            RunState t = s;
            Path tp = path;
            for (const Person* x : {a, b}) {
              const auto* rel = t.find_rel(x->id);
              if (!rel || !rel->met() || rel->rapport < sim::tuning::kRapportToIntroduce) {
                introduced_to(e, *x, t, tp);
                warmest(*x, t, tp);
              }
            }
            const std::string line = sim::to_text(make_command(Verb::Introduce, {a->id, b->id}));
            if (!replay_line(t, line)) continue;
            tp.push_back(line);
            s = std::move(t);
            path = std::move(tp);
            any = true;
          }
          if (!any || !replay_line(s, "end")) continue;
          path.push_back("end");
          drop_records(s);
          endings(s, path);
        }
    }
  }

  // Someone who can only be met through an introduction, introduced by the first person who
  // knows them and agrees (after the warmest talk with that person, where needed).
  void introduced_to(const Event& e, const Person& x, RunState& s, Path& path) const {
    const auto* rel = s.find_rel(x.id);
    if (!x.needs_introduction || (rel && (rel->introduced || rel->met()))) return;
    for (const auto& a : e.people)
      for (const auto& k : a.knows) {
        if (k.person != x.id) continue;
        RunState t = s;
        Path tp = path;
        const auto* ra = t.find_rel(a.id);
        if (!ra || !ra->met() || ra->rapport < sim::tuning::kRapportToIntroduce) warmest(a, t, tp);
        const auto* rx = t.find_rel(x.id);
        if (!(rx && rx->introduced)) {  // (their talk may have introduced them already)
          const std::string line = sim::to_text(make_command(Verb::AskIntro, {a.id, x.id}));
          if (!replay_line(t, line)) continue;
          tp.push_back(line);
        }
        s = std::move(t);
        path = std::move(tp);
        return;
      }
  }

  // The start of the event at step k, doing nothing in the events before it (from the campaign's
  // start, or the time after an earlier event).
  bool arrive_at(std::size_t k, RunState& s, Path& path) const {
    while (s.step < k) {
      if (s.phase == sim::Phase::Event) {
        if (!replay_line(s, "end")) return false;
        path.push_back("end");
      }
      if (!replay_line(s, "next")) return false;
      path.push_back("next");
    }
    return s.step == k && s.phase == sim::Phase::Event;
  }

  // The conversation with p from `s` (one talk), played to the end that leaves them thinking
  // best of the player (regard, then rapport; or rapport first), every choice tried (within
  // kWarmestMoves).
  static constexpr int kWarmestMoves = 3000;
  // The talks found, by person, which score comes first and the start (everything a rule reads,
  // the clock to the minute): the same start plays the same way, so a talk found once is played
  // again from the commands it took, not searched again. nullopt: no talk was possible.
  mutable std::unordered_map<std::uint64_t, std::optional<Path>> warmest_found_;
  void warmest(const Person& p, RunState& s, Path& path, bool rapport_first = false) const {
    KeyWriter w;
    w.put(static_cast<long long>(state_key(s, relevant_, with_scores_, s.clock)));
    w.put(p.id);
    w.put(rapport_first ? 1LL : 0LL);
    const std::uint64_t key = w.fingerprint();
    if (auto known = warmest_found_.find(key); known != warmest_found_.end()) {
      if (!known->second) return;
      RunState t = s;
      bool played = true;
      for (const auto& line : *known->second) played = played && replay_line(t, line, true);
      if (played) {
        slim(t);
        s = std::move(t);
        path.insert(path.end(), known->second->begin(), known->second->end());
        return;
      }
    }
    const std::size_t before = path.size();
    warmest_search(p, s, path, rapport_first);
    if (path.size() == before) warmest_found_[key] = std::nullopt;
    else warmest_found_[key] = Path(path.begin() + static_cast<std::ptrdiff_t>(before), path.end());
  }
  void warmest_search(const Person& p, RunState& s, Path& path, bool rapport_first) const {
    RunState first = s;
    const std::string talk = sim::to_text(make_command(Verb::Talk, {p.id}));
    Path waited;
    if (!replay_line(first, talk)) {
      // Not in the room yet: wait for the next part of the evening, and the next.
      const Event& e = c_.steps[s.step].event;
      bool there = false;
      for (const auto& slot : e.slots) {
        if (slot.from <= first.clock) continue;
        const std::string wait = sim::to_text(make_command(Verb::Wait, {}, slot.from - first.clock));
        if (!replay_line(first, wait)) break;
        waited.push_back(wait);
        RunState t = first;
        if (replay_line(t, talk)) {
          first = std::move(t);
          there = true;
          break;
        }
      }
      if (!there) return;
    }
    auto score = [&](const RunState& x) {
      const auto* r = x.find_rel(p.id);
      if (r == nullptr) return -1000000;
      return rapport_first ? r->rapport * 100 + r->regard : r->regard * 100 + r->rapport;
    };
    std::optional<std::pair<RunState, Path>> best;
    int moves_left = kWarmestMoves;
    // Two orders of the same choices that leave the same state go on the same way: the second is
    // not walked again (everything a rule reads, the clock to the minute).
    std::unordered_set<std::uint64_t> walked;
    std::function<void(const RunState&, const Path&)> walk = [&](const RunState& x, const Path& xp) {
      bool more = false;
      const Event& e = c_.steps[x.step].event;
      const Dialogue* d = x.conversation && x.phase == sim::Phase::Event ? e.dialogue(x.conversation->dialogue) : nullptr;
      const Node* n = d ? d->find(x.conversation->node) : nullptr;
      if (n != nullptr)
        for (const auto& v : sim::visible_choices(c_, x, *d, *n)) {
          if (!v.available || moves_left <= 0) continue;
          --moves_left;
          RunState y = x;
          y.fixed_roll = kHighRoll;
          const auto cmd = make_command(Verb::Choose, {}, v.number);
          const std::size_t asks = y.asks.size();
          if (!sim::apply(c_, y, cmd).ok) continue;
          y.fixed_roll.reset();
          const bool asked = y.asks.size() > asks;
          Path yp = xp;
          yp.push_back(sim::to_text(cmd) + (asked ? (y.asks.back().accepted ? "   # yes" : "   # no") : ""));
          slim(y);
          more = true;
          if (walked.insert(state_key(y, relevant_, with_scores_, y.clock)).second) walk(y, yp);
        }
      if (more) return;
      RunState y = x;
      Path yp = xp;
      if (y.conversation && y.phase == sim::Phase::Event) {
        if (!replay_line(y, "leave")) return;
        yp.push_back("leave");
      }
      if (!best || score(y) > score(best->first)) best.emplace(std::move(y), std::move(yp));
    };
    slim(first);
    waited.push_back(talk);
    walk(first, waited);
    if (!best) return;
    s = std::move(best->first);
    path.insert(path.end(), best->second.begin(), best->second.end());
  }

  // Starts within this event for a search with `p`: each line found, or choice taken, with
  // someone else that teaches, gives, sets or introduces something p's conversation reads
  // (having met them is enough for met(): their first line), stepped away from there; and, for
  // each arrival, all of those from it played one after another (where they still play), so
  // that a choice reading two such facts is tried too.
  void within_event(const Person& p, const std::function<void(RunState, Path)>& start) {
    std::map<std::size_t, std::vector<Path>> pieces;  // by arrival
    for (const auto& [key, idx] : found_) {
      if (out_of_time()) return;
      const bool took = key.rfind("took:", 0) == 0;
      if (!took && key.rfind("node:", 0) != 0) continue;
      const std::string where = key.substr(5);
      const auto slash = where.find('/');
      const Dialogue* d = e_.dialogue(where.substr(0, slash));
      if (d == nullptr || (d->person == p.id && !took)) continue;
      const std::string rest = where.substr(slash + 1);
      const Node* n = d->find(took ? rest.substr(0, rest.find('/')) : rest);
      if (n == nullptr) continue;
      bool matters = false;
      if (took) {
        // With them: a choice that leaves a memory (a later line may ask remembers()).
        for (const auto& ch : n->choices)
          if (ch.id == rest.substr(rest.find('/') + 1))
            matters = d->person == p.id ? !ch.effects.remember.empty() : influence_.matters(p.id, ch.effects);
      } else {
        // Having met them is enough for met(), and for introducing them to p.
        matters = influence_.matters(p.id, n->effects) ||
                  (n->id == d->start && (influence_.reads(p.id, "person:" + d->person) ||
                                         influence_.writes(d->person, "intro-partner:" + p.id)));
      }
      if (!matters) continue;
      int r = idx;
      while (tree_.entries[static_cast<std::size_t>(r)].parent >= 0) r = tree_.entries[static_cast<std::size_t>(r)].parent;
      auto arrival = root_arrival_.find(r);
      if (arrival == root_arrival_.end()) continue;
      Path path = tree_.path(idx);
      RunState s = starts_[arrival->second];
      if (!play(s, path)) continue;
      Path full = prefixes_[arrival->second];
      full.insert(full.end(), path.begin(), path.end());
      start(std::move(s), std::move(full));
      pieces[arrival->second].push_back(std::move(path));
    }
    for (const auto& [arrival, paths] : pieces) {
      if (paths.size() < 2) continue;
      RunState s = starts_[arrival];
      Path full = prefixes_[arrival];
      for (Path piece : paths) {
        RunState t = s;
        if (!play(t, piece)) continue;
        s = std::move(t);
        full.insert(full.end(), piece.begin(), piece.end());
      }
      start(std::move(s), std::move(full));
    }
  }

  // Starts within this event for a search with p where p's conversation asks about someone here
  // (knows(), met()…) or p and they are a good match: from each base, the warmest talk
  // with them (introduced first where they must be); and that, then the warmest talk with p and
  // the two introduced.
  static constexpr std::size_t kPartnerBases = 3;
  void partners(const Person& p, const std::vector<std::pair<RunState, Path>>& bases,
                const std::function<void(RunState, Path)>& start) {
    for (const auto& q : e_.people)
     for (const auto& [base, base_path] : bases) {
      if (out_of_time()) return;
      if (q.id == p.id || !(influence_.reads(p.id, "person:" + q.id) || good_match(p, q) || good_match(q, p))) continue;
      RunState s = base;
      Path path = base_path;
      introduced_to(e_, q, s, path);
      warmest(q, s, path);
      const auto* rq = s.find_rel(q.id);
      if (!rq || !rq->met() || s.phase != sim::Phase::Event) continue;
      start(s, path);
      introduced_to(e_, p, s, path);
      warmest(p, s, path);
      const std::string line = sim::to_text(make_command(Verb::Introduce, {p.id, q.id}));
      if (s.phase != sim::Phase::Event || !replay_line(s, line)) continue;
      path.push_back(line);
      start(std::move(s), std::move(path));
    }
  }

  // A stranger made as warm as the rules allow before the first real talk, for a line only a
  // stranger reaches that needs more regard than a first meeting gives: at the event before,
  // someone who knows p talked to as warmly as they allow (again and again, and introduced to
  // their good matches) and asked to introduce p, p never spoken to (so p is still a stranger,
  // with rapport inherited); then, here, a good match of p's warmed, p greeted and left at the
  // first line, and the two introduced (regard for a good introduction). Only where such a
  // choice is still open.
  void stranger_warmed(const Person& p, const std::function<void(RunState, Path)>& start) {
    if (step_ == 0) return;
    const Dialogue* d = e_.dialogue_for(p.id);
    if (d == nullptr) return;
    bool wanted = false;
    for (const Choice* ch : open_choices(*d)) wanted = wanted || (ch->requires_.regard && bound_.choice_possible(step_, *ch));
    if (!wanted) return;
    const std::size_t k = step_ - 1;
    const Event& before = c_.steps[k].event;
    const std::string talk = sim::to_text(make_command(Verb::Talk, {p.id}));
    const std::string leave = sim::to_text(make_command(Verb::Leave));
    for (const auto& a : before.people) {
      bool knows_p = false;
      for (const auto& kn : a.knows) knows_p = knows_p || kn.person == p.id;
      if (!knows_p || out_of_time()) continue;
      RunState s = sim::start_run(c_, 1);
      Path path;
      if (!arrive_at(k, s, path)) continue;
      introduced_to(before, a, s, path);
      for (int round = 0; round < 3; ++round) warmest(a, s, path, true);
      for (const auto& b : before.people) {
        if (b.id == a.id || b.id == p.id || !(good_match(a, b) || good_match(b, a))) continue;
        RunState t = s;
        Path tp = path;
        introduced_to(before, b, t, tp);
        warmest(b, t, tp);
        const std::string line = sim::to_text(make_command(Verb::Introduce, {a.id, b.id}));
        if (t.phase != sim::Phase::Event || !replay_line(t, line)) continue;
        tp.push_back(line);
        s = std::move(t);
        path = std::move(tp);
      }
      const std::string ask = sim::to_text(make_command(Verb::AskIntro, {a.id, p.id}));
      if (s.phase != sim::Phase::Event || !replay_line(s, ask)) continue;
      path.push_back(ask);
      if (!forward(s, path)) continue;
      for (const auto& q : e_.people) {
        if (q.id == p.id || !(good_match(p, q) || good_match(q, p))) continue;
        RunState t = s;
        Path tp = path;
        introduced_to(e_, q, t, tp);
        warmest(q, t, tp);
        const std::string line = sim::to_text(make_command(Verb::Introduce, {p.id, q.id}));
        bool ok = t.phase == sim::Phase::Event;
        for (const std::string& l : {talk, leave, line}) {
          ok = ok && replay_line(t, l);
          if (ok) tp.push_back(l);
        }
        if (ok) start(std::move(t), std::move(tp));
      }
    }
  }

  // Starts in the middle of a talk with p, picked up again after an introduction: where a line
  // of p's offers an open choice that asks about someone here (knows(q)…), from each base, the
  // warmest talk with q, then p's conversation played to that line (every choice tried, within
  // kWarmestMoves), stepped away from, p and q introduced, and the talk with p picked up there.
  void picked_up(const Person& p, const Dialogue& d, const std::vector<std::pair<RunState, Path>>& bases,
                 const std::function<void(RunState, Path)>& start) {
    const std::string talk = sim::to_text(make_command(Verb::Talk, {p.id}));
    const std::string leave = sim::to_text(make_command(Verb::Leave));
    for (const auto& q : e_.people) {
      if (q.id == p.id || !influence_.reads(p.id, "person:" + q.id)) continue;
      std::set<std::string> lines;  // lines of p's offering such a choice
      for (const auto& n : d.nodes)
        for (const auto& ch : n.choices) {
          const auto open = open_choices(d);
          if (std::find(open.begin(), open.end(), &ch) == open.end()) continue;
          for (const auto& r : ch.condition.references())
            if (r.is_call && r.arg == q.id) lines.insert(n.id);
        }
      if (lines.empty()) continue;
      const std::string introduce = sim::to_text(make_command(Verb::Introduce, {p.id, q.id}));
      for (const auto& [base, base_path] : bases) {
        if (out_of_time()) return;
        RunState s = base;
        Path path = base_path;
        introduced_to(e_, q, s, path);
        warmest(q, s, path);
        introduced_to(e_, p, s, path);
        if (s.phase != sim::Phase::Event || !replay_line(s, talk)) continue;
        path.push_back(talk);
        int moves_left = kWarmestMoves;
        bool done = false;
        std::function<void(const RunState&, const Path&)> walk = [&](const RunState& x, const Path& xp) {
          if (done || !x.conversation || x.phase != sim::Phase::Event) return;
          const Node* n = d.find(x.conversation->node);
          if (n == nullptr) return;
          if (lines.count(n->id)) {
            RunState y = x;
            Path yp = xp;
            bool ok = true;
            for (const std::string& line : {leave, introduce, talk}) {
              ok = ok && replay_line(y, line);
              if (ok) yp.push_back(line);
            }
            // Kept only where it opens such a choice there (a `not knows(q)` one closes instead).
            bool opens = false;
            for (const auto& ch : n->choices)
              if (ok && conditions_.count(&ch) && sim::choice_blocked(c_, y, d, conditions_.at(&ch)).empty())
                for (const auto& r : ch.condition.references()) opens = opens || (r.is_call && r.arg == q.id);
            if (ok && opens && y.conversation && y.conversation->node == n->id) {
              done = true;
              start(std::move(y), std::move(yp));
              return;
            }
          }
          for (const auto& v : sim::visible_choices(c_, x, d, *n)) {
            if (done || !v.available || moves_left-- <= 0) return;
            RunState y = x;
            const auto cmd = make_command(Verb::Choose, {}, v.number);
            const std::size_t asks = y.asks.size();
            y.fixed_roll = kHighRoll;
            if (!sim::apply(c_, y, cmd).ok) continue;
            y.fixed_roll.reset();
            drop_records(y);
            Path yp = xp;
            yp.push_back(sim::to_text(cmd) + (y.asks.size() > asks ? (y.asks.back().accepted ? "   # yes" : "   # no") : ""));
            walk(y, yp);
          }
        };
        drop_records(s);
        walk(s, path);
      }
    }
  }

  // Plays an event's lines from `s` and steps away from the conversation it ends in (adding the
  // `leave` to `path`); false when a line does not play or the event ends.
  bool play(RunState& s, Path& path) const {
    for (const auto& line : path)
      if (!replay_line(s, line)) return false;
    if (s.phase != sim::Phase::Event) return false;
    if (s.conversation) {
      if (!replay_line(s, "leave")) return false;
      path.push_back("leave");
    }
    return true;
  }

  // The lines a choice can lead on to in its conversation (by next:, a choice's next: or an
  // ask's answer), however far.
  mutable std::map<const Choice*, std::vector<std::string>> downstream_;
  const std::vector<std::string>& downstream(const Dialogue& d, const Choice& ch) const {
    auto it = downstream_.find(&ch);
    if (it != downstream_.end()) return it->second;
    std::vector<std::string> out;
    std::set<std::string> seen;
    auto push = [&](const std::string& id) {
      if (!id.empty() && seen.insert(id).second) out.push_back(id);
    };
    push(ch.next);
    if (ch.ask) push(ch.ask->accepted), push(ch.ask->declined);
    for (std::size_t i = 0; i < out.size(); ++i) {
      const Node* n = d.find(out[i]);
      if (n == nullptr) continue;
      push(n->next);
      for (const auto& c : n->choices) {
        push(c.next);
        if (c.ask) push(c.ask->accepted), push(c.ask->declined);
      }
    }
    return downstream_[&ch] = std::move(out);
  }

  // Which of a conversation's open choices (possible, not yet found, with a condition) a state
  // already meets the condition of: a search from it is more likely to find them.
  std::vector<const Choice*> promise(const RunState& s, const Dialogue& d) const {
    std::vector<const Choice*> out;
    for (const Choice* ch : open_choices(d))
      if (sim::choice_blocked(c_, s, d, conditions_.at(ch)).empty()) out.push_back(ch);
    return out;
  }
  // A conversation's open choices: possible, with a condition, and not yet found (or found, but
  // some line further on not yet).
  std::vector<const Choice*> open_choices(const Dialogue& d) const {
    std::vector<const Choice*> out;
    for (const auto& node : d.nodes)
      for (const auto& ch : node.choices) {
        auto it = conditions_.find(&ch);
        if (it == conditions_.end() || !bound_.choice_possible(step_, ch)) continue;
        // Open: not found yet, or found but some line it leads on to not yet.
        bool leads_on = false;
        for (const std::string& later : downstream(d, ch))
          if (bound_.node_possible(step_, d.id, later) && !found_.count("node:" + d.id + "/" + later)) {
            leads_on = true;
            break;
          }
        if (found_.count("choice:" + d.id + "/" + node.id + "/" + ch.id) && !leads_on) continue;
        out.push_back(&ch);
      }
    return out;
  }

  // For each person with a line or choice still open: a search that talks only to them, from
  // the pasts made for them (above), from the points in this event where someone else told or
  // gave what their conversation reads, and from every arrival; the starts that already meet
  // most of the open choices' conditions first, each searched in turn (within
  // kStatesEachStart), so a line needing a particular past with them (a promise broken, a coffee
  // had, something remembered) or a fact from someone else is tried from a start that has it.
  static constexpr std::size_t kStatesEachStart = 400;
  void personal(const History& history, EventReport& out) {
    const std::size_t arrivals = starts_.size();
    for (const auto& p : e_.people) {
      if (out_of_time()) break;
      const Dialogue* d = e_.dialogue_for(p.id);
      if (d == nullptr || !open_question(*d)) continue;
      struct Start {
        RunState state;
        Path prefix;
        std::size_t arrival;  // an arrival's index, or arrivals for a new start
        std::vector<const Choice*> promise;
      };
      std::vector<Start> starts;
      // Where they can't be talked to (an introduction still needed), nothing is promised.
      auto promised = [&](const RunState& s) {
        const auto* rel = s.find_rel(p.id);
        if (p.needs_introduction && !(rel && (rel->introduced || rel->met()))) return std::vector<const Choice*>{};
        return promise(s, *d);
      };
      auto add = [&](RunState s, Path prefix) {
        s.fixed_roll.reset();
        clear_talk_counts(s);
        drop_records(s);
        auto w = promised(s);
        starts.push_back({std::move(s), std::move(prefix), arrivals, std::move(w)});
      };
      pasts_for(p, history, add);
      // The arrival with nothing done, and the pasts that already meet the most open conditions.
      std::vector<std::pair<RunState, Path>> bases{{starts_[0], prefixes_[0]}};
      {
        std::vector<std::size_t> order(starts.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return starts[a].promise.size() > starts[b].promise.size(); });
        for (std::size_t i = 0; i < order.size() && i < kPartnerBases; ++i)
          bases.emplace_back(starts[order[i]].state, starts[order[i]].prefix);
        // And the past where they think best of the player (warmth lets a talk with them be left
        // and an introduction made).
        std::size_t warmest_start = starts.size();
        int best = -1000000;
        for (std::size_t i = 0; i < starts.size(); ++i)
          if (const auto* r = starts[i].state.find_rel(p.id); r && r->regard * 100 + r->rapport > best) {
            best = r->regard * 100 + r->rapport;
            warmest_start = i;
          }
        const bool listed = std::find(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), kPartnerBases)),
                                      warmest_start) != order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), kPartnerBases));
        if (warmest_start < starts.size() && !listed)
          bases.emplace_back(starts[warmest_start].state, starts[warmest_start].prefix);
      }
      within_event(p, add);
      // Talks picked up at the very line that offers the choice: searched first.
      std::vector<Start> at_the_line;
      picked_up(p, *d, bases, [&](RunState st, Path prefix) {
        add(std::move(st), std::move(prefix));
        at_the_line.push_back(std::move(starts.back()));
        starts.pop_back();
      });
      stranger_warmed(p, [&](RunState st, Path prefix) {
        add(std::move(st), std::move(prefix));
        at_the_line.push_back(std::move(starts.back()));
        starts.pop_back();
      });
      for (std::size_t i = 0; i < arrivals; ++i) starts.push_back({starts_[i], {}, i, promised(starts_[i])});
      partners(p, bases, add);
      // Greedily, the start that meets the most open conditions no start before it met; then the rest.
      {
        std::vector<Start> ordered;
        std::set<const Choice*> covered;
        std::vector<bool> taken(starts.size(), false);
        for (;;) {
          std::size_t best = starts.size(), most = 0;
          for (std::size_t i = 0; i < starts.size(); ++i) {
            if (taken[i]) continue;
            std::size_t fresh = 0;
            for (const Choice* ch : starts[i].promise) fresh += covered.count(ch) ? 0 : 1;
            if (fresh > most) most = fresh, best = i;
          }
          if (best == starts.size()) break;
          taken[best] = true;
          covered.insert(starts[best].promise.begin(), starts[best].promise.end());
          ordered.push_back(std::move(starts[best]));
        }
        for (std::size_t i = 0; i < starts.size(); ++i)
          if (!taken[i]) ordered.push_back(std::move(starts[i]));
        for (auto& st : ordered) at_the_line.push_back(std::move(st));
        starts = std::move(at_the_line);
      }
      const std::set<std::string> only{p.id};
      only_ = &only;
      Memo seen;
      for (auto& st : starts) {
        if (out_of_time() || seen.size() >= budget_.max_focus_states || !open_question(*d)) break;
        if (!novel(st.state, seen)) continue;
        if (st.arrival == arrivals) {
          starts_.push_back(st.state);
          prefixes_.push_back(std::move(st.prefix));
          st.arrival = starts_.size() - 1;
        }
        const int idx = root(st.arrival);
        observe(st.state, idx);
        std::deque<std::pair<RunState, int>> queue;
        queue.emplace_back(std::move(st.state), idx);
        breadth_first(queue, seen, std::min(budget_.max_focus_states, seen.size() + kStatesEachStart),
                      [&] { return !open_question(*d); });
      }
      out.focus_states += seen.size();
      only_ = nullptr;
    }
  }

  // Items this event asks about that no search here found: brought from an earlier event where
  // one was found (its witness, the event ended there, and on to this one).
  void carried(const History& history) {
    std::set<std::string> items;
    for (const auto& v : e_.player.needs) items.insert(v.item);
    for (const auto& v : e_.player.side_goals) items.insert(v.item);
    for (const auto& p : e_.people)
      for (const auto& h : p.holds) items.insert(h.item);
    for (const auto& item : items) {
      if (found_.count("item:" + item) || !bound_.item_possible(item)) continue;
      auto h = history.find(item_key(item));
      if (h == history.end()) continue;
      {
        for (const auto& past : h->second) {
          if (out_of_time()) return;
          if (found_.count("item:" + item)) break;
          RunState s;
          Path path;
          if (!ended_after(past.path, s, path) || !forward(s, path)) continue;
          clear_talk_counts(s);
          starts_.push_back(s);
          prefixes_.push_back(std::move(path));
          observe(s, root(starts_.size() - 1));
        }
      }
    }
  }

  // An ask's no, where only its yes was found: the same way to it, but first walking away from
  // them once, twice, … (each time costs a little warmth, sim::tuning's
  // kLeftMidConversationRapport), until the lowest roll of the dice gives a no.
  static constexpr int kMostWalkAways = 12;
  void sour(EventReport&) {
    const std::string leave = sim::to_text(make_command(Verb::Leave));
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes)
        for (const auto& ch : n.choices) {
          if (!ch.ask || out_of_time()) continue;
          const std::string where = d.id + "/" + n.id + "/" + ch.id;
          if (found_.count("ask:" + where + "/no") || !bound_.ask_answer_possible(step_, ch, false)) continue;
          auto yes = found_.find("ask:" + where + "/yes");
          if (yes == found_.end()) continue;
          int r = yes->second;
          while (tree_.entries[static_cast<std::size_t>(r)].parent >= 0) r = tree_.entries[static_cast<std::size_t>(r)].parent;
          auto arrival = root_arrival_.find(r);
          if (arrival == root_arrival_.end()) continue;
          const Path path = tree_.path(yes->second);
          const std::string talk = sim::to_text(make_command(Verb::Talk, {d.person}));
          std::size_t t = path.size();
          for (std::size_t i = path.size(); i-- > 0;)
            if (path[i] == talk) {
              t = i;
              break;
            }
          if (t == path.size()) continue;
          std::optional<bool> answer;
          const std::string asked = strip_note(path.back(), answer) + "   # no";
          for (int times = 1; times <= kMostWalkAways; ++times) {
            Path soured(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(t));
            for (int i = 0; i < times; ++i) {
              soured.push_back(talk);
              soured.push_back(leave);
            }
            soured.insert(soured.end(), path.begin() + static_cast<std::ptrdiff_t>(t), path.end() - 1);
            soured.push_back(asked);
            if (follow(arrival->second, soured) != Followed::OtherAnswer) break;  // a no, or no way
          }
        }
  }

  // Plays a path from an arrival through the search's own moves, recording what each step shows
  // (so what it reaches has this path as its witness).
  enum class Followed { All, Refused, OtherAnswer };
  Followed follow(std::size_t arrival, const Path& path) {
    RunState s = starts_[arrival];
    int at = root(arrival);
    for (const auto& line : path) {
      std::optional<bool> answer;
      const std::string text = strip_note(line, answer);
      std::string error;
      const auto cmd = sim::parse_command(text, error);
      if (!cmd) return Followed::Refused;
      std::vector<Result> results;
      attempt(s, *cmd, results);
      if (results.empty()) return Followed::Refused;
      auto it = std::find_if(results.begin(), results.end(), [&](const Result& r) { return r.command == line; });
      if (it == results.end()) return Followed::OtherAnswer;
      slim(it->state);
      at = tree_.add(at, it->command);
      found(it->keys, at);
      observe(it->state, at);
      s = std::move(it->state);
    }
    return Followed::All;
  }

  // Whether some line or choice of a conversation is possible but not yet found.
  bool open_question(const Dialogue& d) const {
    for (const auto& n : d.nodes) {
      if (!bound_.node_possible(step_, d.id, n.id)) continue;
      if (!found_.count("node:" + d.id + "/" + n.id)) return true;
      for (const auto& ch : n.choices) {
        if (!bound_.choice_possible(step_, ch)) continue;
        const std::string where = d.id + "/" + n.id + "/" + ch.id;
        if (!found_.count("choice:" + where)) return true;
        // A choice that gives an item not yet found: open until it is taken.
        for (const auto& item : ch.effects.gain)
          if (!found_.count("item:" + item) && !found_.count("took:" + where)) return true;
      }
    }
    return false;
  }

  std::vector<Result> moves(const RunState& s) {
    std::vector<Result> out;
    out.reserve(8);  // most states have a handful of moves
    if (s.phase != sim::Phase::Event) return out;
    if (s.conversation) {
      const Dialogue* d = e_.dialogue(s.conversation->dialogue);
      const Node* n = d ? d->find(s.conversation->node) : nullptr;
      if (d && n)
        for (const auto& v : sim::visible_choices(c_, s, *d, *n))
          if (v.available) {
            if (asked_before(s, d->person, *v.choice)) continue;
            attempt(s, make_command(Verb::Choose, {}, v.number), out);
          }
      // Walking away is a move of its own where it can matter: where nothing is open, or where a
      // choice that is closed now could open later (the next talk picks up here).
      if (d && n && worth_leaving(s, *d, *n)) attempt(s, make_command(Verb::Leave), out);
      return out;
    }
    for (const auto& p : e_.people) {
      if (only_ && !only_->count(p.id)) continue;
      auto it = s.flags.find(talk_count_flag(p.id));
      if (it != s.flags.end() && it->second >= budget_.max_talks) continue;
      attempt(s, make_command(Verb::Talk, {p.id}), out);
    }
    if (auto b = next_boundary(s.clock)) attempt(s, make_command(Verb::Wait, {}, *b - s.clock), out);
    for (const auto& a : e_.people)
      for (const auto& k : a.knows) {
        const Person* b = e_.person(k.person);
        if (b == nullptr || !b->needs_introduction) continue;
        if (only_ && !only_->count(b->id)) continue;  // an introduction to someone searched for
        const auto* rb = s.find_rel(b->id);
        if (rb && (rb->introduced || rb->met())) continue;
        attempt(s, make_command(Verb::AskIntro, {a.id, b->id}), out);
      }
    for (const auto& [a, b] : pairs_) {
      if (only_ && !only_->count(a->id) && !only_->count(b->id)) continue;  // someone searched for, introduced
      const auto* ra = s.find_rel(a->id);
      const auto* rb = s.find_rel(b->id);
      if (!ra || !rb || !ra->met() || !rb->met()) continue;
      attempt(s, make_command(Verb::Introduce, {a->id, b->id}), out);
    }
    attempt(s, make_command(Verb::End), out);
    return out;
  }

  // Expands one state; new states go to `push` (or, after the event, to the leaves).
  template <typename Push>
  void expand(const RunState& s, int idx, Memo& seen, Push&& push) {
    for (auto& m : moves(s)) {
      slim(m.state);
      if (!novel(m.state, seen)) {
        found_again(idx, m.command, m.keys);
        continue;
      }
      const int next_idx = tree_.add(idx, m.command);
      found(m.keys, next_idx);
      observe(m.state, next_idx);
      if (m.state.phase != sim::Phase::Event) {
        after_event(m.state, next_idx);
        continue;
      }
      push(std::move(m.state), next_idx);
    }
  }

  // The invitations after an event played for one relationship (see after_event): where the
  // scores moved after each yes.
  std::unordered_map<std::uint64_t, std::vector<std::pair<int, int>>> chains_;
  static std::uint64_t chain_key(const std::string& person, const sim::Relationship& r, int event_no) {
    KeyWriter w;
    w.put(person);
    w.put(event_no);
    for (int v : {r.regard, r.rapport, r.standing_regard, r.standing_rapport, r.familiarity, r.met_event,
                  r.introduced ? 1 : 0, r.ask_cooldown_until, r.awkward_event, r.asked_in_phase, r.contact_phase})
      w.put(v);
    for (const auto& m : r.memory) {
      w.put(m.tag);
      w.put(m.event_no);
    }
    w.put(std::string("|rungs"));
    for (const auto& step : r.rungs) {
      w.put(static_cast<long long>(step.rung));
      w.put(step.event_no);
    }
    w.put(std::string("|planned"));
    for (AskKind k : r.planned) w.put(static_cast<long long>(k));
    w.put(r.last_outcome);
    return w.fingerprint();
  }
  // A chain played before can stand for another only when nothing else it could show is still
  // open: an item someone shares only when some condition holds, not yet seen to hold (an
  // invitation could be what makes it hold).
  bool chains_reusable() const {
    for (const auto& p : e_.people)
      for (const auto& h : p.holds)
        if (!h.shared_when.empty() && !shared_ok_.count({p.id, h.item})) return false;
    return true;
  }
  // The scores at one end of the event, for the ranges the report gives.
  void end_scores(int joy, int value) {
    if (!any_end_) {
      joy_min_ = joy_max_ = joy;
      value_min_ = value_max_ = value;
      any_end_ = true;
    }
    joy_min_ = std::min(joy_min_, joy);
    joy_max_ = std::max(joy_max_, joy);
    value_min_ = std::min(value_min_, value);
    value_max_ = std::max(value_max_, value);
  }

  // After the event: each agreed follow-up, then each invitation, as leaves.
  void after_event(const RunState& ended, int idx) {
    consider_end(ended, idx);  // promises left undone: next event they are remembered as broken
    RunState s = ended;
    no_debrief(s);
    int at = idx;
    for (const auto& f : ended.follow_ups) {
      if (f.done || f.lapsed) continue;
      const auto cmd = make_command(Verb::FollowUp, {f.person});
      if (sim::apply(c_, s, cmd).ok) {
        at = tree_.add(at, sim::to_text(cmd));
        observe(s, at);
      }
    }
    // Invitations, one person at a time, each kind in turn from where the last yes left you
    // (a coffee that took place makes lunch a smaller step, and lunch a personal invitation).
    const bool reuse = chains_reusable();
    for (const auto& [id, rel] : ended.people) {
      if (!rel.met()) continue;
      // The answers depend only on how this person stands with the player and on the event: a
      // chain played before for the same relationship is not played again. Its rungs were found
      // then; only where its scores end up is new.
      const std::uint64_t key = reuse ? chain_key(id, rel, s.event_no()) : 0;
      if (reuse) {
        auto known = chains_.find(key);
        if (known != chains_.end()) {
          for (const auto& [joy, value] : known->second) end_scores(s.enjoyment + joy, s.value + value);
          continue;
        }
      }
      std::vector<std::pair<int, int>> moved;
      RunState t = s;
      int t_at = at;
      for (AskKind k : {AskKind::Coffee, AskKind::Lunch, AskKind::Drinks, AskKind::Personal}) {
        RunState u = t;
        u.fixed_roll = kHighRoll;
        const auto cmd = make_command(Verb::Invite, {id}, 0, k);
        if (!sim::apply(c_, u, cmd).ok || u.asks.empty() || !u.asks.back().accepted) continue;
        t_at = tree_.add(t_at, sim::to_text(cmd) + "   # yes");
        observe(u, t_at);
        moved.emplace_back(u.enjoyment - s.enjoyment, u.value - s.value);
        t = std::move(u);
      }
      if (reuse) chains_.emplace(key, std::move(moved));
    }
    consider_end(s, at);
    // The end that did the most (people met, items, hints, memories) is kept for the next event.
    int score = 0;
    for (const auto& [id, rel] : s.people)
      score += 10 * sim::rung_number(rel.rung()) + (rel.met() ? 10 : 0) + static_cast<int>(rel.memory.size());
    score += static_cast<int>(s.items.size()) * 5 + static_cast<int>(s.learned.size());
    if (score > richest_score_) {
      richest_score_ = score;
      richest_idx_ = at;
      richest_ = s;
      richest_->fixed_roll.reset();
      clear_talk_counts(*richest_);
      drop_records(*richest_);
    }
  }

 public:
  // The arrivals this event hands the next one, besides having done nothing: the end that did
  // the most, as it is and with everyone met invited to coffee, to lunch, and personally (each
  // accepted where the dice allow), so later conditions on every rung can be tried.
  std::vector<std::pair<RunState, Path>> richest_ends() const {
    std::vector<std::pair<RunState, Path>> out;
    if (!richest_) return out;
    const Path base = tree_.full_path(richest_idx_);
    out.emplace_back(*richest_, base);
    for (AskKind k : {AskKind::Coffee, AskKind::Lunch, AskKind::Personal}) {
      RunState t = *richest_;
      Path path = base;
      for (const auto& [id, rel] : richest_->people) {
        if (!rel.met()) continue;
        RunState u = t;
        u.fixed_roll = kHighRoll;
        const auto cmd = make_command(Verb::Invite, {id}, 0, k);
        if (sim::apply(c_, u, cmd).ok && !u.asks.empty() && u.asks.back().accepted) {
          t = std::move(u);
          path.push_back(sim::to_text(cmd) + "   # yes");
        }
      }
      t.fixed_roll.reset();
      drop_records(t);
      out.emplace_back(std::move(t), std::move(path));
    }
    return out;
  }

  // Ends of this event unlike any kept before (some fact, or some person's standing with the
  // player, that no kept end has), so that later events are explored from each, in the order
  // found (breadth first: the shortest first).
  std::vector<std::pair<RunState, Path>> diverse_ends() const { return diverse_; }

  // What the search found, for the report: the path from the campaign's start to the first
  // state that showed `key`, if any.
  std::optional<Path> witness(const std::string& key) const {
    auto it = found_.find(key);
    if (it == found_.end()) return std::nullopt;
    return tree_.full_path(it->second);
  }
  std::optional<Path> breaking(const std::string& where) const { return witness("broken:" + where); }
  // For each person, the witness of each choice taken with them that does something (a
  // memory, a hint, an item, a number…): a past a later event's conversation may need.
  std::vector<std::tuple<std::string, Path, const Choice*>> choices_taken() const {
    std::vector<std::tuple<std::string, Path, const Choice*>> out;
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes)
        for (const auto& ch : n.choices) {
          if (ch.effects.empty() && !ch.ask) continue;
          if (auto w = witness("took:" + d.id + "/" + n.id + "/" + ch.id)) out.emplace_back(d.person, std::move(*w), &ch);
        }
    return out;
  }
  bool assumption_tested(const std::string& where) const { return assumptions_tested_.count(where) > 0; }
  bool complete() const { return complete_; }

 private:
  // [SECTION] What each state shows

  // found_.emplace(prefix + rest, idx), with the key built in one reused string (this is called
  // for every state, and the key is nearly always there already).
  void note_found(const char* prefix, const std::string& rest, int idx) {
    found_key_.assign(prefix);
    found_key_ += rest;
    if (found_.find(found_key_) == found_.end()) found_.emplace(found_key_, idx);
  }
  std::string found_key_;
  void observe(const RunState& s, int idx) {
    if (s.phase != sim::Phase::Event) end_scores(s.enjoyment, s.value);
    for (const auto& a : s.items) {
      note_found("item:", a.item, idx);
      if (a.event_no != s.event_no()) continue;
      auto it = items_.find(a.item);
      if (it == items_.end()) items_[a.item] = {a.minute, idx};
      else if (a.minute < it->second.first) it->second.first = a.minute;
    }
    for (const auto& p : e_.people) {
      const auto* rel = s.find_rel(p.id);
      const int r = rel ? sim::rung_number(rel->rung()) : 0;
      auto it = rungs_.find(p.id);
      // Each rung up to the highest seen is already found.
      const int seen = it == rungs_.end() ? 0 : it->second.first;
      if (it == rungs_.end() || r > seen) rungs_[p.id] = {r, idx};
      for (int level = seen + 1; level <= r; ++level) note_found("rung:", p.id + "/" + to_string(static_cast<Rung>(level)), idx);
      for (const auto& h : p.holds)
        if (!h.shared_when.empty() && !shared_ok_.count({p.id, h.item}) &&
            sim::willing_to_share(c_, s, p, h.item))
          shared_ok_.insert({p.id, h.item});
    }
    if (s.phase != sim::Phase::Event || !s.conversation) return;
    const Dialogue* d = e_.dialogue(s.conversation->dialogue);
    const Node* n = d ? d->find(s.conversation->node) : nullptr;
    if (d == nullptr || n == nullptr) return;
    bool any = false;
    for (const auto& v : sim::visible_choices(c_, s, *d, *n))
      if (v.available) {
        any = true;
        open_choices_.insert(v.choice);
        const std::string where = d->id + "/" + n->id + "/" + v.choice->id;
        note_found("choice:", where, idx);
        if (!v.choice->assumes.empty()) {
          assumptions_tested_.insert(where);
          if (!v.choice->assumes.holds(sim::SimEnv(c_, s, d->person, d->id))) found_.emplace("broken:" + where, idx);
        }
      }
    for (const auto& ch : n->choices) {
      auto it = conditions_.find(&ch);
      if (it == conditions_.end()) continue;
      condition_tested_.insert(&ch);
      if (!condition_held_.count(&ch) && sim::choice_blocked(c_, s, *d, it->second).empty())
        condition_held_.insert(&ch);
    }
    if (!any && !n->choices.empty()) stuck_.emplace(std::make_pair(d->id, n->id), idx);
  }

  // Records the nodes a talk or a choice led to, and how (the ways in).
  void note_transition(const RunState& before, const RunState& after, const Command& cmd) {
    const Dialogue* d = nullptr;
    std::string start, from, choice_id, text, via;
    if (cmd.verb == Verb::Talk) {
      const Dialogue* dd = e_.dialogue_for(cmd.args[0]);
      if (dd == nullptr) return;
      d = dd;
      // As the talk command opens it: where the player left off, else `again:` for a second
      // talk in the same event, else the start.
      auto cur = before.cursors.find(d->id);
      auto rel = before.people.find(cmd.args[0]);
      const bool again = !d->again.empty() && rel != before.people.end() && rel->second.met() &&
                         rel->second.met_event == before.event_no();
      start = cur != before.cursors.end() ? cur->second : again ? d->again : d->start;
      via = cur != before.cursors.end() ? "resume" : again ? "again" : "talk";
    } else if (cmd.verb == Verb::Choose && before.conversation) {
      d = e_.dialogue(before.conversation->dialogue);
      const Node* n = d ? d->find(before.conversation->node) : nullptr;
      if (n == nullptr) return;
      const auto views = sim::visible_choices(c_, before, *d, *n);
      if (cmd.number < 1 || cmd.number > static_cast<int>(views.size())) return;
      const Choice& ch = *views[static_cast<std::size_t>(cmd.number - 1)].choice;
      from = n->id;
      choice_id = ch.id;
      text = ch.text;
      pending_.push_back("took:" + d->id + "/" + n->id + "/" + ch.id);
      if (ch.ask) {
        const bool yes = !after.asks.empty() && after.asks.back().accepted;
        start = yes ? ch.ask->accepted : ch.ask->declined;
        via = yes ? "accepted" : "declined";
        pending_.push_back("ask:" + d->id + "/" + n->id + "/" + ch.id + (yes ? "/yes" : "/no"));
      } else if (!ch.next.empty()) {
        start = ch.next;
        via = "choice";
      } else {
        return;  // the conversation ends
      }
    } else {
      return;
    }
    std::string node = start, prev;
    for (int hops = 0; hops < 64; ++hops) {
      const Node* n = d->find(node);
      if (n == nullptr) return;
      reached_.insert({d->id, n->id});
      pending_.push_back("node:" + d->id + "/" + n->id);
      if (!n->assumes.empty()) {
        const std::string where = d->id + "/" + n->id;
        assumptions_tested_.insert(where);
        if (!n->assumes.holds(sim::SimEnv(c_, after, n->speaker, d->id))) pending_.push_back("broken:" + where);
      }
      WayIn w{prev.empty() ? from : prev, choice_id, text, prev.empty() ? via : "continues", prev};
      const std::string k = d->id + "\x1f" + n->id + "\x1f" + w.from_node + "\x1f" + w.choice + "\x1f" + w.via;
      if (way_keys_.insert(k).second) ways_[{d->id, n->id}].push_back(w);
      if (!n->choices.empty() || n->end || n->next.empty()) return;
      prev = n->id;
      node = n->next;
    }
  }

  // [SECTION] A tour: everyone in turn, each conversation played to its best end

  // Everyone, starting with the `first`-th person as written, forwards or backwards, `laps` times.
  std::vector<const Person*> order(std::size_t first, bool backwards, int laps) const {
    std::vector<const Person*> out;
    const std::size_t n = e_.people.size();
    for (int lap = 0; lap < laps; ++lap)
      for (std::size_t i = 0; i < n; ++i) {
        const std::size_t k = backwards ? (first + n - i) % n : (first + i) % n;
        out.push_back(&e_.people[k]);
      }
    return out;
  }

  static int worth(const RunState& s) {
    int w = static_cast<int>(s.items.size()) * 20 + static_cast<int>(s.learned.size()) * 3;
    for (const auto& [id, r] : s.people)
      w += 10 * sim::rung_number(r.rung()) + r.regard + r.rapport + 5 * static_cast<int>(r.planned.size());
    return w + 5 * static_cast<int>(s.follow_ups.size());
  }

  // From an arrival, talks with each person in turn (waiting for them if they come later) and
  // keeps the best end of each conversation, then ends the event: the arrival for the next event
  // that has done the most (after_event keeps it when it is the richest).
  void tour(std::size_t arrival, const std::vector<const Person*>& order) {
    RunState s = starts_[arrival];
    int at = root(arrival);
    for (const Person* pp : order) {
      const Person& p = *pp;
      if (s.phase != sim::Phase::Event) break;
      std::vector<Result> first;
      attempt(s, make_command(Verb::Talk, {p.id}), first);
      for (int tries = 0; first.empty() && tries < 4; ++tries) {
        auto b = next_boundary(s.clock);
        if (!b) break;
        std::vector<Result> waited;
        attempt(s, make_command(Verb::Wait, {}, *b - s.clock), waited);
        if (waited.empty() || waited.front().state.phase != sim::Phase::Event) break;
        s = std::move(waited.front().state);
        at = tree_.add(at, waited.front().command);
        attempt(s, make_command(Verb::Talk, {p.id}), first);
      }
      // The conversation, searched to its ends; the best end goes on.
      std::deque<std::pair<RunState, int>> queue;
      Memo seen;
      std::optional<std::pair<RunState, int>> best;
      for (auto& m : first) {
        slim(m.state);
        const int i = tree_.add(at, m.command);
        found(m.keys, i);
        observe(m.state, i);
        queue.emplace_back(std::move(m.state), i);
      }
      while (!queue.empty() && seen.size() < std::min<std::size_t>(1000, budget_.max_focus_states)) {
        auto [c, idx] = std::move(queue.front());
        queue.pop_front();
        if (!c.conversation || c.phase != sim::Phase::Event) {
          if (!best || worth(c) > worth(best->first)) best.emplace(c, idx);
          continue;
        }
        for (auto& m : moves(c)) {
          slim(m.state);
          if (!novel(m.state, seen)) {
            found_again(idx, m.command, m.keys);
            continue;
          }
          const int i = tree_.add(idx, m.command);
          found(m.keys, i);
          observe(m.state, i);
          queue.emplace_back(std::move(m.state), i);
        }
      }
      if (best) {
        s = std::move(best->first);
        at = best->second;
      }
    }
    if (s.phase == sim::Phase::Event) {
      if (!sim::apply(c_, s, make_command(Verb::End)).ok) return;
      at = tree_.add(at, "end");
      observe(s, at);
    }
    if (s.phase == sim::Phase::FollowUp) after_event(s, at);
  }

  // [SECTION] The report

  void report(EventReport& out) {
    out.event = e_.id;
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes) {
        const bool reached = reached_.count({d.id, n.id}) > 0;
        NodeWays nw{d.id, n.id, n.say, n.pos, {}, reached};
        auto it = ways_.find({d.id, n.id});
        if (it != ways_.end()) nw.ways = it->second;
        // Every other way written to lead here (all of them, for a line never reached), so a
        // reviewer still sees every choice that leads here. A way the search recorded no step
        // through is still taken when what it hangs on was: its choice open somewhere (taking
        // it leads here), its ask answered this way, the line it follows on from reached.
        auto other_way = [&](WayIn w, bool taken) {
          const std::string k = d.id + "\x1f" + n.id + "\x1f" + w.from_node + "\x1f" + w.choice + "\x1f" + w.via;
          if (way_keys_.count(k)) return;
          w.seen = taken;
          nw.ways.push_back(std::move(w));
        };
        auto continues_listed = [&](const std::string& from) {
          return std::any_of(nw.ways.begin(), nw.ways.end(),
                             [&](const WayIn& w) { return w.via == "continues" && w.from_node == from; });
        };
        if (d.start == n.id) other_way({"", "", "", "talk", "", true}, false);
        if (!d.again.empty() && d.again == n.id) other_way({"", "", "", "again", "", true}, false);
        for (const auto& m : d.nodes) {
          if (m.choices.empty() && !m.end && m.next == n.id && !continues_listed(m.id))
            other_way({m.id, "", "", "continues", m.id, true}, reached_.count({d.id, m.id}) > 0);
          for (const auto& ch : m.choices) {
            const std::string where = d.id + "/" + m.id + "/" + ch.id;
            if (ch.next == n.id && !ch.ask) other_way({m.id, ch.id, ch.text, "choice", "", true}, open_choices_.count(&ch) > 0);
            if (ch.ask && ch.ask->accepted == n.id)
              other_way({m.id, ch.id, ch.text, "accepted", "", true}, found_.count("ask:" + where + "/yes") > 0);
            if (ch.ask && ch.ask->declined == n.id)
              other_way({m.id, ch.id, ch.text, "declined", "", true}, found_.count("ask:" + where + "/no") > 0);
          }
        }
        out.ways_in.push_back(std::move(nw));
        if (!reached) {
          out.unreached_nodes.push_back({d.id, n.id, n.pos});
          continue;
        }
        for (const auto& ch : n.choices) {
          if (!open_choices_.count(&ch)) out.unavailable_choices.push_back({d.id, n.id, ch.id, ch.text, ch.pos});
          if (condition_tested_.count(&ch) && !condition_held_.count(&ch)) {
            const std::string cond = requirements_text(ch);
            out.impossible_conditions.push_back({"choice", d.id + "/" + n.id + "/" + ch.id, cond, ch.pos});
          }
        }
      }
    for (const auto& p : e_.people)
      for (const auto& h : p.holds)
        if (!h.shared_when.empty() && !shared_ok_.count({p.id, h.item}))
          out.impossible_conditions.push_back({"shared_when", p.id + "/" + h.item, h.shared_when.source(), h.pos});
    auto add_item = [&](const std::string& item, const std::string& role) {
      for (const auto& x : out.items)
        if (x.item == item) return;
      ItemReach ir;
      ir.item = item;
      ir.role = role;
      auto it = items_.find(item);
      if (it != items_.end()) {
        ir.obtainable = true;
        ir.earliest_minute = it->second.first - e_.starts;
        ir.path = tree_.full_path(it->second.second);
      }
      out.items.push_back(std::move(ir));
    };
    for (const auto& v : e_.player.needs) add_item(v.item, "need");
    for (const auto& v : e_.player.side_goals) add_item(v.item, "side-goal");
    for (const auto& p : e_.people)
      for (const auto& h : p.holds) add_item(h.item, "held");
    for (const auto& p : e_.people) {
      PersonReach pr;
      pr.id = p.id;
      auto it = rungs_.find(p.id);
      if (it != rungs_.end()) {
        pr.max_rung = static_cast<Rung>(it->second.first);
        pr.path = tree_.full_path(it->second.second);
      }
      out.people.push_back(std::move(pr));
    }
    out.enjoyment_min = joy_min_;
    out.enjoyment_max = joy_max_;
    out.value_min = value_min_;
    out.value_max = value_max_;
    for (const auto& [where, idx] : stuck_) {
      const Dialogue* d = e_.dialogue(where.first);
      const Node* n = d ? d->find(where.second) : nullptr;
      out.stuck.push_back({where.first, where.second, n ? n->pos : SourcePos{}, tree_.full_path(idx)});
    }
  }
};

}  // namespace

// [SECTION] Verdicts ------------------------------------------------------------------------------

namespace {


// Gives every question of one event its verdict: found by the search, ruled out by the bound,
// or neither.
class Verdicts {
 public:
  Verdicts(const Campaign& c, const Bound& b, std::size_t step, const EventSearch& search, const Budget& budget,
           Report& out)
      : c_(c), b_(b), step_(step), e_(c.steps[step].event), search_(search), budget_(budget), out_(out) {}

  void run() {
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes) {
        const std::string where = d.id + "/" + n.id;
        decide("node", where, "node:" + where, b_.node_possible(step_, d.id, n.id),
               [&] { return b_.why_node(step_, d, n); }, n.pos);
        assumption(where, n.assumes, n.assumes_pos, n.speaker, d.id, &d, &n);
        for (const auto& ch : n.choices) {
          const std::string cw = where + "/" + ch.id;
          const bool node_ok = b_.node_possible(step_, d.id, n.id);
          decide("choice", cw, "choice:" + cw, node_ok && b_.choice_possible(step_, ch),
                 [&] { return node_ok ? b_.why_choice(step_, d, ch) : "its line is never reached: " + b_.why_node(step_, d, n); },
                 ch.pos);
          assumption(cw, ch.assumes, ch.assumes_pos, d.person, d.id);
          if (!ch.ask) continue;
          for (bool yes : {true, false}) {
            const bool ok = node_ok && b_.choice_possible(step_, ch) && b_.ask_answer_possible(step_, ch, yes);
            decide("ask", cw + (yes ? "/yes" : "/no"), "ask:" + cw + (yes ? "/yes" : "/no"), ok,
                   [&] {
                     if (node_ok && b_.choice_possible(step_, ch)) return b_.why_never_yes(d.person, ch.ask->kind);
                     return "the ask is never made: " + (node_ok ? b_.why_choice(step_, d, ch) : b_.why_node(step_, d, n));
                   },
                   ch.pos);
          }
        }
      }
    for (const auto& v : e_.player.needs) item("need", v);
    for (const auto& v : e_.player.side_goals) item("item", v);
    for (const auto& p : e_.people)
      for (const auto& h : p.holds) item("item", h);
    refill_lists();
    for (const auto& p : e_.people)
      for (int r = 1; r <= 5; ++r) {
        const std::string name = to_string(static_cast<Rung>(r));
        decide("rung", p.id + "/" + name, "rung:" + p.id + "/" + name, b_.max_rung(p.id) >= r,
               [&] { return b_.why_rung(p.id, r); }, p.pos);
      }
  }

 private:
  const Campaign& c_;
  const Bound& b_;
  std::size_t step_;
  const Event& e_;
  const EventSearch& search_;
  const Budget& budget_;
  Report& out_;
  std::set<std::string> items_done_;

  // The event's lists of what never happens, from the verdicts: only what is proved.
  void refill_lists() {
    EventReport& er = out_.events.back();
    er.unreached_nodes.clear();
    er.unavailable_choices.clear();
    er.impossible_conditions.clear();
    for (const auto& d : e_.dialogues)
      for (const auto& n : d.nodes) {
        if (!b_.node_possible(step_, d.id, n.id)) {
          er.unreached_nodes.push_back({d.id, n.id, n.pos});
          continue;
        }
        for (const auto& ch : n.choices) {
          if (b_.choice_possible(step_, ch)) continue;
          er.unavailable_choices.push_back({d.id, n.id, ch.id, ch.text, ch.pos});
          if (!ch.requires_.empty() || !ch.condition.empty())
            er.impossible_conditions.push_back({"choice", d.id + "/" + n.id + "/" + ch.id, requirements_text(ch), ch.pos});
        }
      }
    for (const auto& p : e_.people)
      for (const auto& h : p.holds)
        if (!h.shared_when.empty() && !b_.shared_possible(step_, p, h))
          er.impossible_conditions.push_back({"shared_when", p.id + "/" + h.item, h.shared_when.source(),
                                              h.shared_when_pos.line ? h.shared_when_pos : h.pos});
  }

  template <typename Why>
  void decide(const char* kind, const std::string& key, const std::string& search_key, bool possible, Why&& why,
              const SourcePos& pos) {
    Question q;
    q.kind = kind;
    q.key = key;
    q.event = e_.id;
    q.pos = pos;
    if (auto w = search_.witness(search_key)) {
      q.verdict = Verdict::Reachable;
      q.witness = std::move(*w);
    } else if (!possible) {
      q.verdict = Verdict::Unreachable;
      q.reason = why();
    } else {
      q.verdict = Verdict::Undecided;
      q.reason = "not found within the budget (" + std::to_string(budget_.max_states) +
                 " states), and nothing rules it out";
    }
    out_.questions.push_back(std::move(q));
  }

  void item(const char* kind, const ValueItem& v) {
    if (!items_done_.insert(v.item).second) return;
    decide(kind, v.item, "item:" + v.item, b_.item_possible(v.item), [&] { return b_.why_item(v.item); },
           v.pos);
  }

  // Broken when a way in the search took breaks it; proved when the search was complete, or
  // when it holds in every state the bound allows; else unproven (and counted).
  void assumption(const std::string& where, const Expr& assumes, const SourcePos& pos, const std::string& person,
                  const std::string& dialogue, const Dialogue* d = nullptr, const Node* n = nullptr) {
    if (assumes.empty()) return;
    ++out_.assumptions;
    if (auto w = search_.breaking(where)) {
      out_.broken_assumptions.push_back({e_.id, where, assumes.source(), pos, std::move(*w), 1});
      return;
    }
    if (search_.complete() || b_.always_holds(step_, person, dialogue, assumes)) return;
    if (d != nullptr && n != nullptr && guarded(*d, *n, conjuncts(assumes.source()))) return;
    ++out_.assumptions_unproven;
  }

  // An expression's parts joined by `and` at the top level, each with its spaces tidied
  // ("a and (b or c)" has two; a part in brackets is kept whole).
  static std::vector<std::string> conjuncts(const std::string& source) {
    std::vector<std::string> out;
    std::string part;
    int depth = 0;
    std::istringstream words(source);
    std::string w;
    auto flush = [&] {
      if (!part.empty()) out.push_back(part);
      part.clear();
    };
    while (words >> w) {
      for (char ch : w) depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
      if (w == "and" && depth == 0) {
        flush();
        continue;
      }
      part += (part.empty() ? "" : " ") + w;
    }
    flush();
    return out;
  }

  // Whether a part of an assumption, once true, stays true for the rest of the conversation and
  // while the player is away from it: knew() and not knew() (fixed as the event begins), and
  // knows(), met() and introduced() (which only ever become true). When `resumed` is false (a
  // line the player can't step away at), not knows() and not met() count too: nothing said on
  // the way from the choice to the line introduces anyone or starts a talk.
  static bool lasting(const std::string& part, bool resumed) {
    static const std::regex forever(R"(^(not )?knew\([A-Za-z0-9_-]+\)$|^(knows|met|introduced)\([A-Za-z0-9_-]+\)$)");
    static const std::regex until_left(R"(^not (knows|met|introduced)\([A-Za-z0-9_-]+\)$)");
    return std::regex_match(part, forever) || (!resumed && std::regex_match(part, until_left));
  }

  // An assumption proved because every way into its line is guarded by it: every choice that
  // leads there (by next:, or an ask's answer) has a condition with each of the assumption's
  // parts among its own, every line that leads there by next: is guarded the same way, the line
  // is not where a conversation starts (start: or again:), and each part lasts (see lasting)
  // from the choice to the line, and while the player is away when the line can be resumed
  // (a line with choices: stepping away there and talking again says it again). A choice whose
  // condition doesn't test the parts still guards when the line offering it is guarded.
  bool guarded(const Dialogue& d, const Node& n, const std::vector<std::string>& parts) const {
    std::set<std::string> visiting;
    return guarded(d, n, parts, visiting);
  }
  bool guarded(const Dialogue& d, const Node& n, const std::vector<std::string>& parts,
               std::set<std::string>& visiting) const {
    if (parts.empty() || n.id == d.start || n.id == d.again || n.speaker != d.person) return false;
    if (!visiting.insert(n.id).second) return true;  // a loop adds no way in of its own
    const bool resumed = !n.choices.empty();
    for (const auto& part : parts)
      if (!lasting(part, resumed)) return false;
    bool any = false;
    for (const auto& m : d.nodes) {
      if (m.next == n.id) {
        if (!guarded(d, m, parts, visiting)) return false;
        any = true;
      }
      for (const auto& ch : m.choices) {
        const bool leads = ch.next == n.id || (ch.ask && (ch.ask->accepted == n.id || ch.ask->declined == n.id));
        if (!leads) continue;
        // Its condition tests each part, or the line offering it is itself guarded (and each
        // part lasts while there, away or not).
        const auto has = conjuncts(ch.condition.source());
        bool tested = true;
        for (const auto& part : parts) tested = tested && std::find(has.begin(), has.end(), part) != has.end();
        if (!tested && !guarded(d, m, parts, visiting)) return false;
        any = true;
      }
    }
    return any;
  }
};

}  // namespace

namespace {

// Plays path[from, to) on `s`: whether every command was accepted and every noted ask got
// that answer.
bool play_lines(const Campaign& c, const Path& path, std::size_t from, std::size_t to, sim::RunState& s) {
  for (std::size_t i = from; i < to; ++i) {
    std::optional<bool> answer;
    const std::string text = strip_note(path[i], answer);
    std::string error;
    const auto cmd = sim::parse_command(text, error);
    if (!cmd) return false;
    const std::size_t asks = s.asks.size();
    if (!sim::apply(c, s, *cmd).ok) return false;
    if (answer) {
      if (s.asks.size() == asks) return false;
      if (s.asks.back().accepted != *answer) return false;
    }
  }
  return true;
}

}  // namespace

bool replay(const Campaign& c, const Path& path, std::uint64_t seed, sim::RunState& out) {
  out = sim::start_run(c, seed);
  return play_lines(c, path, 0, path.size(), out);
}

std::uint64_t find_seed(const Campaign& c, const Path& path, std::uint64_t max_seeds) {
  std::size_t first_ask = path.size();
  for (std::size_t i = 0; i < path.size() && first_ask == path.size(); ++i)
    if (path[i].find('#') != std::string::npos) first_ask = i;
  sim::RunState s;
  if (first_ask == path.size()) return replay(c, path, 1, s) ? 1 : 0;
  // The dice are drawn only by asks, so every seed plays the same up to the first: that part is
  // played once, and each seed goes on from there with its own generator. The seed found is
  // then checked by a whole replay, as the game would play it.
  sim::RunState before = sim::start_run(c, 1);
  if (!play_lines(c, path, 0, first_ask, before)) return 0;
  std::uint64_t found = 0;
  for (std::uint64_t seed = 1; seed <= max_seeds && found == 0; ++seed) {
    s = before;
    s.seed = seed;
    s.rng = sim::Rng(seed);
    if (play_lines(c, path, first_ask, path.size(), s)) found = seed;
  }
  if (found == 0 || replay(c, path, found, s)) return found;
  // Should the dice ever be drawn before an ask, every seed from the start.
  for (std::uint64_t seed = 1; seed <= max_seeds; ++seed)
    if (replay(c, path, seed, s)) return seed;
  return 0;
}

namespace {

// Each witness found in an event, under the person it reached something with (the dialogue's
// person, or the person of a rung), once each.
void add_history(const Event& e, const std::vector<Question>& questions, std::size_t from,
                 const std::vector<std::tuple<std::string, Path, const Choice*>>& taken, History& history) {
  std::map<std::string, std::set<Path>> seen;
  for (const auto& [person, pasts] : history)
    for (const auto& past : pasts) seen[person].insert(past.path);
  for (const auto& [person, path, choice] : taken)
    if (seen[person].insert(path).second) history[person].push_back({path, choice});
  for (std::size_t i = from; i < questions.size(); ++i) {
    const Question& q = questions[i];
    if (q.verdict != Verdict::Reachable || q.witness.empty()) continue;
    const std::string head = q.key.substr(0, q.key.find('/'));
    std::string person;
    if (q.kind == "item" || q.kind == "need") person = item_key(q.key);
    else if (q.kind == "rung") person = head;
    else if (const Dialogue* d = e.dialogue(head)) person = d->person;
    if (person.empty() || !seen[person].insert(q.witness).second) continue;
    history[person].push_back({q.witness, nullptr});
  }
}

}  // namespace

Report explore(const Campaign& c, const Budget& budget) {
  Report report;
  if (c.steps.empty()) return report;
  const bool with_scores = campaign_reads_scores(c);
  const Relevant relevant = relevant_ids(c, with_scores);
  const Relevant held = with_scores ? relevant : relevant_ids(c, true);  // what a state keeps (EventSearch::slim)
  const Bound bound(c);
  // Arrivals: the campaign's start, then for each later event, doing nothing in the events
  // before, and the richest ends found in the event before; each with its path from the start.
  std::vector<RunState> arrivals{sim::start_run(c, 1)};
  std::vector<Path> prefixes{Path{}};
  RunState idle = arrivals.front();
  Path idle_path;
  History history;
  for (std::size_t step = 0; step < c.steps.size(); ++step) {
    EventSearch search(c, step, budget, with_scores, relevant, held, bound);
    EventReport er;
    search.run(arrivals, prefixes, history, er);
    report.events.push_back(std::move(er));
    const std::size_t first_question = report.questions.size();
    Verdicts(c, bound, step, search, budget, report).run();
    add_history(c.steps[step].event, report.questions, first_question, search.choices_taken(), history);
    if (step + 1 >= c.steps.size()) break;
    // The next arrivals.
    std::vector<RunState> next;
    std::vector<Path> next_prefixes;
    if (sim::apply(c, idle, make_command(Verb::End)).ok && sim::apply(c, idle, make_command(Verb::Next)).ok) {
      idle_path.push_back("end");
      idle_path.push_back("next");
      next.push_back(idle);
      next_prefixes.push_back(idle_path);
    }
    auto ends = search.richest_ends();
    for (auto& end : search.diverse_ends()) ends.push_back(std::move(end));
    for (auto& [r, path] : ends)
      if (sim::apply(c, r, make_command(Verb::Next)).ok) {
        path.push_back("next");
        next.push_back(std::move(r));
        next_prefixes.push_back(std::move(path));
      }
    arrivals = std::move(next);
    prefixes = std::move(next_prefixes);
    if (arrivals.empty()) break;
  }
  // A seed whose dice give each ask on a witness the answer it notes, so the witness replays.
  std::map<Path, std::uint64_t> seeds;
  auto seed_for = [&](const Path& p) {
    auto it = seeds.find(p);
    if (it != seeds.end()) return it->second;
    return seeds[p] = find_seed(c, p);
  };
  for (auto& q : report.questions)
    if (q.verdict == Verdict::Reachable) q.seed = seed_for(q.witness);
  for (auto& b : report.broken_assumptions) b.seed = seed_for(b.witness);
  return report;
}

}  // namespace mingle::explore
