#include "app/layout/camera.h"

#include <doctest/doctest.h>

#include <algorithm>

using mingle::app::keep_clear;
using mingle::app::person_box;
using mingle::app::ScreenBox;

namespace {
const sf::Vector2f kScreen{1280, 720};
const float kScale = 48.0f;
const ScreenBox kHud{10, 10, 330, 230};         // the HUD, top left (as at UI scale 1.5)
const ScreenBox kPanel{180, 420, 1100, 704};     // a conversation panel along the bottom
}  // namespace

TEST_CASE("a person under the HUD is moved clear of it, by the shortest way, keeping the player in view") {
  const sf::Vector2f camera{12, 8};
  const mingle::room::Vec2 player{12, 9}, target{0.8f, 1.4f};  // about 130 px by 110 px on screen
  REQUIRE(person_box(target, camera, kScale, kScreen, 1.0f).overlaps(kHud));
  const sf::Vector2f moved = keep_clear(camera, kScale, kScreen, 1.0f, {player, target}, {kHud});
  const ScreenBox t = person_box(target, moved, kScale, kScreen, 1.0f);
  const ScreenBox p = person_box(player, moved, kScale, kScreen, 1.0f);
  CHECK_FALSE(t.overlaps(kHud));
  CHECK(p.left >= 0);
  CHECK(p.right <= kScreen.x);
  CHECK(p.top >= 0);
  CHECK(p.bottom <= kScreen.y);
  // Moved only as far as needed: within a person's width of the HUD's edge.
  CHECK((t.left - kHud.right < 40 || t.top - kHud.bottom < 40));
}

TEST_CASE("a partner behind the conversation panel is lifted above it, not pushed under the HUD") {
  const sf::Vector2f camera{12, 8};
  const mingle::room::Vec2 player{11, 13}, partner{12, 13.2f};
  REQUIRE(person_box(partner, camera, kScale, kScreen, 1.0f).overlaps(kPanel));
  const sf::Vector2f moved = keep_clear(camera, kScale, kScreen, 1.0f, {player, partner}, {kHud, kPanel});
  for (auto who : {player, partner}) {
    const ScreenBox b = person_box(who, moved, kScale, kScreen, 1.0f);
    CHECK_FALSE(b.overlaps(kPanel));
    CHECK_FALSE(b.overlaps(kHud));
  }
}

TEST_CASE("nobody in the way: the camera stays where it was") {
  const sf::Vector2f camera{12, 8};
  const sf::Vector2f moved = keep_clear(camera, kScale, kScreen, 1.0f, {{12, 8}, {13, 8}}, {kHud, kPanel});
  CHECK(moved.x == camera.x);
  CHECK(moved.y == camera.y);
}

TEST_CASE("frame_camera: the player in the middle of the free area, the partner inside it, no void past the walls") {
  using mingle::app::frame_camera;
  const ScreenBox free{0, 60, 1280, 420};  // under a HUD bar, above a conversation panel
  const sf::Vector2f room{40, 30};
  const mingle::room::Vec2 player{20, 15}, partner{21, 17.5f};
  const sf::Vector2f cam = frame_camera(kScale, kScreen, 1.0f, {player, partner}, free, room, 1.0f);
  for (auto who : {player, partner}) {
    const ScreenBox b = person_box(who, cam, kScale, kScreen, 1.0f);
    CHECK(b.top >= free.top);
    CHECK(b.bottom <= free.bottom);
    CHECK(b.left >= free.left);
    CHECK(b.right <= free.right);
  }
  // Near a wall, the free area stops a metre past it.
  const sf::Vector2f corner = frame_camera(kScale, kScreen, 1.0f, {{1, 1}}, free, room, 1.0f);
  const float free_left_m = corner.x + (free.left - kScreen.x / 2) / kScale;
  const float free_top_m = corner.y + (free.top - kScreen.y / 2) / kScale;
  CHECK(free_left_m == doctest::Approx(-1.0f));
  CHECK(free_top_m == doctest::Approx(-1.0f));
  // A room smaller than the screen sits in its middle, the player still in the free area.
  const sf::Vector2f small = frame_camera(kScale, kScreen, 1.0f, {{3, 2}}, free, {8, 5}, 1.0f);
  CHECK(small.x == doctest::Approx(4.0f));
  CHECK(small.y == doctest::Approx(2.5f));
}

TEST_CASE("frame_camera: at the bottom wall, the player is lifted above the panel; the void shows only behind it") {
  using mingle::app::frame_camera;
  const ScreenBox free{0, 60, 1280, 420};
  const sf::Vector2f room{40, 30};
  const mingle::room::Vec2 player{20, 29.4f};
  const sf::Vector2f cam = frame_camera(kScale, kScreen, 1.0f, {player}, free, room, 1.0f);
  const ScreenBox b = person_box(player, cam, kScale, kScreen, 1.0f);
  CHECK(b.bottom <= free.bottom + 0.5f);
  // The free area's bottom is no more than the margin past the wall.
  CHECK(cam.y + (free.bottom - kScreen.y / 2) / kScale <= 31.0f + 1e-3f);
  // In the middle of the room the whole screen stays inside the walls.
  const sf::Vector2f mid = frame_camera(kScale, kScreen, 1.0f, {{20, 15}}, free, room, 1.0f);
  CHECK(mid.y + (kScreen.y / 2) / kScale <= 31.0f + 1e-3f);
}

TEST_CASE("frame_camera: a partner too far to frame with the player leaves the player framed") {
  using mingle::app::frame_camera;
  const ScreenBox free{0, 60, 1280, 420};
  const mingle::room::Vec2 player{20, 15}, far{20, 40};
  const sf::Vector2f cam = frame_camera(kScale, kScreen, 1.0f, {player, far}, free, {40, 60}, 1.0f);
  const ScreenBox b = person_box(player, cam, kScale, kScreen, 1.0f);
  CHECK(b.top >= free.top);
  CHECK(b.bottom <= free.bottom);
}

TEST_CASE("frame_camera: a player in a doorway past the wall stays inside the free area (a sliver past the wall shows)") {
  using mingle::app::frame_camera;
  const ScreenBox free{0, 60, 1280, 420};  // a large UI scale: the conversation panel takes the bottom half
  const sf::Vector2f room{40, 30};
  for (const mingle::room::Vec2 player : {mingle::room::Vec2{-1.4f, 15}, {41.4f, 15}, {20, -1.4f}, {20, 31.4f}}) {
    CAPTURE(player.x);
    CAPTURE(player.y);
    const mingle::room::Vec2 partner{std::clamp(player.x, 1.0f, 39.0f), std::clamp(player.y, 1.0f, 29.0f)};
    const sf::Vector2f cam = frame_camera(kScale, kScreen, 1.0f, {player, partner}, free, room, 1.0f);
    const ScreenBox b = person_box(player, cam, kScale, kScreen, 1.0f);
    CHECK(b.left >= free.left - 0.5f);
    CHECK(b.right <= free.right + 0.5f);
    CHECK(b.top >= free.top - 0.5f);
    CHECK(b.bottom <= free.bottom + 0.5f);
  }
}
