#include "core/sim/save.h"

#include "core/sim/commands.h"
#include "core/sim/debrief.h"
#include "core/util/atomic_file.h"
#include "core/util/hash.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <stdexcept>

namespace mingle::sim {

namespace {

// [SECTION] The check line --------------------------------------------------------------------------
// "# mingle-save-check: LENGTH CHECKSUM": the byte length of everything before the line and its
// 64-bit FNV-1a hash, in hex. It guards against accidents (a file cut short, a stray edit), not
// against someone forging a save on purpose, which a local game has no need to prevent.

constexpr std::string_view kCheckMark = "# mingle-save-check: ";

std::string check_line(std::string_view body) {
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stable_hash(body)));
  return std::string(kCheckMark) + std::to_string(body.size()) + " " + hex + "\n";
}

// Where the check line starts, when the text's last line is one (npos otherwise).
std::size_t check_line_at(std::string_view text) {
  if (text.empty()) return std::string_view::npos;
  std::size_t end = text.size();
  if (text[end - 1] == '\n') --end;
  const std::size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
  const std::size_t at = start == std::string_view::npos ? 0 : start + 1;
  return text.compare(at, kCheckMark.size(), kCheckMark) == 0 ? at : std::string_view::npos;
}

// The version a save declares on its "mingle_save: N" line, read without parsing the YAML (a
// file cut short may not parse); 0 when there is no such line near the top.
int declared_version(std::string_view text) {
  std::size_t at = 0;
  for (int line = 0; line < 8 && at < text.size(); ++line) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    const std::string_view l = text.substr(at, end - at);
    if (l.rfind("mingle_save:", 0) == 0) {
      int v = 0;
      for (char ch : l.substr(12))
        if (ch >= '0' && ch <= '9' && v < 1000) v = v * 10 + (ch - '0');
      return v;
    }
    at = end + 1;
  }
  return 0;
}

// Checks a save's integrity and returns the text to parse (without its check line), or false
// with a sentence. Saves of version 1 had no check line and are taken as they are.
bool unseal(std::string_view text, std::string& body, std::string& error) {
  const std::size_t at = check_line_at(text);
  if (at == std::string_view::npos) {
    const int v = declared_version(text);
    if (v >= 2) {
      error = "This save is incomplete: it stops before the check line Mingle writes at its end, so part of it "
              "is missing (a full disk or an interrupted copy can do this). It was not loaded.";
      return false;
    }
    body = std::string(text);
    return true;
  }
  body = std::string(text.substr(0, at));
  const std::string_view line = text.substr(at + kCheckMark.size());
  if (text.back() != '\n') {
    error = "This save's last line is cut short, so part of it may be missing. It was not loaded.";
    return false;
  }
  unsigned long long length = 0, sum = 0;
  const std::string fields(line.substr(0, std::min<std::size_t>(line.size(), 64)));
  if (std::sscanf(fields.c_str(), "%llu %llx", &length, &sum) != 2) {
    error = "This save's check line is damaged, so it can't be trusted. It was not loaded.";
    return false;
  }
  if (length != body.size()) {
    error = "This save is " + std::string(length > body.size() ? "shorter" : "longer") +
            " than when Mingle wrote it (" + std::to_string(body.size()) + " bytes instead of " +
            std::to_string(length) + "), so part of it is missing or was added. It was not loaded.";
    return false;
  }
  if (sum != stable_hash(body)) {
    error = "This save was changed after Mingle wrote it (its check line no longer matches), perhaps by an "
            "edit or damage on the disk. It was not loaded.";
    return false;
  }
  return true;
}

// [SECTION] Paired encode/decode, one pair per record -----------------------------------------------
// encode writes a record as a flow map with named keys; decode reads it back. decode also takes
// the positional lists of version 1, so older saves still load.

using YAML::Emitter;
using YAML::Node;

[[noreturn]] void bad(const std::string& what) { throw std::runtime_error(what); }

template <typename T>
void field(const Node& map, const char* key, T& v) {
  if (const Node n = map[key]) v = n.as<T>();
}
void field_kind(const Node& map, const char* key, ValueKind& v) {
  if (const Node n = map[key]) v = parse_value_kind(n.as<std::string>()).value_or(ValueKind::Solution);
}
void field_kind(const Node& map, const char* key, AskKind& v) {
  if (const Node n = map[key]) v = parse_ask_kind(n.as<std::string>()).value_or(AskKind::Coffee);
}
void need_map(const Node& n, const char* what) {
  if (!n.IsMap() && !n.IsSequence()) bad(std::string("a ") + what + " is neither a map nor a list");
}

