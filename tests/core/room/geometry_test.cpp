#include "core/room/geometry.h"

#include <doctest/doctest.h>

using namespace mingle;
using namespace mingle::room;

namespace {
Room small_room() {
  Room r;
  r.width = 10;
  r.height = 8;
  Furniture table;
  table.kind = FurnitureKind::Counter;
  table.area = {4, 2, 2, 4};  // a counter in the middle, x 4..6, y 2..6
  r.furniture.push_back(table);
  Zone bar;
  bar.id = "bar";
  bar.area = {0, 0, 2, 2};
  r.zones.push_back(bar);
  return r;
}
}  // namespace

TEST_CASE("free_at keeps bodies inside the walls and out of the furniture") {
  const Room r = small_room();
  const auto obs = obstacles(r);
  CHECK(free_at(r, obs, {}, {1, 1}, 0.3f));
  CHECK_FALSE(free_at(r, obs, {}, {0.2f, 1}, 0.3f));   // through the west wall
  CHECK_FALSE(free_at(r, obs, {}, {5, 4}, 0.3f));      // inside the counter
  CHECK_FALSE(free_at(r, obs, {}, {3.8f, 4}, 0.3f));   // brushing its edge
  CHECK(free_at(r, obs, {}, {3.6f, 4}, 0.3f));
  CHECK_FALSE(free_at(r, obs, {{{2, 7}, 0.3f}}, {2.4f, 7}, 0.3f));  // another person
}

TEST_CASE("a step into the counter slides along it") {
  const Room r = small_room();
  const auto obs = obstacles(r);
  const Vec2 start{3.5f, 4};
  const Vec2 end = slide(r, obs, {}, start, {0.5f, 0.3f}, 0.3f);
  CHECK(end.x == doctest::Approx(3.5f));  // x blocked by the counter
  CHECK(end.y == doctest::Approx(4.3f));  // y carried on
  CHECK(free_at(r, obs, {}, end, 0.3f));
  const Vec2 stuck = slide(r, obs, {}, {0.3f, 0.3f}, {-0.2f, -0.2f}, 0.3f);
  CHECK(stuck.x == doctest::Approx(0.3f));
  CHECK(stuck.y == doctest::Approx(0.3f));
}

TEST_CASE("nearest_free finds standing room beside a blocked spot") {
  const Room r = small_room();
  const auto obs = obstacles(r);
  const Vec2 p = nearest_free(r, obs, {}, {5, 4}, 0.3f);
  CHECK(free_at(r, obs, {}, p, 0.3f));
  CHECK(distance(p, {5, 4}) < 1.5f);
}

TEST_CASE("group spots stand the given spacing apart around their centre") {
  CHECK(group_spots({2, 2}, 0, 1).empty());
  CHECK(group_spots({2, 2}, 1, 1)[0].x == doctest::Approx(2));
  for (int n = 2; n <= 7; ++n) {
    const auto spots = group_spots({5, 5}, n, 1.0f);
    REQUIRE(spots.size() == static_cast<std::size_t>(n));
    for (std::size_t i = 0; i < spots.size(); ++i) {
      const auto next = spots[(i + 1) % spots.size()];
      CHECK(distance(spots[i], next) == doctest::Approx(1.0f));  // never closer than asked
      CHECK(distance(spots[i], {5, 5}) == doctest::Approx(distance(spots[0], {5, 5})));
    }
    if (n > 2) CHECK(spots[0].y < 5);  // the first stands at the top
    else CHECK(spots[0].y == doctest::Approx(5));  // two stand side by side
  }
}

TEST_CASE("zone centres") {
  const Room r = small_room();
  CHECK(zone_centre(r, "bar").x == doctest::Approx(1));
  CHECK(zone_centre(r, "nowhere").x == doctest::Approx(5));
}

TEST_CASE("a body that someone stepped into can still walk out, but not into anyone else") {
  const Room r = small_room();
  const auto obs = obstacles(r);
  const Vec2 me{2, 6.5f};
  // Two guests overlapping the player on both sides, a third a little way off to the east.
  const std::vector<Circle> crowd{{{2.4f, 6.5f}, 0.3f}, {{1.6f, 6.5f}, 0.3f}, {{3.2f, 5.7f}, 0.3f}};
  const Vec2 up = slide(r, obs, crowd, me, {0, -0.2f}, 0.3f);
  CHECK(up.y == doctest::Approx(6.3f));  // free to step out of the squeeze
  // Stepping towards the third guest stops short of them.
  Vec2 at = me;
  for (int i = 0; i < 20; ++i) at = slide(r, obs, crowd, at, {0.05f, -0.05f}, 0.3f);
  CHECK(distance(at, {3.2f, 5.7f}) >= doctest::Approx(0.6f).epsilon(0.01));
}
