// The player's step and reach (core/room/walk.h): whom E, Tab and a click can pick, when the
// player must walk closer first, and a step that never leaves them stuck among people.
#include "core/room/walk.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace mingle;
using namespace mingle::room;

namespace {

Room hall() {
  Room r;
  r.width = 12;
  r.height = 10;
  Furniture sofa;
  sofa.kind = FurnitureKind::Sofa;
  sofa.area = {5, 4, 2, 1};  // x 5..7, y 4..5
  r.furniture.push_back(sofa);
  return r;
}

}  // namespace

TEST_CASE("E and Tab pick anyone within the target reach, nearest first, and nobody farther") {
  const std::vector<Vec2> people{{11, 5}, {3, 5}, {2.5f, 5}, {1, 1}};
  const Vec2 player{2, 5};
  const auto order = targets(player, people);
  REQUIRE(order.size() == 3);  // {11, 5} is 9 m away: past the target reach
  CHECK(order[0] == 2);
  CHECK(order[1] == 1);
  CHECK(order[2] == 3);
  CHECK(kTargetReach > 2 * kTalkReach);  // generous: a few steps away still counts
  CHECK(targets(player, people, 0.2f).empty());
  // Two at the same distance keep the order they were given, so Tab's round is stable.
  const auto tie = targets({5, 5}, {{6, 5}, {4, 5}});
  REQUIRE(tie.size() == 2);
  CHECK(tie[0] == 0);
  CHECK(tie[1] == 1);
}

TEST_CASE("Tab goes round everyone, nearest first, even as the order shifts, and starts again") {
  // Ringed: 4 (the nearest). Tab: 7, then 2, though 2 and 7 swapped places as they moved.
  CHECK(next_target({4, 7, 2}, 4, {4}) == 7);
  CHECK(next_target({4, 2, 7}, 7, {4, 7}) == 2);
  // Everyone seen: round again, the nearest other than the one ringed.
  CHECK(next_target({4, 2, 7}, 2, {4, 7, 2}) == 4);
  CHECK(next_target({4, 7, 2}, 4, {4, 7, 2}) == 7);
  CHECK(next_target({4}, 4, {4}) == 4);  // alone: stays
  CHECK(next_target({4, 7}, 9, {}) == 4);  // the ringed one is not among them: the nearest
  CHECK(next_target({}, 1, {}) == kNoTarget);
}

TEST_CASE("talk now only within talking distance with no furniture between, else walk closer first") {
  const Room r = hall();
  const auto obs = obstacles(r);
  CHECK(approach(obs, {2, 2}, {3, 2}) == Approach::TalkNow);
  CHECK(approach(obs, {2, 2}, {2 + kTalkReach + 0.1f, 2}) == Approach::WalkCloser);
  CHECK(approach(obs, {6, 3.4f}, {6, 5.6f}) == Approach::WalkCloser);  // 2.2 m, but the sofa between
  CHECK(approach(obs, {4.4f, 4.5f}, {5.5f, 3.5f}) == Approach::TalkNow);
}

TEST_CASE("a step straight into furniture slides round it instead of stopping") {
  const Room r = hall();
  const auto obs = obstacles(r);
  Vec2 p{5.8f, 2.5f};  // above the sofa, walking straight down into it
  for (int i = 0; i < 120; ++i) p = walk_step(r, obs, {}, p, {0, 0.05f}, 0.35f);
  CHECK(free_at(r, obs, {}, p, 0.35f));
  CHECK(p.y > 5.5f);  // round its end and on below it
}

TEST_CASE("people never hold the player: a closed ring lets them through, and out again") {
  const Room r = hall();
  const auto obs = obstacles(r);
  std::vector<Circle> ring;
  for (const Vec2 s : group_spots({3, 7.5f}, 6, 0.7f)) ring.push_back({s, 0.35f});
  for (const Vec2 dir : {Vec2{1, 0}, Vec2{-1, 0}, Vec2{0, 1}, Vec2{0, -1}}) {
    Vec2 p = Vec2{3, 7.5f} - dir * 2.0f;
    int held = 0, longest = 0;
    for (int i = 0; i < 80; ++i) {  // 4 m of walking at 5 cm a step
      const Vec2 next = walk_step(r, obs, ring, p, dir * 0.05f, 0.35f);
      held = distance(next, p) < 0.01f ? held + 1 : 0;
      longest = std::max(longest, held);
      p = next;
      CHECK(free_at(r, obs, {}, p, 0.35f));  // people may be squeezed past, furniture never
    }
    CHECK(longest == 0);
    CHECK(distance(p, {3, 7.5f}) > 1.2f);  // through the ring and out on the far side
  }
}

TEST_CASE("a step never passes through a wall or furniture, even squeezing past people") {
  const Room r = hall();
  const auto obs = obstacles(r);
  const std::vector<Circle> someone{{{0.9f, 5}, 0.35f}};
  const Vec2 at{0.36f, 5};
  const Vec2 p = walk_step(r, obs, someone, at, {-0.05f, 0}, 0.35f);
  CHECK(p.x >= 0.35f);
  const Vec2 q = walk_step(r, obs, {}, {6, 3.64f}, {0, 0.05f}, 0.35f);
  CHECK(free_at(r, obs, {}, q, 0.35f));
}
