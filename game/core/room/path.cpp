#include "core/room/path.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace mingle::room {

namespace {

bool segment_hits_rect(Vec2 a, Vec2 b, const Rect& r) {
  // Liang-Barsky clipping of the segment against the rectangle.
  float t0 = 0.0f, t1 = 1.0f;
  const float dx = b.x - a.x, dy = b.y - a.y;
  const float p[4] = {-dx, dx, -dy, dy};
  const float q[4] = {a.x - r.x, r.x + r.w - a.x, a.y - r.y, r.y + r.h - a.y};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0.0f) {
      if (q[i] < 0.0f) return false;
      continue;
    }
    const float t = q[i] / p[i];
    if (p[i] < 0.0f) t0 = std::max(t0, t);
    else t1 = std::min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

// A body can walk straight from a to b: free at every few centimetres along it.
bool walkable(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& others, Vec2 a,
              Vec2 b, float radius) {
  const float d = distance(a, b);
  const int steps = std::max(1, static_cast<int>(std::ceil(d / 0.05f)));
  for (int i = 1; i <= steps; ++i) {
    const float t = static_cast<float>(i) / static_cast<float>(steps);
    if (!free_at(room, obs, others, a + (b - a) * t, radius)) return false;
  }
  return true;
}

}  // namespace

bool clear_line(const std::vector<Rect>& obstacles, Vec2 a, Vec2 b) {
  for (const auto& r : obstacles)
    if (segment_hits_rect(a, b, r)) return false;
  return true;
}

