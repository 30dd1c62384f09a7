// The icon (app/platform/icon.h): drawn by our code at every size a desktop asks for, with a clear
// outline (transparent corners), the same pixels every time, and its parts where they belong.
#include "app/platform/icon.h"

#include <doctest/doctest.h>

#include <array>
#include <set>

using namespace mingle::app;

namespace {
std::array<int, 4> at(const IconImage& icon, float fx, float fy) {
  const int x = static_cast<int>(fx * static_cast<float>(icon.size));
  const int y = static_cast<int>(fy * static_cast<float>(icon.size));
  const auto* p = &icon.rgba[(static_cast<std::size_t>(y) * icon.size + x) * 4];
  return {p[0], p[1], p[2], p[3]};
}
}  // namespace

TEST_CASE("the icon is drawn at the sizes a desktop menu uses, with transparent corners") {
  for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
    CAPTURE(size);
    const IconImage icon = draw_icon(size);
    REQUIRE(icon.size == size);
    REQUIRE(icon.rgba.size() == static_cast<std::size_t>(size) * size * 4);
    CHECK(at(icon, 0, 0)[3] == 0);                      // the rounded tile leaves the corners clear
    CHECK(at(icon, 0.999f, 0.999f)[3] == 0);
    CHECK(at(icon, 0.5f, 0.5f)[3] == 255);              // and covers the middle
    CHECK(at(icon, 0.5f, 0.04f)[0] < 120);              // a dark rim along the top edge (the floor is lighter)
  }
}

TEST_CASE("the icon shows a speech bubble over two people with badges") {
  const IconImage icon = draw_icon(256);
  const auto bubble = at(icon, 0.455f, 0.215f);         // between the bubble's dots: light ink
  CHECK(bubble[0] > 240);
  CHECK(bubble[1] > 230);
  const auto dot = at(icon, 0.5f, 0.215f);              // a dot: dark
  CHECK(dot[0] < 60);
  const auto left_coat = at(icon, 0.2f, 0.9f), right_coat = at(icon, 0.8f, 0.9f);
  CHECK(left_coat[2] > left_coat[0]);                   // the left one wears blue, the right one green
  CHECK(right_coat[1] > right_coat[0]);
  CHECK(left_coat != right_coat);
  for (float cx : {0.31f, 0.69f}) {
    const auto badge = at(icon, cx, 0.855f);            // each wears a light badge on the chest
    CHECK(badge[0] > 240);
  }
}

TEST_CASE("the icon is the same every time, and out-of-range sizes are clamped") {
  CHECK(draw_icon(48).rgba == draw_icon(48).rgba);
  CHECK(draw_icon(0).size == 8);
  CHECK(draw_icon(100000).size == 1024);
  // Smooth edges: the tile's rounded corners are partly covered pixels, not only 0 and 255.
  const IconImage icon = draw_icon(64);
  std::set<int> alphas;
  for (std::size_t i = 3; i < icon.rgba.size(); i += 4) alphas.insert(icon.rgba[i]);
  CHECK(alphas.size() > 3);
}
