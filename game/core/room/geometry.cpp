#include "core/room/geometry.h"

#include <algorithm>
#include <cmath>

namespace mingle::room {

float length(Vec2 v) { return std::sqrt(v.x * v.x + v.y * v.y); }
float distance(Vec2 a, Vec2 b) { return length(a - b); }

std::vector<Rect> obstacles(const Room& room) {
  std::vector<Rect> out;
  out.reserve(room.furniture.size());
  for (const auto& f : room.furniture) out.push_back(f.area);
  return out;
}

namespace {

bool circle_hits_rect(Vec2 c, float r, const Rect& rect) {
  const float nx = std::clamp(c.x, rect.x, rect.x + rect.w);
  const float ny = std::clamp(c.y, rect.y, rect.y + rect.h);
  const float dx = c.x - nx, dy = c.y - ny;
  return dx * dx + dy * dy < r * r;
}

}  // namespace

bool free_at(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& others,
             Vec2 p, float radius) {
  if (p.x < radius || p.y < radius || p.x > room.width - radius || p.y > room.height - radius)
    return false;
  for (const auto& r : obs)
    if (circle_hits_rect(p, radius, r)) return false;
  for (const auto& o : others) {
    const float min = radius + o.radius;
    const Vec2 d = p - o.centre;
    if (d.x * d.x + d.y * d.y < min * min) return false;
  }
  return true;
}

Vec2 slide(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& all_others,
           Vec2 p, Vec2 step, float radius) {
  // Someone the body already overlaps (a guest stepped into it) does not hold it in place: it
  // can walk out again. Everyone else still blocks.
  std::vector<Circle> kept;
  const std::vector<Circle>* others_ptr = &all_others;
  for (const auto& o : all_others)
    if (distance(o.centre, p) < o.radius + radius) {
      for (const auto& k : all_others)
        if (distance(k.centre, p) >= k.radius + radius) kept.push_back(k);
      others_ptr = &kept;
      break;
    }
  const std::vector<Circle>& others = *others_ptr;
  const Vec2 full = p + step;
  if (free_at(room, obs, others, full, radius)) return full;
  const Vec2 along_x{p.x + step.x, p.y};
  const Vec2 along_y{p.x, p.y + step.y};
  // Prefer the larger part of the step, so a diagonal walk into a wall keeps most of its speed.
  const bool x_first = std::abs(step.x) >= std::abs(step.y);
  const Vec2 first = x_first ? along_x : along_y, second = x_first ? along_y : along_x;
  if (free_at(room, obs, others, first, radius)) return first;
  if (free_at(room, obs, others, second, radius)) return second;
  return p;
}

Vec2 nearest_free(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& others,
                  Vec2 want, float radius) {
  if (free_at(room, obs, others, want, radius)) return want;
  const float step = std::max(0.1f, radius * 0.5f);
  const float reach = std::max(room.width, room.height);
  for (float ring = step; ring <= reach; ring += step) {
    const int samples = std::max(8, static_cast<int>(2.0f * 3.14159265f * ring / step));
    for (int i = 0; i < samples; ++i) {
      const float a = 2.0f * 3.14159265f * static_cast<float>(i) / static_cast<float>(samples);
      const Vec2 p{want.x + ring * std::cos(a), want.y + ring * std::sin(a)};
      if (free_at(room, obs, others, p, radius)) return p;
    }
  }
  return want;
}

std::vector<Vec2> group_spots(Vec2 centre, int count, float spacing) {
  std::vector<Vec2> out;
  if (count <= 0) return out;
  if (count == 1) return {centre};
  // Neighbours on a ring of radius r stand 2 r sin(pi / count) apart: make that `spacing`.
  const float radius = spacing / (2.0f * std::sin(3.14159265f / static_cast<float>(count)));
  // Two stand side by side; larger groups start at the top of the ring.
  const float start = count == 2 ? 3.14159265f : -3.14159265f / 2.0f;
  for (int i = 0; i < count; ++i) {
    const float a = start + 2.0f * 3.14159265f * static_cast<float>(i) / static_cast<float>(count);
    out.push_back({centre.x + radius * std::cos(a), centre.y + radius * std::sin(a)});
  }
  return out;
}

Vec2 zone_centre(const Room& room, const std::string& zone_id) {
  for (const auto& z : room.zones)
    if (z.id == zone_id) return {z.area.x + z.area.w / 2, z.area.y + z.area.h / 2};
  return {room.width / 2, room.height / 2};
}

}  // namespace mingle::room
