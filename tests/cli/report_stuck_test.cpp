// "Where people got stuck" in `mingle report`: the runs' stuck points and the choices before a
// talk went wrong, grouped by place with counts and the trainees' names; the same from the
// results files and from the statements; choice endings said as they happened.
#include "cli/report.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/results_file.h"
#include "net/statements.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>

namespace fs = std::filesystem;
using namespace mingle;
using nlohmann::json;

namespace {

const Campaign& harbour() {
  static const LoadResult r = load_content(fs::path(MINGLE_TESTS_DIR) / "workshop" / "harbour");
  REQUIRE(r.ok());
  return *r.campaign;
}

struct Played {
  json results;
  std::vector<json> statements;
};

// Plays lines as the terminal does (refusals noted), then stops the run as the script ran out.
Played play(const std::string& player, const std::vector<std::string>& lines) {
  const Campaign& c = harbour();
  sim::RunState s = sim::start_run(c, 7);
  net::RunContext ctx;
  ctx.player = player;
  ctx.home_page = "https://learning.example.org";
  ctx.registration = net::new_uuid();
  net::StatementTracker tracker(ctx);
  Played p;
  const auto now = std::chrono::system_clock::now();
  for (const auto& line : lines) {
    std::string error;
    auto cmd = sim::parse_command(line, error);
    REQUIRE_MESSAGE(cmd, error);
    auto r = sim::apply(c, s, *cmd);
    if (!r.ok) sim::note_refused(c, s, *cmd, r);
    for (auto& st : tracker.collect(c, s, r, now)) p.statements.push_back(st);
  }
  const auto stopped = sim::stop_run(c, s, "the commands ran out");
  for (auto& st : tracker.collect(c, s, stopped, now)) p.statements.push_back(st);
  sim::Results results = sim::build_results(c, s);
  results.player_name = player;
  p.results = json::parse(sim::results_text(results));
  return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The row of the stuck table that names `place`, or "".
std::string stuck_row(const std::string& page, const std::string& place) {
  const auto table = page.find("<table id=\"stuck-table\">");
  if (table == std::string::npos) return {};
  const auto end = page.find("</table>", table);
  for (auto at = page.find("<tr class=\"stuck-row\">", table); at != std::string::npos && at < end;
       at = page.find("<tr class=\"stuck-row\">", at + 1)) {
    const std::string row = page.substr(at, page.find("</tr>", at) - at);
    if (has(row, place)) return row;
  }
  return {};
}

}  // namespace

TEST_CASE("the report groups where people got stuck by place, with counts and names, from either source") {
  // Ann tries the greyed "Ask how she did it" and walks away; Bo does the same; Cara says
  // goodbye politely and is cut off with Marcus when her run stops.
  const Played ann = play("Ann Lee", {"talk priya", "choose 2", "choose 1", "leave", "end"});
  const Played bo = play("Bo Chen", {"talk priya", "choose 2", "choose 1", "choose 1", "leave"});
  const Played cara = play("Cara Diaz", {"talk priya", "choose 3", "talk marcus", "choose 1"});

  std::vector<cli::ReportRun> runs;
  for (const Played* p : {&ann, &bo, &cara}) runs.push_back(cli::run_from_results(p->results, "r.json"));
  REQUIRE(runs[0].stuck.size() == 3);  // refused, left, the need
  CHECK(runs[0].stuck[0].kind == "refused");
  CHECK(runs[0].stuck[0].person == "Priya Raman");
  CHECK(runs[0].stuck[1].kind == "left");
  CHECK(runs[0].stuck[2].kind == "need_not_found");

  // The statements give the same stuck points as the results files.
  std::vector<json> all;
  for (const Played* p : {&ann, &bo, &cara}) all.insert(all.end(), p->statements.begin(), p->statements.end());
  std::vector<std::string> notes;
  auto from_lrs = cli::runs_from_statements(all, notes);
  cli::sort_runs(from_lrs);
  REQUIRE(from_lrs.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    REQUIRE(from_lrs[i].stuck.size() == runs[i].stuck.size());
    for (std::size_t k = 0; k < runs[i].stuck.size(); ++k) {
      CHECK(from_lrs[i].stuck[k].kind == runs[i].stuck[k].kind);
      CHECK(from_lrs[i].stuck[k].detail == runs[i].stuck[k].detail);
      CHECK(from_lrs[i].stuck[k].node == runs[i].stuck[k].node);
      CHECK(from_lrs[i].stuck[k].person == runs[i].stuck[k].person);
      CHECK(from_lrs[i].stuck[k].time == runs[i].stuck[k].time);
    }
  }

  const std::string page = cli::report_html(runs, "Debrief", fs::temp_directory_path());
  const std::string at_priya = stuck_row(page, "(priya/her-work)");
  REQUIRE_FALSE(at_priya.empty());
  CHECK(has(at_priya, "Priya Raman"));
  CHECK(has(at_priya, "2 of 3"));  // Ann and Bo
  CHECK(has(at_priya, "Ann Lee, Bo Chen"));
  CHECK(has(at_priya, "tried something that was refused (3 times)"));  // Ann once, Bo twice
  CHECK(has(at_priya, "walked away mid-talk (2 times)"));
  CHECK(has(at_priya, "Ask how she did it."));
  const std::string at_marcus = stuck_row(page, "(marcus/hello)");
  CHECK(has(at_marcus, "cut off mid-talk"));
  CHECK(has(at_marcus, "Cara Diaz"));
  CHECK(has(at_marcus, "1 of 3"));
  // The most-shared place comes first.
  CHECK(page.find("(priya/her-work)") < page.find("(marcus/hello)"));
  // Each trainee's section lists theirs.
  CHECK(has(page, "<h3>Where they got stuck</h3>"));

  // Cara parted politely: said as that, not as a conversation that ended well.
  CHECK(cara.results["choice_endings"][0] == "parted-politely");
  CHECK(has(page, "(you left politely)"));
  CHECK_FALSE(has(page, "ended well)</span>"));

  // The CSV counts each run's stuck points by kind.
  const std::string csv = cli::report_csv(runs);
  CHECK(has(csv.substr(0, csv.find('\n')), ",stuck_points"));
  CHECK(has(csv, "refused=1; left=1; need_not_found=1"));
}

TEST_CASE("stuck points from a hostile results file are escaped and capped") {
  json j = {{"schema_version", 1}, {"scenario", {{"id", "h"}}}, {"player", {{"name", "<b>Eve</b>"}}}};
  json points = json::array();
  for (int i = 0; i < 1000; ++i)
    points.push_back({{"event", 1},
                      {"time", "18:00"},
                      {"person", "x"},
                      {"person_name", "<script>alert(1)</script>"},
                      {"node", "d/<img src=x onerror=alert(1)>"},
                      {"kind", "refused"},
                      {"detail", "\"><svg onload=alert(1)>"}});
  j["stuck_points"] = points;
  const auto run = cli::run_from_results(j, "r.json");
  CHECK(run.stuck.size() == cli::kMaxStuckPerRun);
  const std::string page = cli::report_html({run}, "Debrief", fs::temp_directory_path());
  CHECK_FALSE(has(page, "<script>alert"));
  CHECK(page.find("<script>") == page.rfind("<script>"));  // the page's own sorting script, only
  CHECK_FALSE(has(page, "<img"));
  CHECK_FALSE(has(page, "<svg onload"));
  CHECK(has(page, "&lt;script&gt;alert(1)&lt;/script&gt;"));
}
