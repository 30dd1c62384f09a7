// One set of numbers: the golden campaign (tests/play/campaign-golden) played in the terminal,
// and every place that shows its scores checked against every other: each debrief's figures,
// the season in review, the results file (its season and its debriefs), the xAPI statements
// and `mingle report` (read from the results file and from the statements). Each evening and
// each stretch of weeks after it is counted once, so the running totals add up.
#include "cli/report.h"
#include "net/statements.h"
#include "support/golden_run.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <filesystem>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using mingle::test::read_file;
using nlohmann::json;

namespace {

// Figures as a place shows them: what a stretch added, and the running totals after it.
struct Figures {
  int enjoyment = 0, value = 0, enjoyment_total = 0, value_total = 0;
  bool operator==(const Figures& o) const {
    return enjoyment == o.enjoyment && value == o.value && enjoyment_total == o.enjoyment_total &&
           value_total == o.value_total;
  }
};

std::ostream& operator<<(std::ostream& o, const Figures& f) {
  return o << "{" << f.enjoyment << ", " << f.value << " -> " << f.enjoyment_total << ", " << f.value_total << "}";
}

Figures from_json(const json& j) {
  return {j.at("enjoyment").get<int>(), j.at("value").get<int>(), j.at("enjoyment_total").get<int>(),
          j.at("value_total").get<int>()};
}

}  // namespace