// A key and its value, in one go.
template <typename T>
Emitter& kv(Emitter& out, const char* key, const T& value) {
  return out << YAML::Key << key << YAML::Value << value;
}
Emitter& kv(Emitter& out, const char* key, const std::string& value) {
  return out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value;
}

void encode(Emitter& out, const CurvePoint& p) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "event", p.event_no);
  kv(out, "minute", p.minute);
  kv(out, "value", p.value);
  if (p.after) kv(out, "after", true);
  out << YAML::EndMap;
}
void decode(const Node& n, CurvePoint& p) {
  need_map(n, "curve point");
  if (n.IsSequence()) {
    p = CurvePoint{n[0].as<int>(), n[1].as<int>(), n[2].as<int>()};
    return;
  }
  field(n, "event", p.event_no);
  field(n, "minute", p.minute);
  field(n, "value", p.value);
  field(n, "after", p.after);
}

void encode(Emitter& out, const Conversation& cv) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "person", cv.person);
  kv(out, "dialogue", cv.dialogue);
  kv(out, "node", cv.node);
  out << YAML::EndMap;
}
void decode(const Node& n, Conversation& cv) {
  if (!n.IsMap()) bad("the conversation is not a map");
  field(n, "person", cv.person);
  field(n, "dialogue", cv.dialogue);
  field(n, "node", cv.node);
}

void encode(Emitter& out, const Acquired& a) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "item", a.item);
  kv(out, "kind", std::string(to_string(a.kind)));
  kv(out, "label", a.label);
  kv(out, "from", a.from);
  kv(out, "event", a.event_no);
  kv(out, "minute", a.minute);
  out << YAML::EndMap;
}
void decode(const Node& n, Acquired& a) {
  if (!n.IsMap()) bad("an item is not a map");
  field(n, "item", a.item);
  field_kind(n, "kind", a.kind);
  a.label = a.item;
  field(n, "label", a.label);
  field(n, "from", a.from);
  field(n, "event", a.event_no);
  field(n, "minute", a.minute);
}

void encode(Emitter& out, const MemoryFact& m) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "tag", m.tag);
  kv(out, "event", m.event_no);
  out << YAML::EndMap;
}
void decode(const Node& n, MemoryFact& m) {
  need_map(n, "memory");
  if (n.IsSequence()) {
    m = MemoryFact{n[0].as<std::string>(), n[1].as<int>()};
    return;
  }
  field(n, "tag", m.tag);
  field(n, "event", m.event_no);
}

void encode(Emitter& out, const RungStep& st) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "rung", std::string(to_string(st.rung)));
  kv(out, "event", st.event_no);
  kv(out, "minute", st.minute);
  kv(out, "how", st.how);
  out << YAML::EndMap;
}
// False when the rung is not one this version knows (it is then skipped).
bool decode(const Node& n, RungStep& st) {
  need_map(n, "rung");
  std::string rung;
  if (n.IsSequence()) {
    rung = n[0].as<std::string>();
    st.event_no = n[1].as<int>();
    st.minute = n[2].as<int>();
    st.how = n[3].as<std::string>();
  } else {
    field(n, "rung", rung);
    field(n, "event", st.event_no);
    field(n, "minute", st.minute);
    field(n, "how", st.how);
  }
  const auto r = parse_rung(rung);
  if (r) st.rung = *r;
  return r.has_value();
}

