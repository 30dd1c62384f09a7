#include "app/layout/camera.h"

#include <doctest/doctest.h>

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
