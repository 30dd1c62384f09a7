// The report's comparing pictures: every curve on game time with one scale for the cohort, the
// cohort's median and range at each moment, the trainee x idea grid and the need table.
#include "cli/report_charts.h"

#include <doctest/doctest.h>

using namespace mingle;

namespace {

cli::ReportRun run(const std::string& name, std::vector<cli::ReportPoint> enjoyment) {
  cli::ReportRun r;
  r.player = name;
  r.enjoyment_curve = std::move(enjoyment);
  r.value_curve = {{1, "18:00", 0}};
  return r;
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("times are minutes of the day, and anything else is not a time") {
  CHECK(cli::minute_of("18:05") == 18 * 60 + 5);
  CHECK(cli::minute_of("00:00") == 0);
  CHECK(cli::minute_of("8:05") == -1);
  CHECK(cli::minute_of("18-05") == -1);
  CHECK(cli::minute_of("") == -1);
}

TEST_CASE("the curves share one frame: events side by side on game time, one scale for the cohort") {
  // Ann plays two events, Bo only the first and later in it; Bo goes lower, Ann higher.
  const std::vector<cli::ReportRun> runs = {
      run("Ann", {{1, "18:00", 0}, {1, "18:30", 6}, {2, "17:00", 6}, {2, "17:40", 12}}),
      run("Bo", {{1, "18:00", 0}, {1, "18:10", -4}, {1, "19:00", -2}})};
  const cli::CurveFrame f = cli::curve_frame(runs);
  REQUIRE(f.bands.size() == 2);
  CHECK(f.bands[0].from == 18 * 60);
  CHECK(f.bands[0].to == 19 * 60);  // the latest minute any run had in event 1
  CHECK(f.bands[1].from == 17 * 60);
  CHECK(f.bands[1].to == 17 * 60 + 40);
  CHECK(f.lo[0] == -4);
  CHECK(f.hi[0] == 12);
  // Game time runs left to right: the first event's end before the second's start, widths by minutes.
  CHECK(f.x(1, 18 * 60) < f.x(1, 19 * 60));
  CHECK(f.x(1, 19 * 60) < f.x(2, 17 * 60));
  CHECK((f.bands[0].x1 - f.bands[0].x0) > (f.bands[1].x1 - f.bands[1].x0));
  // One scale: a higher value is drawn higher, the same value at the same height for everyone.
  CHECK(f.y(0, 12) < f.y(0, 0));
  CHECK(f.y(0, -4) > f.y(0, 0));
}

TEST_CASE("the cohort's median and range at each moment count the runs that played that event") {
  const std::vector<cli::ReportRun> runs = {
      run("Ann", {{1, "18:00", 0}, {1, "18:10", 4}, {2, "17:00", 4}, {2, "17:30", 10}}),
      run("Bo", {{1, "18:00", 0}, {1, "18:20", 2}}),
      run("Cy", {{1, "18:00", 0}, {1, "18:05", 9}})};
  const cli::CurveFrame f = cli::curve_frame(runs);
  const auto samples = cli::cohort_samples(runs, f, 0);
  auto at = [&](int event, int minute) {
    for (const auto& s : samples)
      if (s.event == event && s.minute == minute) return s;
    FAIL("no sample at ", event, " ", minute);
    return cli::CohortSample{};
  };
  const auto start = at(1, 18 * 60);
  CHECK(start.runs == 3);
  CHECK(start.median == 0);
  const auto later = at(1, 18 * 60 + 20);  // Ann 4, Bo 2, Cy 9
  CHECK(later.runs == 3);
  CHECK(later.median == 4);
  CHECK(later.low == 2);
  CHECK(later.high == 9);
  const auto second = at(2, 17 * 60 + 30);  // only Ann played event 2
  CHECK(second.runs == 1);
  CHECK(second.median == 10);
  CHECK(second.low == 10);
  CHECK(second.high == 10);
  // An even number of runs: the median is halfway between the middle two.
  const std::vector<cli::ReportRun> two = {run("A", {{1, "18:00", 1}}), run("B", {{1, "18:00", 4}})};
  CHECK(cli::cohort_samples(two, cli::curve_frame(two), 0).front().median == doctest::Approx(2.5));
}

TEST_CASE("each trainee's chart draws their own line over the cohort's, with the value they ended on") {
  const std::vector<cli::ReportRun> runs = {run("Ann", {{1, "18:00", 0}, {1, "18:30", 7}}),
                                            run("Bo", {{1, "18:00", 0}, {1, "18:20", 3}})};
  const cli::CurveFrame f = cli::curve_frame(runs);
  const std::string defs = cli::curve_defs(runs, f);
  CHECK(count(defs, "<symbol id=\"cohort-") == 2);  // enjoyment and value, once per page
  CHECK(count(defs, "class=\"range\"") == 2);
  CHECK(count(defs, "class=\"median\"") == 2);
  CHECK(defs.find(">18:00<") != std::string::npos);  // the axis is in game time
  CHECK(defs.find(">event 1<") != std::string::npos);
  const std::string ann = cli::run_curves(runs[0], f, 1, "Ann");
  CHECK(count(ann, "<use href=\"#cohort-") == 2);
  CHECK(ann.find("class=\"end-value\"") != std::string::npos);
  CHECK(ann.find(">7</text>") != std::string::npos);
}

TEST_CASE("the grid has a row per run and a column per idea, the need table the minute found") {
  cli::ReportRun a = run("Ann", {{1, "18:00", 0}});
  a.ideas = {"Enjoyment counts"};
  a.need_found = true;
  a.need_event = 1;
  a.need_time = "18:25";
  cli::ReportRun b = run("<Bo>", {{1, "18:00", 0}});
  const std::vector<cli::ReportRun> runs = {a, b};
  const std::string grid = cli::idea_grid(runs, {"#run-1", "#run-2"}, {"Ann", "<Bo>"}, {"Enjoyment counts", "Connecting people"});
  CHECK(count(grid, "class=\"met\"") == 1);
  CHECK(count(grid, "class=\"not-met\"") == 3);
  CHECK(grid.find("&lt;Bo&gt;") != std::string::npos);
  CHECK(grid.find("<Bo>") == std::string::npos);
  CHECK(grid.find(">1 of 2<") != std::string::npos);
  CHECK(grid.find(">0 of 2<") != std::string::npos);
  const std::string need = cli::need_table(runs, {"#run-1", "#run-2"}, {"Ann", "<Bo>"});
  CHECK(need.find("<td data-sort=\"25\">25</td>") != std::string::npos);  // 18:25, the event began 18:00
  CHECK(need.find(">18:25<") != std::string::npos);
  CHECK(count(need, "href=\"#sort-need-table-") == 10);
}

TEST_CASE("a big cohort's runs, each in full, go to a page of their own, and small ones stay on one page") {
  std::vector<cli::ReportRun> runs;
  for (std::size_t i = 0; i <= cli::kRunsOnOnePage; ++i) {
    cli::ReportRun r = run("Trainee " + std::to_string(1000 + i), {{1, "18:00", 0}, {1, "18:10", static_cast<int>(i % 7)}});
    r.went_well = {{1, {"You enjoyed yourself."}}};
    runs.push_back(r);
  }
  const auto big = cli::report_pages(runs, "Year", ".", false, "year-runs.html");
  CHECK(count(big.page, "<section class=\"trainee\"") == 0);
  CHECK(count(big.details, "<section class=\"trainee\"") == runs.size());
  CHECK(count(big.page, "href=\"year-runs.html#run-61\"") >= 3);  // the scores table, the grid, the need table...
  CHECK(big.page.find("id=\"runs-apart\"") != std::string::npos);
  CHECK(count(big.page, "<svg class=\"curve\"") == runs.size());  // every figure stays on the cohort's page
  runs.pop_back();
  const auto small = cli::report_pages(runs, "Year", ".", false, "year-runs.html");
  CHECK(small.details.empty());
  CHECK(count(small.page, "<section class=\"trainee\"") == runs.size());
  CHECK(small.page.find("year-runs.html") == std::string::npos);
}
