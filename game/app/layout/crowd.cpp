#include "app/layout/crowd.h"

#include "core/room/path.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <memory>
#include <tuple>
#include <unordered_map>

namespace mingle::app {

using room::Vec2;

namespace {

constexpr float kSpacing = 1.2f;  // metres between neighbours in a ring
constexpr float kGap = 0.7f;      // extra air between people of different groups
constexpr float kCell = 1.0f;     // the grid's cells, metres
constexpr float kSpill = 10.0f;   // a busy zone's rings may spill this far around it
constexpr int kLooseLine = 10;    // up to this many people with no zone: a line across the middle
const int kZoneGroups[] = {4, 3, 5, 2, 4, 6, 3, 5};  // ring sizes in a busy zone, in turn
const int kFloorGroups[] = {2, 3, 1, 2, 4, 1, 3, 2}; // group sizes on the free floor, in turn

bool circle_hits_rect(Vec2 c, float r, const Rect& rect) {
  const float nx = std::clamp(c.x, rect.x, rect.x + rect.w);
  const float ny = std::clamp(c.y, rect.y, rect.y + rect.h);
  const float dx = c.x - nx, dy = c.y - ny;
  return dx * dx + dy * dy < r * r;
}

int cells_along(float metres) { return std::max(1, static_cast<int>(std::ceil(metres / kCell))); }

// The furniture touching each cell of a cols x rows grid, each piece grown by `margin`.
std::vector<std::vector<std::uint32_t>> furniture_grid(const std::vector<Rect>& obstacles, int cols, int rows,
                                                       float margin) {
  std::vector<std::vector<std::uint32_t>> cells(static_cast<std::size_t>(cols * rows));
  for (std::size_t i = 0; i < obstacles.size(); ++i) {
    const Rect& o = obstacles[i];
    const int c0 = std::clamp(static_cast<int>(std::floor((o.x - margin) / kCell)), 0, cols - 1);
    const int c1 = std::clamp(static_cast<int>(std::floor((o.x + o.w + margin) / kCell)), 0, cols - 1);
    const int r0 = std::clamp(static_cast<int>(std::floor((o.y - margin) / kCell)), 0, rows - 1);
    const int r1 = std::clamp(static_cast<int>(std::floor((o.y + o.h + margin) / kCell)), 0, rows - 1);
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) cells[static_cast<std::size_t>(r * cols + c)].push_back(static_cast<std::uint32_t>(i));
  }
  return cells;
}

// Places bodies one group at a time, remembering who stands where in a grid of cells.
class Placer {
 public:
  Placer(const Room& room, const std::vector<Rect>& obstacles, float radius)
      : room_(room),
        obstacles_(obstacles),
        r_(radius),
        cols_(cells_along(room.width)),
        rows_(cells_along(room.height)),
        furniture_(furniture_grid(obstacles, cols_, rows_, radius + 0.01f)),
        bodies_(static_cast<std::size_t>(cols_ * rows_)) {}

  // A body of `group` may stand at p: inside the walls, off the furniture, at least 2r from
  // anyone and `clear` (centre to centre) from anyone of another group.
  bool ok(Vec2 p, int group, float clear) const {
    if (p.x < r_ || p.y < r_ || p.x > room_.width - r_ || p.y > room_.height - r_) return false;
    for (std::uint32_t i : furniture_[cell(p)])
      if (circle_hits_rect(p, r_, obstacles_[i])) return false;
    const int c0 = col(p.x - clear), c1 = col(p.x + clear), r0 = row(p.y - clear), r1 = row(p.y + clear);
    const float own = 2 * r_;
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c)
        for (const auto& [q, g] : bodies_[static_cast<std::size_t>(r * cols_ + c)]) {
          const float need = g == group ? own : clear;
          const float dx = p.x - q.x, dy = p.y - q.y;
          if (dx * dx + dy * dy < need * need) return false;
        }
    return true;
  }
  bool ok_apart(Vec2 p, int group) const { return ok(p, group, 2 * r_ + kGap); }
  bool ring_ok(const std::vector<Vec2>& ring, int group) const {
    for (const Vec2& p : ring)
      if (!ok_apart(p, group)) return false;
    return true;
  }
  void add(Vec2 p, int group) { bodies_[cell(p)].push_back({p, group}); }

