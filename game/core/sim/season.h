#pragma once
// The season in review: the end of a campaign, looked back on as a whole. Each relationship's
// path over the year (the rung after each event), the ideas met and where, each event's own
// scores beside the running totals, what was found and who helped, and three things to take
// into the next real event, chosen from what happened in this run. Both front-ends show it
// when the last event's weeks are over, and the results file carries it as `season`.
#include "core/scenario/model.h"
#include "core/sim/debrief.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::sim {

struct SeasonEvent {
  int event_no = 0;
  std::string title;
  EventScore score;  // the evening, then the weeks after it
};

struct SeasonPerson {
  std::string id, name;
  std::vector<Rung> by_event;  // the rung after each event played (and its weeks after)
  std::string path;            // "Acquaintance (1) → Coffee mate (2) → Friend (4)"
};

struct SeasonIdea {
  Idea idea;
  std::vector<int> events;  // where it was put into practice
  std::string where;        // "at Members' Evening and A Year On", or a suggestion when never
};

struct SeasonReview {
  std::string title;           // the campaign's
  bool complete = false;       // every event played to the end
  int events_played = 0;
  int enjoyment = 0, value = 0;  // final totals
  std::vector<SeasonEvent> events;
  std::vector<SeasonPerson> people;  // everyone met, in the order first written
  std::vector<SeasonIdea> ideas;     // every idea, in the debrief's order
  std::vector<std::string> found;    // "How to …, from Grace Mbeki (Members' Evening)"
  std::vector<std::string> take_away;  // exactly three
};

// The review of the events played so far (all of them once the run is finished).
SeasonReview season_review(const Campaign&, const RunState&);

}  // namespace mingle::sim
