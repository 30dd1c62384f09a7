#pragma once
// Scores: enjoyment and value, each with a curve over game time; value by kind; the needs
// found; missed opportunities.
//
// Value by kind uses the value kinds (solution, comparable, ally, career-lead, candidate) plus
// "follow-up" (a follow-up carried out), "introduction" (host-mode credit) and "other" (an
// author's plain `value:` effect). An item received is worth 10 when it is one of the
// player's needs, 5 when it is a side goal, 2 otherwise.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::sim {

void add_enjoyment(RunState&, int delta);
void add_value(RunState&, const std::string& kind, int delta);
// Records both curves' current values at the run's clock (used at event start and end).
void mark_curves(RunState&);

// The points an item is worth to the player in this event.
int item_points(const Event&, const std::string& item);
// What is known about an item: its kind and label, from the player's brief or whoever holds it.
ValueItem describe_item(const Event&, const std::string& item);

struct NeedStatus {
  int event_no = 0;
  std::string item;
  std::string label;
  ValueKind kind = ValueKind::Solution;
  bool side_goal = false;
  const Acquired* found = nullptr;  // from whom and when, if found
};
// The needs and side goals of every event played so far, in order.
std::vector<NeedStatus> needs_status(const Campaign&, const RunState&);
// Whether every need (not side goal) of the events played so far has been found.
bool all_needs_found(const Campaign&, const RunState&);
// Whether every need (not side goal) of one event (1-based) has been found; false when that
// event has no need. The status line asks this of the current event only.
bool event_needs_found(const Campaign&, const RunState&, int event_no);

// Who held what the player still lacked at the end of the current event.
std::vector<MissedOpportunity> missed_in_event(const Campaign&, const RunState&);

}  // namespace mingle::sim
