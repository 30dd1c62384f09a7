#include "core/room/walk.h"

#include "core/room/path.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace mingle::room {

std::vector<std::size_t> targets(Vec2 player, const std::vector<Vec2>& people, float reach) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < people.size(); ++i)
    if (distance(people[i], player) <= reach) out.push_back(i);
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    return distance(people[a], player) < distance(people[b], player);
  });
  return out;
}

std::size_t next_target(const std::vector<std::size_t>& order, std::size_t current,
                        const std::vector<std::size_t>& seen) {
  if (order.empty()) return kNoTarget;
  for (const std::size_t i : order)
    if (i != current && std::find(seen.begin(), seen.end(), i) == seen.end()) return i;
  for (const std::size_t i : order)
    if (i != current) return i;
  return order.front();
}

Approach approach(const std::vector<Rect>& obstacles, Vec2 player, Vec2 person) {
  return distance(player, person) <= kTalkReach && clear_line(obstacles, player, person) ? Approach::TalkNow
                                                                                         : Approach::WalkCloser;
}

namespace {

Vec2 turned(Vec2 v, float degrees) {
  const float a = degrees * 3.14159265f / 180.0f;
  const float c = std::cos(a), s = std::sin(a);
  return {v.x * c - v.y * s, v.x * s + v.y * c};
}

bool in_rect(Vec2 c, float r, const Rect& rect) {
  const float nx = std::clamp(c.x, rect.x, rect.x + rect.w);
  const float ny = std::clamp(c.y, rect.y, rect.y + rect.h);
  return (c.x - nx) * (c.x - nx) + (c.y - ny) * (c.y - ny) < r * r;
}

}  // namespace

Vec2 walk_step(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& all_others, Vec2 p,
               Vec2 step, float radius) {
  const float len = length(step);
  if (len <= 0.0f) return p;
  const Vec2 slid = slide(room, obs, all_others, p, step, radius);
  if (distance(slid, p) >= len * sim::tuning::kHeadwayShare) return slid;

  // Whoever the body already overlaps does not hold it (as in slide()).
  std::vector<Circle> others;
  for (const auto& o : all_others)
    if (distance(o.centre, p) >= o.radius + radius) others.push_back(o);
  // What the straight step runs into: a piece of furniture, else the nearest person. A wall
  // alone is not gone round: walking into it slides along it or stops, as one would expect.
  const Vec2 ahead = p + step;
  bool furniture = false, person = false;
  Vec2 blocker{};
  for (const auto& r : obs)
    if (in_rect(ahead, radius, r)) {
      blocker = {r.x + r.w / 2, r.y + r.h / 2};
      furniture = true;
      break;
    }
  if (!furniture) {
    float nearest = 0.0f;
    for (const auto& o : others) {
      const float d = distance(o.centre, ahead);
      if (d < o.radius + radius && (!person || d < nearest)) {
        blocker = o.centre;
        nearest = d;
        person = true;
      }
    }
  }
  if (!furniture && !person) return slid;

  // Turn the step to the side that leads away from what blocks it: round a person by a little
  // (more would dither between neighbours in a ring), round furniture up to along its edge.
  int turns = 0;
  for (const float degrees : sim::tuning::kTurnDegrees) {
    if (person && turns++ == sim::tuning::kTurnsRoundAPerson) break;
    const Vec2 left = p + turned(step, -degrees), right = p + turned(step, degrees);
    const bool left_free = free_at(room, obs, others, left, radius);
    const bool right_free = free_at(room, obs, others, right, radius);
    if (left_free && right_free) return distance(left, blocker) > distance(right, blocker) ? left : right;
    if (left_free) return left;
    if (right_free) return right;
  }
  // People in the way (and maybe a corner too): they make room, and the player squeezes past
  // at a share of the step (half), straight on if the furniture allows, else turned along it.
  const float share = sim::tuning::kSqueezeShare;
  for (int k = -1; k < static_cast<int>(std::size(sim::tuning::kTurnDegrees)); ++k) {  // straight on first
    const float degrees = k < 0 ? 0.0f : sim::tuning::kTurnDegrees[k];
    const Vec2 left = p + turned(step, -degrees) * share, right = p + turned(step, degrees) * share;
    const bool left_free = free_at(room, obs, {}, left, radius);
    const bool right_free = free_at(room, obs, {}, right, radius);
    if (left_free && right_free) return distance(left, blocker) > distance(right, blocker) ? left : right;
    if (left_free) return left;
    if (right_free) return right;
  }
  return slid;
}

}  // namespace mingle::room