void encode(Emitter& out, const Relationship& r) {
  out << YAML::BeginMap;
  kv(out, "regard", r.regard);
  kv(out, "rapport", r.rapport);
  kv(out, "standing_regard", r.standing_regard);
  kv(out, "standing_rapport", r.standing_rapport);
  kv(out, "familiarity", r.familiarity);
  kv(out, "met_event", r.met_event);
  kv(out, "introduced", r.introduced);
  kv(out, "ask_cooldown_until", r.ask_cooldown_until);
  kv(out, "awkward_event", r.awkward_event);
  kv(out, "asked_in_phase", r.asked_in_phase);
  kv(out, "contact_phase", r.contact_phase);
  out << YAML::Key << "memory" << YAML::Value << YAML::BeginSeq;
  for (const auto& m : r.memory) encode(out, m);
  out << YAML::EndSeq;
  out << YAML::Key << "rungs" << YAML::Value << YAML::BeginSeq;
  for (const auto& st : r.rungs) encode(out, st);
  out << YAML::EndSeq;
  out << YAML::Key << "planned" << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (AskKind k : r.planned) out << to_string(k);
  out << YAML::EndSeq;
  kv(out, "last_outcome", r.last_outcome);
  out << YAML::EndMap;
}
void decode(const Node& n, Relationship& r) {
  if (!n.IsMap()) bad("a relationship is not a map");
  if (const Node sc = n["scales"]) {  // version 1
    r.regard = sc[0].as<int>();
    r.rapport = sc[1].as<int>();
    r.standing_regard = sc[2].as<int>();
    r.standing_rapport = sc[3].as<int>();
    const Node ct = n["counters"];
    r.familiarity = ct[0].as<int>();
    r.met_event = ct[1].as<int>();
    r.introduced = ct[2].as<int>() != 0;
    r.ask_cooldown_until = ct[3].as<int>();
    r.awkward_event = ct[4].as<int>();
    r.asked_in_phase = ct[5].as<int>();
    r.contact_phase = ct[6].as<int>();
  } else {
    field(n, "regard", r.regard);
    field(n, "rapport", r.rapport);
    field(n, "standing_regard", r.standing_regard);
    field(n, "standing_rapport", r.standing_rapport);
    field(n, "familiarity", r.familiarity);
    field(n, "met_event", r.met_event);
    field(n, "introduced", r.introduced);
    field(n, "ask_cooldown_until", r.ask_cooldown_until);
    field(n, "awkward_event", r.awkward_event);
    field(n, "asked_in_phase", r.asked_in_phase);
    field(n, "contact_phase", r.contact_phase);
  }
  for (const auto& m : n["memory"]) decode(m, r.memory.emplace_back());
  for (const auto& st : n["rungs"]) {
    RungStep step;
    if (decode(st, step)) r.rungs.push_back(step);
  }
  for (const auto& k : n["planned"])
    if (auto kind = parse_ask_kind(k.as<std::string>())) r.planned.push_back(*kind);
  field(n, "last_outcome", r.last_outcome);
}

void encode(Emitter& out, const AgreedFollowUp& f) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "person", f.person);
  kv(out, "topic", f.topic);
  kv(out, "event", f.event_no);
  kv(out, "done", f.done);
  kv(out, "lapsed", f.lapsed);
  out << YAML::EndMap;
}
void decode(const Node& n, AgreedFollowUp& f) {
  need_map(n, "follow-up");
  if (n.IsSequence()) {
    f = AgreedFollowUp{n[0].as<std::string>(), n[1].as<std::string>(), n[2].as<int>(), n[3].as<int>() != 0,
                       n[4].as<int>() != 0};
    return;
  }
  field(n, "person", f.person);
  field(n, "topic", f.topic);
  field(n, "event", f.event_no);
  field(n, "done", f.done);
  field(n, "lapsed", f.lapsed);
}

void encode(Emitter& out, const ChoiceRecord& ch) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "event", ch.event_no);
  kv(out, "minute", ch.minute);
  kv(out, "person", ch.person);
  kv(out, "dialogue", ch.dialogue);
  kv(out, "node", ch.node);
  kv(out, "choice", ch.choice);
  kv(out, "text", ch.text);
  kv(out, "coach", ch.coach);
  out << YAML::EndMap;
}
void decode(const Node& n, ChoiceRecord& ch) {
  need_map(n, "choice");
  if (n.IsSequence()) {
    ch = ChoiceRecord{n[0].as<int>(),         n[1].as<int>(),         n[2].as<std::string>(),
                      n[3].as<std::string>(), n[4].as<std::string>(), n[5].as<std::string>(),
                      n[6].as<std::string>(), n[7].as<std::string>()};
    return;
  }
  field(n, "event", ch.event_no);
  field(n, "minute", ch.minute);
  field(n, "person", ch.person);
  field(n, "dialogue", ch.dialogue);
  field(n, "node", ch.node);
  field(n, "choice", ch.choice);
  field(n, "text", ch.text);
  field(n, "coach", ch.coach);
}

