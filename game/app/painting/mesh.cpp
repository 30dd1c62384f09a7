#include "app/painting/mesh.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {
namespace {

constexpr float kPi = 3.14159265f;

sf::Color clear_of(sf::Color c) { return {c.r, c.g, c.b, 0}; }

}  // namespace

const std::vector<sf::Vector2f>& Mesh::unit_circle(int wanted) {
  static std::vector<sf::Vector2f> tables[49];
  const int seg = std::clamp(wanted, 3, 48);
  auto& t = tables[seg];
  if (t.empty())
    for (int i = 0; i < seg; ++i) {
      const float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(seg);
      t.emplace_back(std::cos(a), std::sin(a));
    }
  return t;
}

void Mesh::rect_v(float x0, float y0, float x1, float y1, sf::Color top, sf::Color bottom) {
  quad({x0, y0}, top, {x1, y0}, top, {x1, y1}, bottom, {x0, y1}, bottom);
}

void Mesh::rect_h(float x0, float y0, float x1, float y1, sf::Color left, sf::Color right) {
  quad({x0, y0}, left, {x1, y0}, right, {x1, y1}, right, {x0, y1}, left);
}

void Mesh::frame(float x0, float y0, float x1, float y1, float t, sf::Color k) {
  rect(x0, y0, x1, y0 + t, k);
  rect(x0, y1 - t, x1, y1, k);
  rect(x0, y0 + t, x0 + t, y1 - t, k);
  rect(x1 - t, y0 + t, x1, y1 - t, k);
}

void Mesh::soft_rect(float x0, float y0, float x1, float y1, float feather, sf::Color k) {
  const sf::Color o = clear_of(k);
  const float f = feather;
  rect(x0, y0, x1, y1, k);
  quad({x0, y0 - f}, o, {x1, y0 - f}, o, {x1, y0}, k, {x0, y0}, k);
  quad({x0, y1}, k, {x1, y1}, k, {x1, y1 + f}, o, {x0, y1 + f}, o);
  quad({x0 - f, y0}, o, {x0, y0}, k, {x0, y1}, k, {x0 - f, y1}, o);
  quad({x1, y0}, k, {x1 + f, y0}, o, {x1 + f, y1}, o, {x1, y1}, k);
  // corners: a fan from the corner out to the rounded edge
  const Vec2 corners[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  for (int i = 0; i < 4; ++i) {
    const float a0 = kPi + static_cast<float>(i) * kPi / 2;
    for (int s = 0; s < 4; ++s) {
      const float b0 = a0 + static_cast<float>(s) * kPi / 8, b1 = b0 + kPi / 8;
      const Vec2 p = corners[i];
      tri(p, k, {p.x + std::cos(b0) * f, p.y + std::sin(b0) * f}, o, {p.x + std::cos(b1) * f, p.y + std::sin(b1) * f},
          o);
    }
  }
}

void Mesh::radial(Vec2 c, float rx, float ry, sf::Color centre, sf::Color rim, int seg, float turn) {
  const auto& t = unit_circle(seg);
  const float ct = std::cos(turn), st = std::sin(turn);
  auto at = [&](std::size_t i) {
    const float x = t[i % t.size()].x * rx, y = t[i % t.size()].y * ry;
    return Vec2{c.x + x * ct - y * st, c.y + x * st + y * ct};
  };
  for (std::size_t i = 0; i < t.size(); ++i) tri(c, centre, at(i), rim, at(i + 1), rim);
}

void Mesh::ring(Vec2 c, float rx, float ry, float w, sf::Color inner, sf::Color outer, int seg) {
  const auto& t = unit_circle(seg);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const auto& a = t[i];
    const auto& b = t[(i + 1) % t.size()];
    quad({c.x + a.x * rx, c.y + a.y * ry}, inner, {c.x + b.x * rx, c.y + b.y * ry}, inner,
         {c.x + b.x * (rx + w), c.y + b.y * (ry + w)}, outer, {c.x + a.x * (rx + w), c.y + a.y * (ry + w)}, outer);
  }
}

void Mesh::soft_disc(Vec2 c, float r, float feather, sf::Color k) {
  circle(c, r, k);
  ring(c, r, r, feather, k, clear_of(k), 20);
}

void Mesh::textured(float x0, float y0, float x1, float y1, sf::Vector2f uv0, sf::Vector2f uv1, sf::Color k) {
  const sf::Vector2f p[4] = {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
  const sf::Vector2f t[4] = {uv0, {uv1.x, uv0.y}, uv1, {uv0.x, uv1.y}};
  for (int i : {0, 1, 2, 0, 2, 3}) v_.emplace_back(p[i], k, t[i]);
}

sf::FloatRect bounds_of(const std::vector<sf::Vertex>& vertices) {
  if (vertices.empty()) return {0, 0, -1, -1};
  float l = vertices[0].position.x, t = vertices[0].position.y, r = l, b = t;
  for (const auto& v : vertices) {
    l = std::min(l, v.position.x);
    t = std::min(t, v.position.y);
    r = std::max(r, v.position.x);
    b = std::max(b, v.position.y);
  }
  return {l, t, r - l, b - t};
}

}  // namespace mingle::app
