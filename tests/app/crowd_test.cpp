#include "app/layout/crowd.h"

#include "core/room/geometry.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

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

// [SECTION] Placing a big crowd (issue 15) ----------------------------------------------------

namespace {

// A 60 x 40 m hall: a crowded bar with a counter, a stage with a lectern, a small coffee point,
// a lounge with sofas, and the free floor between.
Room big_hall() {
  Room r;
  r.width = 60;
  r.height = 40;
  auto zone = [](const char* id, float x, float y, float w, float h) {
    Zone z;
    z.id = id;
    z.label = id;
    z.area = {x, y, w, h};
    return z;
  };
  r.zones = {zone("bar", 4, 4, 14, 8), zone("stage", 40, 4, 12, 7), zone("coffee", 24, 22, 6, 4),
             zone("lounge", 6, 26, 12, 9)};
  auto piece = [](float x, float y, float w, float h) {
    Furniture f;
    f.area = {x, y, w, h};
    return f;
  };
  // A counter along the bar, a lectern, a tall table in the bar, two sofas, a plant by the wall.
  r.furniture = {piece(4.5f, 4.3f, 13, 0.8f), piece(45.7f, 4.4f, 0.6f, 0.6f), piece(9, 8, 0.8f, 0.8f),
                 piece(6.5f, 27, 2, 0.9f), piece(14, 33, 2, 0.9f), piece(30, 0.2f, 1, 1)};
  Entrance door;
  door.id = "door";
  door.x = 30;
  door.y = 40;
  r.entrances = {door};
  return r;
}

// `n` people: most in zones (the bar gets the most), every seventh with no zone at all.
std::vector<std::string> zones_for(int n) {
  static const char* kZones[] = {"bar", "bar", "bar", "stage", "lounge", "bar", "coffee"};
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(i % 7 == 6 && i % 2 ? "" : kZones[i % 7]);
  return out;
}

bool inside_furniture(const Room& room, room::Vec2 p, float r) {
  return !room::free_at(room, room::obstacles(room), {}, p, r);
}

// `n` people in the room, in the zones zones_for(n) gives: a view built by hand (the core's
// room_view makes the same shape). Not copyable: the view points into the people.
struct Gathering {
  std::vector<Person> people;
  sim::RoomView view;
  explicit Gathering(int n) : people(static_cast<std::size_t>(n)) {
    const auto zones = zones_for(n);
    for (std::size_t i = 0; i < people.size(); ++i) {
      people[i].id = "p" + std::to_string(i);
      sim::PersonInRoom p;
      p.person = &people[i];
      p.zone = zones[i];
      view.people.push_back(p);
    }
  }
  Gathering(const Gathering&) = delete;
  Gathering& operator=(const Gathering&) = delete;
  // A crowd of them in `room` (which must outlive it), standing at their places.
  app::Crowd settled(const Room& room) const {
    app::Crowd crowd(room);
    crowd.sync(view, people);
    crowd.settle();
    return crowd;
  }
};

}  // namespace

TEST_CASE("a big crowd stands in groups spread over its zones, clear of furniture and each other") {
  const Room room = big_hall();
  const auto zones = zones_for(300);
  const auto spots = app::place_crowd(room, room::obstacles(room), zones, app::Crowd::kRadius);
  REQUIRE(spots.size() == zones.size());
  for (std::size_t i = 0; i < spots.size(); ++i) {
    INFO("person " << i << " at " << spots[i].at.x << "," << spots[i].at.y);
    CHECK_FALSE(inside_furniture(room, spots[i].at, app::Crowd::kRadius));  // also: inside the walls
    for (std::size_t j = 0; j < i; ++j)
      CHECK(room::distance(spots[i].at, spots[j].at) >= 2 * app::Crowd::kRadius);
  }
  // The crowded bar holds several groups, and groups of different people do not share a ring.
  std::map<int, int> bar_groups;
  for (std::size_t i = 0; i < spots.size(); ++i)
    if (zones[i] == "bar") ++bar_groups[spots[i].group];
  CHECK(bar_groups.size() >= 5);
  for (const auto& [group, size] : bar_groups) CHECK(size <= 6);
  // Groups are spread: no two groups' centres coincide.
  std::map<int, room::Vec2> centres;
  for (const auto& s : spots) centres[s.group] = s.centre;
  for (auto a = centres.begin(); a != centres.end(); ++a)
    for (auto b = std::next(a); b != centres.end(); ++b) CHECK(room::distance(a->second, b->second) > 1.0f);
  // A small zone's people stand around its middle; those with no zone stand on the free floor,
  // not all in one place.
  float min_x = 1e9f, max_x = -1e9f;
  for (std::size_t i = 0; i < spots.size(); ++i) {
    if (zones[i] == "coffee") CHECK(room::distance(spots[i].at, room::zone_centre(room, "coffee")) < 8.0f);
    if (zones[i].empty()) {
      min_x = std::min(min_x, spots[i].at.x);
      max_x = std::max(max_x, spots[i].at.x);
    }
  }
  CHECK(max_x - min_x > 20.0f);
}

