// Each effect an author can write, and the shapes of a conversation's flow.
#include "core/sim/commands.h"
#include "core/sim/conversation.h"
#include "core/sim/save.h"
#include "core/sim/views.h"
#include "fixture.h"

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {

// A campaign whose Sam conversation is replaced by `d` (Sam is moved off the stage).
Campaign with_sam_dialogue(Dialogue d) {
  Campaign c = fixture::campaign();
  Event& e = c.steps[0].event;
  d.id = "sam-talk";
  d.person = "sam";
  for (auto& existing : e.dialogues)
    if (existing.id == "sam-talk") existing = d;
  e.people[3].schedule = {{"arrivals", "bar"}, {"toast", "bar"}};
  return c;
}

}  // namespace

TEST_CASE("effects: minutes, set, value, remember, introduce_to, speaker") {
  Dialogue d;
  d.start = "hello";
  Node hello = fixture::node("hello", "Hi, I'm Sam.");
  Choice long_story = fixture::go_to("long-story", "Ask about the history of the guild.", "history");
  long_story.effects.minutes = 15;
  long_story.effects.set = {{"heard-history", 2}};
  long_story.effects.value = 4;
  long_story.effects.remember = {"listened-to-history"};
  long_story.effects.introduce_to = "dana";
  hello.choices.push_back(long_story);
  d.nodes.push_back(hello);
  Node history = fixture::node("history", "Priya chips in: it started in a pub.");
  history.speaker = "priya";
  history.end = Outcome::PartedWell;
  d.nodes.push_back(history);
  const Campaign c = with_sam_dialogue(d);

  RunState s = start_run(c, 1);
  play(c, s, "talk sam");
  const int before = s.clock;
  auto r = play(c, s, "choose 1");
  CHECK(s.clock == before + 15);
  CHECK(s.flags["heard-history"] == 2);
  CHECK(s.value == 4);
  CHECK(s.value_by_kind["other"] == 4);
  CHECK(s.people["sam"].remembers("listened-to-history"));
  CHECK(s.people["dana"].introduced);
  CHECK(s.people["dana"].rapport == 0);  // Sam has no opinion of Dana: nothing is inherited
  bool priya_spoke = false;
  for (const auto& m : texts(r.beats)) priya_spoke = priya_spoke || m == "Priya Raman: Priya chips in: it started in a pub.";
  CHECK(priya_spoke);
  CHECK_FALSE(s.conversation);  // the node ends the conversation
  CHECK(s.people["sam"].last_outcome == "parted-well");
  CHECK(s.cursors.count("sam-talk") == 0);
  play(c, s, "talk dana");  // the introduction opened the way
}

TEST_CASE("flow: nodes without choices continue; a loop of them is stopped; a missing node ends politely") {
  Dialogue d;
  d.start = "a";
  Node a = fixture::node("a", "One.");
  a.next = "b";
  Node b = fixture::node("b", "Two.");
  b.next = "a";
  d.nodes = {a, b};
  Campaign c = with_sam_dialogue(d);
  RunState s = start_run(c, 1);
  auto r = play(c, s, "talk sam");
  CHECK(texts(r.beats).back().find("round in circles") != std::string::npos);
  CHECK_FALSE(s.conversation);

  d.nodes[1].next = "gone";
  c = with_sam_dialogue(d);
  s = start_run(c, 1);
  r = play(c, s, "talk sam");
  CHECK(texts(r.beats).back().find("no line 'gone'") != std::string::npos);
  CHECK_FALSE(s.conversation);

  d.nodes[1].next.clear();
  c = with_sam_dialogue(d);
  s = start_run(c, 1);
  r = play(c, s, "talk sam");
  CHECK(texts(r.beats) == std::vector<std::string>{"Sam Ito: One.", "Sam Ito: Two.", "(The conversation ends.)"});
}

TEST_CASE("a person with no dialogue smiles, and says so") {
  Campaign c = fixture::campaign();
  c.steps[0].event.dialogues.pop_back();  // sam's
  c.steps[0].event.people[3].schedule = {};
  RunState s = start_run(c, 1);
  CHECK(fixture::refused(c, s, "talk sam").find("nothing to say yet") != std::string::npos);
}

TEST_CASE("gaining an item the player doesn't need is worth a little, under its kind") {
  Dialogue d;
  d.start = "hello";
  Node hello = fixture::node("hello", "Here, take my card.");
  Choice take = fixture::ending("take", "Take the card.", Outcome::PartedWell);
  take.effects.gain = {"sams-card"};
  hello.choices.push_back(take);
  d.nodes.push_back(hello);
  Campaign c = with_sam_dialogue(d);
  c.steps[0].event.people[3].holds = {fixture::item("sams-card", ValueKind::CareerLead, "A lead on a board seat")};
  RunState s = start_run(c, 1);
  play(c, s, "talk sam");
  play(c, s, "choose 1");
  REQUIRE(s.has_item("sams-card"));
  CHECK(s.item("sams-card")->label == "A lead on a board seat");
  CHECK(s.value_by_kind["career-lead"] == 2);
}

namespace {
bool said(const CommandResult& r, const std::string& line) {
  for (const auto& m : texts(r.beats))
    if (m == line) return true;
  return false;
}
}  // namespace

