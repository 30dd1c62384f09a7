// Counted or not in `mingle report`: a later attempt in assessed mode has `counted` false in the
// CSV (from results files and from statements alike); the page's cohort figures leave it out
// unless asked for every run; a run that stopped before the end says so, and why.
#include "cli/report.h"

#include <doctest/doctest.h>

#include <filesystem>

namespace fs = std::filesystem;
using namespace mingle;
using nlohmann::json;

namespace {

json results(const std::string& player, int attempt, bool counted, const std::string& stopped, int enjoyment) {
  return {{"schema_version", 1},
          {"scenario", {{"id", "harbour-reception"}, {"title", "The Harbour Reception"}}},
          {"seed", 7},
          {"player", {{"name", player}}},
          {"enjoyment", enjoyment},
          {"need_found", false},
          {"stopped_because", stopped},
          {"ideas_met", json::array({std::string("Listen first (") + player + ")"})},
          {"workshop", {{"title", "Spring"}, {"mode", "assessed"}, {"attempt", attempt}, {"counted", counted}}}};
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the CSV says whether each run counted, from results files and from statements") {
  std::vector<cli::ReportRun> runs = {cli::run_from_results(results("Ann Lee", 1, true, "finished", 5), "a.json"),
                                      cli::run_from_results(results("Ann Lee", 2, false, "finished", 9), "b.json"),
                                      cli::run_from_results(results("Bo Chen", 1, true, "you quit", 3), "c.json")};
  CHECK(runs[0].counted);
  CHECK_FALSE(runs[1].counted);
  // A results file from before workshops (no `workshop`) counts.
  CHECK(cli::run_from_results({{"schema_version", 1}, {"scenario", {{"id", "h"}}}}, "d.json").counted);
  const std::string csv = cli::report_csv(runs);
  const std::string header = csv.substr(0, csv.find('\n'));
  CHECK(has(header, "name,scenario,workshop,mode,attempt,counted,seed,"));
  CHECK(has(csv, "Ann Lee,harbour-reception,Spring,assessed,1,true,7,"));
  CHECK(has(csv, "Ann Lee,harbour-reception,Spring,assessed,2,false,7,"));

  // A closing statement carries `counted` in its context; the report reads it back.
  const std::string x = "https://w3id.org/xapi/mingle/extensions/";
  auto closing = [&](const std::string& reg, bool counted) {
    return json{{"actor", {{"account", {{"name", "Ann Lee"}}}}},
                {"verb", {{"id", "http://adlnet.gov/expapi/verbs/completed"}}},
                {"object",
                 {{"id", "https://e.org/mingle/scenarios/harbour-reception"},
                  {"definition", {{"type", "https://w3id.org/xapi/seriousgames/activity-types/serious-game"}}}}},
                {"context", {{"registration", reg}, {"extensions", {{x + "counted", counted}, {x + "attempt", 1}}}}},
                {"result", {{"extensions", {{x + "stopped-because", "finished"}}}}}};
  };
  std::vector<std::string> notes;
  const auto from_lrs = cli::runs_from_statements({closing("r1", true), closing("r2", false)}, notes);
  REQUIRE(from_lrs.size() == 2);
  CHECK(from_lrs[0].counted);
  CHECK_FALSE(from_lrs[1].counted);
}

TEST_CASE("the page's cohort figures use the counted runs unless asked for all; every run keeps its section") {
  const std::vector<cli::ReportRun> runs = {
      cli::run_from_results(results("Ann Lee", 1, true, "finished", 5), "a.json"),
      cli::run_from_results(results("Ann Lee", 2, false, "finished", 9), "b.json"),
      cli::run_from_results(results("Bo Chen", 1, true, "the game was asked to stop", 3), "c.json")};
  const std::string counted = cli::report_html(runs, "Debrief", fs::temp_directory_path());
  CHECK(has(counted, "2 runs by 2 trainees"));
  CHECK(has(counted, "1 more run is not counted"));
  CHECK(count(counted, "class=\"run-bars\"") == 2);
  CHECK_FALSE(has(counted, "data-idea=\"Listen first (Ann Lee)\" data-count=\"2\""));
  CHECK(count(counted, "<section class=\"trainee\"") == 3);  // every run keeps its own section
  CHECK(has(counted, "Not counted</strong>"));
  CHECK(count(counted, "<td>no</td><td>finished</td>") == 1);  // the counted column, Ann's attempt 2

  const std::string all = cli::report_html(runs, "Debrief", fs::temp_directory_path(), true);
  CHECK(has(all, "3 runs by 2 trainees"));
  CHECK(count(all, "class=\"run-bars\"") == 3);
  CHECK(has(all, "the 1 not counted"));
  CHECK(has(all, "data-idea=\"Listen first (Ann Lee)\" data-count=\"2\""));
  CHECK(has(counted, "data-idea=\"Listen first (Ann Lee)\" data-count=\"1\""));
}

TEST_CASE("a run that stopped before the end is marked with why; a finished run without the need says no") {
  const std::vector<cli::ReportRun> runs = {
      cli::run_from_results(results("Ann Lee", 1, true, "finished", 5), "a.json"),
      cli::run_from_results(results("Bo Chen", 1, true, "the game was asked to stop", 3), "c.json"),
      cli::run_from_results(results("Cy Dee", 1, true, "", 3), "d.json")};
  CHECK(cli::interrupted_why(runs[0]).empty());
  CHECK(cli::interrupted_why(runs[1]) == "the game was asked to stop");
  CHECK(cli::interrupted_why(runs[2]) == "not finished yet");
  const std::string page = cli::report_html(runs, "Debrief", fs::temp_directory_path());
  CHECK(has(page, "<td>stopped: the game was asked to stop</td><td>not yet</td>"));
  CHECK(has(page, "<td>finished</td><td>no</td>"));
  CHECK(has(page, "<strong class=\"interrupted\">Stopped before the end.</strong>"));
  CHECK(has(page, "<strong class=\"interrupted\">Not finished yet</strong>"));
}
