#include "core/sim/season_json.h"

namespace mingle::sim {

using nlohmann::ordered_json;

ordered_json season_json(const sim::SeasonReview& r) {
  ordered_json events = ordered_json::array();
  for (const auto& e : r.events)
    events.push_back({{"event", e.event_no},
                      {"title", e.title},
                      {"enjoyment", e.score.enjoyment},
                      {"value", e.score.value},
                      {"enjoyment_total", e.score.enjoyment_total},
                      {"value_total", e.score.value_total},
                      {"weeks_after",
                       {{"enjoyment", e.score.after_enjoyment},
                        {"value", e.score.after_value},
                        {"enjoyment_total", e.score.after_enjoyment_total},
                        {"value_total", e.score.after_value_total}}}});
  ordered_json people = ordered_json::array();
  for (const auto& p : r.people) {
    ordered_json rungs = ordered_json::array();
    for (Rung g : p.by_event) rungs.push_back(to_string(g));
    people.push_back({{"id", p.id}, {"name", p.name}, {"by_event", rungs}, {"path", p.path}});
  }
  ordered_json ideas = ordered_json::array();
  for (const auto& i : r.ideas)
    ideas.push_back({{"idea", sim::idea_title(i.idea)}, {"events", i.events}, {"where", i.where}});
  return {{"complete", r.complete},   {"events_played", r.events_played}, {"events", events},
          {"people", people},         {"ideas", ideas},                   {"found", r.found},
          {"take_away", r.take_away}};
}

}  // namespace mingle::sim
