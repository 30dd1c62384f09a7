// The painters' one mesh builder (app/painting/mesh.h): how many triangles each shape makes,
// where its points lie and what colour each vertex gets.
#include "app/painting/mesh.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <utility>

using namespace mingle;
using namespace mingle::app;
using room::Vec2;

namespace {
const sf::Color kRed(200, 30, 40), kBlue(20, 40, 220);

bool same(sf::Color a, sf::Color b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }

// The distinct points of a mesh, rounded to a micrometre.
std::set<std::pair<long, long>> points(const Mesh& m) {
  std::set<std::pair<long, long>> s;
  for (const auto& v : m.vertices()) s.insert({std::lround(v.position.x * 1e6), std::lround(v.position.y * 1e6)});
  return s;
}
std::pair<long, long> at(float x, float y) { return {std::lround(x * 1e6), std::lround(y * 1e6)}; }

// Twice the signed area of each triangle, summed: a shape's area, whichever way round.
float area(const Mesh& m) {
  float sum = 0;
  const auto& v = m.vertices();
  for (std::size_t i = 0; i + 2 < v.size(); i += 3) {
    const sf::Vector2f a = v[i].position, b = v[i + 1].position, c = v[i + 2].position;
    sum += std::fabs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
  }
  return sum;
}
}  // namespace

TEST_CASE("a rect by corners and a Rect by corner and size cover the same four points") {
  Mesh by_corners, by_size;
  by_corners.rect(1.0f, 2.0f, 4.0f, 7.0f, kRed);
  by_size.rect(Rect{1.0f, 2.0f, 3.0f, 5.0f}, kRed);
  CHECK(by_corners.size() == 6);  // two triangles
  const auto corners = points(by_corners);
  CHECK(corners == std::set<std::pair<long, long>>{at(1, 2), at(4, 2), at(4, 7), at(1, 7)});
  CHECK(points(by_size) == corners);
  CHECK(area(by_corners) == doctest::Approx(15.0f));
  for (const auto& v : by_size.vertices()) CHECK(same(v.color, kRed));
}

TEST_CASE("a solid ellipse fans from its first point; every point lies on the ellipse") {
  for (int seg : {3, 8, 20, 48}) {
    Mesh m;
    m.ellipse({5.0f, -2.0f}, 3.0f, 1.5f, kBlue, seg);
    CHECK(m.size() == static_cast<std::size_t>(3 * (seg - 2)));
    for (const auto& v : m.vertices()) {
      const float dx = (v.position.x - 5.0f) / 3.0f, dy = (v.position.y + 2.0f) / 1.5f;
      CHECK(dx * dx + dy * dy == doctest::Approx(1.0f).epsilon(1e-4));
    }
    CHECK(points(m).size() == static_cast<std::size_t>(seg));
  }
  Mesh m;
  m.ellipse({0, 0}, 2.0f, 1.0f, kBlue, 48);  // close to the ellipse's area, pi * 2 * 1
  CHECK(area(m) == doctest::Approx(2.0f * 3.14159265f).epsilon(0.01));
}

TEST_CASE("the number of rim points is held to 3..48") {
  Mesh few, many;
  few.circle({0, 0}, 1.0f, kRed, 1);
  many.circle({0, 0}, 1.0f, kRed, 500);
  CHECK(few.size() == 3);             // a triangle
  CHECK(many.size() == 3 * (48 - 2));
  CHECK(Mesh::unit_circle(12).size() == 12);
  CHECK(Mesh::unit_circle(12)[0].x == doctest::Approx(1.0f));  // starts at angle 0
  CHECK(Mesh::unit_circle(12)[3].y == doctest::Approx(1.0f));  // a quarter round is +y
}

TEST_CASE("a radial gradient fans from its centre: the centre's colour there, the rim's on the ellipse") {
  Mesh m;
  const Vec2 c{1.0f, 1.0f};
  m.radial(c, 2.0f, 1.0f, kRed, kBlue, 16);
  REQUIRE(m.size() == 3 * 16);
  int centres = 0, rims = 0;
  for (const auto& v : m.vertices()) {
    const float dx = (v.position.x - c.x) / 2.0f, dy = (v.position.y - c.y) / 1.0f;
    if (dx == 0 && dy == 0) {
      CHECK(same(v.color, kRed));
      ++centres;
    } else {
      CHECK(dx * dx + dy * dy == doctest::Approx(1.0f).epsilon(1e-4));
      CHECK(same(v.color, kBlue));
      ++rims;
    }
  }
  CHECK(centres == 16);
  CHECK(rims == 32);
}