  // The first free point on rings around `want` (the same search as room::nearest_free, so a
  // small zone's people stand where they always have), or nothing within `reach`.
  bool nudge(Vec2 want, int group, float reach, Vec2& out) const {
    if (ok_apart(want, group)) {
      out = want;
      return true;
    }
    const float step = std::max(0.1f, r_ * 0.5f);
    for (float ring = step; ring <= reach; ring += step) {
      const int samples = std::max(8, static_cast<int>(2.0f * 3.14159265f * ring / step));
      for (int i = 0; i < samples; ++i) {
        const float a = 2.0f * 3.14159265f * static_cast<float>(i) / static_cast<float>(samples);
        const Vec2 p{want.x + ring * std::cos(a), want.y + ring * std::sin(a)};
        if (ok_apart(p, group)) {
          out = p;
          return true;
        }
      }
    }
    return false;
  }

 private:
  int col(float x) const { return std::clamp(static_cast<int>(std::floor(x / kCell)), 0, cols_ - 1); }
  int row(float y) const { return std::clamp(static_cast<int>(std::floor(y / kCell)), 0, rows_ - 1); }
  std::size_t cell(Vec2 p) const { return static_cast<std::size_t>(row(p.y) * cols_ + col(p.x)); }

  const Room& room_;
  const std::vector<Rect>& obstacles_;
  float r_;
  int cols_, rows_;
  std::vector<std::vector<std::uint32_t>> furniture_;
  std::vector<std::vector<std::pair<Vec2, int>>> bodies_;
};

// Points to try as group centres, best first, and how far in the list is known to be taken.
struct Candidates {
  std::vector<Vec2> points;
  std::size_t cursor = 0;   // points before it are under someone already
  int too_big = 1 << 30;    // a group this size or larger found no place here: later ones won't
};

// A busy zone's candidates: points inside it from its middle out, then points around it,
// nearest the zone first.
Candidates zone_candidates(const Room& room, const Rect& z, float radius) {
  std::vector<std::tuple<float, float, float>> keyed;  // key, y, x
  const Vec2 centre{z.x + z.w / 2, z.y + z.h / 2};
  const float x0 = std::max(radius, z.x - kSpill), x1 = std::min(room.width - radius, z.x + z.w + kSpill);
  const float y0 = std::max(radius, z.y - kSpill), y1 = std::min(room.height - radius, z.y + z.h + kSpill);
  for (float y = y0; y <= y1; y += 0.5f)
    for (float x = x0; x <= x1; x += 0.5f) {
      const float dx = std::max({z.x - x, 0.0f, x - (z.x + z.w)});
      const float dy = std::max({z.y - y, 0.0f, y - (z.y + z.h)});
      const float outside = std::sqrt(dx * dx + dy * dy);
      const float to_centre = room::distance({x, y}, centre);
      keyed.emplace_back(outside > 0 ? 1000.0f + outside + 0.01f * to_centre : to_centre, y, x);
    }
  std::sort(keyed.begin(), keyed.end());
  Candidates c;
  c.points.reserve(keyed.size());
  for (const auto& [k, y, x] : keyed) c.points.push_back({x, y});
  return c;
}

std::uint32_t scramble(std::uint32_t x) {  // a fixed hash, so "spread at random" is repeatable
  x ^= x >> 16;
  x *= 0x7feb352dU;
  x ^= x >> 15;
  x *= 0x846ca68bU;
  x ^= x >> 16;
  return x;
}

