#include "core/sim/debrief.h"

#include "core/scenario/loader.h"
#include "core/sim/commands.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mingle;

namespace {
void play(const Campaign& c, sim::RunState& s, std::initializer_list<const char*> lines) {
  for (const char* line : lines) {
    std::string error;
    auto cmd = sim::parse_command(line, error);
    REQUIRE_MESSAGE(cmd, error);
    REQUIRE_MESSAGE(sim::apply(c, s, *cmd).ok, line);
  }
}
const sim::IdeaLine& idea(const sim::DebriefView& d, sim::Idea i) {
  auto it = std::find_if(d.ideas.begin(), d.ideas.end(), [i](const sim::IdeaLine& l) { return l.idea == i; });
  REQUIRE(it != d.ideas.end());
  return *it;
}
}  // namespace

TEST_CASE("a good evening: praise first, the need found, the ideas it exercised") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  sim::RunState s = sim::start_run(c, 5);
  play(c, s, {"talk dana", "choose 1", "choose 1", "end"});
  const sim::DebriefView d = sim::debrief_view(c, s, 1);
  CHECK(d.title == "A Quiet Drinks Hour");
  REQUIRE_FALSE(d.went_well.empty());
  CHECK(d.went_well[0].find("You found what you came for") == 0);
  REQUIRE(d.found.size() == 1);
  CHECK(d.found[0].find("Dana Okafor") != std::string::npos);
  CHECK(d.choices.size() == 2);
  CHECK(d.choices[0].coach.find("opens the door") != std::string::npos);
  REQUIRE(d.people.size() == 1);
  CHECK(d.people[0].rung == Rung::Acquaintance);
  CHECK(d.people[0].spoke_this_event);
  CHECK(idea(d, sim::Idea::RoomIsAMystery).exercised);
  CHECK(idea(d, sim::Idea::KindsOfValue).exercised);
  CHECK(idea(d, sim::Idea::KindsOfValue).evidence.find("a solution") != std::string::npos);
  CHECK(idea(d, sim::Idea::EnjoymentCounts).exercised);
  CHECK(idea(d, sim::Idea::NaturalOutcome).exercised);
  CHECK_FALSE(idea(d, sim::Idea::OrganicOutcome).exercised);
  CHECK_FALSE(idea(d, sim::Idea::ConnectingPeople).exercised);
  CHECK(d.ideas.size() == 8);
  CHECK(d.enjoyment == s.enjoyment);
  CHECK(d.enjoyment_curve.size() >= 2);
}

TEST_CASE("an evening of nothing: kind suggestions, no praise invented") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  sim::RunState s = sim::start_run(c, 5);
  play(c, s, {"end"});
  const sim::DebriefView d = sim::debrief_view(c, s, 1);
  CHECK(d.went_well.empty());
  REQUIRE_FALSE(d.to_try.empty());
  CHECK(d.to_try[0].find("didn't find") != std::string::npos);
  CHECK(std::any_of(d.to_try.begin(), d.to_try.end(),
                    [](const std::string& t) { return t.find("Dana Okafor had") == 0; }));
  CHECK_FALSE(idea(d, sim::Idea::RoomIsAMystery).exercised);
  CHECK_FALSE(idea(d, sim::Idea::LowRiskRoom).exercised);
  CHECK(d.people[0].rung == Rung::Stranger);
}

TEST_CASE("an event number out of range gives an empty debrief") {
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  sim::RunState s = sim::start_run(c, 5);
  CHECK(sim::debrief_view(c, s, 0).title.empty());
  CHECK(sim::debrief_view(c, s, 9).ideas.empty());
}
