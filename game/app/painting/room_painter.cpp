#include "app/painting/room_painter.h"
#include "app/layout/layout_dump.h"

#include "app/painting/mesh.h"
#include "app/painting/theme.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderStates.hpp>
#include <SFML/Graphics/Sprite.hpp>
#include <SFML/Graphics/Texture.hpp>

#include <algorithm>
#include <optional>
#include <cctype>
#include <cmath>
#include <cstring>
#include <memory>
#include <string>

namespace mingle::app {
namespace {

constexpr float kPi = 3.14159265f;
constexpr float kChunk = 8.0f;  // metres of floor per chunk: a big room draws only what is in view

sf::Uint8 byte(float v) { return static_cast<sf::Uint8>(std::clamp(v, 0.0f, 255.0f)); }

sf::Color mix(sf::Color a, sf::Color b, float t) {
  return {byte(a.r + (b.r - a.r) * t), byte(a.g + (b.g - a.g) * t), byte(a.b + (b.b - a.b) * t),
          byte(a.a + (b.a - a.a) * t)};
}
using theme::shade;
using Vec2 = room::Vec2;
Vec2 point(sf::Vector2f p) { return {p.x, p.y}; }

// A stable hash of a grid cell: the same board or tile looks the same every frame and run.
float h01(int a, int b, int salt) {
  std::uint32_t h = static_cast<std::uint32_t>(a) * 73856093u ^ static_cast<std::uint32_t>(b) * 19349663u ^
                    static_cast<std::uint32_t>(salt) * 83492791u;
  h ^= h >> 13;
  h *= 0x5bd1e995u;
  h ^= h >> 15;
  return static_cast<float>(h & 0xffffu) / 65535.0f;
}

// One layer of the room, in chunks of the floor: each shape goes to the chunk under `place()`.
class Chunks : public Mesh {
 public:
  Chunks(std::vector<std::vector<sf::Vertex>>& chunks, int columns, int rows)
      : chunks_(chunks), columns_(columns), rows_(rows) {
    swap(chunks_[at_]);
  }
  void place(float x, float y) {
    const int cx = std::clamp(static_cast<int>(std::floor((x + 1.0f) / kChunk)), 0, columns_ - 1);
    const int cy = std::clamp(static_cast<int>(std::floor((y + 1.0f) / kChunk)), 0, rows_ - 1);
    const auto i = static_cast<std::size_t>(cy * columns_ + cx);
    if (i == at_) return;
    swap(chunks_[at_]);  // the mesh's list goes back to its chunk, and the next one comes in
    at_ = i;
    swap(chunks_[at_]);
  }
  // Puts the chunk being built back in its place (call once the layer is done).
  void finish() { swap(chunks_[at_]); }

 private:
  std::vector<std::vector<sf::Vertex>>& chunks_;
  int columns_, rows_;
  std::size_t at_ = 0;
};

// The zone a spot lies in (the first that holds it), or nullptr.
const Zone* zone_at(const Room& room, float x, float y) {
  for (const auto& z : room.zones)
    if (x >= z.area.x && x <= z.area.x + z.area.w && y >= z.area.y && y <= z.area.y + z.area.h) return &z;
  return nullptr;
}

std::string zone_text(const Zone& z) {
  std::string text = z.label;
  if (text.empty()) {  // "coffee-corner" reads as "Coffee corner"
    text = z.id;
    for (char& ch : text)
      if (ch == '-') ch = ' ';
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  }
  return text;
}

std::uint64_t room_key(const Room& room, bool high_contrast) {
  std::uint64_t h = 1469598103934665603ull;
  auto mixin = [&](const void* p, std::size_t n) {
    const auto* b = static_cast<const unsigned char*>(p);
    for (std::size_t i = 0; i < n; ++i) h = (h ^ b[i]) * 1099511628211ull;
  };
  auto rect = [&](const Rect& r) {
    const float v[4] = {r.x, r.y, r.w, r.h};
    mixin(v, sizeof v);
  };
  const float size[2] = {room.width, room.height};
  mixin(size, sizeof size);
  for (const auto& z : room.zones) {
    rect(z.area);
    const int k = static_cast<int>(z.kind);
    mixin(&k, sizeof k);
    mixin(z.id.data(), z.id.size());
  }
  for (const auto& f : room.furniture) {
    rect(f.area);
    const int k = static_cast<int>(f.kind);
    mixin(&k, sizeof k);
  }
  for (const auto& e : room.entrances) {
    const float v[2] = {e.x, e.y};
    mixin(v, sizeof v);
  }
  mixin(&high_contrast, sizeof high_contrast);
  return h;
}

// ---- the pieces -------------------------------------------------------------------------------

struct Painter {
  const Room& room;
  float detail;  // 1: full texture; lower in high contrast, so people stand out
  Chunks& wall;  // one chunk, always drawn: the walls, windows and doorways
  Chunks& base;
  Chunks& zones;
  Chunks& shadows;
  Chunks& furniture;
  Chunks& light;

  // A colour varied from `c` by up to `amount` (a fraction), less in high contrast.
  sf::Color vary(sf::Color c, float amount, float h) const { return shade(c, 1.0f + (h * 2 - 1) * amount * detail); }
  sf::Color tone(sf::Color base_colour, sf::Color pattern) const { return mix(base_colour, pattern, detail); }

  void place_all(float x, float y) {
    for (Chunks* b : {&base, &zones, &shadows, &furniture, &light}) b->place(x, y);
    wall.place(0, 0);
  }

