#pragma once
// Walking in the room: where a body of a given radius may stand, and how a step slides along
// furniture and walls instead of passing through them. Units are the room's metres. Used by
// the window for the player and the guests; pure, so it is tested without one.
#include "core/scenario/model.h"

#include <vector>

namespace mingle::room {

struct Vec2 {
  float x = 0, y = 0;
};
inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(Vec2 a, float k) { return {a.x * k, a.y * k}; }
float length(Vec2 v);
float distance(Vec2 a, Vec2 b);

struct Circle {
  Vec2 centre;
  float radius = 0;
};

// The furniture a body collides with (plants, tables, counters…); zones are floor, not walls.
std::vector<Rect> obstacles(const Room& room);

// True when a body of this radius at p overlaps no obstacle, no circle in `others`, and stays
// inside the room's walls.
bool free_at(const Room& room, const std::vector<Rect>& obstacles, const std::vector<Circle>& others,
             Vec2 p, float radius);

// Moves from p by `step`, sliding along whatever is in the way: the full step if it is free,
// else its x or y part alone, else no move. Never ends inside an obstacle it did not start in;
// a person the body already overlaps does not block it, so nobody is ever trapped in a group.
Vec2 slide(const Room& room, const std::vector<Rect>& obstacles, const std::vector<Circle>& others,
           Vec2 p, Vec2 step, float radius);

// The nearest free point to `want` for a body of this radius, searching outward in rings;
// `want` itself when it is free.
Vec2 nearest_free(const Room& room, const std::vector<Rect>& obstacles,
                  const std::vector<Circle>& others, Vec2 want, float radius);

// Spots for `count` people standing together around a centre, neighbours `spacing` apart: two
// side by side, more in a ring starting at the top, so groups look like conversations rather
// than queues.
std::vector<Vec2> group_spots(Vec2 centre, int count, float spacing);

// The centre of a zone, or of the room when the zone is not found.
Vec2 zone_centre(const Room& room, const std::string& zone_id);

}  // namespace mingle::room
