#include "core/room/path.h"

#include <doctest/doctest.h>

using namespace mingle;
using namespace mingle::room;

namespace {

Room room_with(std::vector<Rect> furniture, float w = 10, float h = 8) {
  Room r;
  r.width = w;
  r.height = h;
  for (const auto& a : furniture) {
    Furniture f;
    f.kind = FurnitureKind::Counter;
    f.area = a;
    r.furniture.push_back(f);
  }
  return r;
}

// Walks the path the way the window does (straight between waypoints, a few centimetres at a
// time) and checks every spot on the way is free, apart from the start inside someone.
void check_walk(const Room& room, const std::vector<Circle>& others, Vec2 from, const Path& path, float radius) {
  const auto obs = obstacles(room);
  std::vector<Circle> blocking;
  for (const auto& o : others)
    if (distance(o.centre, from) >= o.radius + radius) blocking.push_back(o);
  Vec2 at = from;
  for (const Vec2 next : path.points) {
    const float d = distance(at, next);
    const int steps = std::max(1, static_cast<int>(d / 0.05f));
    for (int i = 1; i <= steps; ++i) {
      const Vec2 p = at + (next - at) * (static_cast<float>(i) / static_cast<float>(steps));
      INFO("at (" << p.x << ", " << p.y << ")");
      REQUIRE(free_at(room, obs, blocking, p, radius));
    }
    at = next;
  }
}

}  // namespace

TEST_CASE("an open floor is a straight walk") {
  const Room r = room_with({});
  const Path p = plan_path(r, obstacles(r), {}, {{1, 1}, {8, 6}});
  CHECK(p.reaches);
  REQUIRE(p.points.size() == 1);
  CHECK(p.points[0].x == doctest::Approx(8));
  CHECK(p.points[0].y == doctest::Approx(6));
}

TEST_CASE("the path goes around a table in the way") {
  // A long table across the middle, open only at its ends.
  const Room r = room_with({{1.5f, 3.5f, 7, 1}});
  const Vec2 from{5, 6.5f}, to{5, 1.5f};
  const Path p = plan_path(r, obstacles(r), {}, {from, to});
  CHECK(p.reaches);
  REQUIRE(p.points.size() >= 2);  // at least one corner
  CHECK(p.points.back().x == doctest::Approx(to.x));
  CHECK(p.points.back().y == doctest::Approx(to.y));
  check_walk(r, {}, from, p, 0.35f);
}

TEST_CASE("walking to a person stops at talking distance on their side of the table") {
  const Room r = room_with({{3, 3.5f, 4, 1}});
  const Vec2 from{5, 6.5f};
  const Vec2 person{5, 2.5f};  // just behind the table
  const std::vector<Circle> others{{person, 0.35f}};
  PathRequest req{from, person};
  req.stop_within = 1.2f;
  const Path p = plan_path(r, obstacles(r), others, req);
  CHECK(p.reaches);
  REQUIRE_FALSE(p.points.empty());
  const Vec2 end = p.points.back();
  CHECK(distance(end, person) <= doctest::Approx(1.2f));
  CHECK(distance(end, person) >= 0.7f);          // not on top of them
  CHECK(clear_line(obstacles(r), end, person));  // not across the table
  check_walk(r, others, from, p, 0.35f);
}

TEST_CASE("a player standing inside a group can walk out of it") {
  const Room r = room_with({});
  // Four people in a tight ring around the player, touching the player's body.
  const Vec2 me{5, 4};
  const std::vector<Circle> ring{{{5.5f, 4}, 0.35f}, {{4.5f, 4}, 0.35f}, {{5, 4.5f}, 0.35f}, {{5, 3.5f}, 0.35f}};
  const Path p = plan_path(r, obstacles(r), ring, {me, {9, 7}});
  CHECK(p.reaches);
  REQUIRE_FALSE(p.points.empty());
  CHECK(distance(p.points.back(), {9, 7}) < 0.05f);
}

TEST_CASE("a spot that cannot be reached still gives a walk as near as it can get") {
  // The right side of the room is walled off by a counter from wall to wall.
  const Room r = room_with({{6, 0, 0.5f, 8}});
  const Vec2 from{2, 4};
  const Path p = plan_path(r, obstacles(r), {}, {from, {8, 4}});
  CHECK_FALSE(p.reaches);
  REQUIRE_FALSE(p.points.empty());
  CHECK(p.points.back().x < 6);
  CHECK(p.points.back().x > 5.2f);  // right up against the counter
  check_walk(r, {}, from, p, 0.35f);
}

TEST_CASE("a click inside the furniture walks to the nearest free spot beside it") {
  const Room r = room_with({{4, 3, 2, 2}});
  const Path p = plan_path(r, obstacles(r), {}, {{1, 4}, {5, 4}});
  CHECK(p.reaches);
  REQUIRE_FALSE(p.points.empty());
  CHECK(free_at(r, obstacles(r), {}, p.points.back(), 0.35f));
  CHECK(distance(p.points.back(), {5, 4}) < 1.6f);
  check_walk(r, {}, {1, 4}, p, 0.35f);
}

TEST_CASE("a path never cuts the corner of a table") {
  const Room r = room_with({{3, 3, 2, 2}});
  const Vec2 from{2.4f, 2.4f}, to{5.6f, 5.6f};  // diagonal across the table's corners
  const Path p = plan_path(r, obstacles(r), {}, {from, to});
  CHECK(p.reaches);
  check_walk(r, {}, from, p, 0.35f);
}

TEST_CASE("clear_line sees furniture between two people") {
  const Room r = room_with({{4, 3, 2, 2}});
  CHECK_FALSE(clear_line(obstacles(r), {3, 4}, {7, 4}));
  CHECK(clear_line(obstacles(r), {3, 2}, {7, 2}));
}

TEST_CASE("the largest room a scenario may have is planned on a coarser grid, and still crossed") {
  // 200 x 200 m with a long wall of tables to go round.
  const Room r = room_with({{20, 100, 170, 2}}, 200, 200);
  const Vec2 from{100, 190}, to{100, 10};
  const Path p = plan_path(r, obstacles(r), {}, {from, to});
  CHECK(p.reaches);
  REQUIRE_FALSE(p.points.empty());
  CHECK(distance(p.points.back(), to) < 0.05f);
  check_walk(r, {}, from, p, 0.35f);
}
