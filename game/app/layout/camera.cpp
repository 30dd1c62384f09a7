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
    // the player (first) off screen is worse than anyone else hidden
    if (b.left < 0 || b.top < 0 || b.right > screen.x || b.bottom > screen.y) t += i == 0 ? 5 : 1;
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

}  // namespace mingle::app
