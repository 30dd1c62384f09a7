#pragma once
// The event clock and the room's availability: which slot of the evening it is, where each
// person stands, and whether they are free to talk. Positions on screen are the GUI's business;
// who is where, and when, is decided here.
//
// Rules: the current slot is the last one whose `from` has passed (the first slot starts with
// the clock). A person with a schedule is in the room only in the slots it lists, in the zone
// it names. A person with no schedule at all is in the room all event (zone unknown: ""). A
// person whose zone is a stage is busy (presenting) during that slot.
#include "core/scenario/model.h"

#include <optional>
#include <string>

namespace mingle::sim {

// The slot in force at a minute of day; nullptr when the event has no slots.
const Slot* slot_at(const Event&, int minute_of_day);

// Where a person is at a minute of day: a zone id ("" when the room has no zone for them), or
// nothing when they are not in the room.
std::optional<std::string> where(const Event&, const Person&, int minute_of_day);

// Why a person cannot be talked to at a minute of day, in a sentence; empty when they can.
std::string unavailable_reason(const Event&, const Person&, int minute_of_day);

// Whether the event is in its closing minutes at a minute of day: the last
// tuning::kClosingWarningMinutes before it ends, for an event longer than that (a shorter one
// has no warning). The clock warns as it enters them (BeatKind::ClosingSoon); the status view
// says so while they last.
bool closing_minutes(const Event&, int minute_of_day);

// The readable label of a zone ("the bar"); the id when the zone has no label.
std::string zone_label(const Event&, const std::string& zone_id);

}  // namespace mingle::sim