// The free floor: points a metre apart outside every zone (with a metre's margin), in a
// scrambled but fixed order, so groups placed in turn spread over the whole room.
Candidates floor_candidates(const Room& room, float margin) {
  std::vector<std::pair<std::uint32_t, Vec2>> keyed;
  for (float y = std::max(margin, 0.5f); y <= room.height - margin; y += 1.0f)
    for (float x = std::max(margin, 0.5f); x <= room.width - margin; x += 1.0f) {
      bool in_zone = false;
      for (const Zone& z : room.zones)
        in_zone = in_zone || (x > z.area.x - 1 && x < z.area.x + z.area.w + 1 && y > z.area.y - 1 &&
                              y < z.area.y + z.area.h + 1);
      if (in_zone) continue;
      const auto ix = static_cast<std::uint32_t>(x), iy = static_cast<std::uint32_t>(y);
      keyed.push_back({scramble(ix * 73856093U ^ scramble(iy + 0x9e3779b9U)), {x, y}});
    }
  std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) {
    return std::tie(a.first, a.second.y, a.second.x) < std::tie(b.first, b.second.y, b.second.x);
  });
  Candidates c;
  for (const auto& [k, p] : keyed) c.points.push_back(p);
  return c;
}

// Every point half a metre apart, row by row: the last resort, for single bodies.
Candidates packed_candidates(const Room& room, float radius) {
  Candidates c;
  for (float y = radius + 0.05f; y <= room.height - radius; y += 0.5f)
    for (float x = radius + 0.05f; x <= room.width - radius; x += 0.5f) c.points.push_back({x, y});
  return c;
}

}  // namespace

