// Every refusal code, triggered once each from data: tests/refusals/cases.yaml names, per
// code, the commands to play on tests/refusals/room/ and the command that must be refused with
// it (a line that isn't a command is refused by parse_command, with its code). A code in
// core/sim/refusal.h with no case fails here, so a new refusal comes with a case.
#include "core/sim/commands.h"
#include "core/sim/refusal.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

using namespace mingle;

namespace {

sim::Command command(const std::string& text) {
  std::string error;
  auto c = sim::parse_command(text, error);
  REQUIRE_MESSAGE(c.has_value(), text << ": " << error);
  return *c;
}

}  // namespace

TEST_CASE("the names of refusal codes: one each, and back again") {
  std::set<std::string> names;
  int expected = 1;
  for (const auto& r : sim::kRefusalNames) {
    INFO(r.name);
    CHECK(static_cast<int>(r.code) == expected++);  // the enum's order, None left out
    CHECK(names.insert(r.name).second);
    CHECK(sim::parse_refusal(r.name) == r.code);
    CHECK(std::string(sim::to_string(r.code)) == r.name);
  }
  CHECK(std::string(sim::to_string(sim::Refusal::None)).empty());
  CHECK_FALSE(sim::parse_refusal("no-such-refusal").has_value());
}

TEST_CASE("every refusal code happens, for the reason its case gives") {
  const std::string dir = std::string(MINGLE_TESTS_DIR) + "/refusals/";
  const YAML::Node cases = YAML::LoadFile(dir + "cases.yaml");
  REQUIRE(cases.IsSequence());
  const Campaign room = test::load_fixture("refusals/room");
  std::set<std::string> covered;
  for (const auto& k : cases) {
    const std::string code = k["code"].as<std::string>();
    const std::string text = k["command"].as<std::string>();
    INFO("case " << code << ": " << text);
    covered.insert(code);
    REQUIRE_MESSAGE(sim::parse_refusal(code).has_value(), code << " is not a refusal code in core/sim/refusal.h");
    sim::RunState s = sim::start_run(room, 1);
    if (k["before"])
      for (const auto& b : k["before"]) {
        const auto r = sim::apply(room, s, command(b.as<std::string>()));
        REQUIRE_MESSAGE(r.ok, b.as<std::string>() << " was refused (" << std::string(sim::to_string(r.code)) << "): " << r.reason);
      }
    Campaign edited;  // "": content with no event left
    const Campaign* now = &room;
    if (k["edited"]) {
      const std::string folder = k["edited"].as<std::string>();
      if (!folder.empty()) edited = test::load_fixture("refusals/" + folder);
      now = &edited;
    }
    // A line that isn't a command is refused as it is read, with its own code.
    sim::CommandResult r;
    const auto parsed = sim::parse_command(text, r);
    const std::size_t recorded = s.commands.size();
    if (parsed) {
      sim::Command cmd = *parsed;
      if (k["without_ids"] && k["without_ids"].as<bool>()) cmd.args.clear();
      r = sim::apply(*now, s, cmd);
    }
    CHECK_FALSE(r.ok);
    CHECK_MESSAGE(std::string(sim::to_string(r.code)) == code, "refused as '" << std::string(sim::to_string(r.code)) << "': " << r.reason);
    CHECK_FALSE(r.reason.empty());       // a sentence for the player, always
    CHECK(s.commands.size() == recorded);  // a refused command is not recorded
  }
  for (const auto& r : sim::kRefusalNames) {
    INFO("refusal " << r.name << " has no case in tests/refusals/cases.yaml");
    CHECK(covered.count(r.name) == 1);
  }
}

TEST_CASE("a '#' starts a comment to the end of the line, so an explorer's witness replays as written") {
  sim::CommandResult r;
  const auto asked = sim::parse_command("choose 2   # yes", r);
  REQUIRE(asked);
  CHECK(asked->verb == sim::Verb::Choose);
  CHECK(asked->number == 2);
  const auto invited = sim::parse_command("invite mei coffee # no", r);
  REQUIRE(invited);
  CHECK(sim::to_text(*invited) == "invite mei coffee");
  CHECK_FALSE(sim::parse_command("# a comment line", r));
  CHECK(r.reason.empty());
}
