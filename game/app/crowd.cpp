#include "app/crowd.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {

Crowd::Crowd(const Room& room) : room_(&room), obstacles_(room::obstacles(room)) {}

room::Vec2 Crowd::entrance() const {
  if (!room_->entrances.empty()) {
    const auto& e = room_->entrances.front();
    // Just inside the door, not in the wall.
    return {std::clamp(e.x, 1.0f, room_->width - 1.0f), std::clamp(e.y, 1.0f, room_->height - 1.0f)};
  }
  return {room_->width / 2, room_->height - 1.0f};
}

const Guest* Crowd::find(const std::string& id) const {
  for (const auto& g : guests_)
    if (g.id == id) return &g;
  return nullptr;
}

const Guest* Crowd::nearest(room::Vec2 p, float reach) const {
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
  for (const auto& g : guests_)
    if (g.id != except) out.push_back({g.pos, kRadius});
  return out;
}

void Crowd::sync(const sim::RoomView& view, const std::vector<Person>& everyone) {
  // Group the people present by zone, in the order the author wrote them.
  std::map<std::string, std::vector<std::string>> by_zone;
  std::vector<std::string> zone_order;
  for (const auto& p : view.people) {
    if (!by_zone.count(p.zone)) zone_order.push_back(p.zone);
    by_zone[p.zone].push_back(p.person->id);
  }
  auto colour_of = [&](const std::string& id) {
    for (std::size_t i = 0; i < everyone.size(); ++i)
      if (everyone[i].id == id) return static_cast<int>(i);
    return 0;
  };

  // Anyone no longer present walks out.
  for (auto& g : guests_) {
    bool present = false;
    for (const auto& p : view.people) present |= p.person->id == g.id;
    if (!present && !g.leaving) {
      g.leaving = true;
      g.target = entrance();
    }
  }

  int loose = 0;  // people with no zone stand in a loose line across the middle
  for (const auto& zone : zone_order) {
    const auto& ids = by_zone[zone];
    std::vector<room::Vec2> spots;
    if (zone.empty()) {
      for (std::size_t i = 0; i < ids.size(); ++i, ++loose)
        spots.push_back({room_->width * (0.2f + 0.15f * static_cast<float>(loose % 5)),
                         room_->height * (0.45f + 0.2f * static_cast<float>(loose / 5))});
    } else {
      spots = room::group_spots(room::zone_centre(*room_, zone), static_cast<int>(ids.size()), 1.2f);
    }
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const room::Vec2 spot = room::nearest_free(*room_, obstacles_, {}, spots[i], kRadius);
      auto it = std::find_if(guests_.begin(), guests_.end(), [&](const Guest& g) { return g.id == ids[i]; });
      if (it == guests_.end()) {
        Guest g;
        g.id = ids[i];
        g.pos = room::nearest_free(*room_, obstacles_, {}, entrance(), kRadius);
        g.colour = colour_of(ids[i]);
        g.phase = static_cast<float>(g.colour) * 1.7f;
        guests_.push_back(g);
        it = guests_.end() - 1;
      }
      it->target = spot;
      it->leaving = false;
      it->zone = zone;
      it->slot = static_cast<int>(i);
    }
  }
}

void Crowd::settle() {
  guests_.erase(std::remove_if(guests_.begin(), guests_.end(), [](const Guest& g) { return g.leaving; }),
                guests_.end());
  for (auto& g : guests_) g.pos = g.target;
}

void Crowd::update(float dt, room::Vec2 player) {
  for (auto& g : guests_) {
    g.phase += dt;
    const room::Vec2 to = g.target - g.pos;
    const float d = room::length(to);
    if (d < 0.02f) continue;
    const float step = std::min(d, kSpeed * dt);
    auto others = bodies(g.id);
    others.push_back({player, kRadius});
    const room::Vec2 straight = g.pos + to * (step / d);
    if (room::free_at(*room_, obstacles_, others, straight, kRadius)) {
      g.pos = straight;
      continue;
    }
    // Blocked by someone: walk around them along the tangent of their circle, on the side that
    // still leads towards the target, until the straight way is clear again. (Sliding along the
    // axes would step back into their path on the next frame, and dither there.)
    const room::Circle* blocker = nullptr;
    float nearest = 2 * kRadius + 0.05f;
    for (const auto& o : others) {
      const float od = room::distance(o.centre, straight);
      if (od < nearest) {
        nearest = od;
        blocker = &o;
      }
    }
    room::Vec2 moved = g.pos;
    if (!blocker) {
      moved = room::slide(*room_, obstacles_, others, g.pos, to * (step / d), kRadius);  // furniture
    } else if (room::distance(g.pos, blocker->centre) > 1e-4f) {
      nearest = room::distance(g.pos, blocker->centre);
      const room::Vec2 radial = (g.pos - blocker->centre) * (1.0f / nearest);
      room::Vec2 tangent{-radial.y, radial.x};
      if (tangent.x * to.x + tangent.y * to.y < 0) tangent = tangent * -1.0f;
      moved = room::slide(*room_, obstacles_, others, g.pos, tangent * step, kRadius);
    }
    // Hemmed in on all sides (a crowded doorway): squeeze past rather than freeze.
    if (moved.x == g.pos.x && moved.y == g.pos.y)
      moved = room::slide(*room_, obstacles_, {}, g.pos, to * (step / d), kRadius);
    g.pos = moved;
  }
  guests_.erase(std::remove_if(guests_.begin(), guests_.end(),
                               [](const Guest& g) {
                                 return g.leaving && room::distance(g.pos, g.target) < 0.3f;
                               }),
                guests_.end());
}

}  // namespace mingle::app