void encode(Emitter& out, const StuckPoint& p) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "event", p.event_no);
  kv(out, "minute", p.minute);
  kv(out, "kind", std::string(to_string(p.kind)));
  kv(out, "person", p.person);
  kv(out, "node", p.node);
  kv(out, "detail", p.detail);
  out << YAML::EndMap;
}
void decode(const Node& n, StuckPoint& p) {
  if (!n.IsMap()) bad("a stuck point is not a map");
  field(n, "event", p.event_no);
  field(n, "minute", p.minute);
  std::string kind;
  field(n, "kind", kind);
  for (StuckKind k : {StuckKind::Refused, StuckKind::Left, StuckKind::CutOff, StuckKind::NeedNotFound})
    if (kind == to_string(k)) p.kind = k;
  field(n, "person", p.person);
  field(n, "node", p.node);
  field(n, "detail", p.detail);
}

void encode(Emitter& out, const AskFactor& f) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "factor", f.name);
  kv(out, "points", f.points);
  out << YAML::EndMap;
}
void decode(const Node& n, AskFactor& f) {
  need_map(n, "factor");
  if (n.IsSequence()) {
    f = AskFactor{n[0].as<std::string>(), n[1].as<int>()};
    return;
  }
  field(n, "factor", f.name);
  field(n, "points", f.points);
}

void encode(Emitter& out, const AskRecord& a) {
  out << YAML::BeginMap;
  kv(out, "event", a.event_no);
  kv(out, "minute", a.minute);
  kv(out, "person", a.person);
  kv(out, "kind", std::string(to_string(a.kind)));
  kv(out, "accepted", a.accepted);
  kv(out, "total", a.total);
  kv(out, "roll", a.roll);
  kv(out, "threshold", a.threshold);
  out << YAML::Key << "factors" << YAML::Value << YAML::BeginSeq;
  for (const auto& f : a.factors) encode(out, f);
  out << YAML::EndSeq << YAML::EndMap;
}
void decode(const Node& n, AskRecord& a) {
  if (!n.IsMap()) bad("an ask is not a map");
  if (const Node at = n["at"]) {  // version 1
    a.event_no = at[0].as<int>();
    a.minute = at[1].as<int>();
    const Node sums = n["sums"];
    a.accepted = sums[0].as<int>() != 0;
    a.total = sums[1].as<int>();
    a.roll = sums[2].as<int>();
    a.threshold = sums[3].as<int>();
  } else {
    field(n, "event", a.event_no);
    field(n, "minute", a.minute);
    field(n, "accepted", a.accepted);
    field(n, "total", a.total);
    field(n, "roll", a.roll);
    field(n, "threshold", a.threshold);
  }
  field(n, "person", a.person);
  field_kind(n, "kind", a.kind);
  for (const auto& f : n["factors"]) decode(f, a.factors.emplace_back());
}

void encode(Emitter& out, const IntroductionRecord& i) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "event", i.event_no);
  kv(out, "minute", i.minute);
  kv(out, "a", i.a);
  kv(out, "b", i.b);
  kv(out, "good_match", i.good_match);
  kv(out, "why", i.why);
  if (!i.needer.empty()) {
    kv(out, "needer", i.needer);
    kv(out, "item", i.item);
    if (i.thanked) kv(out, "thanked", true);
  }
  out << YAML::EndMap;
}
void decode(const Node& n, IntroductionRecord& i) {
  need_map(n, "introduction");
  if (n.IsSequence()) {
    i = IntroductionRecord{n[0].as<int>(), n[1].as<int>(), n[2].as<std::string>(), n[3].as<std::string>(),
                           n[4].as<int>() != 0, n[5].as<std::string>()};
    return;
  }
  field(n, "event", i.event_no);
  field(n, "minute", i.minute);
  field(n, "a", i.a);
  field(n, "b", i.b);
  field(n, "good_match", i.good_match);
  field(n, "why", i.why);
  field(n, "needer", i.needer);
  field(n, "item", i.item);
  field(n, "thanked", i.thanked);
}

void encode(Emitter& out, const MissedOpportunity& m) {
  out << YAML::Flow << YAML::BeginMap;
  kv(out, "event", m.event_no);
  kv(out, "item", m.item);
  kv(out, "label", m.label);
  kv(out, "holder", m.holder);
  kv(out, "spoke_to", m.spoke_to);
  out << YAML::EndMap;
}
void decode(const Node& n, MissedOpportunity& m) {
  need_map(n, "missed opportunity");
  if (n.IsSequence()) {
    m = MissedOpportunity{n[0].as<int>(), n[1].as<std::string>(), n[2].as<std::string>(), n[3].as<std::string>(),
                          n[4].as<int>() != 0};
    return;
  }
  field(n, "event", m.event_no);
  field(n, "item", m.item);
  field(n, "label", m.label);
  field(n, "holder", m.holder);
  field(n, "spoke_to", m.spoke_to);
}

