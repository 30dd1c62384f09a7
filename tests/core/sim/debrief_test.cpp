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

TEST_CASE("the moments: a refusal could have gone better, with what to try; a slip is never praised") {
  const Campaign c = test::load_fixture("play/scenarios/harbour");
  sim::RunState s = sim::start_run(c, 1);
  // Straight into your own problem (regard -1), then a coffee asked of someone who barely
  // knows you: she says no.
  play(c, s, {"talk priya", "choose 2", "choose 4", "end"});
  REQUIRE(s.asks.size() == 1);
  REQUIRE_FALSE(s.asks[0].accepted);
  const sim::DebriefView d = sim::debrief_view(c, s, 1);
  REQUIRE_FALSE(d.moments_better.empty());
  CHECK(d.moments_better.size() <= sim::kMomentsShown);
  const auto it = std::find_if(d.moments_better.begin(), d.moments_better.end(),
                               [](const sim::DebriefMoment& m) { return m.what == "Suggest a coffee next month."; });
  REQUIRE(it != d.moments_better.end());
  CHECK_FALSE(it->went_well);
  CHECK(it->person_name == "Priya Raman");
  CHECK(it->changed.find("Priya Raman said no to a coffee") != std::string::npos);
  CHECK(it->next_time.find("Warm things up first") == 0);
  // The need she held and was never asked about outweighs the refusal.
  CHECK(d.moments_better.front().what.find("You didn't find") == 0);
  // Ordered by how much each changed the evening.
  for (std::size_t i = 1; i < d.moments_better.size(); ++i) CHECK(d.moments_better[i - 1].weight >= d.moments_better[i].weight);
  for (const auto& m : d.moments_well) CHECK(m.what != "Tell her about your database problem straight away.");
}

TEST_CASE("the moments: what was found and a follow-up agreed went well; at most three of each") {
  const Campaign c = test::load_fixture("play/scenarios/harbour");
  sim::RunState s = sim::start_run(c, 1);
  play(c, s, {"talk priya", "choose 1", "choose 3", "choose 5", "end"});
  const sim::DebriefView d = sim::debrief_view(c, s, 1);
  REQUIRE_FALSE(d.moments_well.empty());
  CHECK(d.moments_well.size() <= sim::kMomentsShown);
  bool follow_up = false;
  for (const auto& m : d.moments_well) {
    CHECK(m.went_well);
    CHECK(m.clock.size() == 5);
    CHECK_FALSE(m.next_time.empty());
    follow_up = follow_up || m.changed.find("follow-up") != std::string::npos;
  }
  CHECK(follow_up);
}

TEST_CASE("the last event ends the season: no 'before the next event', advice for the next real conference") {
  const Campaign one = test::load_fixture("play/scenarios/harbour");  // one event: the last
  sim::RunState s = sim::start_run(one, 1);
  play(one, s, {"talk priya", "choose 1", "choose 3", "choose 5", "end"});
  const sim::DebriefView d = sim::debrief_view(one, s, 1);
  CHECK(d.last_event);
  CHECK(d.next_time_label == "At your next conference");
  bool promised = false;
  for (const auto& w : d.went_well) {
    CHECK(w.find("before the next event") == std::string::npos);
    promised = promised || w.find("follow-up") != std::string::npos;
  }
  CHECK(promised);
  for (const auto& t : d.to_try) CHECK(t.find("another event") == std::string::npos);

  const Campaign two = test::load_fixture("gui/fixtures/two-evenings");
  sim::RunState s2 = sim::start_run(two, 11);
  play(two, s2, {"end"});
  const sim::DebriefView first = sim::debrief_view(two, s2, 1);
  CHECK_FALSE(first.last_event);
  CHECK(first.next_time_label == "Next time");
}