  void walls_and_floor() {
    const float w = room.width, h = room.height;
    // Walls: a dark band round the floor.
    wall.place(0, 0);
    wall.rect(-0.6f, -0.6f, w + 0.6f, 0, theme::kWall);
    wall.rect(-0.6f, h, w + 0.6f, h + 0.6f, theme::kWall);
    wall.rect(-0.6f, 0, 0, h, theme::kWall);
    wall.rect(w, 0, w + 0.6f, h, theme::kWall);
    // Zones whose floors are opaque and fill them (all but the lounge's inset rug).
    std::vector<Rect> covered;
    for (const auto& z : room.zones)
      if (z.kind != ZoneKind::Lounge) covered.push_back(z.area);
    // Floorboards in staggered lengths, each a slightly different tone, warmer near the top
    // wall (the windows).
    const float board = 0.5f;
    for (int row = 0; board * static_cast<float>(row) < h; ++row) {
      const float y0 = board * static_cast<float>(row);
      const float y1 = std::min(h, y0 + board);
      const float warm = 0.22f * (1.0f - y0 / h);
      float x = -h01(row, 0, 7) * 2.4f;
      for (int k = 0; x < w; ++k) {
        const float len = 1.8f + h01(row, k, 3) * 1.4f;
        const float x0 = std::max(0.0f, x), x1 = std::min(w, x + len);
        // a board never spans two chunks' worth of floor: split it at chunk edges
        for (float s = x0; s < x1;) {
          const float e = std::min(x1, (std::floor((s + 1.0f) / kChunk) + 1.0f) * kChunk - 1.0f);
          const float end = e <= s ? x1 : e;
          const sf::Color c = vary(mix(theme::kFloorDark, theme::kFloorLight, h01(row, k, 1)), 0.05f, h01(row, k, 9));
          const sf::Color lit = mix(c, sf::Color(255, 200, 130), warm);
          // No boards where a zone's own floor covers them all: fewer pixels drawn twice.
          float from = s;
          while (from < end) {
            float to = end, skip_to = end;
            for (const Rect& z : covered) {
              if (z.y > y0 || z.y + z.h < y1 || z.x + z.w <= from || z.x >= to) continue;
              if (z.x <= from) {  // this piece starts under the zone
                to = from;
                skip_to = std::min(end, z.x + z.w);
                break;
              }
              to = z.x;
              skip_to = std::min(end, z.x + z.w);
            }
            if (to > from) {
              base.place(from, y0);
              base.rect_v(from, y0, to, y1 - 0.025f, shade(lit, 1.04f), shade(lit, 0.97f));
              base.rect(from, y1 - 0.025f, to, y1, shade(lit, 0.72f));  // the seam between rows
            }
            from = to >= end ? end : std::max(skip_to, to + 0.001f);
          }
          s = end;
        }
        if (x1 < w) {  // the joint between two boards
          base.place(x1, y0);
          base.rect(x1 - 0.02f, y0, x1, y1, shade(theme::kFloorDark, 0.7f));
        }
        x += len;
      }
    }
    // The walls' soft shadow on the floor, and light falling in from the windows at the top.
    const sf::Color dark(20, 12, 16, static_cast<sf::Uint8>(110));
    const sf::Color none(20, 12, 16, 0);
    for (float x = 0; x < w; x += kChunk) {
      const float x1 = std::min(w, x + kChunk);
      shadows.place(x, 0);
      shadows.rect_v(x, 0, x1, 0.7f, dark, none);
      shadows.place(x, h);
      shadows.rect_v(x, h - 0.5f, x1, h, none, dark);
    }
    for (float y = 0; y < h; y += kChunk) {
      const float y1 = std::min(h, y + kChunk);
      shadows.place(0, y);
      shadows.rect_h(0, y, 0.6f, y1, dark, none);
      shadows.place(w, y);
      shadows.rect_h(w - 0.6f, y, w, y1, none, dark);
    }
    // Windows: pale panes in the top wall, each throwing a faint slanted patch of light.
    for (float x = 1.5f; x + 2.0f < w - 1.0f; x += 4.0f) {
      wall.rect(x, -0.42f, x + 2.0f, -0.12f, sf::Color(150, 170, 190));
      wall.rect(x + 0.97f, -0.42f, x + 1.03f, -0.12f, theme::kWall);
      light.place(x, 0);
      const sf::Color sun = shade(sf::Color(60, 44, 22), detail);
      const sf::Color gone(0, 0, 0);
      light.quad({x, 0}, sun, {x + 2.0f, 0}, sun, {x + 2.8f, 2.0f}, gone, {x + 0.8f, 2.0f}, gone);
    }
    wall.frame(-0.6f, -0.6f, w + 0.6f, h + 0.6f, 0.12f, shade(theme::kWall, 0.7f));
  }

  void doors() {
    for (const auto& e : room.entrances) {
      const bool horizontal = e.y <= 0.01f || e.y >= room.height - 0.01f;
      const bool left = e.x <= 0.01f, top = e.y <= 0.01f;
      const sf::Vector2f half = horizontal ? sf::Vector2f{0.8f, 0.3f} : sf::Vector2f{0.3f, 0.8f};
      place_all(e.x, e.y);
      // A doormat inside, then the open doorway glowing with the corridor's light.
      const float mx = horizontal ? e.x : (left ? 0.45f : room.width - 0.45f);
      const float my = horizontal ? (top ? 0.45f : room.height - 0.45f) : e.y;
      const sf::Vector2f mat = horizontal ? sf::Vector2f{0.75f, 0.35f} : sf::Vector2f{0.35f, 0.75f};
      zones.rect(mx - mat.x, my - mat.y, mx + mat.x, my + mat.y, sf::Color(62, 58, 56));
      zones.frame(mx - mat.x, my - mat.y, mx + mat.x, my + mat.y, 0.06f, sf::Color(84, 78, 72));
      wall.rect(e.x - half.x, e.y - half.y, e.x + half.x, e.y + half.y, theme::kGlow);
      light.radial({e.x, e.y}, 1.2f, 1.2f, shade(sf::Color(70, 54, 30), detail), sf::Color(0, 0, 0), 24);
    }
  }

  // ---- zone floors -----------------------------------------------------------------------

  void tiles(const Rect& a, float size, sf::Color c1, sf::Color c2, sf::Color grout, bool offset_rows) {
    zones.place(a.x, a.y);
    zones.rect(a, grout);
    const float g = 0.025f;
    int row = 0;
    for (float y = a.y; y < a.y + a.h - 0.01f; y += size, ++row) {
      const float y1 = std::min(a.y + a.h, y + size);
      const float shift = offset_rows && (row % 2) ? size / 2 : 0.0f;
      int col = 0;
      for (float x = a.x - shift; x < a.x + a.w - 0.01f; x += size, ++col) {
        const float x0 = std::max(a.x, x), x1 = std::min(a.x + a.w, x + size);
        zones.place(x0, y);
        const sf::Color base_c = offset_rows ? c1 : ((row + col) % 2 ? c1 : c2);
        const sf::Color c = vary(base_c, 0.06f, h01(row, col, 11));
        zones.rect_v(x0 + g, y + g, x1 - g, y1 - g, shade(c, 1.06f), shade(c, 0.95f));
      }
    }
  }

  // A woven border and a lattice of diamonds: a hotel's patterned carpet.
  void patterned_carpet(const Rect& a, sf::Color c) {
    zones.place(a.x, a.y);
    zones.rect(a, c);
    const sf::Color diamond = tone(c, shade(c, 1.22f)), dot = tone(c, mix(c, sf::Color(230, 190, 110), 0.55f));
    const float cell = 1.0f;
    for (float y = a.y + 0.35f; y + cell <= a.y + a.h - 0.3f; y += cell) {
      for (float x = a.x + 0.35f; x + cell <= a.x + a.w - 0.3f; x += cell) {
        zones.place(x, y);
        const float cx = x + cell / 2, cy = y + cell / 2, r = cell * 0.42f;
        zones.quad({cx, cy - r}, diamond, {cx + r, cy}, diamond, {cx, cy + r}, diamond, {cx - r, cy}, diamond);
        const float q = r * 0.35f;
        zones.quad({cx, cy - q}, dot, {cx + q, cy}, dot, {cx, cy + q}, dot, {cx - q, cy}, dot);
      }
    }
    shadows.place(a.x, a.y);
    shadows.frame(a.x, a.y, a.x + a.w, a.y + a.h, 0.18f, tone(c, shade(c, 0.7f)));
    shadows.frame(a.x + 0.22f, a.y + 0.22f, a.x + a.w - 0.22f, a.y + a.h - 0.22f, 0.05f, dot);
  }