std::vector<Spot> place_crowd(const Room& room, const std::vector<Rect>& obstacles,
                              const std::vector<std::string>& zones, float radius) {
  std::vector<Spot> out(zones.size());
  Placer placer(room, obstacles, radius);
  int next_group = 0;

  // Who is in which zone, zones in the order they first appear.
  std::unordered_map<std::string, std::size_t> zone_index;
  std::vector<std::string> zone_order;
  std::vector<std::vector<std::size_t>> members;
  for (std::size_t i = 0; i < zones.size(); ++i) {
    auto [it, fresh] = zone_index.emplace(zones[i], zone_order.size());
    if (fresh) {
      zone_order.push_back(zones[i]);
      members.emplace_back();
    }
    members[it->second].push_back(i);
  }
  std::unordered_map<std::string, const Zone*> zone_by_id;
  for (const Zone& z : room.zones) zone_by_id.emplace(z.id, &z);
  auto area_of = [&](const std::string& id) {
    auto it = zone_by_id.find(id);
    if (it != zone_by_id.end()) return it->second->area;
    return Rect{room.width / 2 - 1, room.height / 2 - 1, 2, 2};  // an unknown zone: the middle
  };

  const float reach = std::max(room.width, room.height);
  std::unique_ptr<Candidates> packed;  // made only when a room is too full for rings
  // One body, wherever it can go: near `want`, else the first free point in the room, else
  // (a room full to the walls) `want` itself, off the furniture.
  auto place_single = [&](std::size_t person, Vec2 want) {
    const int g = next_group++;
    Vec2 p;
    bool found = placer.nudge(want, g, 3.0f, p);
    if (!found) {
      if (!packed) packed = std::make_unique<Candidates>(packed_candidates(room, radius));
      for (std::size_t i = packed->cursor; i < packed->points.size() && !found; ++i) {
        if (i == packed->cursor && !placer.ok(packed->points[i], -1, 2 * radius)) {
          ++packed->cursor;
          continue;
        }
        if (placer.ok(packed->points[i], g, 2 * radius)) {
          p = packed->points[i];
          found = true;
        }
      }
    }
    if (!found) p = room::nearest_free(room, obstacles, {}, want, radius);
    placer.add(p, g);
    out[person] = {p, p, g, 0};
  };
  // A group of people in a ring around the first candidate where the whole ring fits.
  // In sight of `from` (a busy zone's middle): not behind a counter or a stage's back. Furniture
  // standing on `from` itself (a tall table in the middle of a carpet) does not count.
  auto in_sight = [&](Vec2 from, Vec2 c) {
    for (const Rect& o : obstacles) {
      const bool on_from = from.x >= o.x && from.x <= o.x + o.w && from.y >= o.y && from.y <= o.y + o.h;
      if (!on_from && !room::clear_line({o}, from, c)) return false;
    }
    return true;
  };
  auto place_ring = [&](const std::vector<std::size_t>& people, Candidates& where, const Vec2* from) {
    const int k = static_cast<int>(people.size());
    if (k >= where.too_big) return false;
    const int g = next_group;
    while (where.cursor < where.points.size() && !placer.ok(where.points[where.cursor], -1, 2 * radius))
      ++where.cursor;  // under someone: no centre for anyone, ever (people only arrive)
    for (std::size_t i = where.cursor; i < where.points.size(); ++i) {
      const Vec2 c = where.points[i];
      const auto ring = room::group_spots(c, k, kSpacing);
      if (!placer.ring_ok(ring, g)) continue;
      if (from && !in_sight(*from, c)) continue;
      ++next_group;
      for (int s = 0; s < k; ++s) {
        placer.add(ring[static_cast<std::size_t>(s)], g);
        out[people[static_cast<std::size_t>(s)]] = {ring[static_cast<std::size_t>(s)], c, g, s};
      }
      return true;
    }
    where.too_big = k;
    return false;
  };
  std::unique_ptr<Candidates> floor;
  auto place_group = [&](const std::vector<std::size_t>& people, Candidates* zone_points, Vec2 near) {
    if (zone_points && place_ring(people, *zone_points, &near)) return;
    if (!floor) floor = std::make_unique<Candidates>(floor_candidates(room, radius + 0.1f));
    if (place_ring(people, *floor, nullptr)) return;
    for (std::size_t p : people) place_single(p, near);  // too full for rings
  };

  // 1. Zones with a few people: one ring at the zone's middle, each spot nudged off furniture.
  for (std::size_t z = 0; z < zone_order.size(); ++z) {
    if (zone_order[z].empty() || members[z].size() > static_cast<std::size_t>(Crowd::kOneRing)) continue;
    const Rect a = area_of(zone_order[z]);
    const Vec2 centre{a.x + a.w / 2, a.y + a.h / 2};
    const auto ring = room::group_spots(centre, static_cast<int>(members[z].size()), kSpacing);
    const int g = next_group++;
    for (std::size_t s = 0; s < ring.size(); ++s) {
      Vec2 p;
      if (placer.nudge(ring[s], g, reach, p)) {
        placer.add(p, g);
        out[members[z][s]] = {p, centre, g, static_cast<int>(s)};
      } else {
        place_single(members[z][s], ring[s]);
      }
    }
  }
  // 2. A few people with no zone: a loose line across the middle of the room.
  const auto loose = zone_index.find("");
  const bool loose_line = loose != zone_index.end() && members[loose->second].size() <= kLooseLine;
  if (loose_line) {
    int n = 0;
    for (std::size_t person : members[loose->second]) {
      const Vec2 want{room.width * (0.2f + 0.15f * static_cast<float>(n % 5)),
                      room.height * (0.45f + 0.2f * static_cast<float>(n / 5))};
      ++n;
      place_single(person, want);
    }
  }
  // 3. Busy zones: several rings, from the zone's middle out.
  for (std::size_t z = 0; z < zone_order.size(); ++z) {
    if (zone_order[z].empty() || members[z].size() <= static_cast<std::size_t>(Crowd::kOneRing)) continue;
    const Rect a = area_of(zone_order[z]);
    Candidates points = zone_candidates(room, a, radius);
    const auto& who = members[z];
    std::size_t i = 0;
    for (int turn = 0; i < who.size(); ++turn) {
      std::size_t k = static_cast<std::size_t>(kZoneGroups[turn % 8]);
      k = std::min(k, who.size() - i);
      if (who.size() - i - k == 1) ++k;  // nobody left over on their own
      place_group({who.begin() + static_cast<std::ptrdiff_t>(i), who.begin() + static_cast<std::ptrdiff_t>(i + k)},
                  &points, {a.x + a.w / 2, a.y + a.h / 2});
      i += k;
    }
  }
  // 4. Many people with no zone: small groups spread over the free floor.
  if (loose != zone_index.end() && !loose_line) {
    const auto& who = members[loose->second];
    std::size_t i = 0;
    for (int turn = 0; i < who.size(); ++turn) {
      const std::size_t k = std::min(static_cast<std::size_t>(kFloorGroups[turn % 8]), who.size() - i);
      place_group({who.begin() + static_cast<std::ptrdiff_t>(i), who.begin() + static_cast<std::ptrdiff_t>(i + k)},
                  nullptr, {room.width / 2, room.height / 2});
      i += k;
    }
  }
  return out;
}

