#include "core/sim/clock.h"

#include "fixture.h"

using namespace mingle;
using namespace mingle::sim;

TEST_CASE("the slot in force is the last one that has begun") {
  const Event e = fixture::reception();
  CHECK(slot_at(e, 17 * 60 + 30)->id == "arrivals");
  CHECK(slot_at(e, 18 * 60 + 14)->id == "arrivals");
  CHECK(slot_at(e, 18 * 60 + 15)->id == "toast");
  CHECK(slot_at(e, 17 * 60)->id == "arrivals");  // the first slot starts with the clock
  Event none;
  CHECK(slot_at(none, 0) == nullptr);
}

TEST_CASE("people are where their schedule puts them, and away in slots it leaves out") {
  const Event e = fixture::reception();
  CHECK(where(e, *e.person("sam"), 17 * 60 + 30) == std::optional<std::string>("stage"));
  CHECK(where(e, *e.person("sam"), 18 * 60 + 20) == std::optional<std::string>("bar"));
  CHECK_FALSE(where(e, *e.person("leo"), 17 * 60 + 30).has_value());
  CHECK(where(e, *e.person("leo"), 18 * 60 + 30) == std::optional<std::string>("bar"));
  Person nobody_scheduled;
  nobody_scheduled.id = "x";
  CHECK(where(e, nobody_scheduled, 17 * 60 + 30) == std::optional<std::string>(""));
}

TEST_CASE("who can talk: away, on stage, after the end") {
  const Event e = fixture::reception();
  CHECK(unavailable_reason(e, *e.person("priya"), 17 * 60 + 30).empty());
  CHECK(unavailable_reason(e, *e.person("leo"), 17 * 60 + 30).find("isn't in the room") != std::string::npos);
  CHECK(unavailable_reason(e, *e.person("sam"), 17 * 60 + 30).find("stage") != std::string::npos);
  CHECK(unavailable_reason(e, *e.person("sam"), 18 * 60 + 30).empty());
  CHECK(unavailable_reason(e, *e.person("priya"), 19 * 60) == "The event is over.");
}

TEST_CASE("clock text") {
  CHECK(clock_text(17 * 60 + 5) == "17:05");
  CHECK(clock_text(9 * 60) == "09:00");
}

TEST_CASE("waiting moves the clock, and the event ends when time is up") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  fixture::play(c, s, "wait 30");
  CHECK(s.clock == 18 * 60);
  CHECK(s.minutes_played == 30);
  auto r = fixture::play(c, s, "wait 60");
  CHECK(r.event_ended);
  CHECK(s.phase == Phase::FollowUp);
  CHECK(s.clock == 19 * 60);
  CHECK(fixture::refused(c, s, "talk priya").find("event is over") != std::string::npos);
}

TEST_CASE("a conversation in progress is cut short when the event's time runs out") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  fixture::play(c, s, "wait 87");
  fixture::play(c, s, "talk priya");
  auto r = fixture::play(c, s, "choose 1");
  CHECK(r.event_ended);
  CHECK_FALSE(s.conversation.has_value());
  CHECK(s.people["priya"].last_outcome == "cut-short");
}
