#include "core/sim/save.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>

namespace mingle::sim {

// [SECTION] Writing -------------------------------------------------------------------------------

namespace {

void emit_points(YAML::Emitter& out, const char* key, const std::vector<CurvePoint>& pts) {
  out << YAML::Key << key << YAML::Value << YAML::BeginSeq;
  for (const auto& p : pts) out << YAML::Flow << YAML::BeginSeq << p.event_no << p.minute << p.value << YAML::EndSeq;
  out << YAML::EndSeq;
}

template <typename T>
void emit_list(YAML::Emitter& out, const char* key, const T& items) {
  out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
  for (const auto& i : items) out << i;
  out << YAML::EndSeq;
}

}  // namespace

std::string save_run(const Campaign& c, const RunState& s) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "mingle_save" << YAML::Value << kSaveVersion;
  out << YAML::Key << "scenario" << YAML::Value << c.id;
  out << YAML::Key << "seed" << YAML::Value << std::to_string(s.seed);
  out << YAML::Key << "rng" << YAML::Value << std::to_string(s.rng.state());
  out << YAML::Key << "event" << YAML::Value << (s.step < c.steps.size() ? c.steps[s.step].event.id : "");
  out << YAML::Key << "phase" << YAML::Value << to_string(s.phase);
  out << YAML::Key << "clock" << YAML::Value << s.clock;
  out << YAML::Key << "minutes_played" << YAML::Value << s.minutes_played;
  out << YAML::Key << "zone" << YAML::Value << s.zone;
  if (s.conversation) {
    out << YAML::Key << "conversation" << YAML::Value << YAML::Flow << YAML::BeginMap
        << YAML::Key << "person" << YAML::Value << s.conversation->person
        << YAML::Key << "dialogue" << YAML::Value << s.conversation->dialogue
        << YAML::Key << "node" << YAML::Value << s.conversation->node << YAML::EndMap;
  }
  out << YAML::Key << "cursors" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, n] : s.cursors) out << YAML::Key << d << YAML::Value << n;
  out << YAML::EndMap;
  out << YAML::Key << "visited" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, ns] : s.visited) emit_list(out, d.c_str(), ns);
  out << YAML::EndMap;
  out << YAML::Key << "chosen" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, ns] : s.chosen) emit_list(out, d.c_str(), ns);
  out << YAML::EndMap;
  out << YAML::Key << "scored_nodes" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, ns] : s.scored_nodes) emit_list(out, d.c_str(), ns);
  out << YAML::EndMap;
  out << YAML::Key << "scored_choices" << YAML::Value << YAML::BeginMap;
  for (const auto& [d, ns] : s.scored_choices) emit_list(out, d.c_str(), ns);
  out << YAML::EndMap;
  out << YAML::Key << "flags" << YAML::Value << YAML::BeginMap;
  for (const auto& [k, v] : s.flags) out << YAML::Key << k << YAML::Value << v;
  out << YAML::EndMap;
  emit_list(out, "learned", s.learned);
  out << YAML::Key << "items" << YAML::Value << YAML::BeginSeq;
  for (const auto& a : s.items)
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "item" << YAML::Value << a.item << YAML::Key << "kind"
        << YAML::Value << to_string(a.kind) << YAML::Key << "label" << YAML::Value << a.label << YAML::Key << "from"
        << YAML::Value << a.from << YAML::Key << "event" << YAML::Value << a.event_no << YAML::Key << "minute"
        << YAML::Value << a.minute << YAML::EndMap;
  out << YAML::EndSeq;
  out << YAML::Key << "people" << YAML::Value << YAML::BeginMap;
  for (const auto& [id, r] : s.people) {
    out << YAML::Key << id << YAML::Value << YAML::BeginMap;
    out << YAML::Key << "scales" << YAML::Value << YAML::Flow << YAML::BeginSeq << r.regard << r.rapport
        << r.standing_regard << r.standing_rapport << YAML::EndSeq;
    out << YAML::Key << "counters" << YAML::Value << YAML::Flow << YAML::BeginSeq << r.familiarity << r.met_event
        << (r.introduced ? 1 : 0) << r.ask_cooldown_until << r.awkward_event << r.asked_in_phase << r.contact_phase
        << YAML::EndSeq;
    out << YAML::Key << "memory" << YAML::Value << YAML::BeginSeq;
    for (const auto& m : r.memory) out << YAML::Flow << YAML::BeginSeq << m.tag << m.event_no << YAML::EndSeq;
    out << YAML::EndSeq;
    out << YAML::Key << "rungs" << YAML::Value << YAML::BeginSeq;
    for (const auto& st : r.rungs)
      out << YAML::Flow << YAML::BeginSeq << to_string(st.rung) << st.event_no << st.minute << st.how << YAML::EndSeq;
    out << YAML::EndSeq;
    out << YAML::Key << "planned" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (AskKind k : r.planned) out << to_string(k);
    out << YAML::EndSeq;
    out << YAML::Key << "last_outcome" << YAML::Value << r.last_outcome;
    out << YAML::EndMap;
  }
  out << YAML::EndMap;
  out << YAML::Key << "follow_ups" << YAML::Value << YAML::BeginSeq;
  for (const auto& f : s.follow_ups)
    out << YAML::Flow << YAML::BeginSeq << f.person << f.topic << f.event_no << (f.done ? 1 : 0) << (f.lapsed ? 1 : 0)
        << YAML::EndSeq;
  out << YAML::EndSeq;
  out << YAML::Key << "introduced_pairs" << YAML::Value << YAML::BeginSeq;
  for (const auto& [a, b] : s.introduced_pairs) out << YAML::Flow << YAML::BeginSeq << a << b << YAML::EndSeq;
  out << YAML::EndSeq;
  out << YAML::Key << "enjoyment" << YAML::Value << s.enjoyment;
  out << YAML::Key << "value" << YAML::Value << s.value;
  out << YAML::Key << "value_by_kind" << YAML::Value << YAML::BeginMap;
  for (const auto& [k, v] : s.value_by_kind) out << YAML::Key << k << YAML::Value << v;
  out << YAML::EndMap;
  emit_points(out, "enjoyment_curve", s.enjoyment_curve);
  emit_points(out, "value_curve", s.value_curve);
  out << YAML::Key << "choices" << YAML::Value << YAML::BeginSeq;
  for (const auto& ch : s.choices)
    out << YAML::Flow << YAML::BeginSeq << ch.event_no << ch.minute << ch.person << ch.dialogue << ch.node << ch.choice
        << ch.text << ch.coach << YAML::EndSeq;
  out << YAML::EndSeq;
  out << YAML::Key << "asks" << YAML::Value << YAML::BeginSeq;
  for (const auto& a : s.asks) {
    out << YAML::Flow << YAML::BeginMap << YAML::Key << "at" << YAML::Value << YAML::Flow << YAML::BeginSeq
        << a.event_no << a.minute << YAML::EndSeq << YAML::Key << "person" << YAML::Value << a.person << YAML::Key
        << "kind" << YAML::Value << to_string(a.kind) << YAML::Key << "sums" << YAML::Value << YAML::Flow
        << YAML::BeginSeq << (a.accepted ? 1 : 0) << a.total << a.roll << a.threshold << YAML::EndSeq << YAML::Key
        << "factors" << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const auto& f : a.factors) out << YAML::Flow << YAML::BeginSeq << f.name << f.points << YAML::EndSeq;
    out << YAML::EndSeq << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::Key << "introductions" << YAML::Value << YAML::BeginSeq;
  for (const auto& i : s.introductions)
    out << YAML::Flow << YAML::BeginSeq << i.event_no << i.minute << i.a << i.b << (i.good_match ? 1 : 0) << i.why
        << YAML::EndSeq;
  out << YAML::EndSeq;
  out << YAML::Key << "missed" << YAML::Value << YAML::BeginSeq;
  for (const auto& m : s.missed)
    out << YAML::Flow << YAML::BeginSeq << m.event_no << m.item << m.label << m.holder << (m.spoke_to ? 1 : 0)
        << YAML::EndSeq;
  out << YAML::EndSeq;
  emit_list(out, "commands", s.commands);
  out << YAML::Key << "stopped_because" << YAML::Value << s.stopped_because;
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