// [SECTION] The crowd ------------------------------------------------------------------------

Crowd::Crowd(const Room& room)
    : room_(&room),
      obstacles_(room::obstacles(room)),
      cols_(cells_along(room.width)),
      rows_(cells_along(room.height)),
      furniture_cells_(furniture_grid(obstacles_, cols_, rows_, kRadius + 0.01f)) {}

Vec2 Crowd::entrance() const {
  if (!room_->entrances.empty()) {
    const auto& e = room_->entrances.front();
    // Just inside the door, not in the wall.
    return {std::clamp(e.x, 1.0f, room_->width - 1.0f), std::clamp(e.y, 1.0f, room_->height - 1.0f)};
  }
  return {room_->width / 2, room_->height - 1.0f};
}

void Crowd::reindex() {
  index_.clear();
  for (std::size_t i = 0; i < guests_.size(); ++i) index_[guests_[i].id] = i;
}

const Guest* Crowd::find(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &guests_[it->second];
}

const Guest* Crowd::nearest(Vec2 p, float reach) const {
  const Guest* best = nullptr;
  float best_d = reach;
  for (const auto& g : guests_) {
    if (g.leaving) continue;
    const float d = room::distance(g.pos, p);
    if (d <= best_d) {
      best_d = d;
      best = &g;
    }
  }
  return best;
}

std::vector<room::Circle> Crowd::bodies(const std::string& except) const {
  std::vector<room::Circle> out;
  out.reserve(guests_.size());
  for (const auto& g : guests_)
    if (g.id != except) out.push_back({g.pos, kRadius});
  return out;
}

std::vector<room::Circle> Crowd::bodies_near(Vec2 p, float reach) const {
  std::vector<room::Circle> out;
  for (const auto& g : guests_)
    if (std::abs(g.pos.x - p.x) <= reach && std::abs(g.pos.y - p.y) <= reach) out.push_back({g.pos, kRadius});
  return out;
}

std::vector<room::Circle> walk_bodies(const Crowd& crowd, Vec2 from, Vec2 to) {
  constexpr float kNearFrom = 6.0f, kNearTo = 4.0f;  // metres
  std::vector<room::Circle> out;
  for (const auto& g : crowd.guests())
    if (room::distance(g.pos, from) <= kNearFrom || room::distance(g.pos, to) <= kNearTo)
      out.push_back({g.pos, Crowd::kRadius});
  return out;
}

void Crowd::sync(const sim::RoomView& view, const std::vector<Person>& everyone) {
  // Nobody came, went or changed zone (a minute waited, a line said): nothing to do.
  std::vector<std::pair<std::string, std::string>> now;
  now.reserve(view.people.size());
  for (const auto& p : view.people) now.emplace_back(p.person->id, p.zone);
  if (now == last_sync_ && !guests_.empty()) return;
  last_sync_ = now;

  if (colours_for_ != &everyone || colours_.size() != everyone.size()) {
    colours_.clear();
    for (std::size_t i = 0; i < everyone.size(); ++i) colours_.emplace(everyone[i].id, static_cast<int>(i));
    colours_for_ = &everyone;
  }
  std::vector<std::string> zones;
  zones.reserve(now.size());
  for (const auto& [id, zone] : now) zones.push_back(zone);
  const std::vector<Spot> spots = place_crowd(*room_, obstacles_, zones, kRadius);

  std::vector<char> present(guests_.size(), 0);
  const Vec2 door = room::nearest_free(*room_, obstacles_, {}, entrance(), kRadius);
  for (std::size_t i = 0; i < now.size(); ++i) {
    const std::string& id = now[i].first;
    auto it = index_.find(id);
    std::size_t at;
    if (it == index_.end()) {
      Guest g;
      g.id = id;
      g.pos = g.at = g.prev = door;
      auto c = colours_.find(id);
      g.colour = c == colours_.end() ? 0 : c->second;
      g.phase = static_cast<float>(g.colour) * 1.7f;
      at = guests_.size();
      guests_.push_back(std::move(g));
      index_.emplace(id, at);
      present.push_back(1);
    } else {
      at = it->second;
      present[at] = 1;
    }
    Guest& g = guests_[at];
    g.target = spots[i].at;
    g.leaving = false;
    g.zone = now[i].second;
    g.slot = spots[i].slot;
    g.group = spots[i].group;
    g.group_centre = spots[i].centre;
  }
  // Anyone no longer present walks out.
  for (std::size_t i = 0; i < guests_.size(); ++i)
    if (!present[i] && !guests_[i].leaving) {
      guests_[i].leaving = true;
      guests_[i].target = entrance();
      guests_[i].group = -1;
    }
}