// Lists of records, and the maps of sets the run keeps per dialogue.
template <typename T>
void encode_list(Emitter& out, const char* key, const std::vector<T>& items) {
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const auto& i : items) encode(out, i);
  out << YAML::EndSeq;
}

// Pairs of people introduced, each as {a, b}.
void encode_pairs(Emitter& out, const char* key, const std::set<std::pair<std::string, std::string>>& pairs) {
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const auto& [a, b] : pairs) {
    out << YAML::Flow << YAML::BeginMap;
    kv(out, "a", a);
    kv(out, "b", b);
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
}

template <typename T>
void decode_list(const Node& n, std::vector<T>& items) {
  if (n && !n.IsSequence()) bad("a list in the save is not a list");
  for (const auto& i : n) decode(i, items.emplace_back());
}

void encode_sets(Emitter& out, const char* key, const std::map<std::string, std::set<std::string>>& sets) {
  out << YAML::Key << key << YAML::Value << YAML::BeginMap;
  for (const auto& [d, ids] : sets) {
    out << YAML::Key << d << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& id : ids) out << id;
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
}

// [SECTION] Reading what is keyed by the scenario's ids -----------------------------------------------

struct Reader {
  const Campaign& c;
  std::vector<std::string>& notes;

  bool person_exists(const std::string& id) const {
    for (const auto& st : c.steps)
      if (st.event.person(id)) return true;
    return false;
  }
  bool item_exists(const std::string& id) const {
    for (const auto& st : c.steps) {
      const Event& e = st.event;
      for (const auto& v : e.player.needs)
        if (v.item == id) return true;
      for (const auto& v : e.player.side_goals)
        if (v.item == id) return true;
      for (const auto& p : e.people)
        for (const auto& v : p.holds)
          if (v.item == id) return true;
    }
    return false;
  }
  const Dialogue* dialogue(const std::string& id) const {
    for (const auto& st : c.steps)
      if (const Dialogue* d = st.event.dialogue(id)) return d;
    return nullptr;
  }
};




// A save edited by hand, or damaged, may hold values no run can reach. Bring them back within
// the rules, saying so, so that a loaded run always plays on.
void settle(RunState& s, const Event& e, std::vector<std::string>& notes) {
  if (s.clock < e.starts || s.clock > e.ends) {
    notes.push_back("The save's clock (" + clock_text(s.clock) + ") was outside the event's hours; it is now " +
                    clock_text(std::clamp(s.clock, e.starts, e.ends)) + ".");
    s.clock = std::clamp(s.clock, e.starts, e.ends);
  }
  s.minutes_played = std::max(s.minutes_played, 0);
  if (s.phase != Phase::Event && s.conversation) s.conversation.reset();
  bool fixed = false;
  for (auto& [id, r] : s.people) {
    for (int* v : {&r.regard, &r.rapport, &r.standing_regard, &r.standing_rapport}) {
      const int clamped = std::clamp(*v, kRelationMin, kRelationMax);
      fixed = fixed || clamped != *v;
      *v = clamped;
    }
    r.familiarity = std::clamp(r.familiarity, 0, kRelationMax);
    std::vector<RungStep> rising;
    for (const auto& st : r.rungs)
      if (rising.empty() || st.rung > rising.back().rung) rising.push_back(st);
    fixed = fixed || rising.size() != r.rungs.size();
    r.rungs = std::move(rising);
  }
  if (fixed) notes.push_back("Some relationship values in the save were out of range and were brought back within it.");
}


