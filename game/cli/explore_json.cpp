#include "cli/explore_json.h"

#include <map>
#include <set>

namespace mingle::cli {
namespace {

using nlohmann::ordered_json;

void put_pos(ordered_json& j, const SourcePos& p) {
  j["file"] = p.file;
  j["line"] = p.line;
  j["column"] = p.column;
}

// Verdict keys are "dialogue/node" (and so on); where a dialogue id is used by more than one
// event of the campaign, the event id goes in front ("event/dialogue/node").
std::set<std::string> shared_dialogue_ids(const Campaign& c) {
  std::map<std::string, int> count;
  for (const auto& s : c.steps)
    for (const auto& d : s.event.dialogues) ++count[d.id];
  std::set<std::string> out;
  for (const auto& [id, n] : count)
    if (n > 1) out.insert(id);
  return out;
}

ordered_json verdicts_json(const explore::Report& r, const Campaign& c) {
  const auto shared = shared_dialogue_ids(c);
  ordered_json v;
  for (const char* group : {"nodes", "choices", "asks", "needs", "items", "rungs"}) v[group] = ordered_json::object();
  for (const auto& q : r.questions) {
    std::string key = q.key;
    if (q.kind == "node" || q.kind == "choice" || q.kind == "ask") {
      const std::string dialogue = key.substr(0, key.find('/'));
      if (shared.count(dialogue)) key = q.event + "/" + key;
    }
    if (q.kind == "rung" && c.steps.size() > 1) key = q.event + "/" + key;
    const std::string group = q.kind == "need" ? "needs" : q.kind + "s";
    ordered_json j;
    j["verdict"] = explore::to_string(q.verdict);
    j["event"] = q.event;
    j["witness"] = q.verdict == explore::Verdict::Reachable ? q.witness : std::vector<std::string>{};
    if (q.verdict == explore::Verdict::Reachable) j["seed"] = q.seed == 0 ? ordered_json(nullptr) : ordered_json(q.seed);
    j["reason"] = q.reason;
    put_pos(j, q.pos);
    v[group][key] = j;
  }
  return v;
}

}  // namespace

ordered_json explore_json(const explore::Report& r, const Campaign& c, bool ways_in) {
  ordered_json out;
  out["complete"] = r.complete();
  out["undecided"] = r.undecided();
  out["verdicts"] = verdicts_json(r, c);
  out["assumptions"] = {{"total", r.assumptions},
                        {"broken", r.broken_assumptions.size()},
                        {"unproven", r.assumptions_unproven}};
  ordered_json broken = ordered_json::array();
  for (const auto& b : r.broken_assumptions) {
    ordered_json j;
    j["event"] = b.event;
    j["where"] = b.where;
    j["assumption"] = b.assumption;
    j["file"] = b.pos.file;
    j["line"] = b.pos.line;
    j["col"] = b.pos.column;
    j["witness"] = b.witness;
    j["seed"] = b.seed == 0 ? ordered_json(nullptr) : ordered_json(b.seed);
    broken.push_back(j);
  }
  out["broken_assumptions"] = broken;
  ordered_json unreached = ordered_json::array(), unavailable = ordered_json::array();
  ordered_json items = ordered_json::object(), people = ordered_json::object();
  ordered_json stuck = ordered_json::array(), impossible = ordered_json::array();
  ordered_json events = ordered_json::array(), ways = ordered_json::array();
  int joy_min = 0, joy_max = 0, value_min = 0, value_max = 0;
  bool first = true;
  for (std::size_t i = 0; i < r.events.size(); ++i) {
    const auto& e = r.events[i];
    ordered_json ev;
    ev["id"] = e.event;
    ev["complete"] = e.complete;
    ev["states"] = e.states;
    ev["focus_states"] = e.focus_states;
    ev["groups"] = e.groups;
    ev["visited_bytes"] = e.visited_bytes;
    ev["tree_bytes"] = e.tree_bytes;
    if (!e.complete) ev["cut_short_by"] = e.cut_short_by;
    ev["unreached_nodes"] = ordered_json::array();
    for (const auto& n : e.unreached_nodes) {
      unreached.push_back(n.dialogue + "/" + n.node);
      ordered_json j;
      j["node"] = n.dialogue + "/" + n.node;
      put_pos(j, n.pos);
      ev["unreached_nodes"].push_back(j);
    }
    for (const auto& ch : e.unavailable_choices) {
      ordered_json j;
      j["event"] = e.event;
      j["choice"] = ch.dialogue + "/" + ch.node + "/" + ch.choice;
      j["text"] = ch.text;
      put_pos(j, ch.pos);
      unavailable.push_back(j);
    }
    for (const auto& it : e.items) {
      auto found = items.find(it.item);
      if (found != items.end() && (*found)["obtainable"].get<bool>()) continue;  // the earliest event wins
      ordered_json j;
      j["obtainable"] = it.obtainable;
      j["earliest_minute"] = it.obtainable ? ordered_json(it.earliest_minute) : ordered_json(nullptr);
      j["event"] = e.event;
      j["role"] = it.role;
      j["path"] = it.path;
      items[it.item] = j;
    }
    for (const auto& p : e.people) {
      auto found = people.find(p.id);
      if (found != people.end() && parse_rung((*found)["max_rung"].get<std::string>()).value_or(Rung::Stranger) >= p.max_rung)
        continue;
      ordered_json j;
      j["max_rung"] = to_string(p.max_rung);
      j["event"] = e.event;
      j["path"] = p.path;
      people[p.id] = j;
    }
    if (first) {
      joy_min = e.enjoyment_min, joy_max = e.enjoyment_max, value_min = e.value_min, value_max = e.value_max;
      first = false;
    }
    joy_min = std::min(joy_min, e.enjoyment_min);
    joy_max = std::max(joy_max, e.enjoyment_max);
    value_min = std::min(value_min, e.value_min);
    value_max = std::max(value_max, e.value_max);
    ev["enjoyment"] = {{"min", e.enjoyment_min}, {"max", e.enjoyment_max}};
    ev["value"] = {{"min", e.value_min}, {"max", e.value_max}};
    for (const auto& s : e.stuck) {
      ordered_json j;
      j["event"] = e.event;
      j["node"] = s.dialogue + "/" + s.node;
      put_pos(j, s.pos);
      j["path"] = s.path;
      stuck.push_back(j);
    }
    for (const auto& ic : e.impossible_conditions) {
      ordered_json j;
      j["event"] = e.event;
      j["what"] = ic.what;
      j["where"] = ic.where;
      j["condition"] = ic.condition;
      put_pos(j, ic.pos);
      impossible.push_back(j);
    }
    if (ways_in)
      for (const auto& n : e.ways_in) {
        ordered_json j;
        j["event"] = e.event;
        j["node"] = n.dialogue + "/" + n.node;
        put_pos(j, n.pos);
        j["say"] = n.say;
        j["reached"] = n.reached;
        j["ways"] = ordered_json::array();
        for (const auto& w : n.ways) {
          ordered_json wj;
          wj["via"] = w.via;
          wj["from"] = w.from_node.empty() ? ordered_json(nullptr) : ordered_json(n.dialogue + "/" + w.from_node);
          wj["choice"] = w.choice.empty() ? ordered_json(nullptr) : ordered_json(w.choice);
          wj["text"] = w.text.empty() ? ordered_json(nullptr) : ordered_json(w.text);
          wj["seen"] = w.seen;
          j["ways"].push_back(wj);
        }
        ways.push_back(j);
      }
    events.push_back(ev);
  }
  out["unreached_nodes"] = unreached;
  out["unavailable_choices"] = unavailable;
  out["items"] = items;
  out["people"] = people;
  out["enjoyment"] = {{"min", joy_min}, {"max", joy_max}};
  out["value"] = {{"min", value_min}, {"max", value_max}};
  out["stuck"] = stuck;
  out["impossible_conditions"] = impossible;
  out["events"] = events;
  if (ways_in) out["ways_in"] = ways;
  // Time is the only thing that differs from run to run, so it stands apart.
  ordered_json timing;
  for (const auto& e : r.events)
    timing[e.event] = static_cast<double>(static_cast<long long>(e.seconds * 1000)) / 1000.0;
  out["timing"] = {{"seconds", timing}};
  return out;
}

}  // namespace mingle::cli
