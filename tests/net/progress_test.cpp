// Progress across attempts: past runs read from a results folder (tolerantly), and what changed
// since the last one.
#include "net/workshop_session.h"

#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/util/atomic_file.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

using namespace mingle;

namespace {

Campaign harbour() {
  LoadResult r = load_content(std::filesystem::path(MINGLE_TESTS_DIR) / "workshop" / "harbour");
  REQUIRE(r.ok());
  return *r.campaign;
}

void write(const test::TempDir& tmp, const std::string& name, const std::string& text) {
  std::string error;
  REQUIRE(write_file_atomically(tmp.path() / name, text, error));
}

}  // namespace

TEST_CASE("past runs: this player's runs of this scenario, by attempt; anything else is skipped") {
  test::TempDir tmp;
  write(tmp, "a.json", R"({"schema_version":1,"scenario":{"id":"harbour-reception","title":"The Harbour Reception"},
    "player":{"name":"Ann"},"enjoyment":5,"value":15,"need_found":true,"ideas_met":["Enjoyment counts"],
    "workshop":{"title":"W","mode":"assessed","attempt":2,"registration":"r2"},"phase":"finished"})");
  write(tmp, "b.json", R"({"schema_version":1,"scenario":{"id":"harbour-reception"},"player":{"name":"Ann"},
    "enjoyment":2,"workshop":{"attempt":1}})");
  write(tmp, "c.json", R"({"schema_version":1,"scenario":{"id":"harbour-reception"},"player":{"name":"Bo"}})");
  write(tmp, "d.json", R"({"schema_version":1,"scenario":{"id":"elsewhere"},"player":{"name":"Ann"}})");
  write(tmp, "broken.json", "{not json");
  write(tmp, "notes.txt", "hello");
  const auto runs = net::past_runs(tmp.path(), "Ann", "harbour-reception");
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].attempt == 1);
  CHECK(runs[1].attempt == 2);
  CHECK(runs[1].need_found);
  CHECK(runs[1].ideas_met == std::vector<std::string>{"Enjoyment counts"});
  CHECK(net::past_run_line(runs[1]) ==
        "The Harbour Reception, attempt 2: enjoyment 5, value 15, found what you came for; 1 idea met");
  CHECK(net::past_run_line(runs[1], false) == "Attempt 2: enjoyment 5, value 15, found what you came for; 1 idea met");
  CHECK(net::all_past_runs(tmp.path()).size() == 4);
}

TEST_CASE("past runs on a shared computer: each trainee's own, by the core's rules, read from the files") {
  test::TempDir tmp;
  const std::string title = "Spring " + std::string(300, 'B');  // longer than a results file's text is kept
  auto file = [&](const std::string& name, const std::string& player, const std::string& workshop, int attempt) {
    write(tmp, name, R"({"schema_version":1,"scenario":{"id":"harbour-reception"},"player":{"name":")" + player +
                         R"("})" + (workshop.empty() ? std::string() : R"(,"workshop":{"title":")" + workshop +
                                                                            R"(","attempt":)" + std::to_string(attempt) + "}") +
                         "}");
  };
  file("ann1.json", "Ann Lee", title, 1);
  file("bo1.json", "Bo Chen", title, 1);
  file("ann-desk.json", "Ann Lee", "", 0);
  file("ann-other.json", "Ann Lee", "Autumn", 1);
  Workshop w;
  w.title = title;
  w.mode = WorkshopMode::Assessed;
  CHECK(net::runs_shown(tmp.path(), &w, "").empty());
  const auto ann = net::runs_shown(tmp.path(), &w, " ann LEE");
  REQUIRE(ann.size() == 1);
  CHECK(ann[0].file.filename() == "ann1.json");
  const auto desk = net::runs_shown(tmp.path(), nullptr, "");
  REQUIRE(desk.size() == 1);
  CHECK(desk[0].file.filename() == "ann-desk.json");
  const Attempt next = net::next_attempt(tmp.path(), w, "Ann Lee", "harbour-reception");
  CHECK(next.number == 2);
  CHECK_FALSE(next.counted);
  CHECK(net::earlier_attempts(tmp.path(), w, "Ann Lee", "harbour-reception").size() == 1);
  CHECK(net::next_attempt(tmp.path(), w, "Cleo", "harbour-reception").number == 1);
}

TEST_CASE("past runs: numbers beyond reach read as 0, never wrapped") {
  test::TempDir tmp;
  write(tmp, "odd.json", R"({"schema_version":1,"scenario":{"id":"h"},"player":{"name":"Ann"},
    "enjoyment":4294967296,"value":-99999999999,"workshop":{"attempt":18446744073709551615}})");
  const auto runs = net::past_runs(tmp.path(), "Ann", "h");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].enjoyment == 0);
  CHECK(runs[0].value == 0);
  CHECK(runs[0].attempt == 0);
}

TEST_CASE("past runs: long texts are cut to a line before they reach the title screen") {
  test::TempDir tmp;
  write(tmp, "long.json", R"({"schema_version":1,"scenario":{"id":"h","title":")" + std::string(20000, 'T') +
                              R"("},"player":{"name":"Ann"},"ideas_met":[")" + std::string(5000, 'i') + R"("]})");
  const auto runs = net::past_runs(tmp.path(), "Ann", "h");
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].scenario_title.size() < 210);
  CHECK(net::past_run_line(runs[0]).size() < 300);
  REQUIRE(runs[0].ideas_met.size() == 1);
  CHECK(runs[0].ideas_met[0].size() < 210);
}

TEST_CASE("what changed since the last attempt, in plain sentences") {
  const Campaign c = harbour();
  sim::RunState s = sim::start_run(c, 7);
  std::string error;
  for (const char* line : {"talk marcus", "choose 1"}) {
    auto cmd = sim::parse_command(line, error);
    REQUIRE(sim::apply(c, s, *cmd).ok);
  }
  net::PastRun last;
  last.enjoyment = s.enjoyment - 1;
  last.value = s.value + 15;
  last.need_found = true;
  last.ideas_met = {"Connecting people"};
  const auto lines = net::changes_since(last, c, s);
  REQUIRE(lines.size() >= 4);
  CHECK(lines[0] == "Your enjoyment is " + std::to_string(s.enjoyment) + ", up 1 on last time.");
  CHECK(lines[1] == "Your value is " + std::to_string(s.value) + ", down 15 on last time.");
  CHECK(lines[2] == "Last time you found what you came for; it is still out there.");
  CHECK(lines.back() == "Met last time but not yet this time: Connecting people.");
}