// The run itself, shared by every version: what names the scenario's ids is checked against
// the campaign and dropped with a note when it no longer fits.
bool decode_run(const Campaign& c, const Node& root, LoadedRun& out) {
  auto text = [&](const char* key, const std::string& fallback) {
    const Node n = root[key];
    return n && n.IsScalar() ? n.as<std::string>() : fallback;
  };
  Reader rd{c, out.notes};
  RunState s;
  s.seed = std::stoull(text("seed", "0"));
  s.rng.set_state(std::stoull(text("rng", "0")));
  const std::string scenario = text("scenario", "");
  if (scenario != c.id)
    out.notes.push_back("This save was made with '" + scenario + "', not '" + c.id + "'; loading what still fits.");
  const std::string event = text("event", "");
  bool found_event = false;
  for (std::size_t i = 0; i < c.steps.size(); ++i)
    if (c.steps[i].event.id == event) {
      s.step = i;
      found_event = true;
    }
  if (!found_event) {
    out.error = "The save is in the event '" + event + "', which this scenario no longer has.";
    return false;
  }
  const std::string phase = text("phase", "event");
  s.phase = phase == "follow-up" ? Phase::FollowUp : phase == "finished" ? Phase::Finished : Phase::Event;
  const Event& e = c.steps[s.step].event;
  s.clock = e.starts;
  field(root, "clock", s.clock);
  field(root, "minutes_played", s.minutes_played);
  s.zone = text("zone", "");
  if (!s.zone.empty()) {
    bool ok = false;
    for (const auto& z : e.room.zones) ok = ok || z.id == s.zone;
    if (!ok) {
      out.notes.push_back("You were standing at '" + s.zone + "', which the room no longer has; you're back by the door.");
      s.zone.clear();
    }
  }
  auto node_ok = [&](const std::string& d, const std::string& n) {
    const Dialogue* dl = rd.dialogue(d);
    return dl != nullptr && dl->find(n) != nullptr;
  };
  if (const Node conv = root["conversation"]) {
    Conversation cv;
    decode(conv, cv);
    if (e.person(cv.person) && node_ok(cv.dialogue, cv.node))
      s.conversation = cv;
    else
      out.notes.push_back("Your conversation with '" + cv.person + "' was at a line ('" + cv.dialogue + "/" + cv.node +
                          "') that no longer exists, so it was closed.");
  }
  for (const auto& kv : root["cursors"]) {
    const auto d = kv.first.as<std::string>(), n = kv.second.as<std::string>();
    if (node_ok(d, n))
      s.cursors[d] = n;
    else
      out.notes.push_back("A conversation left mid-way ('" + d + "/" + n + "') will start again from the beginning.");
  }
  for (const char* key : {"visited", "chosen"}) {
    auto& target = std::string(key) == "visited" ? s.visited : s.chosen;
    for (const auto& kv : root[key]) {
      const auto d = kv.first.as<std::string>();
      if (!rd.dialogue(d)) {
        out.notes.push_back("What you said in the dialogue '" + d + "' was dropped: it no longer exists.");
        continue;
      }
      for (const auto& id : kv.second) target[d].insert(id.as<std::string>());
    }
  }
  // What has already counted this event (the note above covers a dialogue that is gone).
  for (const char* key : {"scored_nodes", "scored_choices"}) {
    auto& target = std::string(key) == "scored_nodes" ? s.scored_nodes : s.scored_choices;
    for (const auto& kv : root[key]) {
      const auto d = kv.first.as<std::string>();
      if (!rd.dialogue(d)) continue;
      for (const auto& id : kv.second) target[d].insert(id.as<std::string>());
    }
  }
  for (const auto& kv : root["flags"]) s.flags[kv.first.as<std::string>()] = kv.second.as<int>();
  for (const auto& h : root["learned"]) s.learned.insert(h.as<std::string>());
  std::vector<Acquired> items;
  decode_list(root["items"], items);
  for (const auto& it : items) {
    if (!rd.item_exists(it.item)) {
      out.notes.push_back("'" + it.label + "' was dropped from what you have: the scenario no longer has '" + it.item + "'.");
      continue;
    }
    s.items.push_back(it);
  }
  for (const auto& kv : root["people"]) {
    const auto id = kv.first.as<std::string>();
    if (!rd.person_exists(id)) {
      out.notes.push_back("Your relationship with '" + id + "' was dropped: they are no longer in the scenario.");
      continue;
    }
    Relationship r;
    decode(kv.second, r);
    s.people[id] = r;
  }
  std::vector<AgreedFollowUp> follow_ups;
  decode_list(root["follow_ups"], follow_ups);
  for (const auto& a : follow_ups) {
    if (!rd.person_exists(a.person)) {
      out.notes.push_back("The follow-up with '" + a.person + "' was dropped: they are no longer in the scenario.");
      continue;
    }
    s.follow_ups.push_back(a);
  }
  for (const auto& p : root["introduced_pairs"]) {
    if (p.IsSequence())
      s.introduced_pairs.insert({p[0].as<std::string>(), p[1].as<std::string>()});
    else
      s.introduced_pairs.insert({p["a"].as<std::string>(), p["b"].as<std::string>()});
  }
  for (const auto& p : root["introduced_this_event"])  // absent in older saves: none tonight
    s.introduced_this_event.insert({p["a"].as<std::string>(), p["b"].as<std::string>()});
  field(root, "enjoyment", s.enjoyment);
  field(root, "value", s.value);
  for (const auto& kv : root["value_by_kind"]) s.value_by_kind[kv.first.as<std::string>()] = kv.second.as<int>();
  decode_list(root["enjoyment_curve"], s.enjoyment_curve);
  decode_list(root["value_curve"], s.value_curve);
  decode_list(root["choices"], s.choices);
  decode_list(root["asks"], s.asks);
  decode_list(root["introductions"], s.introductions);
  decode_list(root["missed"], s.missed);
  decode_list(root["stuck"], s.stuck);
  for (const auto& cmd : root["commands"]) s.commands.push_back(cmd.as<std::string>());
  s.stopped_because = text("stopped_because", "");
  settle(s, e, out.notes);
  out.state = std::move(s);
  return true;
}

