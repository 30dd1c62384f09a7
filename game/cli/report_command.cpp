// `mingle report [FILE|FOLDER]... [--lrs ENDPOINT --key KEY --secret-env VAR | --workshop FILE]
//                [--csv FILE] [--html FILE] [--title TEXT] [--all-runs]`
// One row per trainee-run, from results files and folders or read back from a learning record
// store. Exit codes: 0 written; 1 nothing to read or a file could not be written; 2 usage.
#include "cli/commands.h"
#include "cli/report.h"
#include "core/diag/diagnostic.h"
#include "core/util/atomic_file.h"
#include "core/util/stop_request.h"
#include "core/workshop/workshop.h"
#include "net/lrs_client.h"
#include "net/workshop_session.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <thread>
#include <cstdlib>
#include <iostream>
#include <memory>

namespace fs = std::filesystem;

namespace mingle::cli {
namespace {

struct ReportArgs {
  std::vector<std::string> paths;
  std::string lrs, key, secret_env, workshop;
  std::string csv, html, title;
  bool all_runs = false;  // the cohort's figures over every run, not only the counted ones
  bool watch = false;     // keep the page up to date until stopped
  int every = 10;         // seconds between updates, with --watch
};

std::string clock_now() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
#ifdef _WIN32
  localtime_s(&tm, &t);
#else
  localtime_r(&t, &tm);
#endif
  char buf[16];
  std::strftime(buf, sizeof buf, "%H:%M:%S", &tm);
  return buf;
}

// `--watch`: the page again every few seconds, from the LRS (runs still being played included)
// and the results folders, until Ctrl-C or SIGTERM; then once more, as a page that stays.
int watch_report(const ReportArgs& a, const std::optional<net::LrsTarget>& target, const std::string& title) {
  catch_stop_requests();
  const int every = std::max(1, a.every);
  const fs::path base = fs::path(a.html).parent_path().empty() ? fs::path(".") : fs::path(a.html).parent_path();
  const fs::path details = base / (fs::path(a.html).stem().string() + "-runs.html");
  std::string last_problem;
  std::cout << "Watching: " << a.html << " is written again every " << every
            << " seconds (open it in a browser: it reloads itself). Ctrl-C stops.\n" << std::flush;
  for (bool last = false;; ) {
    last = stop_request() != 0;
    std::vector<std::string> notes;
    std::vector<ReportRun> runs;
    std::string problem;
    if (target) {
      std::vector<nlohmann::json> statements;
      if (net::fetch_statements(*target, "", statements, problem)) runs = runs_from_statements(statements, notes, true);
    }
    if (!a.paths.empty()) {
      auto from_files = runs_from_files(std::vector<fs::path>(a.paths.begin(), a.paths.end()), notes);
      runs.insert(runs.end(), from_files.begin(), from_files.end());
    }
    sort_runs(runs);
    if (problem != last_problem && !problem.empty())
      std::cerr << "mingle report: " << problem << "; the page keeps what it had and tries again.\n";
    last_problem = problem;
    if (problem.empty() || last) {
      const auto playing = static_cast<std::size_t>(
          std::count_if(runs.begin(), runs.end(), [](const ReportRun& r) { return r.playing; }));
      const ReportPages pages = report_pages(runs, title, base, a.all_runs, details.filename().string());
      std::string error;
      if ((!pages.details.empty() && !write_file_atomically(details, pages.details, error)) ||
          !write_file_atomically(a.html, live_page(pages.page, last ? 0 : every, clock_now(), playing), error)) {
        std::cerr << "mingle report: " << error << "\n";
        return 1;
      }
    }
    if (last) break;
    for (int waited = 0; waited < every * 10 && stop_request() == 0; ++waited)
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  std::cout << "Stopped watching; " << a.html << " holds the last update.\n";
  return 0;
}

int run_report(const ReportArgs& a) {
  std::vector<std::string> notes;
  std::vector<ReportRun> runs;
  std::string title = a.title;
  std::optional<net::LrsTarget> target;
  if (!a.workshop.empty()) {
    WorkshopLoad w = load_workshop(a.workshop);
    for (const auto& d : w.diagnostics) std::cerr << format_gcc(d) << "\n";
    if (!w.ok()) return 1;
    if (title.empty()) title = w.workshop->title;
    if (w.workshop->lrs && a.paths.empty()) {
      std::string error;
      target = net::lrs_target(*w.workshop, error);
      if (!target) {
        std::cerr << "mingle report: " << error << ".\n";
        return 1;
      }
    }
  }
  if (!a.lrs.empty()) {
    if (a.key.empty() || a.secret_env.empty()) {
      std::cerr << "mingle report: with --lrs, give --key and --secret-env (the variable holding the secret).\n";
      return 2;
    }
    const std::string::size_type host = a.lrs.find("://");
    const std::string authority =
        host == std::string::npos ? a.lrs : a.lrs.substr(host + 3, a.lrs.find_first_of("/?#", host + 3) - host - 3);
    if (authority.find('@') != std::string::npos) {  // the address itself is never repeated
      std::cerr << "mingle report: the --lrs address holds a user name or password (the part before '@'); give "
                   "the address without it, the user name with --key and the password in the variable named by "
                   "--secret-env.\n";
      return 2;
    }
    const char* secret = std::getenv(a.secret_env.c_str());
    if (!secret || !*secret) {
      std::cerr << "mingle report: the environment variable " << a.secret_env << " is not set.\n";
      return 1;
    }
    target = net::LrsTarget{};
    target->endpoint = a.lrs.back() == '/' ? a.lrs : a.lrs + "/";
    target->key = a.key;
    target->secret = secret;
  }
  if (a.watch && a.html.empty()) {
    std::cerr << "mingle report: --watch keeps a page up to date: give --html FILE.\n";
    return 2;
  }
  if (a.watch) return watch_report(a, target, title.empty() ? std::string("Mingle: the cohort's runs, live") : title);
  if (target) {
    std::vector<nlohmann::json> statements;
    std::string error;
    if (!net::fetch_statements(*target, "", statements, error)) {
      std::cerr << "mingle report: " << error << ".\n";
      return 1;
    }
    runs = runs_from_statements(statements, notes);
  }
  std::size_t left_out = 0;  // results files that could not be read: said, and exit 1
  if (!a.paths.empty()) {
    std::vector<fs::path> paths(a.paths.begin(), a.paths.end());
    auto from_files = runs_from_files(paths, notes, &left_out);
    runs.insert(runs.end(), from_files.begin(), from_files.end());
  }
  if (!target && a.paths.empty()) {
    std::cerr << "mingle report: name results files or folders, or a learning record store (--lrs or --workshop).\n";
    return 2;
  }
  sort_runs(runs);
  for (const auto& n : notes) std::cerr << "mingle report: " << n << "\n";
  if (title.empty()) title = "Mingle: the cohort's runs";
  const int done = left_out > 0 ? 1 : 0;
  if (left_out > 0)
    std::cerr << "mingle report: " << left_out << (left_out == 1 ? " file was" : " files were")
              << " left out (see above); the report holds the others.\n";
  if (a.csv.empty() && a.html.empty()) {
    std::cout << report_csv(runs);
    return done;
  }
  std::string error;
  if (!a.csv.empty() && !write_file_atomically(a.csv, report_csv(runs), error)) {
    std::cerr << "mingle report: " << error << "\n";
    return 1;
  }
  fs::path details;  // each run in full, beside the page, for a big cohort
  if (!a.html.empty()) {
    const fs::path base = fs::path(a.html).parent_path();
    details = base / (fs::path(a.html).stem().string() + "-runs.html");
    const ReportPages pages = report_pages(runs, title, base.empty() ? fs::path(".") : base, a.all_runs,
                                           details.filename().string());
    if (pages.details.empty()) details.clear();
    if ((!pages.details.empty() && !write_file_atomically(details, pages.details, error)) ||
        !write_file_atomically(a.html, pages.page, error)) {
      std::cerr << "mingle report: " << error << "\n";
      return 1;
    }
  }
  std::cout << "Reported " << runs.size() << (runs.size() == 1 ? " run" : " runs");
  if (!a.csv.empty()) std::cout << " to " << a.csv;
  if (!a.html.empty()) std::cout << (a.csv.empty() ? " to " : " and ") << a.html;
  std::cout << ".\n";
  if (!details.empty()) std::cout << "Each run in full is on its own page: " << details.string() << "\n";
  const auto not_counted = std::count_if(runs.begin(), runs.end(), [](const ReportRun& r) { return !r.counted; });
  if (not_counted > 0 && !a.html.empty())
    std::cout << not_counted << (not_counted == 1 ? " run is" : " runs are")
              << " not counted (a later attempt in assessed mode): "
              << (a.all_runs ? "the page's cohort figures include them (--all-runs)."
                             : "the page's cohort figures leave them out; --all-runs puts them in.")
              << "\n";
  return done;
}

}  // namespace

void add_report_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* cmd = app.add_subcommand(
      "report",
      "The cohort's runs in one table (CSV) or one page (HTML): from results files and folders, "
      "or read back from a learning record store. Without --csv or --html, the CSV goes to the terminal.");
  cmd->add_option("PATH", args->paths, "results files, or folders of them")->check(CLI::ExistingPath);
  cmd->add_option("--workshop", args->workshop,
                  "the workshop file: its title heads the report, and without PATHs its LRS is read")
      ->check(CLI::ExistingFile);
  cmd->add_option("--lrs", args->lrs, "read the runs from this LRS (its xAPI address)");
  cmd->add_option("--key", args->key, "the LRS key, with --lrs");
  cmd->add_option("--secret-env", args->secret_env,
                  "the environment variable holding the LRS secret, with --lrs (never the secret itself)");
  cmd->add_option("--csv", args->csv, "write one row per trainee-run here");
  cmd->add_option("--html", args->html, "write the page here (self-contained: no network needed to view it)");
  cmd->add_option("--title", args->title, "the report's heading");
  cmd->add_flag("--all-runs", args->all_runs,
                "the page's cohort figures over every run; without it, a later attempt in assessed mode "
                "(counted: false) has its own row and section but is left out of the figures");
  cmd->add_flag("--watch", args->watch,
                "keep the page (--html) up to date while trainees play, from the LRS (runs still being played "
                "included) and from results folders; the page reloads itself in the browser. Ctrl-C stops");
  cmd->add_option("--every", args->every, "with --watch: seconds between updates (default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->callback([args, exit_code] { *exit_code = run_report(*args); });
}

}  // namespace mingle::cli
