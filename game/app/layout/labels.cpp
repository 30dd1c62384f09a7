#include "app/layout/labels.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {

namespace {

bool inside(const ScreenBox& b, const ScreenBox& screen) {
  return b.left >= screen.left && b.top >= screen.top && b.right <= screen.right && b.bottom <= screen.bottom;
}

bool hits_any(const ScreenBox& b, const std::vector<ScreenBox>& boxes) {
  for (const ScreenBox& o : boxes)
    if (b.overlaps(o)) return true;
  return false;
}

ScreenBox rounded(ScreenBox b) {
  const float w = b.right - b.left, h = b.bottom - b.top;
  b.left = std::round(b.left);
  b.top = std::round(b.top);
  b.right = b.left + w;
  b.bottom = b.top + h;
  return b;
}

constexpr std::size_t kSpotsPerEnd = 11;

// The spots a badge of w x h tries, in order: straight above (or below) its anchor, a step
// further out, to either side (half a badge, then a whole one), then the other end of the figure.
std::vector<std::pair<ScreenBox, bool>> spots(const BadgeAsk& a, float w, float h) {
  static const float kTries[][2] = {{0, 0},     {0, 1},     {-0.55f, 0}, {0.55f, 0}, {-0.55f, 1}, {0.55f, 1},
                                    {0, 2},     {-1.1f, 0}, {1.1f, 0},   {-1.1f, 1}, {1.1f, 1}};
  std::vector<std::pair<ScreenBox, bool>> out;
  for (int end = 0; end < 2; ++end) {
    const bool below = end == 0 ? a.hang_below : !a.hang_below;
    for (const auto& t : kTries) {
      const float x = a.x - w / 2 + t[0] * (w + 4.0f);
      const float step = t[1] * (h + 3.0f);
      const float top = below ? a.below_y + 4.0f + step : a.above_y - 4.0f - h - step;
      out.push_back({rounded({x, top, x + w, top + h}), below});
    }
  }
  return out;
}

}  // namespace

std::vector<BadgePlace> place_badges(const std::vector<BadgeAsk>& asks, const std::vector<ScreenBox>& reserved,
                                     const std::vector<ScreenBox>& figures, ScreenBox screen) {
  std::vector<BadgePlace> out(asks.size());
  std::vector<ScreenBox> placed;
  for (std::size_t k = 0; k < asks.size(); ++k) {
    const BadgeAsk& a = asks[k];
    BadgePlace& p = out[k];
    const bool has_short = a.short_w > 0.0f && a.short_h > 0.0f;
    for (int form = a.folded && has_short ? 1 : 0; form < (has_short ? 2 : 1) && !p.shown; ++form) {
      const float w = form == 0 ? a.full_w : a.short_w, h = form == 0 ? a.full_h : a.short_h;
      const auto tries = spots(a, w, h);
      for (std::size_t s = 0; s < tries.size(); ++s) {
        const ScreenBox& b = tries[s].first;
        if (!inside(b, screen) || hits_any(b, reserved) || hits_any(b, placed) || hits_any(b, figures))
          continue;
        p = {true, form == 1, s % kSpotsPerEnd != 0, tries[s].second, b};
        break;
      }
    }
    if (p.shown) placed.push_back(p.box);
  }
  return out;
}

namespace {
// The lane a rising text takes (the whole box it sweeps over its rise) and where it stands now.
struct Lane {
  ScreenBox swept, now;
};

std::optional<Lane> free_lane(const RisingAsk& a, const std::vector<ScreenBox>& taken, ScreenBox screen) {
  const float w = a.w, h = a.h;
  const ScreenBox& from = a.from;
  const float cx = (from.left + from.right) / 2, cy = (from.top + from.bottom) / 2;
  // Where each lane starts: above the badge, to its right, to its left.
  const ScreenBox starts[] = {{cx - w / 2, from.top - 6.0f - h, cx + w / 2, from.top - 6.0f},
                              {from.right + 8.0f, cy - h / 2, from.right + 8.0f + w, cy + h / 2},
                              {from.left - 8.0f - w, cy - h / 2, from.left - 8.0f, cy + h / 2}};
  for (const float travel : {a.rise, 0.0f})
    for (const ScreenBox& start : starts) {
      const ScreenBox s = rounded(start);  // whole pixels, so where it stands is inside its lane
      const ScreenBox lane{s.left, s.top - travel, s.right, s.bottom};
      if (!inside(lane, screen) || hits_any(lane, taken)) continue;
      const float up = std::min(travel, std::round(travel * std::clamp(a.progress, 0.0f, 1.0f)));
      return Lane{lane, {s.left, s.top - up, s.right, s.bottom - up}};
    }
  return std::nullopt;
}
}  // namespace

std::optional<ScreenBox> place_rising(float w, float h, ScreenBox from, float rise, float progress,
                                      const std::vector<ScreenBox>& taken, ScreenBox screen) {
  return place_risings({{w, h, from, rise, progress}}, taken, screen).front();
}

std::vector<std::optional<ScreenBox>> place_risings(const std::vector<RisingAsk>& asks,
                                                    const std::vector<ScreenBox>& taken, ScreenBox screen) {
  std::vector<std::optional<ScreenBox>> out;
  std::vector<ScreenBox> busy = taken;  // grows by each lane given out
  for (const RisingAsk& a : asks) {
    const auto lane = free_lane(a, busy, screen);
    if (lane) {
      busy.push_back(lane->swept);
      out.emplace_back(lane->now);
    } else {
      out.emplace_back(std::nullopt);
    }
  }
  return out;
}

ScreenBox free_area(ScreenBox screen, const std::vector<ScreenBox>& reserved) {
  ScreenBox f = screen;
  auto area = [](const ScreenBox& b) { return std::max(0.0f, b.right - b.left) * std::max(0.0f, b.bottom - b.top); };
  for (const ScreenBox& r : reserved) {
    if (!r.overlaps(screen)) continue;
    // The band the box takes: above it, below it, or beside it — whichever leaves the most.
    ScreenBox below = f, above = f, right = f, left = f;
    below.top = std::max(f.top, r.bottom);
    above.bottom = std::min(f.bottom, r.top);
    right.left = std::max(f.left, r.right);
    left.right = std::min(f.right, r.left);
    ScreenBox best = below;
    for (const ScreenBox& c : {above, right, left})
      if (area(c) > area(best)) best = c;
    f = best;
  }
  if (f.right < f.left) f.right = f.left;
  if (f.bottom < f.top) f.bottom = f.top;
  return f;
}

}  // namespace mingle::app