TEST_CASE("one set of numbers: debriefs, season, results file, statements and report agree (campaign-golden)") {
  const mingle::Campaign c = mingle::test::bundled_campaign();
  const fs::path out_dir = fs::path(MINGLE_TEST_OUT) / "numbers";
  fs::create_directories(out_dir);

  mingle::net::RunContext ctx;
  ctx.player = "Numbers";
  ctx.home_page = "https://learning.example.org";
  ctx.registration = mingle::net::new_uuid();
  mingle::net::StatementTracker tracker(ctx);
  std::vector<json> statements;
  mingle::cli::PlayOptions o;
  o.results = out_dir / "golden.json";
  o.width = 0;  // whole lines, so each figure is matched on one line
  o.on_change = [&](const mingle::Campaign& camp, const mingle::sim::RunState& s, const mingle::sim::CommandResult& r) {
    for (auto& st : tracker.collect(camp, s, r, std::chrono::system_clock::now())) statements.push_back(st);
  };
  const std::string text = mingle::test::play_golden(c, o);
  const json results = json::parse(read_file(*o.results));
  const std::size_t events = c.steps.size();
  REQUIRE(events >= 4);

  // 1. What the terminal showed: each debrief, and the season in review.
  std::vector<Figures> debrief, season_evening, season_weeks;
  std::vector<std::pair<int, int>> since;  // "In the weeks after…", before each debrief but the first
  const std::regex this_event(R"(This event: enjoyment ([-+]?\d+), value ([-+]?\d+)\. Running total: enjoyment (-?\d+), value (-?\d+)\.)");
  const std::regex since_last(R"(^In the weeks after .*: enjoyment ([-+]?\d+), value ([-+]?\d+)\.)");
  const std::regex evening_row(R"(^  \d+\. .*: enjoyment ([-+]?\d+), value ([-+]?\d+)  \(running total: enjoyment (-?\d+), value (-?\d+)\))");
  const std::regex weeks_row(R"(^     The weeks after: enjoyment ([-+]?\d+), value ([-+]?\d+)  \(running total: enjoyment (-?\d+), value (-?\d+)\))");
  const std::regex run_over(R"(The run is over\. Enjoyment (-?\d+), value (-?\d+)\.)");
  int final_enjoyment = -9999, final_value = -9999;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch m;
    auto figures = [&] { return Figures{std::stoi(m[1]), std::stoi(m[2]), std::stoi(m[3]), std::stoi(m[4])}; };
    // The golden plan asks for the last debrief again ('debrief --all'): the same figures, kept once.
    if (std::regex_search(line, m, this_event)) {
      if (debrief.size() < events) debrief.push_back(figures());
      else CHECK(figures() == debrief.back());
    }
    else if (std::regex_search(line, m, since_last)) {
      if (since.size() + 1 < events) since.emplace_back(std::stoi(m[1]), std::stoi(m[2]));
    }
    else if (std::regex_search(line, m, evening_row)) season_evening.push_back(figures());
    else if (std::regex_search(line, m, weeks_row)) season_weeks.push_back(figures());
    else if (std::regex_search(line, m, run_over)) {
      final_enjoyment = std::stoi(m[1]);
      final_value = std::stoi(m[2]);
    }
  }
  REQUIRE(debrief.size() == events);
  REQUIRE(since.size() == events - 1);
  REQUIRE(season_evening.size() == events);
  REQUIRE(season_weeks.size() == events);

  // 2. The results file: its season and its debriefs.
  const json& season_json = results.at("season").at("events");
  const json& debrief_json = results.at("debrief");
  REQUIRE(season_json.size() == events);
  REQUIRE(debrief_json.size() == events);

  // 3. The statements: each event's completion, and the run's closing statement.
  std::vector<Figures> stated;
  const std::string base = mingle::net::kExtensionBase;
  json closing;
  for (const auto& st : statements) {
    const std::string type = st["object"]["definition"].value("type", "");
    const std::string verb = st["verb"]["id"];
    const bool ends = verb.find("completed") != std::string::npos || verb.find("terminated") != std::string::npos;
    if (!ends) continue;
    const json& ext = st["result"]["extensions"];
    if (type.find("/level") != std::string::npos)
      stated.push_back({ext[base + "event-enjoyment"], ext[base + "event-value"], ext[base + "enjoyment"],
                        ext[base + "value"]});
    else
      closing = st;
  }
  REQUIRE(stated.size() == events);
  REQUIRE(closing.is_object());

  // 4. `mingle report`, from the results file and from the statements.
  const mingle::cli::ReportRun from_file = mingle::cli::run_from_results(results, o.results->string());
  std::vector<std::string> notes;
  const auto from_lrs = mingle::cli::runs_from_statements(statements, notes);
  REQUIRE(from_lrs.size() == 1);
  REQUIRE(from_file.event_scores.size() == events);
  REQUIRE(from_lrs[0].event_scores.size() == events);

  for (std::size_t k = 0; k < events; ++k) {
    CAPTURE(k + 1);
    const Figures shown = debrief[k];
    CHECK(season_evening[k] == shown);
    CHECK(from_json(season_json[k]) == shown);
    CHECK(from_json(debrief_json[k]) == shown);
    CHECK(stated[k] == shown);
    for (const auto* report : {&from_file, &from_lrs[0]}) {
      const auto& r = report->event_scores[k];
      CHECK(r.event == static_cast<int>(k) + 1);
      CHECK(Figures{r.enjoyment, r.value, r.enjoyment_total, r.value_total} == shown);
    }
    // The weeks after this evening: the season's line, the results' and the next debrief's.
    CHECK(from_json(season_json[k].at("weeks_after")) == season_weeks[k]);
    CHECK(season_weeks[k].enjoyment_total == shown.enjoyment_total + season_weeks[k].enjoyment);
    CHECK(season_weeks[k].value_total == shown.value_total + season_weeks[k].value);
    if (k + 1 < events) {
      CHECK(since[k] == std::make_pair(season_weeks[k].enjoyment, season_weeks[k].value));
      // The last debrief's total + the weeks between + this evening = this total.
      CHECK(shown.enjoyment_total + since[k].first + debrief[k + 1].enjoyment == debrief[k + 1].enjoyment_total);
      CHECK(shown.value_total + since[k].second + debrief[k + 1].value == debrief[k + 1].value_total);
    }
  }
  // The first evening starts from nothing; the end is the last weeks' total, everywhere.
  CHECK(debrief[0].enjoyment == debrief[0].enjoyment_total);
  CHECK(debrief[0].value == debrief[0].value_total);
  const Figures& last = season_weeks.back();
  CHECK(final_enjoyment == last.enjoyment_total);
  CHECK(final_value == last.value_total);
  CHECK(results.at("enjoyment") == last.enjoyment_total);
  CHECK(results.at("value") == last.value_total);
  CHECK(closing["result"]["extensions"][base + "enjoyment"] == last.enjoyment_total);
  CHECK(closing["result"]["extensions"][base + "value"] == last.value_total);
  for (const auto* report : {&from_file, &from_lrs[0]}) {
    CHECK(report->enjoyment == last.enjoyment_total);
    CHECK(report->value == last.value_total);
  }
}
