// The explorer's own rules, headless. Its findings on content are tested as data in
// tests/explore/cases/ (tests/cli/explore_cases_test.cpp).
#include "core/explore/explore.h"

#include "core/explore/bound.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/conversation.h"
#include "core/sim/relationship.h"
#include "core/sim/fixture.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

TEST_CASE("a fixed roll decides an ask the dice allow, both ways, and the generator still moves") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2, regard 2: a coffee totals 6, against a threshold of 4
  RunState low = s, high = s, plain = s;
  low.fixed_roll = -3;
  high.fixed_roll = 3;
  play(c, low, "invite priya coffee");
  play(c, high, "invite priya coffee");
  play(c, plain, "invite priya coffee");
  REQUIRE(low.asks.size() == 1);
  CHECK(low.asks[0].roll == -3);
  CHECK(high.asks[0].roll == 3);
  CHECK(high.asks[0].accepted);
  CHECK(low.asks[0].accepted == (low.asks[0].total - 3 >= low.asks[0].threshold));
  CHECK(low.rng.state() == plain.rng.state());  // the draw is still taken
}

TEST_CASE("the explorer finds the fixture's need and says when it was cut short") {
  const Campaign c = fixture::campaign();
  explore::Budget roomy;
  roomy.max_seconds = 60;
  roomy.max_states = 200;
  roomy.max_focus_states = 2000;
  const auto r = explore::explore(c, roomy);
  REQUIRE(r.events.size() == c.steps.size());
  const auto& e = r.events.front();
  CHECK_FALSE(e.complete);  // four people do not fit in 200 states
  CHECK(e.cut_short_by == "states");
  CHECK(e.states >= 200);
  bool need_found = false;
  for (const auto& i : e.items)
    if (i.role == "need") need_found = need_found || i.obtainable;
  CHECK(need_found);
  // Every path it reports replays through apply() from the start of the run.
  for (const auto& i : e.items) {
    if (!i.obtainable) continue;
    RunState s = start_run(c, 1);
    for (std::string cmd : i.path) {
      const auto hash = cmd.find('#');
      const bool yes = hash != std::string::npos && cmd.find("yes", hash) != std::string::npos;
      if (hash != std::string::npos) {
        cmd = cmd.substr(0, hash);
        s.fixed_roll = yes ? 3 : -3;
      }
      std::string error;
      auto parsed = parse_command(cmd, error);
      REQUIRE_MESSAGE(parsed, cmd);
      CHECK_MESSAGE(apply(c, s, *parsed).ok, cmd);
      s.fixed_roll.reset();
    }
    CHECK_MESSAGE(s.has_item(i.item), i.item);
  }
}

// [SECTION] Witnesses are checked by the game itself ---------------------------------------------

namespace {

std::size_t step_of(const Campaign& c, const std::string& event) {
  for (std::size_t i = 0; i < c.steps.size(); ++i)
    if (c.steps[i].event.id == event) return i;
  return c.steps.size();
}

// Replays every `reachable` witness of a report through apply() with its seed, and checks the
// run arrives where the verdict says: the line said, the choice open, the ask answered that way,
// the item held, the rung reached, each in the right event.
void check_witnesses(const Campaign& c, const explore::Report& r) {
  std::size_t checked = 0;
  for (const auto& q : r.questions) {
    if (q.verdict != explore::Verdict::Reachable) continue;
    CAPTURE(q.kind);
    CAPTURE(q.key);
    REQUIRE_MESSAGE(q.seed != 0, "a seed gives the dice the witness needs");
    RunState s;
    REQUIRE(explore::replay(c, q.witness, q.seed, s));
    const std::size_t step = step_of(c, q.event);
    const auto slash = q.key.find('/');
    const std::string first = q.key.substr(0, slash), rest = slash == std::string::npos ? "" : q.key.substr(slash + 1);
    if (q.kind == "node") {
      CHECK(s.step == step);
      CHECK(s.visited[first].count(rest) == 1);
    } else if (q.kind == "choice") {
      const auto cut = rest.find('/');
      const std::string node = rest.substr(0, cut), choice = rest.substr(cut + 1);
      REQUIRE(s.conversation.has_value());
      CHECK(s.step == step);
      CHECK(s.conversation->dialogue == first);
      CHECK(s.conversation->node == node);
      const Dialogue* d = c.steps[step].event.dialogue(first);
      REQUIRE(d != nullptr);
      bool open = false;
      for (const auto& v : visible_choices(c, s, *d, *d->find(node))) open = open || (v.available && v.choice->id == choice);
      CHECK(open);
    } else if (q.kind == "ask") {
      REQUIRE_FALSE(s.asks.empty());
      CHECK(s.step == step);
      CHECK(s.asks.back().accepted == (q.key.substr(q.key.rfind('/') + 1) == "yes"));
    } else if (q.kind == "need" || q.kind == "item") {
      CHECK(s.has_item(q.key));
    } else if (q.kind == "rung") {
      const auto rung = parse_rung(rest);
      REQUIRE(rung.has_value());
      REQUIRE(s.find_rel(first) != nullptr);
      CHECK(rung_number(s.find_rel(first)->rung()) >= rung_number(*rung));
    }
    ++checked;
  }
  CHECK(checked > 0);
  for (const auto& b : r.broken_assumptions) {
    RunState s;
    CHECK(explore::replay(c, b.witness, b.seed, s));
  }
}

explore::Report explore_folder(const std::string& folder, const explore::Budget& budget, Campaign& out) {
  LoadResult loaded = load_content(folder);
  REQUIRE_MESSAGE(loaded.ok(), folder);
  out = *loaded.campaign;
  return explore::explore(out, budget);
}

}  // namespace