  // A rug a little inside the zone: a border, a field and a medallion, fringes at both ends.
  void rug(const Rect& a, sf::Color c) {
    const float in = std::min(0.3f, std::min(a.w, a.h) * 0.1f);
    const float x0 = a.x + in, y0 = a.y + in, x1 = a.x + a.w - in, y1 = a.y + a.h - in;
    zones.place(x0, y0);
    zones.soft_rect(x0 + 0.04f, y0 + 0.06f, x1 + 0.04f, y1 + 0.06f, 0.08f, sf::Color(0, 0, 0, 50));
    for (float y = y0 + 0.05f; y < y1 - 0.04f; y += 0.12f) {  // fringes
      zones.rect(x0 - 0.12f, y, x0, y + 0.04f, sf::Color(226, 212, 186));
      zones.rect(x1, y, x1 + 0.12f, y + 0.04f, sf::Color(226, 212, 186));
    }
    const sf::Color border = tone(c, shade(c, 0.65f)), field = c, accent = tone(c, sf::Color(214, 176, 112));
    zones.rect(x0, y0, x1, y1, border);
    zones.rect(x0 + 0.28f, y0 + 0.28f, x1 - 0.28f, y1 - 0.28f, field);
    zones.frame(x0 + 0.12f, y0 + 0.12f, x1 - 0.12f, y1 - 0.12f, 0.05f, accent);
    const float cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const float rx = (x1 - x0) * 0.3f, ry = (y1 - y0) * 0.3f;
    zones.quad({cx, cy - ry}, accent, {cx + rx, cy}, accent, {cx, cy + ry}, accent, {cx - rx, cy}, accent);
    zones.quad({cx, cy - ry * 0.7f}, field, {cx + rx * 0.7f, cy}, field, {cx, cy + ry * 0.7f}, field,
                {cx - rx * 0.7f, cy}, field);
    zones.ellipse({cx, cy}, rx * 0.22f, ry * 0.22f, accent, 16);
  }

  // Raised boards with a lit front edge and a shadow thrown on the floor below.
  void stage(const Rect& a) {
    const float cy = room.height / 2;
    const bool front_down = a.y + a.h / 2 < cy;  // the edge faces the room
    zones.place(a.x, a.y);
    const float edge = 0.16f;
    if (front_down) zones.soft_rect(a.x, a.y + a.h, a.x + a.w, a.y + a.h + 0.12f, 0.25f, sf::Color(0, 0, 0, 110));
    else zones.soft_rect(a.x, a.y - 0.12f, a.x + a.w, a.y, 0.25f, sf::Color(0, 0, 0, 110));
    const sf::Color wood = tone(sf::Color(96, 70, 54), sf::Color(110, 78, 58));
    int row = 0;
    for (float y = a.y; y < a.y + a.h - 0.01f; y += 0.3f, ++row) {
      const float y1 = std::min(a.y + a.h, y + 0.3f);
      zones.place(a.x, y);
      const sf::Color c = vary(wood, 0.07f, h01(row, 5, 21));
      zones.rect(a.x, y, a.x + a.w, y1 - 0.02f, c);
      zones.rect(a.x, y1 - 0.02f, a.x + a.w, y1, shade(c, 0.6f));
    }
    // The edge: a dark riser and a bright nosing.
    shadows.place(a.x, a.y);
    if (front_down) {
      shadows.rect(a.x, a.y + a.h - edge, a.x + a.w, a.y + a.h, sf::Color(40, 30, 30));
      shadows.rect(a.x, a.y + a.h - edge, a.x + a.w, a.y + a.h - edge + 0.04f, sf::Color(200, 170, 120));
    } else {
      shadows.rect(a.x, a.y, a.x + a.w, a.y + edge, sf::Color(40, 30, 30));
      shadows.rect(a.x, a.y + edge - 0.04f, a.x + a.w, a.y + edge, sf::Color(200, 170, 120));
    }
    // Two small monitor wedges at the front corners.
    const float wy = front_down ? a.y + a.h - edge - 0.35f : a.y + edge + 0.05f;
    for (float wx : {a.x + 0.2f, a.x + a.w - 0.7f}) {
      shadows.place(wx, wy);
      shadows.rect(wx, wy, wx + 0.5f, wy + 0.3f, sf::Color(28, 26, 30));
      shadows.rect(wx + 0.06f, wy + 0.06f, wx + 0.44f, wy + 0.24f, sf::Color(52, 50, 56));
    }
    light.place(a.x + a.w / 2, a.y + a.h / 2);
    light.radial({a.x + a.w / 2, a.y + a.h / 2}, a.w * 0.62f, a.h * 0.9f, shade(sf::Color(90, 70, 36), detail),
                  sf::Color(0, 0, 0), 28);
  }

  void zone(const Zone& z) {
    const Rect& a = z.area;
    place_all(a.x, a.y);
    switch (z.kind) {
      case ZoneKind::Bar:  // slate and charcoal checks
        tiles(a, 0.5f, sf::Color(70, 72, 78), sf::Color(46, 48, 54), sf::Color(30, 30, 34), false);
        light.place(a.x + a.w / 2, a.y + a.h / 2);
        light.radial({a.x + a.w / 2, a.y + a.h * 0.4f}, a.w * 0.6f, a.h * 0.75f,
                      shade(sf::Color(80, 52, 22), detail), sf::Color(0, 0, 0), 28);
        break;
      case ZoneKind::Coffee:  // terracotta squares
        tiles(a, 0.4f, sf::Color(170, 98, 66), sf::Color(150, 84, 58), sf::Color(110, 80, 64), false);
        light.place(a.x + a.w / 2, a.y + a.h / 2);
        light.radial({a.x + a.w / 2, a.y + a.h * 0.45f}, a.w * 0.55f, a.h * 0.7f,
                      shade(sf::Color(54, 40, 20), detail), sf::Color(0, 0, 0), 24);
        break;
      case ZoneKind::Buffet:  // pale stone flags in offset rows
        tiles(a, 0.8f, sf::Color(196, 188, 170), sf::Color(196, 188, 170), sf::Color(150, 140, 124), true);
        break;
      case ZoneKind::Stage: stage(a); break;
      case ZoneKind::Lounge: rug(a, sf::Color(70, 94, 118)); break;
      case ZoneKind::Registration: {  // commercial carpet tiles, laid in alternating directions
        zones.place(a.x, a.y);
        zones.rect(a, sf::Color(72, 82, 92));
        int row = 0;
        for (float y = a.y; y < a.y + a.h - 0.01f; y += 0.5f, ++row) {
          int col = 0;
          for (float x = a.x; x < a.x + a.w - 0.01f; x += 0.5f, ++col) {
            zones.place(x, y);
            const float x1 = std::min(a.x + a.w, x + 0.5f), y1 = std::min(a.y + a.h, y + 0.5f);
            const sf::Color c = vary(sf::Color(78, 90, 102), 0.05f, h01(row, col, 31));
            const sf::Color stripe = tone(c, shade(c, 0.85f));
            zones.rect(x + 0.01f, y + 0.01f, x1 - 0.01f, y1 - 0.01f, c);
            for (int s = 1; s < 4; ++s) {
              const float f = static_cast<float>(s) * 0.125f;
              if ((row + col) % 2) zones.rect(x + f, y + 0.03f, std::min(x1, x + f + 0.03f), y1 - 0.03f, stripe);
              else zones.rect(x + 0.03f, y + f, x1 - 0.03f, std::min(y1, y + f + 0.03f), stripe);
            }
          }
        }
        shadows.place(a.x, a.y);
        shadows.frame(a.x, a.y, a.x + a.w, a.y + a.h, 0.06f, sf::Color(52, 60, 68));
        break;
      }
      case ZoneKind::Carpet: patterned_carpet(a, sf::Color(96, 66, 104)); break;
    }
  }

