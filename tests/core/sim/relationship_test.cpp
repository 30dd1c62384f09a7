#include "core/sim/relationship.h"

#include "core/sim/views.h"
#include "fixture.h"

using namespace mingle;
using namespace mingle::sim;
using fixture::play;
using fixture::refused;

namespace {
int factor(const AskAssessment& a, const std::string& prefix) {
  for (const auto& f : a.factors)
    if (f.name.rfind(prefix, 0) == 0) return f.points;
  return 0;
}
}  // namespace

TEST_CASE("thresholds rise with the rung") {
  CHECK(ask_threshold(AskKind::FollowUp) < ask_threshold(AskKind::Coffee));
  CHECK(ask_threshold(AskKind::Coffee) < ask_threshold(AskKind::Lunch));
  CHECK(ask_threshold(AskKind::Lunch) == ask_threshold(AskKind::Drinks));
  CHECK(ask_threshold(AskKind::Lunch) < ask_threshold(AskKind::Personal));
  CHECK(rung_for(AskKind::Drinks) == Rung::LunchMate);
  CHECK(rung_for(AskKind::Personal) == Rung::Friend);
}

TEST_CASE("an ask weighs rapport, regard, traits, memories, familiarity and the moment") {
  Person p = fixture::person("p", "P", {Trait::Warm, Trait::Busy});
  Relationship rel;
  rel.rapport = 3;
  rel.regard = 2;
  rel.familiarity = 1;
  rel.rungs.push_back(RungStep{Rung::Acquaintance, 1, 0, ""});
  rel.memory = {{"asked-about-her-work", 1}, {"promise-not-kept", 1}};
  auto a = assess_ask(p, rel, AskKind::Coffee, 2, 60);
  CHECK(factor(a, "rapport") == 6);  // rapport counts double for a personal ask
  CHECK(factor(a, "regard") == 2);
  CHECK(factor(a, "they are warm") == 2);
  CHECK(factor(a, "they are busy") == -2);
  CHECK(factor(a, "what they remember") == 1 - 3);
  CHECK(factor(a, "time you have spent") == 1);
  CHECK(a.total == 6 + 2 + 2 - 2 - 2 + 1);
  CHECK(a.threshold == 4);
  auto f = assess_ask(p, rel, AskKind::FollowUp, 2, 60);
  CHECK(factor(f, "rapport") == 3);
  CHECK(factor(f, "regard") == 4);  // regard counts double for a professional one
  // Late in the event, after an awkward ask, and jumping rungs: each costs.
  rel.awkward_event = 2;
  auto late = assess_ask(p, rel, AskKind::Personal, 2, 5);
  CHECK(factor(late, "an earlier ask") == -3);
  CHECK(factor(late, "the event is nearly over") == -2);
  CHECK(factor(late, "it's a big step") == -6);  // acquaintance to friend skips two rungs
}

TEST_CASE("an accepted ask in the room is met in the follow-up phase: coffee mate") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2, regard 2
  play(c, s, "choose 2");  // cycling: rapport 5
  auto r = play(c, s, "choose 4");  // ask for coffee: 10 + 2 + 2 = 14, well above 4 + 3
  REQUIRE(s.asks.size() == 1);
  CHECK(s.asks[0].accepted);
  CHECK(s.conversation->node == "her-work");
  CHECK(s.people["priya"].planned == std::vector<AskKind>{AskKind::Coffee});
  CHECK(s.people["priya"].rung() == Rung::Acquaintance);  // not yet: it happens afterwards
  play(c, s, "end");
  CHECK(s.people["priya"].rung() == Rung::CoffeeMate);
  CHECK(s.people["priya"].rungs.back().how.find("coffee") != std::string::npos);
  CHECK(s.people["priya"].planned.empty());
}

TEST_CASE("a refused ask costs rapport, is remembered, is awkward for the event and has a cooldown") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // the pitch: regard -1, remembered
  s.people["priya"].rapport = -5;
  auto r = play(c, s, "choose 4");  // coffee: -10 - 1 + 2 + 1 = -8: no roll saves it
  REQUIRE(s.asks.size() == 1);
  CHECK_FALSE(s.asks[0].accepted);
  CHECK(s.people["priya"].rapport == -6);
  CHECK(s.people["priya"].remembers("ask-declined"));
  CHECK(s.people["priya"].awkward_event == 1);
  CHECK(s.conversation->node == "her-work");
  bool explained = false;
  for (const auto& b : r.beats)
    if (b.kind == BeatKind::AskAnswered) {
      // Reasons in words for the player; the arithmetic behind them in the details.
      CHECK(b.text == "Priya Raman said no to a coffee: things are cool between you, and they aren't sure of you yet.");
      explained = b.details.find("What counted: rapport -5 (-10)") != std::string::npos;
    }
  CHECK(explained);
  CHECK(refused(c, s, "choose 4").find("a moment ago") != std::string::npos);
  CHECK(refused(c, s, "invite priya lunch").find("a moment ago") != std::string::npos);
  // Recoverable: the cooldown passes; the awkwardness lasts only for this event.
  play(c, s, "leave");
  play(c, s, "wait 20");
  play(c, s, "talk priya");
  s.people["priya"].rapport = 10;
  play(c, s, "invite priya coffee");
  auto a = s.asks.back();
  bool awkward = false;
  for (const auto& f : a.factors) awkward = awkward || f.name.find("awkward") != std::string::npos;
  CHECK(awkward);
}

