#include "app/platform/icon.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {
namespace {

struct Colour {
  float r, g, b;
};

// The room's own colours (theme.h), written out here so the icon needs no SFML.
constexpr Colour kWall{46, 36, 42};
constexpr Colour kFloor{178, 128, 86};
constexpr Colour kGlow{255, 196, 120};
constexpr Colour kInk{250, 240, 226};
constexpr Colour kSkinA{224, 172, 130};
constexpr Colour kSkinB{141, 94, 62};
constexpr Colour kHairA{92, 58, 36};
constexpr Colour kHairB{30, 24, 22};
constexpr Colour kOutfitA{86, 160, 220};   // the cool accent
constexpr Colour kOutfitB{64, 112, 90};
constexpr Colour kLanyardA{255, 170, 70};  // the warm accent
constexpr Colour kLanyardB{200, 70, 90};

// Signed distances in icon units (the icon spans 0..1 both ways, y down): negative inside.
float circle(float x, float y, float cx, float cy, float r) { return std::hypot(x - cx, y - cy) - r; }

float rounded_box(float x, float y, float cx, float cy, float hw, float hh, float r) {
  const float qx = std::fabs(x - cx) - hw + r;
  const float qy = std::fabs(y - cy) - hh + r;
  const float outside = std::hypot(std::max(qx, 0.0f), std::max(qy, 0.0f));
  return outside + std::min(std::max(qx, qy), 0.0f) - r;
}

// A line segment with round ends, of half-width w.
float segment(float x, float y, float ax, float ay, float bx, float by, float w) {
  const float px = x - ax, py = y - ay, dx = bx - ax, dy = by - ay;
  const float t = std::clamp((px * dx + py * dy) / (dx * dx + dy * dy), 0.0f, 1.0f);
  return std::hypot(px - t * dx, py - t * dy) - w;
}

struct Pixel {
  Colour c{0, 0, 0};
  float a = 0;  // coverage so far
  // Paints colour over what is there where the shape's distance is negative.
  void paint(float distance, Colour colour) {
    if (distance >= 0) return;
    c = colour;
    a = 1;
  }
};

// A person seen from the front, shoulders up: hair, head, body, lanyard and badge.
void person(Pixel& p, float x, float y, float cx, Colour skin, Colour hair, Colour outfit, Colour lanyard,
            bool long_hair) {
  const float head_y = 0.50f;
  if (long_hair) p.paint(rounded_box(x, y, cx, head_y + 0.02f, 0.105f, 0.115f, 0.09f), hair);
  p.paint(rounded_box(x, y, cx, 0.86f, 0.17f, 0.20f, 0.11f), outfit);          // shoulders and body
  p.paint(rounded_box(x, y, cx, 0.665f, 0.035f, 0.04f, 0.02f), skin);           // neck
  p.paint(circle(x, y, cx, head_y, 0.088f), skin);                               // head
  if (!long_hair) p.paint(std::max(circle(x, y, cx, head_y - 0.01f, 0.092f), y - (head_y - 0.035f)), hair);
  else p.paint(std::max(circle(x, y, cx, head_y - 0.012f, 0.094f), y - (head_y - 0.04f)), hair);
  p.paint(segment(x, y, cx - 0.055f, 0.69f, cx - 0.012f, 0.80f, 0.012f), lanyard);  // the lanyard's two sides
  p.paint(segment(x, y, cx + 0.055f, 0.69f, cx + 0.012f, 0.80f, 0.012f), lanyard);
  p.paint(rounded_box(x, y, cx, 0.84f, 0.052f, 0.042f, 0.01f), kInk);            // the badge
  p.paint(rounded_box(x, y, cx, 0.812f, 0.052f, 0.014f, 0.008f), lanyard);       // its organisation strip
}

Pixel sample(float x, float y) {
  Pixel p;
  // The tile: a rounded square of warm floor, lit from the top like the title screen.
  const float tile = rounded_box(x, y, 0.5f, 0.5f, 0.47f, 0.47f, 0.12f);
  if (tile >= 0) return p;
  const float light = std::clamp(1.0f - y, 0.0f, 1.0f) * 0.45f;
  p.paint(tile, {kFloor.r + (kGlow.r - kFloor.r) * light, kFloor.g + (kGlow.g - kFloor.g) * light,
                 kFloor.b + (kGlow.b - kFloor.b) * light});
  // A dark rim, so the icon stands out on a light desktop as on a dark one.
  if (tile > -0.025f) p.paint(tile, kWall);
  // Inside the rim only: the two people and the bubble.
  Pixel inner = p;
  person(inner, x, y, 0.31f, kSkinA, kHairA, kOutfitA, kLanyardA, true);
  person(inner, x, y, 0.69f, kSkinB, kHairB, kOutfitB, kLanyardB, false);
  // The speech bubble between them: a rounded box with a tail and three dots.
  const float bubble = std::min(rounded_box(x, y, 0.5f, 0.215f, 0.2f, 0.095f, 0.07f),
                                segment(x, y, 0.44f, 0.29f, 0.40f, 0.35f, 0.025f));
  inner.paint(bubble, kInk);
  for (float dx : {-0.09f, 0.0f, 0.09f}) inner.paint(circle(x, y, 0.5f + dx, 0.215f, 0.027f), kWall);
  if (tile < -0.025f) p = inner;
  return p;
}

}  // namespace

IconImage draw_icon(int size) {
  size = std::clamp(size, 8, 1024);
  IconImage image;
  image.size = size;
  image.rgba.assign(static_cast<std::size_t>(size) * size * 4, 0);
  constexpr int kSub = 4;
  for (int py = 0; py < size; ++py) {
    for (int px = 0; px < size; ++px) {
      float r = 0, g = 0, b = 0, a = 0;
      for (int sy = 0; sy < kSub; ++sy) {
        for (int sx = 0; sx < kSub; ++sx) {
          const float x = (static_cast<float>(px) + (static_cast<float>(sx) + 0.5f) / kSub) / static_cast<float>(size);
          const float y = (static_cast<float>(py) + (static_cast<float>(sy) + 0.5f) / kSub) / static_cast<float>(size);
          const Pixel s = sample(x, y);
          r += s.c.r * s.a;
          g += s.c.g * s.a;
          b += s.c.b * s.a;
          a += s.a;
        }
      }
      std::uint8_t* out = &image.rgba[(static_cast<std::size_t>(py) * size + px) * 4];
      if (a > 0) {
        out[0] = static_cast<std::uint8_t>(std::lround(r / a));
        out[1] = static_cast<std::uint8_t>(std::lround(g / a));
        out[2] = static_cast<std::uint8_t>(std::lround(b / a));
      }
      out[3] = static_cast<std::uint8_t>(std::lround(255.0f * a / (kSub * kSub)));
    }
  }
  return image;
}

}  // namespace mingle::app