  // ---- furniture -------------------------------------------------------------------------

  void drop_shadow(const Rect& r, bool round) {
    shadows.place(r.x + r.w / 2, r.y + r.h / 2);
    const sf::Color s(10, 6, 8, 85);
    if (round) shadows.soft_disc({r.x + r.w / 2 + 0.1f, r.y + r.h / 2 + 0.14f}, std::min(r.w, r.h) / 2 - 0.04f, 0.16f, s);
    else shadows.soft_rect(r.x + 0.1f, r.y + 0.14f, r.x + r.w + 0.1f, r.y + r.h + 0.14f, 0.14f, s);
  }

  // Which side of a piece faces the room's open floor: a unit step along its short axis.
  sf::Vector2f facing(const Rect& r) const {
    const Zone* z = zone_at(room, r.x + r.w / 2, r.y + r.h / 2);
    const float tx = z ? z->area.x + z->area.w / 2 : room.width / 2;
    const float ty = z ? z->area.y + z->area.h / 2 : room.height / 2;
    const float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    if (r.w >= r.h) {
      float dy = ty - cy;
      if (std::abs(dy) < 0.2f) dy = room.height / 2 - cy;
      return {0, dy >= 0 ? 1.0f : -1.0f};
    }
    float dx = tx - cx;
    if (std::abs(dx) < 0.2f) dx = room.width / 2 - cx;
    return {dx >= 0 ? 1.0f : -1.0f, 0};
  }

  void counter(const Rect& r) {
    const Zone* z = zone_at(room, r.x + r.w / 2, r.y + r.h / 2);
    const ZoneKind kind = z ? z->kind : ZoneKind::Carpet;
    const sf::Vector2f front = facing(r);
    const bool along_x = r.w >= r.h;
    const float len = along_x ? r.w : r.h;
    // a point along the counter: t from 0 to len, s from -1 (back) to 1 (front) across it
    auto at = [&](float t, float s) {
      const float depth = along_x ? r.h : r.w;
      const float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
      const float across = s * depth / 2;
      return along_x ? sf::Vector2f{r.x + t, cy + front.y * across} : sf::Vector2f{cx + front.x * across, r.y + t};
    };
    drop_shadow(r, false);
    furniture.place(r.x + r.w / 2, r.y + r.h / 2);
    sf::Color body, top;
    switch (kind) {
      case ZoneKind::Bar: body = {44, 28, 24}; top = {70, 44, 34}; break;
      case ZoneKind::Buffet: body = {236, 232, 222}; top = {246, 243, 236}; break;  // a white cloth
      case ZoneKind::Registration: body = {60, 70, 86}; top = {150, 120, 86}; break;
      case ZoneKind::Coffee: body = {92, 60, 42}; top = {150, 112, 80}; break;
      default: body = {86, 56, 40}; top = {140, 100, 70}; break;
    }
    furniture.rect(r, body);
    furniture.rect(r.x + 0.05f, r.y + 0.05f, r.x + r.w - 0.05f, r.y + r.h - 0.05f, top);
    // a bright lip along the front edge
    const sf::Vector2f l0 = at(0.05f, 0.9f), l1 = at(len - 0.05f, 0.9f);
    furniture.line(point(l0), point(l1), 0.04f, shade(top, 1.3f));
    // The pieces on top, spaced along the counter.
    const int n = std::max(1, static_cast<int>(len / 0.45f));
    const float step = len / static_cast<float>(n);
    switch (kind) {
      case ZoneKind::Bar: {
        static const sf::Color bottles[] = {{40, 110, 60}, {150, 60, 40}, {200, 170, 80}, {70, 90, 140}, {40, 70, 40}};
        for (int i = 0; i < n; ++i) {
          const float t = step * (static_cast<float>(i) + 0.5f);
          const sf::Vector2f b = at(t, -0.45f);
          const sf::Color bc = bottles[static_cast<std::size_t>(i * 3 + 1) % 5];
          furniture.circle({b.x, b.y}, 0.07f, shade(bc, 0.7f), 12);
          furniture.circle({b.x - 0.015f, b.y - 0.015f}, 0.045f, bc, 10);
          furniture.circle({b.x - 0.02f, b.y - 0.02f}, 0.015f, sf::Color(240, 240, 220), 6);  // the cap
          if (i % 2 == 0) {  // a glass by every other bottle
            const sf::Vector2f g = at(t + step * 0.25f, 0.35f);
            furniture.circle({g.x, g.y}, 0.06f, sf::Color(210, 225, 230), 12);
            furniture.circle({g.x, g.y}, 0.04f, i % 4 ? sf::Color(220, 180, 90) : sf::Color(150, 40, 60), 10);
          }
        }
        // stools along the front
        for (float t = 0.5f; t < len - 0.3f; t += 0.9f) {
          const sf::Vector2f s = at(t, 1.0f) + front * 0.32f;
          shadows.place(s.x, s.y);
          shadows.soft_disc({s.x + 0.05f, s.y + 0.07f}, 0.15f, 0.08f, sf::Color(10, 6, 8, 70));
          furniture.circle({s.x, s.y}, 0.17f, sf::Color(30, 26, 28), 16);
          furniture.circle({s.x, s.y}, 0.13f, sf::Color(120, 44, 40), 16);
          furniture.circle({s.x - 0.03f, s.y - 0.03f}, 0.05f, sf::Color(160, 70, 60), 10);
        }
        break;
      }
      case ZoneKind::Coffee: {
        for (int i = 0; i < n; ++i) {
          const float t = step * (static_cast<float>(i) + 0.5f);
          if (i % 3 == 0) {  // an urn: steel, a lid, a tap at the front
            const sf::Vector2f u = at(t, -0.2f);
            furniture.circle({u.x, u.y}, 0.17f, sf::Color(120, 124, 130), 18);
            furniture.radial({u.x - 0.04f, u.y - 0.04f}, 0.13f, 0.13f, sf::Color(220, 224, 230),
                              sf::Color(150, 154, 160), 18);
            furniture.circle({u.x, u.y}, 0.04f, sf::Color(40, 40, 44), 10);
            const sf::Vector2f tap = at(t, 0.35f);
            furniture.line(point(u), point(tap), 0.04f, sf::Color(60, 60, 66));
          } else {  // cups on saucers
            for (float s : {-0.3f, 0.45f}) {
              const sf::Vector2f c = at(t + (s > 0 ? 0.1f : -0.05f), s);
              furniture.circle({c.x, c.y}, 0.075f, sf::Color(236, 232, 224), 12);
              furniture.circle({c.x, c.y}, 0.048f, sf::Color(250, 250, 248), 10);
              furniture.circle({c.x, c.y}, 0.032f, sf::Color(96, 60, 36), 8);
            }
          }
        }
        break;
      }
      case ZoneKind::Buffet: {
        static const sf::Color food[] = {{220, 120, 70}, {120, 170, 80}, {230, 200, 110}, {200, 80, 90}};
        for (int i = 0; i < n; ++i) {
          const float t = step * (static_cast<float>(i) + 0.5f);
          const sf::Vector2f p = at(t, -0.1f);
          furniture.circle({p.x, p.y}, 0.16f, sf::Color(200, 200, 204), 18);
          furniture.circle({p.x, p.y}, 0.13f, sf::Color(252, 252, 250), 18);
          for (int k = 0; k < 5; ++k) {
            const float a = static_cast<float>(k) * 1.256f + static_cast<float>(i);
            furniture.circle({p.x + std::cos(a) * 0.06f, p.y + std::sin(a) * 0.06f}, 0.035f,
                           food[static_cast<std::size_t>(i + k) % 4], 8);
          }
          if (i % 2) {  // napkins stacked at the front
            const sf::Vector2f q = at(t, 0.6f);
            furniture.rect(q.x - 0.07f, q.y - 0.07f, q.x + 0.07f, q.y + 0.07f, sf::Color(214, 170, 120));
          }
        }
        break;
      }
      case ZoneKind::Registration: {
        // Badges laid out in rows, each white with a coloured stripe; a laptop; a sign.
        static const sf::Color stripes[] = {{230, 159, 0}, {86, 180, 233}, {0, 158, 115}, {204, 121, 167}};
        for (int i = 1; i < n * 2 - 2; ++i) {
          const float t = 0.35f + static_cast<float>(i) * step / 2;
          if (t > len - 0.9f) break;
          for (float s : {-0.35f, 0.3f}) {
            const sf::Vector2f b = at(t, s);
            furniture.rect(b.x - 0.07f, b.y - 0.09f, b.x + 0.07f, b.y + 0.09f, sf::Color(248, 246, 240));
            furniture.rect(b.x - 0.07f, b.y - 0.09f, b.x + 0.07f, b.y - 0.04f,
                           stripes[static_cast<std::size_t>(i + (s > 0 ? 2 : 0)) % 4]);
          }
        }
        const sf::Vector2f lap = at(len - 0.5f, 0.0f);
        furniture.rect(lap.x - 0.2f, lap.y - 0.14f, lap.x + 0.2f, lap.y + 0.14f, sf::Color(50, 52, 58));
        furniture.rect(lap.x - 0.17f, lap.y - 0.11f, lap.x + 0.17f, lap.y + 0.11f, sf::Color(120, 160, 200));
        // The sign: a standing board at the desk's end.
        const sf::Vector2f sg = at(-0.35f, 0.0f);
        shadows.place(sg.x, sg.y);
        shadows.soft_rect(sg.x - 0.18f, sg.y - 0.05f, sg.x + 0.28f, sg.y + 0.18f, 0.08f, sf::Color(10, 6, 8, 80));
        furniture.rect(sg.x - 0.25f, sg.y - 0.1f, sg.x + 0.25f, sg.y + 0.1f, sf::Color(30, 34, 40));
        furniture.rect(sg.x - 0.22f, sg.y - 0.07f, sg.x + 0.22f, sg.y + 0.07f, theme::kAccent);
        // Queue posts with a belt, in front of the desk, leaving its middle open.
        const float gap = 1.3f;
        for (int side = 0; side < 2; ++side) {
          const float t0 = side == 0 ? 0.3f : len / 2 + 0.5f;
          const float t1 = side == 0 ? len / 2 - 0.5f : len - 0.3f;
          if (t1 <= t0) continue;
          const sf::Vector2f p0 = at(t0, 1.0f) + front * gap, p1 = at(t1, 1.0f) + front * gap;
          furniture.line(point(p0), point(p1), 0.05f, sf::Color(150, 40, 50));
          for (sf::Vector2f p : {p0, p1}) {
            furniture.circle({p.x, p.y}, 0.09f, sf::Color(40, 40, 44), 12);
            furniture.circle({p.x - 0.02f, p.y - 0.02f}, 0.05f, sf::Color(190, 190, 196), 10);
          }
        }
        break;
      }
      default: break;
    }
  }