void Crowd::settle() {
  guests_.erase(std::remove_if(guests_.begin(), guests_.end(), [](const Guest& g) { return g.leaving; }),
                guests_.end());
  for (auto& g : guests_) g.pos = g.at = g.prev = g.target;
  reindex();
}

int Crowd::cell_of(Vec2 p) const {
  const int c = std::clamp(static_cast<int>(std::floor(p.x / kCell)), 0, cols_ - 1);
  const int r = std::clamp(static_cast<int>(std::floor(p.y / kCell)), 0, rows_ - 1);
  return r * cols_ + c;
}

void Crowd::rebuild_grid() {
  // A counting sort of the guests by cell: cell c's guests are cell_guests_[start[c]..start[c+1]).
  const std::size_t cells = static_cast<std::size_t>(cols_ * rows_);
  cell_start_.assign(cells + 1, 0);
  for (const auto& g : guests_) ++cell_start_[static_cast<std::size_t>(cell_of(g.at)) + 1];
  for (std::size_t c = 0; c < cells; ++c) cell_start_[c + 1] += cell_start_[c];
  cell_guests_.resize(guests_.size());
  std::vector<std::uint32_t>& fill = fill_;
  fill.assign(cell_start_.begin(), cell_start_.end() - 1);
  for (std::size_t i = 0; i < guests_.size(); ++i)
    cell_guests_[fill[static_cast<std::size_t>(cell_of(guests_[i].at))]++] = static_cast<std::uint32_t>(i);
}

bool Crowd::hits_furniture(Vec2 p) const {
  for (std::uint32_t i : furniture_cells_[static_cast<std::size_t>(cell_of(p))])
    if (circle_hits_rect(p, kRadius, obstacles_[i])) return true;
  return false;
}

bool Crowd::free_for(std::size_t self, Vec2 p, Vec2 player, bool people) const {
  if (p.x < kRadius || p.y < kRadius || p.x > room_->width - kRadius || p.y > room_->height - kRadius)
    return false;
  if (hits_furniture(p)) return false;
  const float min2 = 4 * kRadius * kRadius;
  const Vec2 from = guests_[self].at;
  auto blocks = [&](Vec2 o) {
    // Someone the body already overlaps does not hold it in place: it can walk out again.
    const float fx = from.x - o.x, fy = from.y - o.y;
    if (fx * fx + fy * fy < min2) return false;
    const float dx = p.x - o.x, dy = p.y - o.y;
    return dx * dx + dy * dy < min2;
  };
  if (blocks(player)) return false;
  if (!people) return true;
  const int c0 = std::max(0, static_cast<int>(std::floor((p.x - 2 * kRadius) / kCell)));
  const int c1 = std::min(cols_ - 1, static_cast<int>(std::floor((p.x + 2 * kRadius) / kCell)));
  const int r0 = std::max(0, static_cast<int>(std::floor((p.y - 2 * kRadius) / kCell)));
  const int r1 = std::min(rows_ - 1, static_cast<int>(std::floor((p.y + 2 * kRadius) / kCell)));
  for (int r = r0; r <= r1; ++r)
    for (int c = c0; c <= c1; ++c) {
      const auto cell = static_cast<std::size_t>(r * cols_ + c);
      for (std::uint32_t k = cell_start_[cell]; k < cell_start_[cell + 1]; ++k) {
        const std::uint32_t j = cell_guests_[k];
        if (j != self && blocks(guests_[j].at)) return false;
      }
    }
  return true;
}