TEST_CASE("a follow-up agreed in the room and carried out after it: purposeful") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");  // offer notes: a follow-up is agreed
  REQUIRE(s.follow_ups.size() == 1);
  CHECK(s.follow_ups[0].topic == "volunteer notes");
  play(c, s, "end");
  CHECK(s.people["priya"].rung() == Rung::Acquaintance);
  const int standing = s.people["priya"].standing_regard;
  play(c, s, "follow-up priya");
  CHECK(s.people["priya"].rung() == Rung::Purposeful);
  CHECK(s.people["priya"].standing_regard == standing + 1);
  CHECK(s.follow_ups[0].done);
  CHECK(s.value_by_kind["follow-up"] == 3);
  CHECK(refused(c, s, "follow-up priya").find("haven't agreed") != std::string::npos);
}

TEST_CASE("a promise not kept by the next event becomes a memory") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");
  play(c, s, "end");
  const int standing = s.people["priya"].standing_regard;
  auto r = play(c, s, "next");
  CHECK(s.follow_ups[0].lapsed);
  CHECK(s.people["priya"].remembers("promise-not-kept"));
  // The promise costs a point (1 -> 0); drift toward neutral then has nothing to take.
  CHECK(standing == 1);
  CHECK(s.people["priya"].standing_regard == 0);
  CHECK(texts(r.beats)[0].find("never followed up") != std::string::npos);
}

TEST_CASE("invitations in the follow-up phase: lunch mate and friend, each a bigger ask") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk marcus");
  play(c, s, "choose 1");
  CHECK(refused(c, s, "invite priya coffee").find("while you're talking") != std::string::npos);
  play(c, s, "choose 2");
  play(c, s, "end");
  CHECK(refused(c, s, "invite priya coffee").find("haven't met") != std::string::npos);
  Relationship& m = s.people["marcus"];
  m.standing_rapport = 8;
  m.standing_regard = 4;
  play(c, s, "invite marcus lunch");  // 16 + 4 + chatty 1 + familiar 1 - big step 3 = 19
  CHECK(s.asks.back().accepted);
  CHECK(m.rung() == Rung::LunchMate);
  CHECK(m.rungs.back().how.find("lunch") != std::string::npos);
  m.standing_rapport = 10;
  m.asked_in_phase = 0;
  play(c, s, "invite marcus personal");
  CHECK(s.asks.back().accepted);
  CHECK(m.rung() == Rung::Friend);
}

TEST_CASE("a refused invitation in the phase can't be repeated until after the next event") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk marcus");
  play(c, s, "choose 2");
  play(c, s, "end");
  s.people["marcus"].standing_rapport = -8;
  play(c, s, "invite marcus personal");
  CHECK_FALSE(s.asks.back().accepted);
  CHECK(refused(c, s, "invite marcus coffee").find("already asked") != std::string::npos);
}

TEST_CASE("rungs never go down and each records how") {
  Relationship r;
  CHECK(reach_rung(r, Rung::CoffeeMate, 1, 0, "coffee"));
  CHECK_FALSE(reach_rung(r, Rung::Acquaintance, 1, 0, "met"));
  CHECK_FALSE(reach_rung(r, Rung::CoffeeMate, 1, 0, "again"));
  CHECK(r.rung() == Rung::CoffeeMate);
  CHECK(reach_rung(r, Rung::Friend, 2, 0, "dinner"));
  CHECK(r.rungs.size() == 2);
}

TEST_CASE("standing values move part way toward the session at the end, and drift without contact") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // regard 2 rapport 2
  play(c, s, "choose 2");  // rapport 5
  play(c, s, "end");
  CHECK(s.people["priya"].standing_rapport == 3);
  CHECK(s.people["priya"].standing_regard == 1);
  CHECK(s.people["priya"].familiarity == 1);
  play(c, s, "next");
  CHECK(s.people["priya"].standing_rapport == 2);
  CHECK(s.people["priya"].rapport == 2);  // the new event starts from standing
  auto r = play(c, s, "talk priya");
  CHECK(texts(r.beats)[0].find("recognises you") != std::string::npos);
  CHECK(s.people["priya"].rapport == 3);  // a familiar face
}

TEST_CASE("memories carry across events into conditions") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // pitched too early
  play(c, s, "end");
  play(c, s, "next");
  play(c, s, "talk priya");
  auto v = conversation_view(c, s);
  REQUIRE(v.choices.size() == 3);
  CHECK(v.choices[2].available);  // remembers(pitched-too-early)
}
