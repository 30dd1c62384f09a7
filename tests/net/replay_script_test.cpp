// What --replay reads from a results file: checked before the window sees any of it.
#include "net/replay_script.h"

#include <doctest/doctest.h>

#include <string>

using mingle::net::read_replay_script;

TEST_CASE("a results file gives its seed, commands, player and scenario to a replay") {
  std::string error;
  auto r = read_replay_script(R"({"seed": 7, "commands": ["talk priya", 3, "choose 1"],
      "player": {"name": "Ann"}, "scenario": {"id": "harbour", "folder": "/x"}, "stopped_because": "you quit"})",
                              "r.json", error);
  REQUIRE(r);
  CHECK(r->seed == 7);
  CHECK(r->commands == std::vector<std::string>{"talk priya", "choose 1"});
  CHECK(r->player == "Ann");
  CHECK(r->scenario_id == "harbour");
  CHECK(r->scenario_folder == "/x");
  CHECK(r->stop_reason == "you quit");
}

TEST_CASE("a replay refuses a command longer than a command may be (it once aborted the window)") {
  std::string error;
  const std::string file = R"({"seed": 1, "commands": ["look", ")" + std::string(20000, 'a') + R"("]})";
  CHECK_FALSE(read_replay_script(file, "long.json", error));
  CHECK(error.find("command 2 in 'long.json' is 20000 bytes long") != std::string::npos);
}

TEST_CASE("a replay refuses files without a seed or commands, and says so") {
  for (const char* text : {"", "[]", R"({"seed": -1, "commands": []})", R"({"seed": 1.5, "commands": []})",
                           R"({"seed": 1, "commands": "look"})", "{\"seed\": 1, \"comm"}) {
    CAPTURE(text);
    std::string error;
    CHECK_FALSE(read_replay_script(text, "x.json", error));
    CHECK(error.find("not a results file") != std::string::npos);
  }
}
