#pragma once
// The player in the room: whom they can reach and how a held walking key moves them. Units are
// the room's metres; pure, so it is tested without a window (tests/core/room/walk_test.cpp) and
// the window only asks it.
//
// Reach (issue 22): E, Tab and a click pick anyone within a generous radius, not only someone
// close enough to talk to; when the one picked is farther than talking distance (or furniture
// stands between), the player walks up to them first. Walking: a step into furniture slides
// round it, and people never hold the player in place: the step goes round them, and when there
// is no way round, squeezes past (the group makes room) at half speed. Walls and furniture are
// never passed through.
#include "core/room/geometry.h"
#include "core/sim/tuning.h"

#include <cstddef>
#include <limits>
#include <vector>

namespace mingle::room {

// The reaches and the speed are tuned in core/sim/tuning.h (what each means is said there).
constexpr float kTalkReach = sim::tuning::kTalkReach;      // close enough to talk
constexpr float kTargetReach = sim::tuning::kTargetReach;  // E, Tab and the ring pick anyone this close
constexpr float kArriveReach = kTalkReach * sim::tuning::kArriveShareOfTalkReach;  // a walk to someone ends here
constexpr float kWalkSpeed = sim::tuning::kWalkSpeed;      // metres per second, holding a walking key
constexpr std::size_t kNoTarget = std::numeric_limits<std::size_t>::max();

// The people E and Tab can pick, as places in `people`: everyone within `reach` of the player,
// nearest first; two at the same distance keep their order in `people`, so Tab's round holds.
std::vector<std::size_t> targets(Vec2 player, const std::vector<Vec2>& people, float reach = kTargetReach);

// Tab: the nearest target in `order` not yet `seen` this round (and not `current`); when every
// one has been seen, the round starts again with the nearest other than `current`. People move,
// so a round goes by who has been picked, not by places in an order that shifts as they do.
// kNoTarget when the order is empty.
std::size_t next_target(const std::vector<std::size_t>& order, std::size_t current,
                        const std::vector<std::size_t>& seen);

enum class Approach {
  TalkNow,     // within talking distance, nothing between
  WalkCloser,  // farther, or furniture between: walk up first
};
Approach approach(const std::vector<Rect>& obstacles, Vec2 player, Vec2 person);

// One step of the player's walk by `step` (a held key, or the next leg of a planned walk):
// `slide` when that makes headway; else the step turned to the side away from what blocks it
// (a little round a person, up to a right angle along furniture); else, when people are
// in the way, half the step, squeezing past them (turned along furniture if it must). Never
// ends in a wall or furniture.
Vec2 walk_step(const Room& room, const std::vector<Rect>& obstacles, const std::vector<Circle>& others, Vec2 p,
               Vec2 step, float radius);

}  // namespace mingle::room
