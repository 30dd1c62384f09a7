#include "app/sound/murmur.h"

#include <doctest/doctest.h>

#include <deque>

using mingle::Person;
using mingle::app::murmur_level;
using mingle::app::talking_count;
namespace sim = mingle::sim;

namespace {
// A room view with people standing in the given zones ("" for nowhere in particular).
struct Room {
  std::deque<Person> people;
  sim::RoomView view;
  void add(const std::string& id, const std::string& zone) {
    people.emplace_back();
    people.back().id = id;
    sim::PersonInRoom p;
    p.person = &people.back();
    p.zone = zone;
    view.people.push_back(p);
  }
};
}  // namespace

TEST_CASE("people sharing a zone are talking; someone alone is not, unless talking with you") {
  Room r;
  r.add("ana", "bar");
  r.add("ben", "bar");
  r.add("cleo", "bar");
  r.add("dev", "stage");  // alone on the stage
  r.add("eli", "");       // somewhere, in no zone
  r.add("fay", "");
  CHECK(talking_count(r.view, "") == 3);
  CHECK(talking_count(r.view, "dev") == 4);  // you are talking with Dev
  CHECK(talking_count(r.view, "ana") == 3);  // Ana is in the group already: counted once
  CHECK(talking_count(r.view, "someone-away") == 3);
  CHECK(talking_count(sim::RoomView{}, "") == 0);
}

TEST_CASE("the murmur is silent in an empty room and rises with each talker, levelling off") {
  CHECK(murmur_level(0, 0) == 0.0f);
  CHECK(murmur_level(5, 0) == 0.0f);  // nobody there: nobody to talk
  const float quiet = murmur_level(0, 6);
  CHECK(quiet > 0.0f);  // people there, nobody talking: a faint hum
  CHECK(quiet < 0.2f);
  float last = quiet;
  for (int talking = 1; talking <= 40; ++talking) {
    const float now = murmur_level(talking, 40);
    CHECK(now > last);
    CHECK(now <= 1.0f);
    last = now;
  }
  // A few talkers are clearly quieter than a busy room, and a packed hall is near full.
  CHECK(murmur_level(3, 40) < murmur_level(20, 40) - 0.2f);
  CHECK(murmur_level(40, 40) > 0.9f);
  // The count never exceeds who is there.
  CHECK(murmur_level(50, 4) == murmur_level(4, 4));
}