TEST_CASE("a turned radial ellipse has its long axis turned") {
  Mesh m;
  m.radial({0, 0}, 2.0f, 0.5f, kRed, kRed, 4, 3.14159265f / 2);  // a quarter turn: long axis along y
  float most_x = 0, most_y = 0;
  for (const auto& v : m.vertices()) {
    most_x = std::max(most_x, std::fabs(v.position.x));
    most_y = std::max(most_y, std::fabs(v.position.y));
  }
  CHECK(most_y == doctest::Approx(2.0f));
  CHECK(most_x == doctest::Approx(0.5f));
}

TEST_CASE("a ring lies between the ellipse and its widened rim, inner to outer colour") {
  Mesh m;
  m.ring({0, 0}, 1.0f, 1.0f, 0.5f, kRed, kBlue, 10);
  CHECK(m.size() == 10 * 6);
  for (const auto& v : m.vertices()) {
    const float r = std::hypot(v.position.x, v.position.y);
    if (same(v.color, kRed))
      CHECK(r == doctest::Approx(1.0f));
    else
      CHECK(r == doctest::Approx(1.5f));
  }
}

TEST_CASE("gradient rects: top and bottom, left and right") {
  Mesh down, across;
  down.rect_v(0, 0, 2, 4, kRed, kBlue);
  across.rect_h(0, 0, 2, 4, kRed, kBlue);
  for (const auto& v : down.vertices()) CHECK(same(v.color, v.position.y == 0 ? kRed : kBlue));
  for (const auto& v : across.vertices()) CHECK(same(v.color, v.position.x == 0 ? kRed : kBlue));
}

TEST_CASE("a frame is a band inside the edge; a soft rect fades to clear outside it") {
  Mesh f;
  f.frame(0, 0, 10, 6, 1, kRed);
  CHECK(area(f) == doctest::Approx(10 * 6 - 8 * 4));
  Mesh s;
  s.soft_rect(0, 0, 4, 2, 0.5f, kRed);
  for (const auto& v : s.vertices()) {
    const bool inside = v.position.x >= 0 && v.position.x <= 4 && v.position.y >= 0 && v.position.y <= 2;
    CHECK(v.color.a == (inside ? kRed.a : 0));
  }
  const sf::FloatRect b = bounds_of(s.vertices());
  CHECK(b.left == doctest::Approx(-0.5f));
  CHECK(b.top == doctest::Approx(-0.5f));
  CHECK(b.width == doctest::Approx(5.0f));
  CHECK(b.height == doctest::Approx(3.0f));
}

TEST_CASE("a line is as wide as asked; a capsule adds round ends; a line of no length draws nothing") {
  Mesh l;
  l.line({0, 0}, {3, 0}, 0.4f, kRed);
  CHECK(l.size() == 6);
  CHECK(area(l) == doctest::Approx(3 * 0.4f));
  CHECK(points(l) == std::set<std::pair<long, long>>{at(0, 0.2f), at(3, 0.2f), at(3, -0.2f), at(0, -0.2f)});
  Mesh c;
  c.capsule({0, 0}, {3, 0}, 0.2f, kRed, 8);
  CHECK(c.size() == 6 + 2 * 3 * (8 - 2));
  Mesh none;
  none.line({1, 1}, {1, 1}, 0.4f, kRed);
  CHECK(none.size() == 0);
}

TEST_CASE("a textured rect maps its corners to the texture's, tinted") {
  Mesh m;
  m.textured(10, 20, 18, 32, {100, 200}, {108, 212}, kBlue);
  REQUIRE(m.size() == 6);
  for (const auto& v : m.vertices()) {
    CHECK(v.texCoords.x - v.position.x == doctest::Approx(90));
    CHECK(v.texCoords.y - v.position.y == doctest::Approx(180));
    CHECK(same(v.color, kBlue));
  }
}

TEST_CASE("a mesh's list swaps with another, and clearing empties the mesh's own") {
  std::vector<sf::Vertex> list(3);
  Mesh m;
  m.swap(list);
  CHECK(list.empty());
  m.rect(0, 0, 1, 1, kRed);
  CHECK(m.size() == 3 + 6);
  m.swap(list);
  CHECK(list.size() == 3 + 6);
  CHECK(m.size() == 0);
  m.rect(0, 0, 1, 1, kRed);
  m.clear();
  CHECK(m.size() == 0);
  CHECK(list.size() == 3 + 6);
  CHECK(bounds_of(m.vertices()).width < 0);
}
