#pragma once
// How loud the crowd's murmur is, from who is talking in the room. Pure functions of the core's
// room view, so tests can check the mapping without a sound card.
#include "core/sim/views.h"

#include <string>

namespace mingle::app {

// How many people in the room are talking, as the core's view has them: everyone who shares a
// zone with someone else (a group), and the person the player is talking with (`partner`, ""
// when none), counted once.
int talking_count(const sim::RoomView& room, const std::string& partner);

// The murmur's level (0..1) for `talking` of `present` people in the room: silent when the room
// is empty, a faint hum when people are there but nobody talks, rising with each talker and
// levelling off, so a packed hall is a warm roar rather than a wall of noise.
float murmur_level(int talking, int present);

}  // namespace mingle::app
