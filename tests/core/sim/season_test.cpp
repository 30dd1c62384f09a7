// The season in review, each event's own scores, and "Next time, try" advice that follows what
// actually happened in the run.
#include "core/sim/season.h"

#include "core/sim/debrief.h"
#include "core/sim/relationship.h"
#include "core/sim/phrasing.h"
#include "fixture.h"

#include <algorithm>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {

bool any_contains(const std::vector<std::string>& lines, const std::string& part) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.find(part) != std::string::npos; });
}

// Event 1: find what you came for with Priya, promise her notes, keep the promise afterwards.
// Event 2: a quick hello and goodbye.
RunState a_season(const Campaign& c) {
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // ask about her work
  play(c, s, "choose 1");  // ask how she did it: the need
  play(c, s, "choose 3");  // offer your volunteer notes: a follow-up
  play(c, s, "choose 5");  // goodbye
  play(c, s, "end");
  play(c, s, "follow-up priya");
  play(c, s, "next");
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // say goodbye
  play(c, s, "end");
  play(c, s, "next");
  return s;
}

}  // namespace

TEST_CASE("each event's debrief has its own scores beside the running totals") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 1");
  play(c, s, "choose 5");
  play(c, s, "end");
  const DebriefView one = debrief_view(c, s, 1);
  CHECK(one.event_enjoyment == s.enjoyment);
  CHECK(one.event_value == s.value);
  CHECK(one.enjoyment == s.enjoyment);
  CHECK_FALSE(one.weeks_before);
  const int enjoyment_after_one = s.enjoyment, value_after_one = s.value;
  play(c, s, "invite priya coffee");  // the weeks after: a yes is enjoyment, counted on their own line
  const int weeks_enjoyment = s.enjoyment - enjoyment_after_one;
  CHECK(weeks_enjoyment != 0);
  const DebriefView again = debrief_view(c, s, 1);  // the evening's figures don't move afterwards
  CHECK(again.event_enjoyment == one.event_enjoyment);
  CHECK(again.enjoyment == one.enjoyment);
  play(c, s, "next");
  play(c, s, "talk marcus");
  play(c, s, "choose 1");  // chat: rapport and enjoyment +1
  play(c, s, "choose 2");
  play(c, s, "end");
  const DebriefView two = debrief_view(c, s, 2);
  CHECK(two.weeks_before);
  CHECK(two.weeks_before_title == "the weeks after The Welcome Reception");
  CHECK(two.weeks_enjoyment == weeks_enjoyment);
  CHECK(two.event_enjoyment == 1);
  CHECK(two.event_value == 0);
  // The last debrief's total + the weeks between + this evening = this total.
  CHECK(two.enjoyment == one.enjoyment + two.weeks_enjoyment + two.event_enjoyment);
  CHECK(two.value == value_after_one);
}

TEST_CASE("every debrief has something to try next time, drawn from the run") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  s.people["dana"].introduced = true;
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 5");
  play(c, s, "talk dana");
  play(c, s, "choose 1");
  play(c, s, "choose 2");

  SUBCASE("two people who needed each other, both spoken to, are named") {
    play(c, s, "end");
    const DebriefView d = debrief_view(c, s, 1);
    CHECK(any_contains(d.to_try, "Dana Okafor wants to know how she moved 9,000 members"));
    CHECK(any_contains(d.to_try, "introduce them"));
  }
  SUBCASE("but not once you have introduced them") {
    play(c, s, "introduce priya dana");
    play(c, s, "end");
    const DebriefView d = debrief_view(c, s, 1);
    CHECK_FALSE(any_contains(d.to_try, "introduce them"));
    CHECK_FALSE(d.to_try.empty());
  }
}

TEST_CASE("advice about the next rung follows where the relationship stands") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2
  play(c, s, "choose 2");  // cycling: rapport 5
  play(c, s, "choose 5");
  Relationship& rel = s.people["priya"];

  SUBCASE("a warm acquaintance: a coffee") {
    play(c, s, "end");
    CHECK(any_contains(debrief_view(c, s, 1).to_try, "Suggest a coffee after the event"));
  }
  SUBCASE("lunch mates: something personal") {
    reach_rung(rel, Rung::LunchMate, 1, s.clock, "test");
    play(c, s, "end");
    const auto d = debrief_view(c, s, 1);
    CHECK(any_contains(d.to_try, "are lunch mates"));
    CHECK_FALSE(any_contains(d.to_try, "Suggest a coffee after the event"));
  }
  SUBCASE("friends already: no invitation advice at all") {
    reach_rung(rel, Rung::Friend, 1, s.clock, "test");
    play(c, s, "end");
    const auto d = debrief_view(c, s, 1);
    CHECK_FALSE(any_contains(d.to_try, "lunch mates"));
    CHECK_FALSE(any_contains(d.to_try, "coffee"));
    CHECK_FALSE(d.to_try.empty());
  }
}

TEST_CASE("a list names each person once") {
  CHECK(join_and({"Wendell", "Grace", "Wendell"}) == "Wendell and Grace");
  CHECK(join_and({"Ann", "Bo", "Cy", "Bo"}) == "Ann, Bo and Cy");
  CHECK(join_and({"Ann"}) == "Ann");
}

