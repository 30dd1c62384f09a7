#pragma once
// Finding a way across the room: a walk planned on a fine grid over the floor, around the
// furniture and the people standing in it. Units are the room's metres; pure, so it is tested
// without a window (tests/core/room/path_test.cpp). The window plans a click-to-walk with it.
#include "core/room/geometry.h"

#include <vector>

namespace mingle::room {

struct PathRequest {
  Vec2 from, to;
  float radius = 0.35f;       // the walker's body
  float stop_within = 0.0f;   // > 0: arrive anywhere this close to `to`, with no furniture between
  float cell = 0.2f;          // grid spacing in metres (coarser in very large rooms)
};

struct Path {
  std::vector<Vec2> points;   // waypoints after `from`, the last one where the walk ends
  bool reaches = false;       // false: `to` cannot be reached, and the path ends as near as it can
};

// Plans a walk for a body of `radius` from `from` to `to`. People the walker already overlaps
// at `from` (standing inside a group) do not block it, so it can always walk out; when `to`
// cannot be reached the path ends at the reachable spot nearest to it, never nowhere. Every
// point on the path (checked every few centimetres) is free for the body, except where it
// starts inside someone.
Path plan_path(const Room& room, const std::vector<Rect>& obstacles, const std::vector<Circle>& others,
               const PathRequest& request);

// True when the straight segment a-b crosses no furniture (a person can talk over it).
bool clear_line(const std::vector<Rect>& obstacles, Vec2 a, Vec2 b);

}  // namespace mingle::room