TEST_CASE("every witness of the explore cases replays through the game and arrives where it says") {
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MINGLE_TESTS_DIR) + "/explore/cases")) {
    CAPTURE(entry.path());
    Campaign c;
    const auto r = explore_folder(entry.path().string(), explore::Budget{}, c);
    check_witnesses(c, r);
  }
}

TEST_CASE("every witness over the bundled campaign replays through the game, and the same input gives the same report") {
  // A small budget keeps this quick (and under the sanitizers); what is found is checked all the same.
  explore::Budget small;
  small.max_states = 1500;
  small.max_focus_states = 300;
  Campaign c;
#ifdef MINGLE_SANITIZED
  // Under the sanitizers every move costs tens of times more: the first two events, less room.
  small.max_states = 300;
  small.max_focus_states = 60;
  LoadResult loaded = load_content(std::string(MINGLE_SOURCE_DIR) + "/dialogues");
  REQUIRE(loaded.ok());
  c = *loaded.campaign;
  c.steps.resize(2);
  const auto r = explore::explore(c, small);
  check_witnesses(c, r);
  const auto r2 = explore::explore(c, small);
#else
  const auto r = explore_folder(std::string(MINGLE_SOURCE_DIR) + "/dialogues", small, c);
  check_witnesses(c, r);
  Campaign again;
  const auto r2 = explore_folder(std::string(MINGLE_SOURCE_DIR) + "/dialogues", small, again);
#endif
  REQUIRE(r2.questions.size() == r.questions.size());
  for (std::size_t i = 0; i < r.questions.size(); ++i) {
    CHECK(r2.questions[i].key == r.questions[i].key);
    CHECK(r2.questions[i].verdict == r.questions[i].verdict);
    CHECK(r2.questions[i].witness == r.questions[i].witness);
    CHECK(r2.questions[i].reason == r.questions[i].reason);
  }
}

TEST_CASE("each bundled event explored alone decides every question within the default budget") {
  // As a facilitator who runs `mingle explore dialogues/EVENT` sees it: no earlier events.
  std::size_t events = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MINGLE_SOURCE_DIR) + "/dialogues")) {
    if (!entry.is_directory()) continue;
    CAPTURE(entry.path().string());
    Campaign c;
    const auto r = explore_folder(entry.path().string(), explore::Budget{}, c);
    for (const auto& q : r.questions)
      if (q.verdict == explore::Verdict::Undecided) FAIL_CHECK(std::string(q.key + ": " + q.reason));
    CHECK(r.undecided() == 0);
    CHECK(r.complete());
    ++events;
  }
  CHECK(events == 4);
}

TEST_CASE("the bound never rules out what a witness reaches") {
  // Soundness, checked on what the search finds: no line or choice reached is also called
  // impossible. Over the explore cases and each bundled event explored alone (where more is
  // ruled out than in the campaign: nothing was met or remembered before).
  std::vector<std::string> folders;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MINGLE_TESTS_DIR) + "/explore/cases"))
    folders.push_back(entry.path().string());
  for (const auto& entry : std::filesystem::directory_iterator(std::string(MINGLE_SOURCE_DIR) + "/dialogues"))
    if (entry.is_directory()) folders.push_back(entry.path().string());
  std::size_t checked = 0;
  for (const auto& folder : folders) {
    CAPTURE(folder);
    Campaign c;
    const auto r = explore_folder(folder, explore::Budget{}, c);
    const explore::Bound bound(c);
    for (const auto& q : r.questions) {
      if (q.verdict != explore::Verdict::Reachable || (q.kind != "node" && q.kind != "choice")) continue;
      CAPTURE(q.key);
      const std::size_t step = step_of(c, q.event);
      const auto slash = q.key.find('/');
      const std::string dialogue = q.key.substr(0, slash);
      const std::string rest = q.key.substr(slash + 1);
      if (q.kind == "node") {
        CHECK(bound.node_possible(step, dialogue, rest));
      } else {
        const auto slash2 = rest.find('/');
        const Choice* found = nullptr;
        for (const auto& d : c.steps[step].event.dialogues)
          if (d.id == dialogue)
            if (const Node* n = d.find(rest.substr(0, slash2)))
              for (const auto& ch : n->choices)
                if (ch.id == rest.substr(slash2 + 1)) found = &ch;
        REQUIRE(found != nullptr);
        CHECK(bound.choice_possible(step, *found));
      }
      ++checked;
    }
  }
  CHECK(checked > 1000);
}
