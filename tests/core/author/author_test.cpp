// The author panel's core: conditions explained with their values, and the jump.
#include "core/author/author.h"

#include "core/sim/commands.h"
#include "core/sim/fixture.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {
const Choice& choice(const Dialogue& d, const std::string& node, const std::string& id) {
  for (const auto& ch : d.find(node)->choices)
    if (ch.id == id) return ch;
  FAIL("no such choice");
  return d.nodes.front().choices.front();
}
}  // namespace

TEST_CASE("a greyed choice's conditions come with the values that made them fail") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  const Dialogue& d = *current_event(c, s).dialogue("priya-talk");
  // At her-work, 'ask-how' needs regard 2; 'cycling' reads an expression.
  std::string why;
  REQUIRE(author::jump_to(c, s, "priya-talk", "her-work", why));
  CHECK(s.conversation->node == "her-work");
  const auto parts = author::explain_choice(c, s, d, choice(d, "her-work", "ask-how"));
  REQUIRE_FALSE(parts.empty());
  CHECK(parts[0].text == "regard 2 or more (now 0)");
  CHECK_FALSE(parts[0].holds);
  const auto expr = author::explain_choice(c, s, d, choice(d, "her-work", "cycling"));
  REQUIRE(expr.size() == 2);
  CHECK(expr[0].text == "if: learned(priya-did-a-migration)  [learned(priya-did-a-migration) = 0]");
  CHECK_FALSE(expr[0].holds);
  CHECK(expr[1].text == "once only");
  CHECK(expr[1].holds);
  REQUIRE(author::jump_to(c, s, "priya-talk", "hello", why));  // back to the start
  play(c, s, "choose 1");
  CHECK(author::explain_choice(c, s, d, choice(d, "her-work", "cycling"))[0].holds);
}

TEST_CASE("a jump needs a line that exists in this event") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  std::string why;
  CHECK_FALSE(author::jump_to(c, s, "nobody", "hello", why));
  CHECK(why.find("no conversation 'nobody'") != std::string::npos);
  CHECK_FALSE(author::jump_to(c, s, "priya-talk", "nowhere", why));
  CHECK(why.find("no line 'nowhere'") != std::string::npos);
  CHECK(s.commands.empty());  // a jump is not a command
}

TEST_CASE("the panel's look at the run: where it stands, the line, each person's numbers, flags and hints") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  auto at = author::inspect(c, s);
  CHECK(at.phase == Phase::Event);
  CHECK(at.clock == "17:30");
  CHECK(at.minutes_left == 90);
  CHECK(at.dialogue.empty());
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // the pitch: regard -1, remembered
  at = author::inspect(c, s);
  CHECK(at.dialogue == "priya-talk");
  CHECK(at.node == "her-work");
  const author::RunInspection::Person* priya = nullptr;
  for (const auto& p : at.people)
    if (p.id == "priya") priya = &p;
  REQUIRE(priya != nullptr);
  CHECK(priya->regard == s.rel("priya").regard);
  CHECK(priya->memories == std::vector<std::string>{"pitched-too-early"});
  CHECK(at.learned == std::vector<std::string>{"priya-did-a-migration"});
  CHECK(std::is_sorted(at.people.begin(), at.people.end(), [](const auto& a, const auto& b) { return a.id < b.id; }));
}