TEST_CASE("the season in review: scores by event, each path, the ideas, what was found, three things") {
  const Campaign c = fixture::campaign();
  const RunState s = a_season(c);
  REQUIRE(s.phase == Phase::Finished);
  const SeasonReview r = season_review(c, s);
  CHECK(r.complete);
  CHECK(r.title == "A Test Season");
  REQUIRE(r.events.size() == 2);
  CHECK(r.events[0].title == "The Welcome Reception");
  // The weeks after have their own line: the kept follow-up is worth 3 there, not in the evening.
  CHECK(r.events[0].score.value == 10);
  CHECK(r.events[0].score.after_value == 3);
  CHECK(r.events[0].score.after_value_total == r.events[0].score.value_total + 3);
  CHECK(r.events[1].score.value == 0);
  CHECK(r.events[1].score.value_total == r.events[0].score.after_value_total);
  CHECK(r.events[0].score.enjoyment + r.events[0].score.after_enjoyment + r.events[1].score.enjoyment +
            r.events[1].score.after_enjoyment ==
        s.enjoyment);
  CHECK(r.events[1].score.after_value_total == s.value);
  // The evening's figures are the ones its debrief showed when it ended.
  CHECK(debrief_view(c, s, 1).event_value == r.events[0].score.value);
  CHECK(debrief_view(c, s, 2).weeks_value == 3);

  // Priya, and Marcus, whom the player knew from the start.
  REQUIRE(r.people.size() == 2);
  CHECK(r.people[0].name == "Priya Raman");
  CHECK(r.people[0].by_event == std::vector<Rung>{Rung::Purposeful, Rung::Purposeful});
  CHECK(r.people[0].path == "Acquaintance (event 1) \u2192 Follow-up partner (event 1)");
  CHECK(r.people[1].name == "Marcus Webb");
  CHECK(r.people[1].path == "Acquaintance (event 1)");

  REQUIRE(r.ideas.size() == 8);
  const auto& purposeful = *std::find_if(r.ideas.begin(), r.ideas.end(),
                                         [](const SeasonIdea& i) { return i.idea == Idea::PurposefulOutcome; });
  CHECK(purposeful.events == std::vector<int>{1});
  CHECK(purposeful.where == "At The Welcome Reception.");
  const auto& organic = *std::find_if(r.ideas.begin(), r.ideas.end(),
                                      [](const SeasonIdea& i) { return i.idea == Idea::OrganicOutcome; });
  CHECK(organic.events.empty());
  CHECK(organic.where.find("Not this season.") == 0);

  REQUIRE(r.found.size() == 1);
  CHECK(r.found[0] == "How she moved 9,000 members, from Priya Raman (The Welcome Reception)");

  // Three things, from what this run left undone: no invitation, no introduction, a flat evening.
  REQUIRE(r.take_away.size() == 3);
  CHECK(r.take_away[0].find("social risk") != std::string::npos);
  CHECK(r.take_away[1].find("Introduce two members") != std::string::npos);
  CHECK(r.take_away[2].find("The Spring Workshop") != std::string::npos);
}

TEST_CASE("a season cut short reviews the events that ended") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(season_review(c, s).events.empty());
  play(c, s, "end");
  const SeasonReview r = season_review(c, s);
  CHECK_FALSE(r.complete);
  CHECK(r.events_played == 1);
  CHECK(r.take_away.size() == 3);
}

TEST_CASE("what someone had reads as a sentence, whatever the label's shape") {
  CHECK(had_phrase("Gunnar", "how a board treasurer reads membership numbers") ==
        "Gunnar knew how a board treasurer reads membership numbers");
  CHECK(had_phrase("Siobhan", "her colour-coded renewal calendar") == "Siobhan had her colour-coded renewal calendar");
}

TEST_CASE("a need reads with a verb that fits its label") {
  CHECK(needs_phrase("Noor Haddad", "how to survive speaking on a panel") ==
        "Noor Haddad wants to know how to survive speaking on a panel");
  CHECK(needs_phrase("Hana Sato", "a fair comparison of registration systems") ==
        "Hana Sato needs a fair comparison of registration systems");
}

TEST_CASE("labels read as noun phrases mid-sentence; names keep their capital") {
  Campaign c = fixture::campaign();
  CHECK(mid_sentence(c, "How to move the member database") == "how to move the member database");
  CHECK(mid_sentence(c, "Priya's migration notes") == "Priya's migration notes");
  CHECK(mid_sentence(c, "CRM tips") == "CRM tips");
  CHECK(mid_sentence(c, "already lower") == "already lower");
  const Person& dana = c.steps[0].event.people[2];
  REQUIRE(dana.id == "dana");
  // Dana's own label for her need, when she has one, so a pronoun in it points at her.
  CHECK(need_phrase(c, dana, "database-migration-know-how") == "how she moved 9,000 members");
  c.steps[0].event.people[2].needs[0].label = "A way off her spreadsheets";
  CHECK(need_phrase(c, c.steps[0].event.people[2], "database-migration-know-how") == "a way off her spreadsheets");
}