Vec2 Crowd::slide_for(std::size_t self, Vec2 step, Vec2 player, bool people) const {
  const Vec2 p = guests_[self].at;
  const Vec2 full = p + step;
  if (free_for(self, full, player, people)) return full;
  const Vec2 along_x{p.x + step.x, p.y};
  const Vec2 along_y{p.x, p.y + step.y};
  // Prefer the larger part of the step, so a diagonal walk into a wall keeps most of its speed.
  const bool x_first = std::abs(step.x) >= std::abs(step.y);
  const Vec2 first = x_first ? along_x : along_y, second = x_first ? along_y : along_x;
  if (free_for(self, first, player, people)) return first;
  if (free_for(self, second, player, people)) return second;
  return p;
}

Vec2 Crowd::round_furniture(std::size_t self, Vec2 straight, float step, Vec2 player, bool people) const {
  // Pressed against a piece of furniture (a long counter across the way): walk round it,
  // along its edge (round its corners) towards whichever end makes the shorter way.
  const Guest& g = guests_[self];
  for (std::uint32_t k : furniture_cells_[static_cast<std::size_t>(cell_of(straight))]) {
    const Rect& o = obstacles_[k];
    if (!circle_hits_rect(straight, kRadius, o)) continue;
    const float m = kRadius + 0.05f;
    auto way = [](float from, float end, float to) { return std::abs(from - end) + std::abs(end - to); };
    // Which way round: above or below it (further out in y than in x), along x; beside it, along y.
    const float out_x = std::max({o.x - g.at.x, 0.0f, g.at.x - (o.x + o.w)});
    const float out_y = std::max({o.y - g.at.y, 0.0f, g.at.y - (o.y + o.h)});
    Vec2 hint;
    if (out_y >= out_x) {
      const float left = o.x - m, right = o.x + o.w + m;
      const bool left_ok = left > kRadius, right_ok = right < room_->width - kRadius;
      hint = {(!right_ok || (left_ok && way(g.at.x, left, g.target.x) <= way(g.at.x, right, g.target.x))) ? -1.0f : 1.0f, 0};
    } else {
      const float top = o.y - m, bottom = o.y + o.h + m;
      const bool top_ok = top > kRadius, bottom_ok = bottom < room_->height - kRadius;
      hint = {0, (!bottom_ok || (top_ok && way(g.at.y, top, g.target.y) <= way(g.at.y, bottom, g.target.y))) ? -1.0f : 1.0f};
    }
    // Along the edge: at right angles to the way out from the nearest point of the furniture
    // (round a corner, that is a diagonal), on the side of the chosen end.
    const Vec2 nearest{std::clamp(g.at.x, o.x, o.x + o.w), std::clamp(g.at.y, o.y, o.y + o.h)};
    Vec2 out = g.at - nearest;
    const float len = room::length(out);
    out = len > 1e-4f ? out * (1.0f / len) : Vec2{-hint.y, hint.x};
    Vec2 along{-out.y, out.x};
    if (along.x * hint.x + along.y * hint.y < 0) along = along * -1.0f;
    return slide_for(self, along * step, player, people);
  }
  return g.at;
}