// [SECTION] Reading -------------------------------------------------------------------------------

namespace {

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

template <typename T>
T get(const YAML::Node& n, const T& fallback) {
  if (!n || !n.IsScalar()) return fallback;
  return n.as<T>();
}

std::vector<CurvePoint> read_points(const YAML::Node& n) {
  std::vector<CurvePoint> out;
  if (!n || !n.IsSequence()) return out;
  for (const auto& p : n) out.push_back(CurvePoint{p[0].as<int>(), p[1].as<int>(), p[2].as<int>()});
  return out;
}

template <typename E, typename F>
E parse_or(const std::string& word, F parse, E fallback) {
  auto v = parse(word);
  return v ? *v : fallback;
}

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

}  // namespace

LoadedRun load_run(const Campaign& c, std::string_view text) {
  LoadedRun out;
  if (c.steps.empty()) {
    out.error = "There is no event in this scenario to load the save into.";
    return out;
  }
  try {
    const YAML::Node root = YAML::Load(std::string(text));
    if (!root.IsMap() || !root["mingle_save"]) {
      out.error = "This isn't a Mingle save file (it has no 'mingle_save:' line).";
      return out;
    }
    if (root["mingle_save"].as<int>() > kSaveVersion) {
      out.error = "This save was written by a newer Mingle; update the game to load it.";
      return out;
    }
    Reader rd{c, out.notes};
    RunState s;
    s.seed = std::stoull(get<std::string>(root["seed"], "0"));
    s.rng.set_state(std::stoull(get<std::string>(root["rng"], "0")));
    const std::string scenario = get<std::string>(root["scenario"], "");
    if (scenario != c.id)
      out.notes.push_back("This save was made with '" + scenario + "', not '" + c.id + "'; loading what still fits.");
    const std::string event = get<std::string>(root["event"], "");
    bool found_event = false;
    for (std::size_t i = 0; i < c.steps.size(); ++i)
      if (c.steps[i].event.id == event) {
        s.step = i;
        found_event = true;
      }
    if (!found_event) {
      out.error = "The save is in the event '" + event + "', which this scenario no longer has.";
      return out;
    }
    const std::string phase = get<std::string>(root["phase"], "event");
    s.phase = phase == "follow-up" ? Phase::FollowUp : phase == "finished" ? Phase::Finished : Phase::Event;
    s.clock = get<int>(root["clock"], c.steps[s.step].event.starts);
    s.minutes_played = get<int>(root["minutes_played"], 0);
    s.zone = get<std::string>(root["zone"], "");
    const Event& e = c.steps[s.step].event;
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
    if (const auto conv = root["conversation"]) {
      Conversation cv{get<std::string>(conv["person"], ""), get<std::string>(conv["dialogue"], ""),
                      get<std::string>(conv["node"], "")};
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
    for (const auto& a : root["items"]) {
      Acquired it;
      it.item = get<std::string>(a["item"], "");
      it.kind = parse_or(get<std::string>(a["kind"], ""), parse_value_kind, ValueKind::Solution);
      it.label = get<std::string>(a["label"], it.item);
      it.from = get<std::string>(a["from"], "");
      it.event_no = get<int>(a["event"], 0);
      it.minute = get<int>(a["minute"], 0);
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
      const YAML::Node& n = kv.second;
      Relationship r;
      const auto sc = n["scales"];
      r.regard = sc[0].as<int>();
      r.rapport = sc[1].as<int>();
      r.standing_regard = sc[2].as<int>();
      r.standing_rapport = sc[3].as<int>();
      const auto ct = n["counters"];
      r.familiarity = ct[0].as<int>();
      r.met_event = ct[1].as<int>();
      r.introduced = ct[2].as<int>() != 0;
      r.ask_cooldown_until = ct[3].as<int>();
      r.awkward_event = ct[4].as<int>();
      r.asked_in_phase = ct[5].as<int>();
      r.contact_phase = ct[6].as<int>();
      for (const auto& m : n["memory"]) r.memory.push_back(MemoryFact{m[0].as<std::string>(), m[1].as<int>()});
      for (const auto& st : n["rungs"]) {
        auto rung = parse_rung(st[0].as<std::string>());
        if (!rung) continue;
        r.rungs.push_back(RungStep{*rung, st[1].as<int>(), st[2].as<int>(), st[3].as<std::string>()});
      }
      for (const auto& k : n["planned"])
        if (auto kind = parse_ask_kind(k.as<std::string>())) r.planned.push_back(*kind);
      r.last_outcome = get<std::string>(n["last_outcome"], "");
      s.people[id] = r;
    }
    for (const auto& f : root["follow_ups"]) {
      AgreedFollowUp a{f[0].as<std::string>(), f[1].as<std::string>(), f[2].as<int>(), f[3].as<int>() != 0,
                       f[4].as<int>() != 0};
      if (!rd.person_exists(a.person)) {
        out.notes.push_back("The follow-up with '" + a.person + "' was dropped: they are no longer in the scenario.");
        continue;
      }
      s.follow_ups.push_back(a);
    }
    for (const auto& p : root["introduced_pairs"])
      s.introduced_pairs.insert({p[0].as<std::string>(), p[1].as<std::string>()});
    s.enjoyment = get<int>(root["enjoyment"], 0);
    s.value = get<int>(root["value"], 0);
    for (const auto& kv : root["value_by_kind"]) s.value_by_kind[kv.first.as<std::string>()] = kv.second.as<int>();
    s.enjoyment_curve = read_points(root["enjoyment_curve"]);
    s.value_curve = read_points(root["value_curve"]);
    for (const auto& ch : root["choices"])
      s.choices.push_back(ChoiceRecord{ch[0].as<int>(), ch[1].as<int>(), ch[2].as<std::string>(),
                                       ch[3].as<std::string>(), ch[4].as<std::string>(), ch[5].as<std::string>(),
                                       ch[6].as<std::string>(), ch[7].as<std::string>()});
    for (const auto& a : root["asks"]) {
      AskRecord r;
      r.event_no = a["at"][0].as<int>();
      r.minute = a["at"][1].as<int>();
      r.person = a["person"].as<std::string>();
      r.kind = parse_or(a["kind"].as<std::string>(), parse_ask_kind, AskKind::Coffee);
      r.accepted = a["sums"][0].as<int>() != 0;
      r.total = a["sums"][1].as<int>();
      r.roll = a["sums"][2].as<int>();
      r.threshold = a["sums"][3].as<int>();
      for (const auto& f : a["factors"]) r.factors.push_back(AskFactor{f[0].as<std::string>(), f[1].as<int>()});
      s.asks.push_back(r);
    }
    for (const auto& i : root["introductions"])
      s.introductions.push_back(IntroductionRecord{i[0].as<int>(), i[1].as<int>(), i[2].as<std::string>(),
                                                   i[3].as<std::string>(), i[4].as<int>() != 0, i[5].as<std::string>()});
    for (const auto& m : root["missed"])
      s.missed.push_back(MissedOpportunity{m[0].as<int>(), m[1].as<std::string>(), m[2].as<std::string>(),
                                           m[3].as<std::string>(), m[4].as<int>() != 0});
    for (const auto& cmd : root["commands"]) s.commands.push_back(cmd.as<std::string>());
    s.stopped_because = get<std::string>(root["stopped_because"], "");
    settle(s, e, out.notes);
    out.state = std::move(s);
  } catch (const std::exception& ex) {
    out.state.reset();
    out.error = std::string("This save file is damaged and can't be read (") + ex.what() + ").";
  }
  return out;
}

}  // namespace mingle::sim
