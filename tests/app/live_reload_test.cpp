#include "app/platform/live_reload.h"

#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "support/fixtures.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

using namespace mingle;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Rewrites a file and moves its time on, so the change is seen however coarse the clock.
void rewrite(const fs::path& p, const std::string& text) {
  const auto before = fs::last_write_time(p);
  std::ofstream(p, std::ios::trunc) << text;
  fs::last_write_time(p, before + std::chrono::seconds(2));
}

}  // namespace

TEST_CASE("saving a scenario file reloads it and keeps the player's place; a broken save keeps the old content") {
  test::TempDir tmp;
  fs::copy(fs::path(MINGLE_TESTS_DIR) / "gui/fixtures/one-hello", tmp / "s", fs::copy_options::recursive);
  LoadResult loaded = load_content(tmp / "s");
  REQUIRE(loaded.ok());
  const Campaign c = *loaded.campaign;
  app::GameSession session(c, sim::start_run(c, 1), (tmp / "s").string(), "Sam", {});
  app::LiveReload reload(tmp / "s");
  REQUIRE(session.send("talk dana").ok);
  REQUIRE(session.send("choose 1").ok);
  CHECK(reload.check_now(session) == app::LiveReload::Result::Nothing);  // nothing saved yet

  const fs::path dana = tmp / "s/dialogues/dana.yaml";
  const std::string good = read(dana);
  std::string edited = good;
  const std::string old_line = "Our member survey.";
  REQUIRE(edited.find(old_line) != std::string::npos);
  edited.replace(edited.find(old_line), old_line.size(), "The survey, rewritten.");
  rewrite(dana, edited);
  CHECK(reload.check_now(session) == app::LiveReload::Result::Reloaded);
  const Node* survey = session.campaign().steps[0].event.dialogue("dana")->find("survey");
  REQUIRE(survey != nullptr);
  CHECK(survey->say.rfind("The survey, rewritten.", 0) == 0);
  REQUIRE(session.run().conversation);
  CHECK(session.run().conversation->node == "survey");  // the place is kept
  CHECK(session.run().people.at("dana").regard == 1);
  CHECK(reload.errors().empty());

  rewrite(dana, edited + "nodes:\n\tbroken: [\n");
  CHECK(reload.check_now(session) == app::LiveReload::Result::Failed);
  REQUIRE_FALSE(reload.errors().empty());
  CHECK(reload.errors().front().pos.file.find("dana.yaml") != std::string::npos);
  CHECK(session.campaign().steps[0].event.dialogue("dana")->find("survey")->say.rfind("The survey, rewritten.", 0) == 0);
  CHECK(session.send("choose 1").ok);  // the old content plays on

  rewrite(dana, good);
  CHECK(reload.check_now(session) == app::LiveReload::Result::Reloaded);
  CHECK(reload.errors().empty());
}

TEST_CASE("the files are looked at only every half second") {
  test::TempDir tmp;
  fs::copy(fs::path(MINGLE_TESTS_DIR) / "gui/fixtures/one-hello", tmp / "s", fs::copy_options::recursive);
  const Campaign c = test::load_fixture("gui/fixtures/one-hello");
  app::GameSession session(c, sim::start_run(c, 1), (tmp / "s").string(), "Sam", {});
  app::LiveReload reload(tmp / "s");
  const fs::path event = tmp / "s/event.yaml";
  rewrite(event, read(event) + "\n# a comment\n");
  CHECK(reload.poll(0.2f, session) == app::LiveReload::Result::Nothing);
  CHECK(reload.poll(0.4f, session) == app::LiveReload::Result::Reloaded);
}