// A save's text, checked and parsed: the run's root map and what the save says beside it.
// Version 1 of the window wrapped the terminal's save in `run: |`; it is unwrapped here.
bool open_save(std::string_view text, Node& run, SaveInfo& info, std::string& scenario, int& version,
               std::string& error) {
  std::string body;
  if (!unseal(text, body, error)) return false;
  Node root = YAML::Load(body);
  if (!root.IsMap() || !root["mingle_save"]) {
    error = "This isn't a Mingle save file (it has no 'mingle_save:' line).";
    return false;
  }
  version = root["mingle_save"].as<int>();
  if (version > kSaveVersion) {
    error = "This save was written by a newer Mingle; update the game to load it.";
    return false;
  }
  if (version < 1) {
    error = "This save says it is of version " + std::to_string(version) + ", which no Mingle ever wrote.";
    return false;
  }
  auto text_of = [](const Node& n) { return n && n.IsScalar() ? n.as<std::string>() : std::string(); };
  info.content = text_of(root["content"]);
  info.player = text_of(root["player"]);
  if (const Node inner = root["run"]; inner && inner.IsScalar()) {
    root = YAML::Load(inner.as<std::string>());
    if (!root.IsMap() || !root["mingle_save"]) {
      error = "This window save holds no run to load.";
      return false;
    }
  }
  scenario = text_of(root["scenario"]);
  run = root;
  return true;
}

}  // namespace

std::string save_run(const Campaign& c, const RunState& s, const SaveInfo& info) {
  Emitter out;
  out << YAML::Comment("A Mingle save. The last line checks the rest: a save changed by hand is refused.");
  out << YAML::BeginMap;
  kv(out, "mingle_save", kSaveVersion);
  kv(out, "scenario", c.id);
  kv(out, "content", info.content);
  kv(out, "player", info.player);
  kv(out, "seed", std::to_string(s.seed));
  kv(out, "rng", std::to_string(s.rng.state()));
  kv(out, "event", s.step < c.steps.size() ? c.steps[s.step].event.id : std::string());
  kv(out, "phase", std::string(to_string(s.phase)));
  kv(out, "clock", s.clock);
  kv(out, "minutes_played", s.minutes_played);
  kv(out, "zone", s.zone);
  if (s.conversation) {
    out << YAML::Key << "conversation" << YAML::Value;
    encode(out, *s.conversation);
  }
  out << YAML::Key << "cursors" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, n] : s.cursors) kv(out, d.c_str(), n);
  out << YAML::EndMap;
  encode_sets(out, "visited", s.visited);
  encode_sets(out, "chosen", s.chosen);
  encode_sets(out, "scored_nodes", s.scored_nodes);
  encode_sets(out, "scored_choices", s.scored_choices);
  out << YAML::Key << "flags" << YAML::Value << YAML::BeginMap;
  for (const auto& [k, v] : s.flags) kv(out, k.c_str(), v);
  out << YAML::EndMap;
  out << YAML::Key << "learned" << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& h : s.learned) out << h;
  out << YAML::EndSeq;
  encode_list(out, "items", s.items);
  out << YAML::Key << "people" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, r] : s.people) {
    out << YAML::Key << id << YAML::Value;
    encode(out, r);
  }
  out << YAML::EndMap;
  encode_list(out, "follow_ups", s.follow_ups);
  encode_pairs(out, "introduced_pairs", s.introduced_pairs);
  encode_pairs(out, "introduced_this_event", s.introduced_this_event);
  kv(out, "enjoyment", s.enjoyment);
  kv(out, "value", s.value);
  out << YAML::Key << "value_by_kind" << YAML::Value << YAML::BeginMap;
  for (const auto& [k, v] : s.value_by_kind) kv(out, k.c_str(), v);
  out << YAML::EndMap;
  encode_list(out, "enjoyment_curve", s.enjoyment_curve);
  encode_list(out, "value_curve", s.value_curve);
  encode_list(out, "choices", s.choices);
  encode_list(out, "asks", s.asks);
  encode_list(out, "introductions", s.introductions);
  encode_list(out, "missed", s.missed);
  if (!s.stuck.empty()) encode_list(out, "stuck", s.stuck);
  out << YAML::Key << "commands" << YAML::Value << YAML::BeginSeq;
  for (const auto& cmd : s.commands) out << YAML::DoubleQuoted << cmd;
  out << YAML::EndSeq;
  kv(out, "stopped_because", s.stopped_because);
  out << YAML::EndMap;
  std::string body = std::string(out.c_str()) + "\n";
  return body + check_line(body);
}