  void piece(const Furniture& f) {
    const Rect& r = f.area;
    const float cx = r.x + r.w / 2, cy = r.y + r.h / 2;
    const float rad = std::min(r.w, r.h) / 2;
    place_all(cx, cy);
    switch (f.kind) {
      case FurnitureKind::Counter: counter(r); break;
      case FurnitureKind::TallTable: {  // a small round top on one leg: a rim, a sheen, two glasses
        drop_shadow(r, true);
        furniture.circle({cx, cy}, rad, sf::Color(120, 84, 56), 28);
        furniture.radial({cx - rad * 0.15f, cy - rad * 0.15f}, rad * 0.85f, rad * 0.85f, sf::Color(226, 196, 156),
                          sf::Color(190, 150, 110), 28);
        furniture.circle({cx + rad * 0.3f, cy - rad * 0.2f}, 0.06f, sf::Color(210, 225, 230), 10);
        furniture.circle({cx + rad * 0.3f, cy - rad * 0.2f}, 0.04f, sf::Color(230, 200, 120), 8);
        furniture.circle({cx - rad * 0.35f, cy + rad * 0.25f}, 0.06f, sf::Color(210, 225, 230), 10);
        break;
      }
      case FurnitureKind::RoundTable: {  // a white cloth, plates around it, flowers in the middle
        drop_shadow(r, true);
        furniture.circle({cx, cy}, rad, sf::Color(214, 210, 204), 32);
        furniture.radial({cx - rad * 0.1f, cy - rad * 0.1f}, rad * 0.9f, rad * 0.9f, sf::Color(252, 250, 246),
                          sf::Color(236, 232, 226), 32);
        for (int k = 0; k < 6; ++k) {
          const float a = static_cast<float>(k) * kPi / 3;
          const float px = cx + std::cos(a) * rad * 0.68f, py = cy + std::sin(a) * rad * 0.68f;
          furniture.circle({px, py}, rad * 0.16f, sf::Color(220, 222, 226), 14);
          furniture.circle({px, py}, rad * 0.1f, sf::Color(248, 248, 250), 12);
        }
        furniture.circle({cx, cy}, rad * 0.16f, sf::Color(70, 130, 80), 14);
        for (int k = 0; k < 4; ++k) {
          const float a = static_cast<float>(k) * kPi / 2 + 0.4f;
          furniture.circle({cx + std::cos(a) * rad * 0.08f, cy + std::sin(a) * rad * 0.08f}, rad * 0.06f,
                         k % 2 ? sf::Color(230, 120, 140) : sf::Color(250, 210, 90), 8);
        }
        break;
      }
      case FurnitureKind::Chair: {  // a seat and a backrest turned away from the nearest table
        drop_shadow(r, false);
        sf::Vector2f away{0, -1};
        float best = 1e9f;
        for (const auto& o : room.furniture) {
          if (o.kind != FurnitureKind::TallTable && o.kind != FurnitureKind::RoundTable && o.kind != FurnitureKind::Sofa)
            continue;
          const float dx = cx - (o.area.x + o.area.w / 2), dy = cy - (o.area.y + o.area.h / 2);
          const float d = dx * dx + dy * dy;
          if (d < best && d > 0.01f) {
            best = d;
            away = std::abs(dx) > std::abs(dy) ? sf::Vector2f{dx > 0 ? 1.0f : -1.0f, 0} : sf::Vector2f{0, dy > 0 ? 1.0f : -1.0f};
          }
        }
        const sf::Color seat(150, 80, 62), back(104, 52, 42);
        furniture.rect(r.x, r.y, r.x + r.w, r.y + r.h, shade(seat, 0.75f));
        furniture.rect(r.x + 0.05f, r.y + 0.05f, r.x + r.w - 0.05f, r.y + r.h - 0.05f, seat);
        const float t = std::min(r.w, r.h) * 0.22f;
        if (away.x > 0) furniture.rect(r.x + r.w - t, r.y, r.x + r.w, r.y + r.h, back);
        else if (away.x < 0) furniture.rect(r.x, r.y, r.x + t, r.y + r.h, back);
        else if (away.y > 0) furniture.rect(r.x, r.y + r.h - t, r.x + r.w, r.y + r.h, back);
        else furniture.rect(r.x, r.y, r.x + r.w, r.y + t, back);
        break;
      }
      case FurnitureKind::Sofa: {  // a backrest on the side away from the room, arms, cushions
        drop_shadow(r, false);
        const sf::Vector2f front = facing(r);
        const sf::Color cloth(150, 90, 80), deep = shade(cloth, 0.72f), cushion(176, 110, 96);
        furniture.rect(r, deep);
        const bool along_x = r.w >= r.h;
        const float back = (along_x ? r.h : r.w) * 0.28f, arm = 0.18f;
        float x0 = r.x, y0 = r.y, x1 = r.x + r.w, y1 = r.y + r.h;
        // the seat area, inside the back and arms
        if (along_x) {
          if (front.y > 0) y0 += back; else y1 -= back;
          x0 += arm;
          x1 -= arm;
        } else {
          if (front.x > 0) x0 += back; else x1 -= back;
          y0 += arm;
          y1 -= arm;
        }
        const int seats = std::max(1, static_cast<int>((along_x ? x1 - x0 : y1 - y0) / 0.6f));
        const float step = (along_x ? x1 - x0 : y1 - y0) / static_cast<float>(seats);
        for (int i = 0; i < seats; ++i) {
          const float a = static_cast<float>(i) * step + 0.03f, b = static_cast<float>(i + 1) * step - 0.03f;
          if (along_x) furniture.rect_v(x0 + a, y0 + 0.03f, x0 + b, y1 - 0.03f, shade(cushion, 1.08f), cushion);
          else furniture.rect_h(x0 + 0.03f, y0 + a, x1 - 0.03f, y0 + b, shade(cushion, 1.08f), cushion);
        }
        // a throw cushion in a contrasting colour against the backrest, at one end
        const float tx = along_x ? x0 + 0.25f : (front.x > 0 ? x0 + 0.18f : x1 - 0.18f);
        const float ty = along_x ? (front.y > 0 ? y0 + 0.18f : y1 - 0.18f) : y0 + 0.25f;
        furniture.radial({tx, ty}, 0.16f, 0.13f, sf::Color(236, 196, 110), sf::Color(206, 160, 80), 14, 0.5f);
        break;
      }
      case FurnitureKind::Plant: {  // a pot with leaves fanned round it
        drop_shadow(r, true);
        furniture.circle({cx, cy}, rad * 0.6f, sf::Color(150, 84, 56), 20);
        furniture.circle({cx, cy}, rad * 0.48f, sf::Color(70, 50, 40), 18);
        const int leaves = 9;
        for (int k = 0; k < leaves; ++k) {
          const float a = static_cast<float>(k) * 2 * kPi / leaves + h01(k, 1, 41) * 0.4f;
          const float d = rad * (0.45f + 0.15f * h01(k, 2, 43));
          const sf::Color g = k % 2 ? sf::Color(58, 120, 70) : sf::Color(84, 150, 86);
          furniture.radial({cx + std::cos(a) * d, cy + std::sin(a) * d}, rad * 0.42f, rad * 0.17f, shade(g, 1.15f), g,
                            12, a);
        }
        for (int k = 0; k < 5; ++k) {
          const float a = static_cast<float>(k) * 2 * kPi / 5 + 0.3f;
          furniture.radial({cx + std::cos(a) * rad * 0.2f, cy + std::sin(a) * rad * 0.2f}, rad * 0.28f, rad * 0.12f,
                            sf::Color(130, 190, 110), sf::Color(96, 160, 90), 10, a);
        }
        break;
      }
      case FurnitureKind::Lectern: {  // a wooden stand, a sloped top with notes, a microphone
        drop_shadow(r, false);
        furniture.rect(r, sf::Color(86, 58, 40));
        furniture.rect_v(r.x + 0.05f, r.y + 0.05f, r.x + r.w - 0.05f, r.y + r.h - 0.05f, sf::Color(150, 106, 72),
                         sf::Color(112, 78, 52));
        furniture.rect(cx - r.w * 0.25f, cy - r.h * 0.22f, cx + r.w * 0.2f, cy + r.h * 0.25f, sf::Color(246, 244, 236));
        for (int k = 0; k < 3; ++k) {
          const float y = cy - r.h * 0.12f + static_cast<float>(k) * r.h * 0.1f;
          furniture.rect(cx - r.w * 0.2f, y, cx + r.w * 0.12f, y + 0.015f, sf::Color(150, 150, 160));
        }
        furniture.line({cx + r.w * 0.3f, cy + r.h * 0.3f}, {cx + r.w * 0.1f, cy - r.h * 0.35f}, 0.03f,
                       sf::Color(40, 40, 44));
        furniture.circle({cx + r.w * 0.1f, cy - r.h * 0.35f}, 0.05f, sf::Color(30, 30, 34), 10);
        break;
      }
      case FurnitureKind::Screen: {  // a frame, a lit surface with a slide, feet at both ends
        drop_shadow(r, false);
        const bool along_x = r.w >= r.h;
        furniture.rect(r, sf::Color(30, 32, 40));
        const float in = std::min(r.w, r.h) * 0.2f;
        furniture.rect_v(r.x + in, r.y + in, r.x + r.w - in, r.y + r.h - in, sf::Color(150, 190, 225),
                         sf::Color(96, 140, 190));
        if (along_x) {
          furniture.rect(r.x + in * 3, r.y + in, r.x + r.w * 0.4f, r.y + r.h - in, sf::Color(236, 196, 120));
          for (float fx : {r.x - 0.1f, r.x + r.w - 0.05f})
            furniture.rect(fx, r.y - 0.05f, fx + 0.15f, r.y + r.h + 0.05f, sf::Color(24, 24, 28));
        } else {
          furniture.rect(r.x + in, r.y + in * 3, r.x + r.w - in, r.y + r.h * 0.4f, sf::Color(236, 196, 120));
        }
        light.place(cx, cy);
        light.radial({cx, cy}, r.w * 0.7f + 0.6f, r.h * 0.7f + 0.6f, shade(sf::Color(20, 34, 50), detail),
                      sf::Color(0, 0, 0), 24);
        break;
      }
    }
  }
};

}  // namespace

sf::Color person_colour(int index) {
  static const sf::Color kPalette[] = {
      {230, 159, 0},   {86, 180, 233}, {0, 158, 115}, {240, 228, 66},
      {0, 114, 178},   {213, 94, 0},   {204, 121, 167}, {170, 170, 170},
  };
  const int n = static_cast<int>(sizeof(kPalette) / sizeof(kPalette[0]));
  return kPalette[((index % n) + n) % n];
}

void RoomPainter::build(const Room& room, bool high_contrast) {
  columns_ = std::max(1, static_cast<int>(std::ceil((room.width + 2.0f) / kChunk)));
  const int rows = std::max(1, static_cast<int>(std::ceil((room.height + 2.0f) / kChunk)));
  const std::size_t cells = static_cast<std::size_t>(columns_ * rows);
  std::vector<std::vector<sf::Vertex>> verts[kLayers];
  for (auto& layer : verts) layer.assign(cells, {});
  Chunks wall(verts[kWall], columns_, rows), base(verts[kBase], columns_, rows), zones(verts[kZones], columns_, rows),
      shadows(verts[kShadows], columns_, rows), furniture(verts[kFurniture], columns_, rows),
      light(verts[kLight], columns_, rows);
  Painter p{room, high_contrast ? 0.35f : 1.0f, wall, base, zones, shadows, furniture, light};
  p.walls_and_floor();
  for (const auto& z : room.zones) p.zone(z);
  for (const auto& f : room.furniture) p.piece(f);
  p.doors();
  for (Chunks* c : {&wall, &base, &zones, &shadows, &furniture, &light}) c->finish();
  extent_ = sf::FloatRect(-1.0f, -1.0f, room.width + 2.0f, room.height + 2.0f);  // the walls' band included
  for (int l = 0; l < kLayers; ++l) {
    layers_[l].clear();
    for (std::size_t i = 0; i < cells; ++i) {
      if (verts[l][i].empty()) continue;
      Chunk chunk;
      chunk.bounds = bounds_of(verts[l][i]);
      if (chunk.bounds.width > 0 && chunk.bounds.height > 0) {
        const float right = std::max(extent_.left + extent_.width, chunk.bounds.left + chunk.bounds.width);
        const float bottom = std::max(extent_.top + extent_.height, chunk.bounds.top + chunk.bounds.height);
        extent_.left = std::min(extent_.left, chunk.bounds.left);
        extent_.top = std::min(extent_.top, chunk.bounds.top);
        extent_.width = right - extent_.left;
        extent_.height = bottom - extent_.top;
      }
      chunk.count = verts[l][i].size();
      // Kept in the driver's buffer where there is one: not sent again every frame.
      if (sf::VertexBuffer::isAvailable() && chunk.buffer.create(chunk.count) &&
          chunk.buffer.update(verts[l][i].data())) {
        verts[l][i].clear();
        verts[l][i].shrink_to_fit();
      }
      chunk.vertices = std::move(verts[l][i]);
      layers_[l].push_back(std::move(chunk));
    }
  }
}

std::size_t RoomPainter::vertex_count() const {
  std::size_t n = 0;
  for (const auto& layer : layers_)
    for (const auto& c : layer) n += c.count;
  return n;
}

void RoomPainter::paint(sf::RenderTarget& target, const Room& room, const sf::View& view, bool high_contrast) {
  const std::uint64_t key = room_key(room, high_contrast);
  if (key != key_) {
    build(room, high_contrast);
    key_ = key;
    texture_scale_ = tried_scale_ = 0.0f;
  }
  const sf::Vector2f c = view.getCenter(), s = view.getSize();
  const sf::FloatRect seen(c.x - s.x / 2, c.y - s.y / 2, s.x, s.y);
  // The texture is drawn at the screen's scale, so it is made once the zoom holds still for a
  // frame (while zooming, the layers are drawn as they are).
  const float scale = s.x > 0 ? static_cast<float>(target.getSize().x) / s.x : 0.0f;
  const bool steady = scale == last_scale_;
  last_scale_ = scale;
  if (texture_allowed_ && steady && scale > 0 && texture_scale_ != scale && tried_scale_ != scale) {
    tried_scale_ = scale;
    texture_scale_ = build_texture(scale) ? scale : 0.0f;
  }
  drew_from_texture_ = texture_allowed_ && texture_ && texture_scale_ == scale && scale > 0;
  if (!drew_from_texture_) {
    draw_layers(target, seen);
    return;
  }
  sf::Sprite sprite(texture_->getTexture());
  sprite.setPosition(texture_area_.left, texture_area_.top);
  sprite.setScale(1.0f / scale, 1.0f / scale);
  target.draw(sprite, sf::RenderStates(sf::BlendNone));  // opaque: nothing under it to blend with
}

void RoomPainter::set_texture_allowed(bool allowed) {
  if (allowed == texture_allowed_) return;
  texture_allowed_ = allowed;
  texture_scale_ = tried_scale_ = 0.0f;
  if (!allowed) texture_.reset();  // its memory back
}

void RoomPainter::draw_layers(sf::RenderTarget& target, const sf::FloatRect& seen) const {
  for (int l = 0; l < kLayers; ++l) {
    sf::RenderStates states;
    if (l == kLight) states.blendMode = sf::BlendAdd;
    for (const auto& chunk : layers_[l])
      if (chunk.bounds.intersects(seen) || chunk.bounds.width == 0 || chunk.bounds.height == 0) {
        if (chunk.vertices.empty()) target.draw(chunk.buffer, states);
        else target.draw(chunk.vertices.data(), chunk.vertices.size(), sf::Triangles, states);
      }
  }
}

bool RoomPainter::build_texture(float pixels_per_metre) {
  const double w = std::ceil(static_cast<double>(extent_.width) * pixels_per_metre);
  const double h = std::ceil(static_cast<double>(extent_.height) * pixels_per_metre);
  const double most = static_cast<double>(sf::Texture::getMaximumSize());
  if (w < 1 || h < 1 || w > most || h > most || w * h > static_cast<double>(kMaxTexturePixels)) return false;
  const auto wu = static_cast<unsigned>(w), hu = static_cast<unsigned>(h);
  if (!texture_) texture_ = std::make_unique<sf::RenderTexture>();
  if (texture_->getSize() != sf::Vector2u(wu, hu) && !texture_->create(wu, hu)) return false;
  // Whole pixels: one texel a screen pixel, so the texture looks as the layers would.
  texture_area_ = sf::FloatRect(extent_.left, extent_.top, static_cast<float>(w) / pixels_per_metre,
                                static_cast<float>(h) / pixels_per_metre);
  texture_->setView(sf::View(texture_area_));
  texture_->clear(theme::kWall);
  draw_layers(*texture_, texture_area_);
  texture_->display();
  return true;
}

void RoomPainter::paint_vignette(sf::RenderTarget& target, bool high_contrast) {
  const sf::Vector2u size = target.getSize();
  if (size != vignette_size_ || high_contrast != vignette_contrast_ || vignette_.empty()) {
    vignette_size_ = size;
    vignette_contrast_ = high_contrast;
    vignette_.clear();
    const float w = static_cast<float>(size.x), h = static_cast<float>(size.y);
    const float band = std::min(w, h) * 0.11f;  // narrow: each pixel blended costs on a software renderer
    const sf::Color edge(12, 6, 10, high_contrast ? 40 : 130), clear(12, 6, 10, 0);
    auto quad = [&](sf::Vector2f a, sf::Color ca, sf::Vector2f b, sf::Color cb, sf::Vector2f cc, sf::Color ccc,
                    sf::Vector2f d, sf::Color cd) {
      for (auto v : {sf::Vertex(a, ca), sf::Vertex(b, cb), sf::Vertex(cc, ccc), sf::Vertex(a, ca), sf::Vertex(cc, ccc),
                     sf::Vertex(d, cd)})
        vignette_.push_back(v);
    };
    // Four bands from the edges inwards, mitred at the corners.
    quad({0, 0}, edge, {w, 0}, edge, {w - band, band}, clear, {band, band}, clear);
    quad({0, h}, edge, {band, h - band}, clear, {w - band, h - band}, clear, {w, h}, edge);
    quad({0, 0}, edge, {band, band}, clear, {band, h - band}, clear, {0, h}, edge);
    quad({w, 0}, edge, {w, h}, edge, {w - band, h - band}, clear, {w - band, band}, clear);
  }
  target.draw(vignette_.data(), vignette_.size(), sf::Triangles);
}

void RoomPainter::paint_labels(sf::RenderTarget& target, const Room& room, const sf::Font* font, float zoom,
                               float ui_scale, const std::vector<ScreenBox>& reserved,
                               const std::vector<ScreenBox>& figures) {
  sign_boxes_.clear();
  if (!font) return;
  const std::uint64_t key = room_key(room, false);
  if (font != label_font_ || key != label_key_) {
    label_font_ = font;
    label_key_ = key;
    labels_.clear();
    last_spots_.clear();
    for (const auto& z : room.zones) {
      const std::string text = zone_text(z);
      labels_.emplace_back(sf::String::fromUtf8(text.begin(), text.end()), *font, 30);
      labels_.back().setFillColor(sf::Color(255, 240, 214));
    }
  }
  // Where the view puts the room on the window, to keep signs clear of the panels.
  const sf::View& view = target.getView();
  const float ppm = static_cast<float>(target.getSize().x) / view.getSize().x;
  const float left = view.getCenter().x - view.getSize().x / 2, top = view.getCenter().y - view.getSize().y / 2;
  auto to_px = [&](float x, float y, float w, float h) {
    return ScreenBox{(x - left) * ppm, (y - top) * ppm, (x + w - left) * ppm, (y + h - top) * ppm};
  };
  // About a third of a metre high at zoom 1 (15 pixels), grown with the UI scale as the badges
  // are; zoomed out, no smaller on screen than at 0.7.
  const float k = 0.0105f * std::clamp(ui_scale, 0.75f, 2.0f) / std::max(0.7f, zoom);
  sf::RectangleShape plaque;
  for (std::size_t i = 0; i < labels_.size() && i < room.zones.size(); ++i) {
    const Rect& a = room.zones[i].area;
    sf::Text& label = labels_[i];
    label.setScale(k, k);
    const sf::FloatRect b = label.getLocalBounds();
    const float w = (b.left + b.width) * k + 0.3f, h = 36.0f * k + 0.08f;
    // Just above the zone's top edge, at its left: people stand inside zones, around the middle,
    // so they rarely cover it, and it never covers them (it is drawn before them). A zone
    // against the top wall has it just inside instead. Where a panel or another sign is in the
    // way, the sign moves along the zone's top edge, or inside it below the panel; with no
    // such place it is not drawn this frame (the camera moves on, and it comes back).
    std::vector<std::pair<float, float>> spots;
    const float above = a.y - h - 0.06f >= 0.05f ? a.y - h - 0.06f : a.y + 0.08f;
    for (const float x : {a.x + 0.1f, a.x + a.w - w - 0.1f})
      for (const float y : {above, a.y + 0.08f}) spots.push_back({x, y});
    for (const float x : {a.x + 0.1f, a.x + a.w - w - 0.1f})  // just below the zone
      if (a.y + a.h + 0.06f + h <= room.height - 0.05f) spots.push_back({x, a.y + a.h + 0.06f});
    for (const ScreenBox& r : reserved) {  // just below a panel, still inside the zone
      const float y = r.bottom / ppm + top + 0.1f;
      if (y > a.y && y + h < a.y + a.h) spots.push_back({a.x + 0.1f, y});
    }
    // A spot behind nobody's figure is better (a person standing on a sign hides its words);
    // failing that, the first spot clear of the panels and the other signs.
    auto clear_of = [&](const ScreenBox& box, bool of_figures) {
      for (const ScreenBox& r : reserved)
        if (r.overlaps(box)) return false;
      for (const ScreenBox& o : sign_boxes_)
        if (o.overlaps(box)) return false;
      if (of_figures)
        for (const ScreenBox& f : figures)
          if (f.overlaps(box)) return false;
      return true;
    };
    // A sign stays where it was while that spot is still clear, so people walking by elsewhere
    // don't make it jump about.
    std::optional<std::pair<float, float>> chosen;
    if (i < last_spots_.size() && last_spots_[i] &&
        std::find(spots.begin(), spots.end(), *last_spots_[i]) != spots.end() &&
        clear_of(to_px(last_spots_[i]->first, last_spots_[i]->second, w, h), true))
      chosen = last_spots_[i];
    for (const bool of_figures : {true, false}) {
      if (chosen) break;
      for (const auto& [x, y] : spots) {
        if (x < a.x - 0.01f && w < a.w) continue;
        if (clear_of(to_px(x, y, w, h), of_figures)) {
          chosen = std::make_pair(x, y);
          break;
        }
      }
      if (chosen) break;
    }
    if (last_spots_.size() < room.zones.size()) last_spots_.resize(room.zones.size());
    last_spots_[i] = chosen;
    if (chosen) {  // with no such place it is not drawn this frame
      const auto [x, y] = *chosen;
      const ScreenBox box = to_px(x, y, w, h);
      plaque.setSize({w, h});
      plaque.setPosition(x, y);
      plaque.setFillColor(sf::Color(38, 28, 34, 215));
      plaque.setOutlineThickness(0.03f);
      plaque.setOutlineColor(sf::Color(214, 176, 112, 200));
      target.draw(plaque);
      label.setPosition(x + 0.15f, y + 0.02f);
      target.draw(label);
      sign_boxes_.push_back(box);
      layout_frame().add({"text", box.left, box.top, box.right - box.left, box.bottom - box.top, false,
                          zone_text(room.zones[i])});
    }
  }
}

}  // namespace mingle::app
