#include "core/sim/results_file.h"

#include "core/sim/relationship.h"
#include "core/sim/season_json.h"
#include "core/util/atomic_file.h"

#include <nlohmann/json.hpp>

namespace mingle::sim {

using nlohmann::ordered_json;

namespace {

ordered_json curve(const std::vector<CurvePoint>& pts) {
  ordered_json out = ordered_json::array();
  for (const auto& p : pts) {
    out.push_back({{"event", p.event_no}, {"time", clock_text(p.minute)}, {"value", p.value}});
    if (p.after) out.back()["after_event"] = true;
  }
  return out;
}

// The moments a debrief opens with (core/sim/debrief.h), largest first.
ordered_json moments(const std::vector<DebriefMoment>& ms) {
  ordered_json out = ordered_json::array();
  for (const auto& m : ms)
    out.push_back({{"time", m.clock.empty() ? ordered_json(nullptr) : ordered_json(m.clock)},
                   {"person", m.person_name},
                   {"what", m.what},
                   {"said", m.said},
                   {"changed", m.changed},
                   {"coach", m.coach},
                   {"next_time", m.next_time},
                   {"weight", m.weight}});
  return out;
}

// Keys keep the order docs/results.md lists them in.
ordered_json results_json(const Results& r) {
  ordered_json j;
  j["schema_version"] = r.schema_version;
  j["scenario"] = {{"id", r.scenario_id}, {"title", r.scenario_title}};
  if (!r.scenario_folder.empty()) j["scenario"]["folder"] = r.scenario_folder;
  j["seed"] = r.seed;
  j["player"] = {{"role", r.player_role}, {"name", r.player_name}};
  j["commands"] = r.commands;
  j["visited"] = r.visited;
  j["enjoyment"] = r.enjoyment;
  j["value"] = r.value;
  j["enjoyment_curve"] = curve(r.enjoyment_curve);
  j["value_curve"] = curve(r.value_curve);
  j["value_by_kind"] = ordered_json::object();
  for (const auto& [k, v] : r.value_by_kind) j["value_by_kind"][k] = v;
  j["need_found"] = r.need_found;
  ordered_json needs = ordered_json::array();
  ordered_json first_found = nullptr;
  for (const auto& n : r.needs) {
    ordered_json o = {{"event", n.event_no},  {"item", n.item},           {"label", n.label},
                      {"kind", to_string(n.kind)}, {"side_goal", n.side_goal}, {"found", n.found}};
    if (n.found) {
      o["from"] = n.from;
      o["from_name"] = n.from_name;
      o["found_in_event"] = n.found_event;
      o["time"] = clock_text(n.found_minute);
      if (first_found.is_null() && !n.side_goal) first_found = o;
    }
    needs.push_back(o);
  }
  j["need"] = first_found;
  j["needs"] = needs;
  ordered_json people = ordered_json::array();
  for (const auto& p : r.people) {
    ordered_json ladder = ordered_json::array();
    for (const auto& st : p.ladder)
      ladder.push_back({{"stage", to_string(st.rung)}, {"event", st.event_no}, {"time", clock_text(st.minute)}, {"how", st.how}});
    ordered_json memory = ordered_json::array();
    for (const auto& m : p.memory) memory.push_back({{"tag", m.tag}, {"event", m.event_no}});
    people.push_back({{"id", p.id},
                      {"name", p.name},
                      {"stage", to_string(p.stage)},
                      {"how", p.how},
                      {"met", p.met},
                      {"familiarity", p.familiarity},
                      {"regard", p.regard},
                      {"rapport", p.rapport},
                      {"ladder", ladder},
                      {"memory", memory}});
  }
  j["people"] = people;
  ordered_json choices = ordered_json::array();
  for (const auto& c : r.choices)
    choices.push_back({{"event", c.event_no},
                       {"time", clock_text(c.minute)},
                       {"person", c.person},
                       {"dialogue", c.dialogue},
                       {"node", c.node},
                       {"choice", c.choice},
                       {"text", c.text},
                       {"coach", c.coach}});
  j["choices"] = choices;
  ordered_json asks = ordered_json::array();
  for (const auto& a : r.asks) {
    ordered_json factors = ordered_json::array();
    for (const auto& f : a.factors) factors.push_back({{"factor", f.name}, {"points", f.points}});
    std::string name = a.person;
    for (const auto& p : r.people)
      if (p.id == a.person) name = p.name;
    asks.push_back({{"event", a.event_no},
                    {"time", clock_text(a.minute)},
                    {"person", a.person},
                    {"kind", to_string(a.kind)},
                    {"accepted", a.accepted},
                    {"total", a.total},
                    {"roll", a.roll},
                    {"threshold", a.threshold},
                    {"factors", factors},
                    {"explanation", explain_ask(a, name)},
                    {"details", ask_details(a)}});
  }
  j["asks"] = asks;
  ordered_json follow_ups = ordered_json::array();
  for (const auto& f : r.follow_ups)
    follow_ups.push_back({{"person", f.person}, {"topic", f.topic}, {"agreed_in_event", f.event_no},
                          {"status", f.done ? "done" : f.lapsed ? "not kept" : "due"}});
  j["follow_ups"] = follow_ups;
  ordered_json intros = ordered_json::array();
  for (const auto& i : r.introductions)
    intros.push_back({{"event", i.event_no}, {"time", clock_text(i.minute)}, {"a", i.a}, {"b", i.b},
                      {"good_match", i.good_match}, {"why", i.why}});
  j["introductions"] = intros;
  ordered_json missed = ordered_json::array();
  for (const auto& m : r.missed)
    missed.push_back({{"event", m.event_no}, {"item", m.item}, {"label", m.label}, {"holder", m.holder},
                      {"spoke_to", m.spoke_to}});
  j["missed_opportunities"] = missed;
  ordered_json stuck = ordered_json::array();
  for (const auto& p : r.stuck_points)
    stuck.push_back({{"event", p.event_no},
                     {"minute", p.minute},
                     {"time", clock_text(p.clock)},
                     {"person", p.person},
                     {"person_name", p.person_name},
                     {"node", p.node},
                     {"kind", to_string(p.kind)},
                     {"detail", p.detail}});
  j["stuck_points"] = stuck;
  j["duration"] = {{"game_minutes", r.duration_minutes}, {"events_played", r.events_played}};
  j["phase"] = r.phase;
  j["stopped_because"] = r.stopped_because;
  j["season"] = season_json(r.season);
  j["ideas_met"] = r.ideas_met;
  j["choice_endings"] = r.choice_endings;
  ordered_json debriefs = ordered_json::array();
  for (const auto& d : r.debriefs)
    debriefs.push_back({{"event", d.event_no},
                        {"enjoyment", d.score.enjoyment},
                        {"value", d.score.value},
                        {"enjoyment_total", d.score.enjoyment_total},
                        {"value_total", d.score.value_total},
                        {"went_well", d.went_well},
                        {"to_try", d.to_try},
                        {"moments", {{"went_well", moments(d.moments_well)}, {"could_go_better", moments(d.moments_better)}}}});
  j["debrief"] = debriefs;
  return j;
}

}  // namespace

std::string results_text(const Results& r) {
  return results_json(r).dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n";
}

bool write_results_file(const std::filesystem::path& path, const Campaign& c, const RunState& s,
                        const std::string& player_name, std::string& error) {
  Results r = build_results(c, s);
  r.player_name = player_name;
  return write_file_atomically(path, results_text(r), error);
}

}  // namespace mingle::sim