void Crowd::update(float dt, Vec2 player) {
  rebuild_grid();
  for (std::size_t i = 0; i < guests_.size(); ++i) {
    Guest& g = guests_[i];
    g.phase += dt;
    g.prev = g.at;
    // The player squeezing past (core/room/walk.h): whoever they press against makes room,
    // stepping straight away from them, and walks back to their spot once the player has gone by.
    if (const float pd = room::distance(g.at, player); pd < 2 * kRadius && pd > 1e-4f) {
      g.at = slide_for(i, (g.at - player) * (kSpeed * dt / pd), player, true);
      g.stuck = 0;
      continue;
    }
    const Vec2 to = g.target - g.at;
    const float d = room::length(to);
    if (d < 0.02f) {
      g.stuck = g.ghost = 0;
      continue;
    }
    const float step = std::min(d, kSpeed * dt);
    const Vec2 straight = g.at + to * (step / d);
    // Stuck for a second in a jam (two streams meeting along a counter): walk through the other
    // guests for a moment, as people squeeze past each other. The player still blocks.
    const bool people = g.ghost <= 0;
    g.ghost = std::max(0.0f, g.ghost - dt);
    if (free_for(i, straight, player, people)) {
      g.at = straight;
      g.stuck = std::max(0.0f, g.stuck - dt);
      continue;
    }
    // Blocked by someone: walk around them along the tangent of their circle, on the side that
    // still leads towards the target, until the straight way is clear again. (Sliding along the
    // axes would step back into their path on the next step, and dither there.)
    bool blocked = false;
    Vec2 blocker;
    float nearest = 2 * kRadius + 0.05f;
    auto consider = [&](Vec2 o) {
      const float od = room::distance(o, straight);
      if (od < nearest) {
        nearest = od;
        blocker = o;
        blocked = true;
      }
    };
    consider(player);
    const int c0 = std::max(0, static_cast<int>(std::floor((straight.x - 1) / kCell)));
    const int c1 = std::min(cols_ - 1, static_cast<int>(std::floor((straight.x + 1) / kCell)));
    const int r0 = std::max(0, static_cast<int>(std::floor((straight.y - 1) / kCell)));
    const int r1 = std::min(rows_ - 1, static_cast<int>(std::floor((straight.y + 1) / kCell)));
    for (int r = r0; r <= r1; ++r)
      for (int c = c0; c <= c1; ++c) {
        const auto cell = static_cast<std::size_t>(r * cols_ + c);
        for (std::uint32_t k = cell_start_[cell]; k < cell_start_[cell + 1]; ++k)
          if (cell_guests_[k] != i) consider(guests_[cell_guests_[k]].at);
      }
    Vec2 moved = g.at;
    if (!blocked || !people) {
      moved = slide_for(i, to * (step / d), player, people);  // furniture or a wall
    } else if (room::distance(g.at, blocker) > 1e-4f) {
      const float bd = room::distance(g.at, blocker);
      const Vec2 radial = (g.at - blocker) * (1.0f / bd);
      Vec2 tangent{-radial.y, radial.x};
      if (tangent.x * to.x + tangent.y * to.y < 0) tangent = tangent * -1.0f;
      moved = slide_for(i, tangent * step, player, people);
    }
    // Pressed against furniture (a counter across the way): walk round its end.
    if (room::distance(moved, g.at) < step * 0.3f) {
      const Vec2 round = round_furniture(i, straight, step, player, people);
      if (room::distance(round, g.at) > room::distance(moved, g.at)) moved = round;
    }
    // Hemmed in on all sides (a crowded doorway): squeeze past rather than freeze.
    if (moved.x == g.at.x && moved.y == g.at.y) moved = slide_for(i, to * (step / d), player, false);
    if (moved.x == g.at.x && moved.y == g.at.y) moved = round_furniture(i, straight, step, player, false);
    const float gained = d - room::distance(moved, g.target);
    g.stuck = gained < step * 0.25f ? g.stuck + dt : std::max(0.0f, g.stuck - dt);
    if (g.stuck > 1.0f) {
      g.stuck = 0;
      g.ghost = 1.5f;
    }
    g.at = moved;
  }
  const std::size_t before = guests_.size();
  guests_.erase(std::remove_if(guests_.begin(), guests_.end(),
                               [](const Guest& g) { return g.leaving && room::distance(g.at, g.target) < 0.3f; }),
                guests_.end());
  if (guests_.size() != before) reindex();
  for (auto& g : guests_) g.pos = g.at;
}

void Crowd::blend(float alpha) {
  const float a = std::clamp(alpha, 0.0f, 1.0f);
  for (auto& g : guests_) g.pos = g.prev + (g.at - g.prev) * a;
}

}  // namespace mingle::app
