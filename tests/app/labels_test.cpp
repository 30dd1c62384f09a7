// The room's words on screen (app/layout/labels.h): badges never cover one another, a reserved
// box or a figure nobody may cover; they fold before they vanish; the reaction takes a free lane.
#include "app/layout/labels.h"

#include <doctest/doctest.h>

#include <algorithm>

using mingle::app::BadgeAsk;
using mingle::app::BadgePlace;
using mingle::app::free_area;
using mingle::app::place_badges;
using mingle::app::place_rising;
using mingle::app::place_risings;
using mingle::app::RisingAsk;
using mingle::app::ScreenBox;

namespace {
const ScreenBox kScreen{0, 0, 1280, 720};

BadgeAsk ask(float x, float head, bool folded = false) {
  BadgeAsk a;
  a.x = x;
  a.above_y = head;
  a.below_y = head + 60;
  a.full_w = 150, a.full_h = 40;
  a.short_w = 70, a.short_h = 22;
  a.folded = folded;
  return a;
}

bool any_overlap(const std::vector<BadgePlace>& p) {
  for (std::size_t i = 0; i < p.size(); ++i)
    for (std::size_t j = i + 1; j < p.size(); ++j)
      if (p[i].shown && p[j].shown && p[i].box.overlaps(p[j].box)) return true;
  return false;
}
}  // namespace

TEST_CASE("a lone badge sits straight above the head, in full") {
  const auto p = place_badges({ask(600, 300)}, {}, {}, kScreen);
  REQUIRE(p.size() == 1);
  CHECK(p[0].shown);
  CHECK_FALSE(p[0].folded);
  CHECK_FALSE(p[0].lifted);
  CHECK(p[0].box.bottom <= 300);
  CHECK(p[0].box.left == doctest::Approx(525));
}

TEST_CASE("a group of five standing close: no badge covers another; the crowded ones fold first") {
  std::vector<BadgeAsk> asks;
  for (int i = 0; i < 5; ++i) asks.push_back(ask(560.0f + 30.0f * static_cast<float>(i), 300, i > 0));
  // (the first is the target, expanded)
  const auto p = place_badges(asks, {}, {}, kScreen);
  CHECK_FALSE(any_overlap(p));
  CHECK(p[0].shown);
  CHECK_FALSE(p[0].folded);
  for (std::size_t i = 1; i < p.size(); ++i)
    if (p[i].shown) CHECK(p[i].folded);
}

TEST_CASE("a badge with no room in full folds to its first name before it is left out") {
  // Walls of reserved boxes leave a gap 100 px wide above the head: the short form (70) fits.
  const std::vector<ScreenBox> reserved{{0, 0, 550, 720}, {650, 0, 1280, 720}};
  const auto p = place_badges({ask(600, 300)}, reserved, {}, kScreen);
  REQUIRE(p[0].shown);
  CHECK(p[0].folded);
  CHECK(p[0].box.left >= 550);
  CHECK(p[0].box.right <= 650);
  // Narrower still: not even the first name fits, and it is left out.
  const auto q = place_badges({ask(600, 300)}, {{0, 0, 580, 720}, {620, 0, 1280, 720}}, {}, kScreen);
  CHECK_FALSE(q[0].shown);
}

TEST_CASE("no badge covers the player's figure; the player's own hangs below it") {
  const ScreenBox player{580, 300, 620, 370};
  BadgeAsk mine = ask(600, 300);
  mine.hang_below = true;
  mine.below_y = 370;
  // Someone standing just below the player: their badge would sit on the player's body.
  const BadgeAsk other = ask(600, 360);
  const auto p = place_badges({mine, other}, {}, {player}, kScreen);
  CHECK(p[0].shown);
  CHECK(p[0].below);
  CHECK(p[0].box.top >= 370);
  CHECK_FALSE(p[0].box.overlaps(player));
  if (p[1].shown) CHECK_FALSE(p[1].box.overlaps(player));
  CHECK_FALSE(any_overlap(p));
}

TEST_CASE("badges keep out of the reserved boxes and off the screen's edges") {
  const ScreenBox hud{0, 0, 1280, 60}, prompt{0, 640, 1280, 720};
  const auto p = place_badges({ask(600, 70), ask(10, 400), ask(1275, 400), ask(600, 700)}, {hud, prompt}, {}, kScreen);
  for (const auto& b : p) {
    if (!b.shown) continue;
    CHECK_FALSE(b.box.overlaps(hud));
    CHECK_FALSE(b.box.overlaps(prompt));
    CHECK(b.box.left >= 0);
    CHECK(b.box.right <= 1280);
  }
  CHECK(p[0].shown);  // pushed below the head, not into the HUD
  CHECK(p[0].below);
}

