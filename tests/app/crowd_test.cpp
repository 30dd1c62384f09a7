#include "app/crowd.h"

#include "core/room/geometry.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

using namespace mingle;


TEST_CASE("guests stand in their zone, clear of furniture and each other") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  const Event& e = c.steps[0].event;
  const sim::RunState run = sim::start_run(c, 1);
  app::Crowd crowd(e.room);
  crowd.sync(sim::room_view(c, run), e.people);
  crowd.settle();
  REQUIRE(crowd.guests().size() == 1);
  const app::Guest& dana = crowd.guests()[0];
  CHECK(dana.id == "dana");
  CHECK(dana.zone == "table");
  CHECK(room::distance(dana.pos, room::zone_centre(e.room, "table")) < 1.0f);
  CHECK(room::free_at(e.room, room::obstacles(e.room), {}, dana.pos, app::Crowd::kRadius));
  CHECK(crowd.nearest(dana.pos, 0.5f) == &crowd.guests()[0]);
  CHECK(crowd.nearest({0.5f, 7.5f}, 0.5f) == nullptr);
}

TEST_CASE("newcomers walk in from the door and reach their spot") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  const Event& e = c.steps[0].event;
  const sim::RunState run = sim::start_run(c, 1);
  app::Crowd crowd(e.room);
  crowd.sync(sim::room_view(c, run), e.people);
  const room::Vec2 start = crowd.guests()[0].pos;
  CHECK(start.y > 6.0f);  // just inside the door at the bottom wall
  for (int i = 0; i < 60 * 8; ++i) crowd.update(1.0f / 60.0f, {9.0f, 1.0f});
  const app::Guest& g = crowd.guests()[0];
  CHECK(room::distance(g.pos, g.target) < 0.05f);
}

TEST_CASE("the player's body is in a guest's way, and they walk around it") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  const Event& e = c.steps[0].event;
  const sim::RunState run = sim::start_run(c, 1);
  app::Crowd crowd(e.room);
  crowd.sync(sim::room_view(c, run), e.people);
  const room::Vec2 player{5.0f, 5.2f};  // between the door and the coffee table
  for (int i = 0; i < 60 * 15; ++i) {
    crowd.update(1.0f / 60.0f, player);
    CHECK(room::distance(crowd.guests()[0].pos, player) >= 2 * app::Crowd::kRadius - 0.01f);
  }
  CHECK(room::distance(crowd.guests()[0].pos, crowd.guests()[0].target) < 0.1f);
}
