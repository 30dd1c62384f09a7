#include "app/layout/camera.h"

#include "app/layout/crowd.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {

ScreenBox person_box(room::Vec2 p, sf::Vector2f camera, float scale, sf::Vector2f screen, float zoom) {
  const float badge = 1.0f / std::max(0.7f, zoom);  // the badge's size relative to zoom 1
  const float half_w = std::max(Crowd::kRadius + 0.1f, 0.9f * badge);
  const float above = Crowd::kRadius + 0.12f + 0.95f * badge;  // head, gap and a badge of two lines
  const float below = Crowd::kRadius + 0.25f;                   // feet and the rung pips
  const float sx = (p.x - camera.x) * scale + screen.x / 2, sy = (p.y - camera.y) * scale + screen.y / 2;
  return {sx - half_w * scale, sy - above * scale, sx + half_w * scale, sy + below * scale};
}

namespace {
// How badly a shift (pixels, applied to everyone on screen) leaves things: the player (first)
// pushed off screen counts most, then anyone under a panel, then anyone else off screen.
int trouble(const std::vector<ScreenBox>& boxes, const std::vector<ScreenBox>& cover, sf::Vector2f shift,
            sf::Vector2f screen) {
  int t = 0;
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    ScreenBox b = boxes[i];
    b = {b.left + shift.x, b.top + shift.y, b.right + shift.x, b.bottom + shift.y};
    for (const auto& c : cover)
      if (b.overlaps(c)) t += 4;
    // the player (first) off screen is never a price worth paying
    if (b.left < 0 || b.top < 0 || b.right > screen.x || b.bottom > screen.y) t += i == 0 ? 1000 : 1;
  }
  return t;
}
}  // namespace

sf::Vector2f keep_clear(sf::Vector2f camera, float scale, sf::Vector2f screen, float zoom,
                        const std::vector<room::Vec2>& people, const std::vector<ScreenBox>& cover) {
  if (people.empty() || cover.empty() || scale <= 0.0f) return camera;
  std::vector<ScreenBox> boxes;
  boxes.reserve(people.size());
  for (const auto& p : people) boxes.push_back(person_box(p, camera, scale, screen, zoom));
  const float pad = 8.0f;
  sf::Vector2f shift{0, 0};
  // A few rounds: clearing one box can push another into a panel.
  for (int round = 0; round < 4; ++round) {
    const int now = trouble(boxes, cover, shift, screen);
    if (now == 0) break;
    // Try moving each troubled box just clear of each box it overlaps, up, down, left or
    // right; keep the move that leaves the least trouble, the shortest among equals.
    sf::Vector2f best = shift;
    int best_trouble = now;
    float best_len = 1e9f;
    for (ScreenBox b : boxes) {
      b = {b.left + shift.x, b.top + shift.y, b.right + shift.x, b.bottom + shift.y};
      for (const auto& c : cover) {
        if (!b.overlaps(c)) continue;
        const sf::Vector2f moves[4] = {{0, c.bottom + pad - b.top},
                                       {0, c.top - pad - b.bottom},
                                       {c.right + pad - b.left, 0},
                                       {c.left - pad - b.right, 0}};
        for (const auto& m : moves) {
          const int t = trouble(boxes, cover, shift + m, screen);
          const float len = std::abs(m.x) + std::abs(m.y);
          if (t < best_trouble || (t == best_trouble && t < now && len < best_len)) {
            best = shift + m;
            best_trouble = t;
            best_len = len;
          }
        }
      }
    }
    if (best == shift) break;
    shift = best;
  }
  // People move right by shift.x pixels when the camera moves left by as much.
  return {camera.x - shift.x / scale, camera.y - shift.y / scale};
}

