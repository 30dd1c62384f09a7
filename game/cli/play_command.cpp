// `mingle play --text [PATH] [--seed N] [--script FILE] [--results FILE] [--player NAME] [--strict] [--practice] [--details]`: load
// content as `mingle check` does, then play it in the terminal (cli/play_text.h).
// Exit codes: 0 played; 1 the content has errors, a file can't be read or written, or --strict
// stopped the run; 2 usage.
#include "cli/commands.h"
#include "cli/play_text.h"
#include "cli/wrap.h"
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"
#include "core/util/atomic_file.h"
#include "core/sim/run_state.h"
#include "core/util/paths.h"
#include "core/util/stop_request.h"
#include "core/util/xdg.h"
#include "core/workshop/workshop.h"
#include "net/workshop_session.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <sstream>
#include <iostream>
#include <memory>

namespace mingle::cli {
namespace {

// The last delivery at the end of a run waits at most this long for the LRS (the statements
// are already on disk; what doesn't go now waits for `mingle sync` or the next run).
constexpr std::chrono::milliseconds kLastDeliveryBudget{500};

// Ctrl-C, SIGTERM and SIGHUP (Windows: the console's control events) end the run like `quit`,
// typed or scripted, so the results are still written; a pending read returns, and the loop
// sees the request. A closed output is noticed by the player as a failed write.
void catch_stop_signals() {
  catch_stop_requests();
  ignore_closed_output();
}

struct PlayArgs {
  bool text = false;
  std::string path;
  std::uint64_t seed = 1;
  std::string script;
  std::string results;
  bool strict = false;
  bool practice = false;
  bool details = false;
  std::string workshop;  // --workshop FILE
  std::string player;    // --player NAME
};

// A results file name for a workshop run: the scenario, the player and the run's registration.
std::string results_name(const std::string& scenario, const std::string& player, const std::string& registration) {
  std::string who;
  for (unsigned char ch : player) who += std::isalnum(ch) ? static_cast<char>(std::tolower(ch)) : '-';
  return scenario + "-" + who + "-" + registration.substr(0, 8) + ".json";
}

int run_play(const PlayArgs& a) {
  if (!a.text) {
    std::cerr << "mingle play: only terminal play is here so far; add --text (mingle play --text).\n";
    return 2;
  }
  // From the start, so a stop signal while the content loads still ends the run like `quit`
  // (the loop sees the flag before its first read), with the results written.
  catch_stop_signals();
  std::filesystem::path path = a.path;
  std::optional<Workshop> workshop;
  if (!a.workshop.empty()) {
    if (!a.path.empty()) {
      std::cerr << "mingle play: a workshop names its own scenario; give --workshop or PATH, not both.\n";
      return 2;
    }
    if (a.player.empty()) {
      std::cerr << "mingle play: in a workshop, say who is playing with --player NAME.\n";
      return 2;
    }
    WorkshopLoad w = load_workshop(a.workshop);
    for (const auto& d : w.diagnostics) std::cerr << format_gcc(d) << "\n";
    if (!w.ok()) {
      std::cerr << "mingle play: the workshop file '" << a.workshop
                << "' can't be used until the errors above are fixed.\n";
      return 1;
    }
    workshop = *w.workshop;
    path = workshop->scenario_path;
  }
  if (path.empty()) {
    // Terminal play needs only dialogues/, so it also accepts a data folder that has no assets/
    // yet (the build tree before any art exists).
    const auto data = find_data_dir();
    const auto beside = executable_dir().parent_path() / "share" / "mingle" / "dialogues";
    std::error_code ec;
    if (data)
      path = *data / "dialogues";
    else if (std::filesystem::is_directory(beside, ec))
      path = beside;
    else {
      std::cerr << "mingle play: " << data_dir_help(executable_dir()) << "\n";
      return 1;
    }
  }
  LoadResult loaded = load_content(path);
  // Errors and warnings matter while playing; info notes are for 'mingle check'.
  for (const auto& d : loaded.diagnostics)
    if (d.severity != Severity::Info) std::cerr << format_gcc(d) << "\n";
  if (loaded.ok() && !loaded.campaign) {
    std::cerr << "mingle play: '" << path.string()
              << "' is a single file; play an event folder (with event.yaml) or a campaign folder.\n";
    return 1;
  }
  if (!loaded.ok() || !loaded.campaign) {
    std::cerr << "mingle play: '" << path.string()
              << "' can't be played until the errors above are fixed ('mingle check' lists them).\n";
    return 1;
  }
  PlayOptions o;
  o.seed = a.seed;
  o.strict = a.strict;
  o.practice = a.practice;
  o.details = a.details;
  o.player = a.player;
  std::error_code ec;
  o.content = std::filesystem::absolute(path, ec).lexically_normal().string();
  // Every run leaves a results file (README): the one named, else a new one in the results folder.
  if (!a.results.empty()) o.results = a.results;
  o.interrupted = &stop_request();
  o.width = terminal_width(STDOUT_FILENO);  // 80 when it is not a terminal
  std::unique_ptr<net::WorkshopSession> session;
  if (workshop) {
    const Campaign& c = *loaded.campaign;
    // A workshop run keeps its results and records in the player's own folder: said when HOME
    // is missing, refused when there is no such folder (never a shared place like /tmp).
    if (const std::string where = user_dirs_problem(); !where.empty()) std::cerr << "mingle play: " << where << "\n";
    if (user_data_dir().empty()) return 1;
    const auto results_dir = mingle::results_dir();
    // Which attempt this is: the player's own earlier runs here (core/workshop/trainee_runs.h).
    const int attempt = net::next_attempt(results_dir, *workshop, a.player, c.id).number;
    session = std::make_unique<net::WorkshopSession>(*workshop, a.player, c, attempt);
    o.practice = workshop->mode == WorkshopMode::Practice;
    if (workshop->seed) o.seed = *workshop->seed;
    if (!o.results) o.results = results_dir / results_name(c.id, a.player, session->context().registration);
    net::WorkshopSession* ws = session.get();
    // Progress across attempts: the last run of this scenario by this player, for the end.
    auto past = net::earlier_attempts(results_dir, *workshop, a.player, c.id);
    std::optional<net::PastRun> last;
    if (!past.empty()) last = past.back();
    auto told = std::make_shared<bool>(false);
    const std::size_t width = o.width;
    o.on_change = [ws, last, told, width](const Campaign& camp, const sim::RunState& run,
                                          const sim::CommandResult& r) {
      ws->after_command(camp, run, r);
      if (!r.run_finished || !last || *told) return;
      *told = true;
      std::cout << "\nSince your last attempt:\n";
      for (const auto& line : net::changes_since(*last, camp, run)) std::cout << wrap_line("  - " + line, width) << "\n";
    };
    o.decorate_results = [ws, player = a.player](nlohmann::ordered_json& j, const Campaign& camp,
                                                 const sim::RunState& run) {
      net::decorate_results(j, camp, run, player, ws);
    };
    // Wrapped as play_text wraps the run (cli/wrap.h).
    std::cout << wrap_line("Workshop: " + workshop->title + " (" + to_string(workshop->mode) + " mode" +
                               (workshop->mode == WorkshopMode::Practice
                                    ? ": the coach speaks as you play, and you may play again)"
                                    : ": the coach speaks in the debrief; your first attempt is the one that counts)") +
                               ". Playing as " + a.player + ", attempt " + std::to_string(attempt) + ".",
                           o.width)
              << "\n";
    std::cout << wrap_line(session->attempt_words(), o.width) << "\n";
    for (const auto& r : past) std::cout << wrap_line("  Before: " + net::past_run_line(r) + ".", o.width) << "\n";
    session->wait_for_start_check();  // the terminal says it before the first prompt
    for (const auto& p : session->take_problems()) std::cout << wrap_line(p, o.width) << "\n";
  }
  if (!o.results) {
    // Every run leaves a results file: in the player's own folder, or, where there is none that
    // is safe to use, nowhere, and the player is told why (never a shared place like /tmp).
    if (mingle::results_dir().empty()) {
      std::cerr << "mingle play: " << user_dirs_problem() << "\n"
                << "mingle play: name a results file with --results FILE to play without a home folder.\n";
      return 1;
    }
    o.results = new_results_file(mingle::results_dir(), loaded.campaign->id, std::time(nullptr));
  }
  // After the run: one more try to deliver what waits, and a word on where it stands.
  auto finish_workshop = [&](int code) {
    if (!session || !session->has_lrs()) return code;
    std::vector<std::string> told = session->take_problems();
    give_up_request().store(false);  // the request that ended the run (if one did) still allows one short try
    const net::SyncReport r = session->deliver_now(&give_up_request(), kLastDeliveryBudget);
    for (const auto& p : r.problems)
      if (std::find(told.begin(), told.end(), p) == told.end()) told.push_back(p);
    for (const auto& p : told) std::cout << p << "\n";
    if (session->unqueued() > 0)
      std::cout << "Some of this run's records could not be kept on this computer (see above), so the "
                   "learning record store will not have all of your run.\n";
    if (r.waiting > 0)
      std::cout << r.waiting << (r.waiting == 1 ? " statement waits" : " statements wait")
                << " on this computer for the learning record store; 'mingle sync --workshop "
                << a.workshop << "' sends them.\n";
    else if (session->unqueued() == 0)
      std::cout << "Your run has reached the workshop's learning record store.\n";
    return session->unqueued() > 0 ? std::max(code, 1) : code;
  };
  if (!a.script.empty()) {
    std::string text, error;
    if (!read_file_capped(a.script, kMaxScriptBytes, "the script", text, error)) {
      std::cerr << "mingle play: " << error << "\n";
      return 1;
    }
    std::istringstream script(text);
    return finish_workshop(play_text(*loaded.campaign, o, script, std::cout));
  }
  const bool typing = isatty(STDIN_FILENO) != 0;
  o.echo = !typing;
  o.prompt = typing;
  return finish_workshop(play_text(*loaded.campaign, o, std::cin, std::cout));
}

}  // namespace

void add_play_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<PlayArgs>();
  CLI::App* cmd = app.add_subcommand(
      "play",
      "Play in the terminal: look around, talk, choose by number. Commands come from the "
      "terminal, a pipe or --script; see docs/playing-in-a-terminal.md.");
  cmd->add_flag("--text", args->text, "play as plain text in this terminal");
  cmd->add_option("PATH", args->path,
                  "campaign folder, event folder or file (default: the bundled content)");
  cmd->add_option("--seed", args->seed, "the run's seed: the same seed and commands replay exactly (default 1)");
  cmd->add_option("--script", args->script, "read commands from this file instead of the terminal");
  cmd->add_option("--results", args->results,
                  "write the results file (JSON, docs/results.md) here after each event and at the end");
  cmd->add_option("--player", args->player,
                  "the player's name, written into the results (player.name), into saves and, in a "
                  "workshop, into its records");
  cmd->add_flag("--strict", args->strict, "stop with exit code 1 at the first invalid or refused command");
  cmd->add_flag("--practice", args->practice,
                "practice mode: show the author's coaching note right after each choice");
  cmd->add_flag("--details", args->details,
                "show the arithmetic behind each answer to an invitation (its factors, the luck of the moment)");
  cmd->add_option("--workshop", args->workshop,
                  "play the scenario of this workshop file, in its mode and with its seed; your run "
                  "goes to the workshop's learning record store (docs/workshops.md)");
  cmd->callback([args, exit_code] { *exit_code = run_play(*args); });
}

}  // namespace mingle::cli
