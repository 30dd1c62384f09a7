#pragma once
// Triangles for SFML, appended to a vertex list: the one way the painters build shapes (the
// room's floor and furniture, the people, the badges' cards and their glyphs). Pure geometry:
// points in the caller's units (metres in the room, pixels on screen), no drawing, so it is
// tested without a window (tests/app/mesh_test.cpp).
//
// Conventions:
// - Four floats are corners (x0, y0, x1, y1); a Rect is a corner and a size (x, y, w, h).
// - A quad is convex, its points in order round the edge; it is the triangles a-b-c and a-c-d.
// - A solid ellipse is a fan from its first rim point: seg - 2 triangles (a software renderer
//   pays for each small triangle as much as for its pixels). A shaded one (`radial`) fans from
//   its centre, seg triangles, so the centre's colour blends out to the rim's.
// - Rim points start at angle 0 (to the right, +x) and go round towards +y; `seg` is held to
//   3..48 points.
#include "core/room/geometry.h"  // room::Vec2; Rect

#include <SFML/Graphics/Color.hpp>
#include <SFML/Graphics/Rect.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include <cmath>
#include <cstddef>
#include <vector>

namespace mingle::app {

class Mesh {
 public:
  using Vec2 = room::Vec2;

  // The list the triangles are appended to, and swapping it with another (nothing is copied):
  // the room's painter builds chunk by chunk this way, and a badge line keeps its glyphs.
  const std::vector<sf::Vertex>& vertices() const { return v_; }
  void swap(std::vector<sf::Vertex>& list) { v_.swap(list); }
  std::size_t size() const { return v_.size(); }
  void clear() { v_.clear(); }  // keeps the memory: a frame that rebuilds allocates nothing

  // The shapes a figure is made of are here, inline: a crowd's frame calls them tens of
  // thousands of times (and our builds have no link-time optimisation).
  void tri(Vec2 a, Vec2 b, Vec2 c, sf::Color k) {
    push(a, k);
    push(b, k);
    push(c, k);
  }
  void tri(Vec2 a, sf::Color ka, Vec2 b, sf::Color kb, Vec2 c, sf::Color kc) {
    push(a, ka);
    push(b, kb);
    push(c, kc);
  }
  void quad(Vec2 a, Vec2 b, Vec2 c, Vec2 d, sf::Color k) {
    tri(a, b, c, k);
    tri(a, c, d, k);
  }
  void quad(Vec2 a, sf::Color ka, Vec2 b, sf::Color kb, Vec2 c, sf::Color kc, Vec2 d, sf::Color kd) {
    tri(a, ka, b, kb, c, kc);
    tri(a, ka, c, kc, d, kd);
  }

  void rect(float x0, float y0, float x1, float y1, sf::Color k) { quad({x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, k); }
  void rect(const Rect& r, sf::Color k) { rect(r.x, r.y, r.x + r.w, r.y + r.h, k); }
  void rect_v(float x0, float y0, float x1, float y1, sf::Color top, sf::Color bottom);  // gradient down
  void rect_h(float x0, float y0, float x1, float y1, sf::Color left, sf::Color right);  // gradient across
  // A band of width `t` inside the rectangle's edge.
  void frame(float x0, float y0, float x1, float y1, float t, sf::Color k);
  // Solid inside, fading to nothing over `feather` outside (rounded corners): a soft shadow.
  void soft_rect(float x0, float y0, float x1, float y1, float feather, sf::Color k);

  void ellipse(Vec2 c, float rx, float ry, sf::Color k, int seg = 20) {
    const auto& t = unit_circle(seg);
    auto at = [&](std::size_t i) { return Vec2{c.x + t[i].x * rx, c.y + t[i].y * ry}; };
    const Vec2 first = at(0);
    for (std::size_t i = 1; i + 1 < t.size(); ++i) tri(first, at(i), at(i + 1), k);
  }
  void circle(Vec2 c, float r, sf::Color k, int seg = 20) { ellipse(c, r, r, k, seg); }
  // An ellipse shaded from `centre` to `rim`, turned by `turn` radians.
  void radial(Vec2 c, float rx, float ry, sf::Color centre, sf::Color rim, int seg = 20, float turn = 0.0f);
  // A band of width `w` outside the ellipse (rx, ry), shaded from `inner` to `outer`.
  void ring(Vec2 c, float rx, float ry, float w, sf::Color inner, sf::Color outer, int seg = 24);
  void ring(Vec2 c, float rx, float ry, float w, sf::Color k, int seg = 24) { ring(c, rx, ry, w, k, k, seg); }
  // A disc with a soft edge fading to nothing over `feather`.
  void soft_disc(Vec2 c, float r, float feather, sf::Color k);

  // A straight stroke `w` wide from a to b (nothing when they meet).
  void line(Vec2 a, Vec2 b, float w, sf::Color k) {
    const Vec2 d = b - a;
    const float len = std::sqrt(d.x * d.x + d.y * d.y);
    if (len <= 1e-4f) return;
    const Vec2 n{-d.y / len * (w / 2), d.x / len * (w / 2)};
    quad(a + n, b + n, b - n, a - n, k);
  }
  // A stroke of radius `r` with round ends (an arm, a strap); `seg` < 3 leaves the ends square.
  void capsule(Vec2 a, Vec2 b, float r, sf::Color k, int seg) {
    line(a, b, 2 * r, k);
    if (seg >= 3) {
      circle(a, r, k, seg);
      circle(b, r, k, seg);
    }
  }

  // A rectangle showing the texture's part from uv0 to uv1 (texture pixels), tinted `k`.
  void textured(float x0, float y0, float x1, float y1, sf::Vector2f uv0, sf::Vector2f uv1, sf::Color k);

  // `seg` points round the unit circle from angle 0 (held to 3..48); computed once each.
  static const std::vector<sf::Vector2f>& unit_circle(int seg);

 private:
  void push(Vec2 p, sf::Color k) { v_.emplace_back(sf::Vector2f(p.x, p.y), k); }

  std::vector<sf::Vertex> v_;
};

// The smallest rectangle holding every vertex (width and height -1 when there are none).
sf::FloatRect bounds_of(const std::vector<sf::Vertex>& vertices);

}  // namespace mingle::app
