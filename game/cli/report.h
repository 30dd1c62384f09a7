#pragma once
// The cohort report (`mingle report`): one row per trainee-run, read from results files or
// from a learning record store's statements, written as CSV or as one self-contained HTML page
// (inline SVG, no network). The same runs give the same rows from either source.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace mingle::cli {

struct ReportPoint {
  int event = 0;
  std::string time;
  int value = 0;
};

struct ReportChoice {
  int event = 0;
  std::string time, person, node, choice, text, coach, ending;
  std::string dialogue;
};

// Where a trainee got stuck (the results file's stuck_points, docs/results.md).
struct ReportStuck {
  int event = 0;
  std::string time;
  std::string person;  // the name
  std::string node;    // "dialogue/node", may be empty
  std::string kind;    // refused, left, cut_off, need_not_found
  std::string detail;
};

// One event's figures, as its debrief showed them: the evening's own and the running totals.
struct ReportEventScore {
  int event = 0;
  int enjoyment = 0, value = 0;
  int enjoyment_total = 0, value_total = 0;
};

struct ReportRun {
  std::string source;  // the results file, or "LRS"
  std::string player, scenario_id, scenario_title, workshop, mode, seed, registration;
  int attempt = 0;
  bool counted = true;  // false for a later attempt in assessed mode (the workshop's `counted`)
  bool playing = false;  // read from the LRS before its closing statement: still being played
  bool need_found = false;
  std::string need_found_when;  // "event 1 at 18:05"
  int need_event = 0;           // the event it was found in, when found
  std::string need_time;        // "18:05", when found
  int enjoyment = 0, value = 0;
  std::map<std::string, int> value_by_kind;
  std::vector<std::pair<std::string, std::string>> rungs;  // (name, rung), by name
  std::vector<std::string> introductions;                  // "A & B (good match)"
  std::vector<std::string> ideas;
  int game_minutes = 0;
  int events_played = 0;
  std::string stopped_because;
  std::vector<ReportPoint> enjoyment_curve, value_curve;
  std::vector<ReportChoice> choices;
  std::vector<ReportStuck> stuck;
  std::vector<std::pair<int, std::vector<std::string>>> went_well, to_try;  // by event
  std::vector<ReportEventScore> event_scores;                               // by event
};

// At most this many stuck points are read from one run (a run records at most 100 refused
// attempts; the rest are few): a page stays readable whatever a file holds.
inline constexpr std::size_t kMaxStuckPerRun = 400;

// A results file bigger than this is not read (docs/limits.md): a long run's file is ~100 KB.
inline constexpr std::size_t kMaxResultsFileBytes = 16 * 1024 * 1024;

// Results files, and the .json files directly inside folders. Files that are not results (or
// cut short, too big, not regular files) are skipped with a note in `notes` saying which and
// why; so are numbers that are not whole numbers in range (shown as 0).
std::vector<ReportRun> runs_from_files(const std::vector<std::filesystem::path>& paths,
                                       std::vector<std::string>& notes, std::size_t* left_out = nullptr);
ReportRun run_from_results(const nlohmann::json& results, const std::string& source);
// Statements read back from an LRS: one run per registration that has its closing statement
// (completed or terminated); runs still open are counted in `notes`.
// With `with_open`, runs still being played are in too (`playing`), from what their statements
// say so far (for `mingle report --watch`).
std::vector<ReportRun> runs_from_statements(const std::vector<nlohmann::json>& statements,
                                            std::vector<std::string>& notes, bool with_open = false);

void sort_runs(std::vector<ReportRun>&);
std::string report_csv(const std::vector<ReportRun>&);
// One CSV cell, quoted as needed; a cell a spreadsheet would read as a formula is neutralised.
std::string csv_field(const std::string& cell);
// A link from `base` to `target` (both absolute): relative and percent-encoded; empty when
// none can be made.
std::string relative_link(const std::filesystem::path& target, const std::filesystem::path& base);
// The page for `mingle report --watch`: it reloads itself every so many seconds and says when it
// was made and how many runs are being played; with 0 seconds, the last page, which stays.
std::string live_page(std::string page, int every_seconds, const std::string& updated, std::size_t playing);
// Text made safe inside HTML (&, <, >, ").
std::string html_escape(const std::string&);
// Why a run did not finish ("" when it did): its stopped_because, or that it has not finished.
std::string interrupted_why(const ReportRun&);
// `link_base`: the folder the page will be in, so each trainee's results file is linked
// relative to it. The cohort's figures (the summary, the charts, where people got stuck) use
// the counted runs only, unless `all_runs`; every run keeps its row and its own section.
std::string report_html(const std::vector<ReportRun>&, const std::string& title,
                        const std::filesystem::path& link_base, bool all_runs = false);

// More runs than this, and each run in full goes to a page of its own (`details`), linked from
// the cohort's page, which keeps every figure, table and chart: a year's cohort stays a page a
// browser opens quickly.
inline constexpr std::size_t kRunsOnOnePage = 60;
struct ReportPages {
  std::string page;     // the cohort's page
  std::string details;  // each run in full, when there are more than kRunsOnOnePage; else empty
};
// `details_name`: the runs' page's file name, in the same folder as the cohort's page.
ReportPages report_pages(const std::vector<ReportRun>&, const std::string& title,
                         const std::filesystem::path& link_base, bool all_runs, const std::string& details_name);

}  // namespace mingle::cli
