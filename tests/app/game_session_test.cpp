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

// A results writer that records what it was given, standing in for the JSON one.
struct Recorder {
  int calls = 0;
  std::string phase_seen, player_seen;
  app::ResultsWriter writer() {
    return [this](const Campaign&, const sim::RunState& run, const std::string& player,
                  const std::filesystem::path& file, std::string&) {
      ++calls;
      phase_seen = sim::to_string(run.phase);
      player_seen = player;
      std::ofstream(file) << "results " << calls << "\n";
      return true;
    };
  }
};
}  // namespace

TEST_CASE("commands go through the core; refusals change nothing and say why") {
  test::TempDir tmp;
  Recorder rec;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "fixture", "Sam", {tmp / "save.yaml", tmp / "r.json"}, rec.writer());
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
  Recorder rec;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "/content/here", "Sam", {tmp / "save.yaml", tmp / "r.json"},
                     rec.writer());
  REQUIRE(s.send("talk dana").ok);
  REQUIRE(s.send("choose 1").ok);
  std::string error;
  const auto saved = app::read_session_save(tmp / "save.yaml", error);
  REQUIRE_MESSAGE(saved, error);
  CHECK(saved->content_path == "/content/here");
  CHECK(saved->player == "Sam");
  const sim::LoadedRun loaded = sim::load_run(c, saved->run_text);
  REQUIRE(loaded.state);
  CHECK(loaded.state->commands == s.run().commands);
  CHECK(loaded.state->conversation.has_value());  // mid-conversation, as left
  CHECK(rec.calls == 0);                          // no results until an event ends
}

TEST_CASE("results are written when the event ends, and when the player leaves") {
  test::TempDir tmp;
  Recorder rec;
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession s(c, sim::start_run(c, 3), "x", "Sam", {tmp / "save.yaml", tmp / "r.json"}, rec.writer());
  REQUIRE(s.send("talk dana").ok);
  s.close("the player closed the game");
  CHECK(rec.calls == 1);
  CHECK(rec.player_seen == "Sam");
  CHECK(rec.phase_seen != "event");  // the results describe a stopped run…
  CHECK(s.run().phase == sim::Phase::Event);  // …while the saved run can still be continued
  std::string error;
  const auto saved = app::read_session_save(tmp / "save.yaml", error);
  REQUIRE(saved);
  CHECK(sim::load_run(c, saved->run_text).state->phase == sim::Phase::Event);

  REQUIRE(s.send("leave").ok);
  REQUIRE(s.send("end").ok);
  CHECK(rec.calls == 2);
}

TEST_CASE("a save that is not Mingle's is refused with a sentence") {
  test::TempDir tmp;
  std::ofstream(tmp / "save.yaml") << "hello: world\n";
  std::string error;
  CHECK_FALSE(app::read_session_save(tmp / "save.yaml", error));
  CHECK(error.find("not a Mingle save") != std::string::npos);
  CHECK_FALSE(app::read_session_save(tmp / "missing.yaml", error));
  CHECK(error.find("no saved game") != std::string::npos);
}
