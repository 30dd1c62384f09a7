// The bundled campaign reads true (issue 14): every choice is answered, every item has a label
// its author wrote, and labels read as noun phrases in the middle of the game's sentences.
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"
#include "core/sim/phrasing.h"

#include <doctest/doctest.h>

#include <cctype>
#include <filesystem>
#include <string>

using namespace mingle;
namespace fs = std::filesystem;

namespace {

const Campaign& bundled() {
  static const LoadResult r = load_content(fs::path(MINGLE_SOURCE_DIR) / "dialogues");
  REQUIRE(r.campaign);
  return *r.campaign;
}

std::string where(const Event& e, const Dialogue& d, const Node& n, const Choice& c) {
  return e.id + "/" + d.id + "/" + n.id + "/" + c.id;
}

}  // namespace

TEST_CASE("every choice in the bundled campaign is answered: a line follows, or the person reacts as it ends") {
  int choices = 0;
  for (const auto& step : bundled().steps)
    for (const auto& d : step.event.dialogues)
      for (const auto& n : d.nodes)
        for (const auto& c : n.choices) {
          ++choices;
          INFO(where(step.event, d, n, c));
          if (!c.next.empty()) {
            const Node* to = d.find(c.next);
            REQUIRE(to != nullptr);
            CHECK_FALSE(to->say.empty());
          } else if (c.ask) {
            for (const auto& id : {c.ask->accepted, c.ask->declined}) {
              const Node* to = d.find(id);
              REQUIRE(to != nullptr);
              CHECK_FALSE(to->say.empty());
            }
          } else {
            REQUIRE(c.end);
            const Person* p = step.event.person(d.person);
            REQUIRE(p != nullptr);
            CHECK(sim::parting_line(*p, *c.end).find(p->name) != std::string::npos);
          }
        }
  CHECK(choices > 500);
}

TEST_CASE("every bundled conversation has a way back in that leads somewhere and lets you go") {
  for (const auto& step : bundled().steps)
    for (const auto& d : step.event.dialogues) {
      INFO(step.event.id << "/" << d.id);
      REQUIRE_FALSE(d.again.empty());
      const Node* back = d.find(d.again);
      REQUIRE(back != nullptr);
      CHECK(back->id != d.start);
      bool can_leave = false;
      for (const auto& c : back->choices) can_leave = can_leave || (c.end && c.requires_.empty() && c.condition.empty());
      CHECK(can_leave);
    }
}

TEST_CASE("every bundled item has a label its author wrote, and it reads as a noun phrase mid-sentence") {
  const Campaign& c = bundled();
  int labels = 0;
  auto check = [&](const ValueItem& v, const std::string& at) {
    ++labels;
    INFO(at << ": " << v.item << " = '" << v.label << "'");
    std::string readable = v.item;
    for (char& ch : readable)
      if (ch == '-') ch = ' ';
    readable[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(readable[0])));
    CHECK(v.label != readable);  // the loader's default: nobody wrote one
    CHECK(v.label.find_first_of("_{}") == std::string::npos);
    CHECK(v.label.back() != '.');
    const std::string mid = sim::mid_sentence(c, v.label);
    const std::string first = sim::first_word(mid);
    // Lower-case, or a name that keeps its capital (Noor, Wendell's, Amara's).
    const bool name = std::isupper(static_cast<unsigned char>(mid[0])) && first.size() > 1;
    CHECK((std::islower(static_cast<unsigned char>(mid[0])) || name));
    if (name) CHECK(mid == v.label);
  };
  for (const auto& step : c.steps) {
    for (const auto& n : step.event.player.needs) check(n, step.event.id + " player needs");
    for (const auto& n : step.event.player.side_goals) check(n, step.event.id + " side goal");
    for (const auto& p : step.event.people) {
      for (const auto& h : p.holds) check(h, step.event.id + " " + p.id + " holds");
      for (const auto& n : p.needs) check(n, step.event.id + " " + p.id + " needs");
    }
  }
  CHECK(labels > 40);
}

TEST_CASE("what someone needs reads in their own words in the game's sentences") {
  const Campaign& c = bundled();
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people)
      for (const auto& n : p.needs) {
        const std::string phrase = sim::need_phrase(c, p, n.item);
        INFO(step.event.id << " " << p.id << " needs " << phrase);
        CHECK(phrase == sim::mid_sentence(c, n.label));
      }
}

TEST_CASE("coming back after a clumsy start: Grace's return line, and a way to mend it") {
  const Campaign& c = bundled();
  sim::RunState s = sim::start_run(c, 1);
  auto play = [&](const char* line) {
    std::string err;
    auto cmd = sim::parse_command(line, err);
    REQUIRE_MESSAGE(cmd, err);
    auto r = sim::apply(c, s, *cmd);
    REQUIRE_MESSAGE(r.ok, line << ": " << r.reason);
    return r;
  };
  play("talk grace");
  play("choose 2");  // ask her at once how she wins back lapsed members
  play("choose 2");  // mumble something and step back
  REQUIRE_FALSE(s.conversation);
  const auto r = play("talk grace");
  REQUIRE(s.conversation);
  CHECK(s.conversation->node == "come-back");
  CHECK(texts(r.beats).back().find("Grace Mbeki: You're back!") == 0);
  const auto view = sim::conversation_view(c, s);
  REQUIRE_FALSE(view.choices.empty());
  CHECK(view.choices[0].choice->id == "come-back-sorry");
}