TEST_CASE("the same people in the same room always stand in the same places") {
  const Room room = big_hall();
  const auto zones = zones_for(500);
  const auto a = app::place_crowd(room, room::obstacles(room), zones, app::Crowd::kRadius);
  const auto b = app::place_crowd(room, room::obstacles(room), zones, app::Crowd::kRadius);
  REQUIRE(a.size() == b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].at.x == b[i].at.x);
    CHECK(a[i].at.y == b[i].at.y);
    CHECK(a[i].group == b[i].group);
  }
}

TEST_CASE("a room too full for rings still puts everyone inside it, off the furniture") {
  Room room = big_hall();
  room.width = 20;  // the bar and the lounge only, for 400 people: no room for rings
  room.zones.resize(1);
  room.furniture.resize(1);
  const auto spots = app::place_crowd(room, room::obstacles(room), std::vector<std::string>(400, "bar"),
                                      app::Crowd::kRadius);
  REQUIRE(spots.size() == 400);
  for (const auto& s : spots) CHECK_FALSE(inside_furniture(room, s.at, app::Crowd::kRadius));
}

TEST_CASE("a generated crowd settles where it was placed, and walks without passing through anyone") {
  const Room room = big_hall();
  Gathering here(200);  // 200 people in the room
  auto& people = here.people;
  auto& view = here.view;
  app::Crowd crowd = here.settled(room);
  REQUIRE(crowd.guests().size() == 200);
  const auto spots = app::place_crowd(room, room::obstacles(room), zones_for(200), app::Crowd::kRadius);
  for (std::size_t i = 0; i < spots.size(); ++i) {
    const app::Guest* g = crowd.find(people[i].id);
    REQUIRE(g != nullptr);
    CHECK(g->pos.x == spots[i].at.x);
    CHECK(g->pos.y == spots[i].at.y);
  }
  // Everyone moves on a zone (the next slot): the bar's people go to the lounge and so on.
  for (auto& p : view.people)
    p.zone = p.zone == "bar" ? "lounge" : p.zone == "lounge" ? "stage" : p.zone == "stage" ? "bar" : p.zone;
  crowd.sync(view, people);
  // The player stands somewhere nobody stands or is going.
  room::Vec2 player{-1, -1};
  for (float y = 1; y < room.height - 1 && player.x < 0; y += 0.5f)
    for (float x = 1; x < room.width - 1 && player.x < 0; x += 0.5f) {
      bool clear = !inside_furniture(room, {x, y}, app::Crowd::kRadius);
      for (const auto& g : crowd.guests())
        clear = clear && room::distance(g.pos, {x, y}) > 1.5f && room::distance(g.target, {x, y}) > 1.5f;
      if (clear) player = {x, y};
    }
  REQUIRE(player.x > 0);
  for (int step = 0; step < 30 * 60; ++step) {
    crowd.update(app::Crowd::kStep, player);
    for (const auto& g : crowd.guests()) {
      CHECK_FALSE(inside_furniture(room, g.pos, app::Crowd::kRadius * 0.9f));
      CHECK(room::distance(g.pos, player) >= 2 * app::Crowd::kRadius - 0.01f);
    }
  }
  int arrived = 0;
  for (const auto& g : crowd.guests()) arrived += room::distance(g.pos, g.target) < 0.1f;
  CHECK(arrived == 200);  // round the sofas and the counter, and through the jams, within a minute
}

TEST_CASE("an unchanged room after a command moves nobody") {
  const Room room = big_hall();
  Gathering here(50);
  app::Crowd crowd = here.settled(room);
  std::vector<room::Vec2> before;
  for (const auto& g : crowd.guests()) before.push_back(g.target);
  crowd.sync(here.view, here.people);
  for (std::size_t i = 0; i < before.size(); ++i) {
    CHECK(crowd.guests()[i].target.x == before[i].x);
    CHECK(crowd.guests()[i].target.y == before[i].y);
  }
}

TEST_CASE("a walk is planned round the people near its two ends, not the whole hall") {
  const Room room = big_hall();
  Gathering here(300);
  app::Crowd crowd = here.settled(room);
  const room::Vec2 from{30, 39}, to = room::zone_centre(room, "stage");
  const auto near = app::walk_bodies(crowd, from, to);
  CHECK(near.size() < crowd.guests().size());
  std::size_t expected = 0;
  for (const auto& g : crowd.guests()) {
    const bool close = room::distance(g.pos, from) <= 6.0f || room::distance(g.pos, to) <= 4.0f;
    expected += close;
  }
  CHECK(near.size() == expected);
  CHECK(expected > 0);  // the stage's own people are round the end of the walk
}