TEST_CASE("the reaction rises in a lane clear of badges, beside them when above is taken") {
  const ScreenBox card{500, 300, 650, 340};
  // Nothing above: it rises straight up from the card, higher as it ages.
  auto a = place_rising(120, 20, card, 60, 0.0f, {}, kScreen);
  auto b = place_rising(120, 20, card, 60, 1.0f, {}, kScreen);
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->bottom <= card.top);
  CHECK(b->top == doctest::Approx(a->top - 60));
  // Another badge just above: the lane beside the card, clear of it for the whole rise.
  const ScreenBox above{480, 220, 680, 290};
  auto c = place_rising(120, 20, card, 60, 0.5f, {above, card}, kScreen);
  REQUIRE(c);
  CHECK_FALSE(c->overlaps(above));
  CHECK_FALSE(c->overlaps(card));
  // Boxed in on every side: no lane, nothing drawn.
  CHECK_FALSE(place_rising(120, 20, card, 60, 0.5f, {{0, 0, 1280, 299}, {0, 0, 499, 720}, {651, 0, 1280, 720}},
                           kScreen));
}

namespace {
// The box a rising text sweeps over its whole rise, from where it stands at two ages.
ScreenBox swept(const ScreenBox& start, const ScreenBox& end) {
  return {std::min(start.left, end.left), std::min(start.top, end.top), std::max(start.right, end.right),
          std::max(start.bottom, end.bottom)};
}
}  // namespace

TEST_CASE("two reactions at once each take their own lane, clear of each other for their whole rise") {
  // Two people side by side answer the same choice: their words are wider than their badges,
  // so the lanes straight above them would cross; the second takes another lane.
  const ScreenBox left_card{500, 300, 640, 340}, right_card{660, 300, 800, 340};
  const std::vector<ScreenBox> taken{left_card, right_card};
  for (const float older : {0.0f, 0.3f, 0.9f})
    for (const float newer : {0.0f, 0.5f, 1.0f}) {
      CAPTURE(older);
      CAPTURE(newer);
      const std::vector<RisingAsk> asks{{200, 22, left_card, 60, older}, {200, 22, right_card, 60, newer}};
      const auto at = place_risings(asks, taken, kScreen);
      REQUIRE(at.size() == 2);
      REQUIRE(at[0]);
      REQUIRE(at[1]);
      CHECK_FALSE(at[0]->overlaps(*at[1]));
      for (const auto& a : at)
        for (const ScreenBox& t : taken) CHECK_FALSE(a->overlaps(t));
    }
  // Not just now: the lanes they rise in never cross, whatever their ages.
  const auto start = place_risings({{200, 22, left_card, 60, 0}, {200, 22, right_card, 60, 0}}, taken, kScreen);
  const auto end = place_risings({{200, 22, left_card, 60, 1}, {200, 22, right_card, 60, 1}}, taken, kScreen);
  REQUIRE(start[0]);
  REQUIRE(start[1]);
  REQUIRE(end[0]);
  REQUIRE(end[1]);
  CHECK_FALSE(swept(*start[0], *end[0]).overlaps(swept(*start[1], *end[1])));
  // The first keeps the lane it would have alone: a second one never pushes it about.
  const auto alone = place_rising(200, 22, left_card, 60, 0.5f, taken, kScreen);
  const auto both = place_risings({{200, 22, left_card, 60, 0.5f}, {200, 22, right_card, 60, 0.5f}}, taken, kScreen);
  REQUIRE(alone);
  CHECK(both[0]->left == alone->left);
  CHECK(both[0]->top == alone->top);
}

TEST_CASE("reactions from one person, one after another, stack into different lanes or are left out") {
  const ScreenBox card{560, 400, 720, 440};
  std::vector<RisingAsk> asks;
  for (int i = 0; i < 5; ++i) asks.push_back({140, 22, card, 60, 0.2f * static_cast<float>(i)});
  const auto at = place_risings(asks, {card}, kScreen);
  REQUIRE(at.size() == 5);
  std::vector<ScreenBox> shown;
  for (const auto& a : at)
    if (a) shown.push_back(*a);
  CHECK(shown.size() >= 3);  // above, right and left of the card
  for (std::size_t i = 0; i < shown.size(); ++i) {
    CHECK_FALSE(shown[i].overlaps(card));
    for (std::size_t j = i + 1; j < shown.size(); ++j) CHECK_FALSE(shown[i].overlaps(shown[j]));
  }
  // Boxed in: none is drawn, rather than one over another.
  const auto none = place_risings(asks, {{0, 0, 1280, 399}, {0, 0, 559, 720}, {721, 0, 1280, 720}, card}, kScreen);
  for (const auto& a : none) CHECK_FALSE(a);
}

TEST_CASE("a panel filling most of the window leaves the strip above it free, not a sliver beside it") {
  // A talk at UI scale 1.5 in 1280x720: the panel runs from under a narrow strip to the bottom,
  // nearly the window's width (its middle is the window's middle).
  const ScreenBox f = free_area(kScreen, {{20, 110, 1260, 700}});
  CHECK(f.top == 0);
  CHECK(f.bottom == 110);
  CHECK(f.left == 0);
  CHECK(f.right == 1280);
}

TEST_CASE("the free area is the screen less the bands the HUD, the prompt and a docked panel take") {
  const ScreenBox f = free_area(kScreen, {{10, 10, 400, 70}, {300, 650, 900, 700}, {900, 0, 1280, 720}});
  CHECK(f.top == 70);
  CHECK(f.bottom == 650);
  CHECK(f.left == 0);
  CHECK(f.right == 900);
  const ScreenBox none = free_area(kScreen, {});
  CHECK(none.right == 1280);
  CHECK(none.bottom == 720);
}