namespace {

// The debriefs the player was shown at each past event's end are not in a save: the run's own
// commands, played again from its seed, give them back. When they no longer play the same way
// (the scenario was edited since), those events' debriefs are worked out from the run as loaded.
void rebuild_debriefs_shown(const Campaign& c, RunState& s) {
  RunState again = start_run(c, s.seed);
  for (const auto& line : s.commands) {
    std::string error;
    const auto cmd = parse_command(line, error);
    if (!cmd || !apply(c, again, *cmd).ok) return;
  }
  if (again.step != s.step || again.phase != s.phase || again.clock != s.clock || again.enjoyment != s.enjoyment ||
      again.value != s.value)
    return;
  s.debriefs_shown = again.debriefs_shown;
}

}  // namespace

LoadedRun load_run(const Campaign& c, std::string_view text) {
  LoadedRun out;
  if (c.steps.empty()) {
    out.error = "There is no event in this scenario to load the save into.";
    return out;
  }
  try {
    Node root;
    std::string scenario;
    int version = 0;
    if (!open_save(text, root, out.info, scenario, version, out.error)) return out;
    // A version-1 save has no check line; its writer always ended with 'stopped_because', so a
    // save without it was cut short and would load only in part.
    if (version == 1 && !root["stopped_because"]) {
      out.error = "This save (an older kind, without a check line) stops before its end, so part of it is "
                  "missing. It was not loaded.";
      return out;
    }
    if (!decode_run(c, root, out)) out.state.reset();
    if (out.state) rebuild_debriefs_shown(c, *out.state);
  } catch (const YAML::Exception& ex) {
    // yaml-cpp's own words name its internals ("bad conversion", "invalid node"); the player
    // gets where, when there is a where, and what it means.
    out.state.reset();
    out.error = "This save file is damaged and can't be read";
    if (!ex.mark.is_null())
      out.error += " (at line " + std::to_string(ex.mark.line + 1) + ", column " + std::to_string(ex.mark.column + 1) + ")";
    out.error += ": a part of it is not what Mingle writes there. It was not loaded.";
  } catch (const std::exception& ex) {
    out.state.reset();
    out.error = std::string("This save file is damaged and can't be read (") + ex.what() + "). It was not loaded.";
  }
  return out;
}

SaveHeader read_save_header(std::string_view text) {
  SaveHeader h;
  try {
    Node root;
    h.ok = open_save(text, root, h.info, h.scenario, h.version, h.error);
  } catch (const std::exception& ex) {
    h.ok = false;
    h.error = std::string("This save file is damaged and can't be read (") + ex.what() + ").";
  }
  return h;
}

std::string reseal_save(std::string_view text) {
  const std::size_t at = check_line_at(text);
  const std::string body(at == std::string_view::npos ? text : text.substr(0, at));
  return body + check_line(body);
}

bool write_save_file(const std::filesystem::path& path, const Campaign& c, const RunState& s, const SaveInfo& info,
                     std::string& error) {
  return write_file_atomically(path, save_run(c, s, info), error);
}

bool read_save_file(const std::filesystem::path& path, std::string& text, std::string& error) {
  return read_file_capped(path, kMaxSaveBytes, "the save", text, error);
}

}  // namespace mingle::sim
