#pragma once
// A trainee's run inside a workshop, for either front-end: who plays, which attempt this is,
// the run's registration; after every command, the run's new xAPI statements go to the
// on-disk queue and a background sender takes them to the workshop's LRS. The results file
// gains the workshop's part (docs/results.md, "workshop").
#include "core/workshop/trainee_runs.h"
#include "core/workshop/workshop.h"
#include "net/outbox.h"
#include "net/sender.h"
#include "net/statements.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace mingle::net {

class WorkshopSession;

// A past run of one player, read from a results file.
struct PastRun {
  std::filesystem::path file;
  std::string player, scenario_id, scenario_title, workshop, mode, registration;
  int attempt = 0;
  int enjoyment = 0, value = 0;
  bool need_found = false;
  std::vector<std::string> ideas_met;
  bool finished = false;
};
// Results files in `dir` (not below it) for this player and scenario, oldest attempt first.
// Unreadable or foreign files are skipped.
std::vector<PastRun> past_runs(const std::filesystem::path& dir, const std::string& player,
                               const std::string& scenario_id);
// Every run in `dir`: newest last.
std::vector<PastRun> all_past_runs(const std::filesystem::path& dir);
// Whose run it is, as the core's rules for shared machines read it (core/workshop/trainee_runs.h).
RunOwner owner_of(const PastRun&);
// The runs in `dir` that whoever sits at this computer may see (run_shown_to), newest last: in
// a workshop, only `player`'s own there, none while `player` is empty; outside one (`workshop`
// null), the runs played outside any workshop.
std::vector<PastRun> runs_shown(const std::filesystem::path& dir, const Workshop* workshop, const std::string& player);
// The player's earlier attempts at the workshop's scenario, oldest attempt first, and the
// attempt a new run would be (with whether it counts).
std::vector<PastRun> earlier_attempts(const std::filesystem::path& dir, const Workshop&, const std::string& player,
                                      const std::string& scenario_id);
Attempt next_attempt(const std::filesystem::path& dir, const Workshop&, const std::string& player,
                     const std::string& scenario_id);

// What changed since the last attempt at the same scenario, in a few warm sentences, for the
// debrief (both front-ends). Empty when there is nothing to compare.
std::vector<std::string> changes_since(const PastRun& last, const Campaign&, const sim::RunState&);

// One line for a past run on the title screen: "The Harbour Reception, attempt 2: enjoyment 7,
// value 15, found what you came for; 4 ideas met" (without the title: "Attempt 2: enjoyment…").
std::string past_run_line(const PastRun&, bool with_title = true);

// Adds the workshop's part (and the player and ideas met) to a results file already written,
// keeping everything else as it is. For front-ends whose writer knows nothing of workshops.
bool decorate_results_file(const std::filesystem::path& file, const Campaign&, const sim::RunState&,
                           const std::string& player, const WorkshopSession* session, std::string& error);

// How long the start of a run waits, at most, for the LRS to answer its one question.
inline constexpr long kStartProbeMs = 3000;

class WorkshopSession {
 public:
  // `outbox_dir` empty: the default for the workshop's LRS. Without an LRS in the workshop,
  // statements are neither built nor queued. `background`: start the sender thread.
  WorkshopSession(Workshop workshop, std::string player, const Campaign&, int attempt,
                  std::filesystem::path outbox_dir = {}, bool background = true);
  ~WorkshopSession();

  const Workshop& workshop() const { return workshop_; }
  const RunContext& context() const { return tracker_.context(); }
  // This run's attempt and whether it counts, in words for the briefing (core/workshop/trainee_runs.h).
  std::string attempt_words() const;
  bool has_lrs() const { return workshop_.lrs.has_value(); }

  // As the run begins (or is continued): "initialized", or "resumed".
  void begin(const Campaign&, const sim::RunState&);
  // After each command (a refusal noted as stuck too), and with stop_run's result when the run
  // stops: queue the statements for what it did.
  void after_command(const Campaign&, const sim::RunState&, const sim::CommandResult&);
  // A continued run: what it did before was queued by the session that played it. With the
  // note that session left (write_note), the run keeps its registration, attempt and order.
  void continued(const Campaign&, const sim::RunState&, const std::filesystem::path& note);
  // The window is closing mid-run: the run is suspended (ADL), not terminated; a note beside the
  // save keeps what Continue needs to go on under the same registration.
  void suspend_into(const std::filesystem::path& note);
  // Writes that note now (a new run, so a Continue never picks up an older run's note).
  void write_note(const std::filesystem::path& note, const std::string& scenario_id);

  std::size_t waiting() const;  // statements not yet with the LRS
  // What went wrong, in words, since last asked. The start's question to the LRS runs beside the
  // game (so a window never freezes on an LRS that hangs); its answer joins these when it comes.
  std::vector<std::string> take_problems();
  // Waits (at most kStartProbeMs) for that answer, so it can be said before the first command.
  void wait_for_start_check();
  // One pass of delivery now, in this thread (the end of a terminal run, `mingle sync`). It
  // gives up when `abandon` is set (a signal) or, with a budget, when the budget is spent;
  // what is not sent stays queued.
  SyncReport deliver_now(const std::atomic<bool>* abandon = nullptr,
                         std::chrono::milliseconds budget = std::chrono::milliseconds{0});
  // Commands whose statements could not be written to the queue (lost: never "arrived").
  int unqueued() const { return unqueued_; }

  // The workshop's part of the results file.
  nlohmann::ordered_json results_part(const Campaign&, const sim::RunState&) const;

 private:
  Workshop workshop_;
  StatementTracker tracker_;
  std::optional<Outbox> outbox_;
  std::optional<LrsTarget> target_;
  std::unique_ptr<Sender> sender_;
  std::vector<std::string> problems_;
  int unqueued_ = 0;
  std::filesystem::path suspend_note_;
  std::future<std::string> start_check_;  // last: a session closing waits for it, at most kStartProbeMs
};

// Adds what a results file says beyond the core's results: the player's name, the ideas met,
// and (in a workshop) the workshop's part. Tolerant of a JSON written by any version.
void decorate_results(nlohmann::ordered_json& results, const Campaign&, const sim::RunState&,
                      const std::string& player, const WorkshopSession* session);

// The LRS target of a workshop (secret from the file or the environment); nothing with a
// sentence in error.
std::optional<LrsTarget> lrs_target(const Workshop&, std::string& error);

}  // namespace mingle::net
