#include "app/game_session.h"

#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/save.h"
#include "support/temp_dir.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mingle;

namespace {
std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream t;
  t << in.rdbuf();
  return t.str();
}
// The run a save file holds, read the way the window and the terminal read it.
sim::LoadedRun load_save(const Campaign& c, const std::filesystem::path& file) {
  std::string text, error;
  REQUIRE_MESSAGE(sim::read_save_file(file, text, error), error);
  return sim::load_run(c, text);
}
}  // namespace

TEST_CASE("commands go through the core; refusals change nothing and say why") {
  test::TempDir tmp;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "fixture", "Sam", {tmp / "save.yaml", tmp / "r.json"});
  auto r = s.send("choose 1");
  CHECK_FALSE(r.ok);
  CHECK_FALSE(r.reason.empty());
  CHECK(s.run().commands.empty());
  const auto talked = s.send("talk dana");
  CHECK(talked.ok);
  CHECK(s.run().conversation.has_value());
  CHECK(s.run().commands == std::vector<std::string>{"talk dana"});
  CHECK_FALSE(talked.beats.empty());  // what happened comes back to the scene to show
  CHECK_FALSE(s.send("dance wildly").ok);
}

TEST_CASE("every command saves the run; Continue reads it back") {
  test::TempDir tmp;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "/content/here", "Sam", {tmp / "save.yaml", tmp / "r.json"});
  REQUIRE(s.send("talk dana").ok);
  REQUIRE(s.send("choose 1").ok);
  const sim::LoadedRun loaded = load_save(c, tmp / "save.yaml");
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  CHECK(loaded.info.content == "/content/here");
  CHECK(loaded.info.player == "Sam");
  CHECK(loaded.state->commands == s.run().commands);
  CHECK(loaded.state->conversation.has_value());  // mid-conversation, as left
  CHECK_FALSE(std::filesystem::exists(tmp / "r.json"));  // no results until an event ends
}

TEST_CASE("results are written when the event ends, and when the player leaves") {
  test::TempDir tmp;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "x", "Sam", {tmp / "save.yaml", tmp / "r.json"});
  REQUIRE(s.send("talk dana").ok);
  s.close("the player closed the game");
  const std::string closed = slurp(tmp / "r.json");
  CHECK(closed.find("\"name\": \"Sam\"") != std::string::npos);
  CHECK(closed.find("\"phase\": \"finished\"") != std::string::npos);  // the results describe a stopped run…
  CHECK(s.run().phase == sim::Phase::Event);  // …while the saved run can still be continued
  CHECK(load_save(c, tmp / "save.yaml").state->phase == sim::Phase::Event);

  REQUIRE(s.send("leave").ok);
  REQUIRE(s.send("end").ok);
  CHECK(slurp(tmp / "r.json") != closed);  // written again when the event ended
}

TEST_CASE("a save that is not Mingle's is refused with a sentence") {
  test::TempDir tmp;
  std::ofstream(tmp / "save.yaml") << "hello: world\n";
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  const auto r = load_save(c, tmp / "save.yaml");
  CHECK_FALSE(r.state);
  CHECK(r.error.find("isn't a Mingle save") != std::string::npos);
  std::string text, error;
  CHECK_FALSE(sim::read_save_file(tmp / "missing.yaml", text, error));
  CHECK(error.find("No such file") != std::string::npos);
}
