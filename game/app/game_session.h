#pragma once
// One game in progress, as the window sees it: the loaded content, the run, and where the run
// is saved and its results written. Scenes change the run only through send(), which applies a
// core command, saves the run at once (so Continue always resumes where the player was), and
// writes the results file whenever an event ends.
#include "core/scenario/model.h"
#include "core/sim/commands.h"
#include "core/sim/run_state.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace mingle::app {

struct SessionFiles {
  std::filesystem::path save;     // the run, for Continue; empty: not saved
  std::filesystem::path results;  // the results file; empty: not written
};

class GameSession {
 public:
  GameSession(Campaign campaign, sim::RunState run, std::string content_path, std::string player,
              SessionFiles files);

  const Campaign& campaign() const { return campaign_; }
  const sim::RunState& run() const { return run_; }
  const std::string& player() const { return player_; }
  const std::string& content_path() const { return content_path_; }
  const SessionFiles& files() const { return files_; }

  // Applies one command. Refusals change nothing (but are noted as stuck points) and come back
  // with a code and a reason; what happened comes back in the result, for the scene to show.
  sim::CommandResult send(const sim::Command& command);
  // The same for a line in the text language (a replay script): a line that isn't a command
  // comes back refused with its code.
  sim::CommandResult send(const std::string& command_text);

  // The player is leaving (quit, the window closed, a signal): the run is saved as it stands,
  // so Continue resumes it, and the results are written as if it had stopped here.
  void close(const std::string& why);

  // Author tools (live editing, the F1 panel): swap in reloaded content with the run restored
  // against it, or change the run outside the commands (a jump to a line). Both save at once.
  void replace_content(Campaign campaign, sim::RunState run);
  void author_change(const std::function<void(const Campaign&, sim::RunState&)>& change);

  // Problems writing files, for the player; cleared when read.
  std::vector<std::string> take_problems();

  // Workshops (app/workshop_hooks): told of each command's result (a refusal noted as stuck
  // too), and of stop_run's on close, with the run after it.
  using Observer = std::function<void(const Campaign&, const sim::RunState&, const sim::CommandResult&)>;
  void observe(Observer observer) { observer_ = std::move(observer); }
  // Called after each results file is written, to add to it (a workshop's own keys).
  using ResultsAddition = std::function<bool(const Campaign&, const sim::RunState&, const std::string& player,
                                             const std::filesystem::path& file, std::string& error)>;
  void add_to_results(ResultsAddition addition) { addition_ = std::move(addition); }

 private:
  void save();
  void write_results(const sim::RunState& run);

  Campaign campaign_;
  sim::RunState run_;
  std::string content_path_, player_;
  SessionFiles files_;
  std::vector<std::string> problems_;
  Observer observer_;
  ResultsAddition addition_;
};

// The save and the results are written by the core (core/sim/save.h, core/sim/results_file.h),
// in the same format as the terminal's: a save from either front-end continues in the other.

}  // namespace mingle::app