TEST_CASE("a choice's numbers count once per event, even when it is chosen again") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk marcus");
  const int rapport = s.people["marcus"].rapport, joy = s.enjoyment;
  play(c, s, "choose 1");  // chat: +2 rapport, +1 enjoyment, back to the first line
  CHECK(s.people["marcus"].rapport == rapport + 2);
  CHECK(s.enjoyment == joy + 1);
  play(c, s, "choose 1");  // the same friendly question again
  CHECK(s.people["marcus"].rapport == rapport + 2);
  CHECK(s.enjoyment == joy + 1);
  play(c, s, "choose 2");
  auto r = play(c, s, "talk marcus");  // a re-talk starts again from the first line...
  CHECK(said(r, "Marcus Webb: Good to see you again!"));
  play(c, s, "choose 1");  // ...and plays it, but adds nothing
  CHECK(s.people["marcus"].rapport == rapport + 2);
  CHECK(s.enjoyment == joy + 1);
  CHECK(s.scored_choices["marcus-talk"].count("chat") == 1);

  // The next event is a new evening: the same words count again there.
  play(c, s, "choose 2");
  play(c, s, "end");
  play(c, s, "next");
  CHECK(s.scored_choices.empty());
  play(c, s, "talk marcus");
  const int later = s.people["marcus"].rapport;
  play(c, s, "choose 1");
  CHECK(s.people["marcus"].rapport == later + 2);
}

TEST_CASE("a node's arrival effects count once per event; its line is said every time") {
  Dialogue d;
  d.start = "hello";
  Node hello = fixture::node("hello", "Hi, I'm Sam. Lovely to see you.");
  hello.effects.rapport = 1;
  hello.effects.regard = 1;
  hello.effects.enjoyment = 2;
  hello.effects.value = 3;
  hello.effects.remember = {"said-hello"};
  hello.effects.set = {{"sam-greeted", 1}};
  hello.choices.push_back(fixture::ending("bye", "Say goodbye.", Outcome::PartedWell));
  d.nodes.push_back(hello);
  const Campaign c = with_sam_dialogue(d);
  RunState s = start_run(c, 1);
  play(c, s, "talk sam");
  play(c, s, "choose 1");
  const Relationship first = s.people["sam"];
  const int joy = s.enjoyment, value = s.value;
  CHECK(first.rapport == 1);
  CHECK(first.regard == 1);
  auto r = play(c, s, "talk sam");
  CHECK(said(r, "Sam Ito: Hi, I'm Sam. Lovely to see you."));
  CHECK(s.people["sam"].rapport == 1);
  CHECK(s.people["sam"].regard == 1);
  CHECK(s.enjoyment == joy);
  CHECK(s.value == value);
  CHECK(s.people["sam"].memory.size() == first.memory.size());  // not remembered twice
  CHECK(s.flags["sam-greeted"] == 1);

  // What has counted is part of a save.
  auto loaded = load_run(c, save_run(c, s));
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  CHECK(loaded.state->scored_nodes == s.scored_nodes);
  CHECK(loaded.state->scored_choices == s.scored_choices);
}

TEST_CASE("a choice that gains an item the speaker isn't ready to share is greyed, with a reason") {
  Dialogue d;
  d.start = "hello";
  Node hello = fixture::node("hello", "Hi, I'm Sam.");
  Choice ask = fixture::go_to("ask-for-it", "Ask for the benchmarks.", "thanks");
  ask.effects.gain = {"renewal-benchmarks"};
  hello.choices.push_back(ask);
  Choice polite = ask;
  polite.id = "ask-politely";
  polite.unavailable = "Sam would rather get to know you first.";
  hello.choices.push_back(polite);
  hello.choices.push_back(fixture::ending("bye", "Say goodbye.", Outcome::PartedWell));
  d.nodes.push_back(hello);
  Node thanks = fixture::node("thanks", "Here you are: the whole table.");
  thanks.end = Outcome::PartedWell;
  d.nodes.push_back(thanks);
  Campaign c = with_sam_dialogue(d);
  ValueItem bench = fixture::item("renewal-benchmarks", ValueKind::Comparable, "Sam's renewal table");
  bench.shared_when = fixture::expr("regard >= 3");
  c.steps[0].event.people[3].holds = {bench};

  RunState s = start_run(c, 1);
  play(c, s, "talk sam");
  const auto views = visible_choices(c, s, c.steps[0].event.dialogues[3], c.steps[0].event.dialogues[3].nodes[0]);
  REQUIRE(views.size() == 3);
  CHECK_FALSE(views[0].available);
  CHECK(views[0].reason == "Sam Ito isn't ready to share that yet.");
  CHECK_FALSE(views[1].available);
  CHECK(views[1].reason == "Sam would rather get to know you first.");
  CHECK(fixture::refused(c, s, "choose 1") == "Sam Ito isn't ready to share that yet.");
  CHECK(s.conversation->node == "hello");  // nothing moved on
  CHECK_FALSE(s.has_item("renewal-benchmarks"));

  s.people["sam"].regard = 3;  // now she is
  play(c, s, "choose 1");
  CHECK(s.has_item("renewal-benchmarks"));
}