sf::Vector2f frame_camera(float scale, sf::Vector2f screen, float zoom, const std::vector<room::Vec2>& people,
                          ScreenBox free, sf::Vector2f room_size, float margin) {
  if (people.empty() || scale <= 0.0f) return {room_size.x / 2, room_size.y / 2};
  // The free area's middle, as an offset from the screen's middle, in metres.
  const sf::Vector2f off{((free.left + free.right) / 2 - screen.x / 2) / scale,
                         ((free.top + free.bottom) / 2 - screen.y / 2) / scale};
  sf::Vector2f cam{people[0].x - off.x, people[0].y - off.y};
  // The shift of the picture (pixels, everyone moves by it) each person allows, narrowed person
  // by person; one who cannot fit with those before is left out.
  float lo_x = -1e9f, hi_x = 1e9f, lo_y = -1e9f, hi_y = 1e9f;
  std::vector<room::Vec2> kept;  // those framed: the player, and each other who fits with them
  for (std::size_t i = 0; i < people.size(); ++i) {
    const ScreenBox b = person_box(people[i], cam, scale, screen, zoom);
    // A person taller or wider than the free area still counts by the part that fits.
    const float nlo_x = std::max(lo_x, free.left - b.left), nhi_x = std::min(hi_x, free.right - b.right);
    const float nlo_y = std::max(lo_y, free.top - b.top), nhi_y = std::min(hi_y, free.bottom - b.bottom);
    if (i > 0 && (nlo_x > nhi_x || nlo_y > nhi_y)) continue;
    kept.push_back(people[i]);
    lo_x = nlo_x, hi_x = std::max(nlo_x, nhi_x), lo_y = nlo_y, hi_y = std::max(nlo_y, nhi_y);
  }
  const float shift_x = std::clamp(0.0f, lo_x, hi_x), shift_y = std::clamp(0.0f, lo_y, hi_y);
  cam.x -= shift_x / scale;
  cam.y -= shift_y / scale;
  // The room's edges, axis by axis: the view's ends (the whole screen's, or the free area's)
  // kept within the margin past the walls; a room smaller than them sits in their middle.
  auto edge = [&](float c, float view_lo, float view_hi, float screen_len, float room_len) {
    const float lo = c + (view_lo - screen_len / 2) / scale, hi = c + (view_hi - screen_len / 2) / scale;
    if (room_len + 2 * margin <= hi - lo) return c + room_len / 2 - (lo + hi) / 2;
    if (lo < -margin) return c + (-margin - lo);
    if (hi > room_len + margin) return c - (hi - room_len - margin);
    return c;
  };
  auto framed = [&](sf::Vector2f c) {
    for (const auto& p : kept) {
      const ScreenBox b = person_box(p, c, scale, screen, zoom);
      if (b.left < free.left - 0.5f || b.right > free.right + 0.5f || b.top < free.top - 0.5f ||
          b.bottom > free.bottom + 0.5f)
        return false;
    }
    return true;
  };
  // The whole screen inside the walls when the people who matter stay framed so; else only the
  // free area (the void past the walls then shows only behind a panel's band).
  const sf::Vector2f whole{edge(cam.x, 0, screen.x, screen.x, room_size.x), edge(cam.y, 0, screen.y, screen.y, room_size.y)};
  if (framed(whole)) return whole;
  cam.x = edge(cam.x, free.left, free.right, screen.x, room_size.x);
  cam.y = edge(cam.y, free.top, free.bottom, screen.y, room_size.y);
  // The player is never cut for the walls' sake: one standing in a doorway, past the wall, is
  // brought back inside the free area (a sliver past the wall shows instead).
  const ScreenBox p = person_box(people[0], cam, scale, screen, zoom);
  if (p.right - p.left <= free.right - free.left) {
    if (p.left < free.left) cam.x -= (free.left - p.left) / scale;
    else if (p.right > free.right) cam.x += (p.right - free.right) / scale;
  }
  if (p.bottom - p.top <= free.bottom - free.top) {
    if (p.top < free.top) cam.y -= (free.top - p.top) / scale;
    else if (p.bottom > free.bottom) cam.y += (p.bottom - free.bottom) / scale;
  }
  return cam;
}

}  // namespace mingle::app