Path plan_path(const Room& room, const std::vector<Rect>& obs, const std::vector<Circle>& all_others,
               const PathRequest& req) {
  Path out;
  // People the walker already overlaps do not hold it in place.
  std::vector<Circle> others;
  for (const auto& o : all_others)
    if (distance(o.centre, req.from) >= o.radius + req.radius) others.push_back(o);

  // At most about 40,000 cells: a very large room is planned on a coarser grid, so a plan stays
  // quick and small (a 200 x 200 m hall, the largest a room may be, on a 1 m grid).
  const float cell = std::max({0.05f, req.cell, std::sqrt(room.width * room.height / 40000.0f)});
  const int cols = std::max(1, static_cast<int>(std::floor(room.width / cell)));
  const int rows = std::max(1, static_cast<int>(std::floor(room.height / cell)));
  auto centre = [&](int c, int r) {
    return Vec2{(static_cast<float>(c) + 0.5f) * cell, (static_cast<float>(r) + 0.5f) * cell};
  };
  auto clamp_cell = [&](Vec2 p, int& c, int& r) {
    c = std::clamp(static_cast<int>(std::floor(p.x / cell)), 0, cols - 1);
    r = std::clamp(static_cast<int>(std::floor(p.y / cell)), 0, rows - 1);
  };
  const std::size_t n = static_cast<std::size_t>(cols) * static_cast<std::size_t>(rows);
  // Whether a body fits at a cell's centre, worked out the first time the search asks.
  std::vector<signed char> fits(n, -1);
  auto is_free = [&](int i) {
    signed char& f = fits[static_cast<std::size_t>(i)];
    if (f < 0) f = free_at(room, obs, others, centre(i % cols, i / cols), req.radius) ? 1 : 0;
    return f == 1;
  };

  auto is_goal = [&](Vec2 p) {
    if (req.stop_within <= 0.0f) return false;
    return distance(p, req.to) <= req.stop_within && clear_line(obs, p, req.to);
  };
  // Already there.
  if ((req.stop_within > 0.0f && is_goal(req.from)) || (req.stop_within <= 0.0f && distance(req.from, req.to) < 0.02f)) {
    out.reaches = true;
    return out;
  }
  // A straight walk when nothing is in the way (and it ends somewhere free).
  if (req.stop_within <= 0.0f && free_at(room, obs, others, req.to, req.radius) &&
      walkable(room, obs, others, req.from, req.to, req.radius)) {
    out.points.push_back(req.to);
    out.reaches = true;
    return out;
  }

  int sc = 0, sr = 0;
  clamp_cell(req.from, sc, sr);
  const int start = sr * cols + sc;
  // The exact goal (a spot rather than a person): the free cell nearest to it.
  int goal = -1;
  if (req.stop_within <= 0.0f) {
    float best = std::numeric_limits<float>::max();
    for (int i = 0; i < static_cast<int>(n); ++i) {
      const float d = distance(centre(i % cols, i / cols), req.to);
      if (d >= best || !is_free(i)) continue;
      if (d < best) best = d, goal = i;
    }
  }

  // A* over 8-connected cells; the start cell is always enterable, and diagonal moves need
  // both side cells free so a path never cuts a corner of a table.
  std::vector<float> g(n, std::numeric_limits<float>::max());
  std::vector<int> came(n, -1);
  std::vector<char> closed(n, 0);
  using Item = std::pair<float, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> open;
  auto h = [&](int i) {
    const float d = distance(centre(i % cols, i / cols), req.to);
    return std::max(0.0f, d - req.stop_within);
  };
  g[static_cast<std::size_t>(start)] = 0;
  open.push({h(start), start});
  int found = -1;
  int closest = start;
  float closest_d = distance(req.from, req.to);
  while (!open.empty()) {
    const int i = open.top().second;
    open.pop();
    if (closed[static_cast<std::size_t>(i)]) continue;
    closed[static_cast<std::size_t>(i)] = 1;
    const Vec2 p = centre(i % cols, i / cols);
    if (i != start || is_free(i)) {
      if (i == goal || is_goal(p)) {
        found = i;
        break;
      }
      const float d = distance(p, req.to);
      if (d < closest_d && is_free(i)) closest_d = d, closest = i;
    }
    const int c = i % cols, r = i / cols;
    for (int dr = -1; dr <= 1; ++dr)
      for (int dc = -1; dc <= 1; ++dc) {
        if (!dr && !dc) continue;
        const int nc = c + dc, nr = r + dr;
        if (nc < 0 || nr < 0 || nc >= cols || nr >= rows) continue;
        const int j = nr * cols + nc;
        if (closed[static_cast<std::size_t>(j)] || !is_free(j)) continue;
        if (dr && dc && (!is_free(r * cols + nc) || !is_free(nr * cols + c))) continue;
        const float step = (dr && dc) ? 1.41421356f * cell : cell;
        const float ng = g[static_cast<std::size_t>(i)] + step;
        if (ng < g[static_cast<std::size_t>(j)]) {
          g[static_cast<std::size_t>(j)] = ng;
          came[static_cast<std::size_t>(j)] = i;
          open.push({ng + h(j), j});
        }
      }
  }
  out.reaches = found >= 0;
  const int end = found >= 0 ? found : closest;
  std::vector<Vec2> cells;
  for (int i = end; i >= 0 && i != start; i = came[static_cast<std::size_t>(i)]) cells.push_back(centre(i % cols, i / cols));
  std::reverse(cells.begin(), cells.end());
  // The spot itself rather than its cell's centre, when it is free.
  if (found >= 0 && req.stop_within <= 0.0f && free_at(room, obs, others, req.to, req.radius) &&
      (cells.empty() || walkable(room, obs, others, cells.back(), req.to, req.radius)))
    cells.push_back(req.to);
  // Pull the string: keep only the corners a straight walk cannot cut.
  Vec2 at = req.from;
  std::size_t k = 0;
  while (k < cells.size()) {
    std::size_t far = k;
    for (std::size_t m = cells.size(); m-- > k + 1;)
      if (walkable(room, obs, others, at, cells[m], req.radius)) {
        far = m;
        break;
      }
    out.points.push_back(cells[far]);
    at = cells[far];
    k = far + 1;
  }
  return out;
}

}  // namespace mingle::room
