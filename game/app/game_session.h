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
#include <optional>
#include <string>
#include <vector>

namespace mingle::app {

// Writes a run's results file (JSON, by the command-line library); false with a sentence in
// error on failure. Given to the window by main(), so the window does not depend on the tools.
using ResultsWriter = std::function<bool(const Campaign&, const sim::RunState&,
                                         const std::string& player, const std::filesystem::path&,
                                         std::string& error)>;

struct SessionFiles {
  std::filesystem::path save;     // the run, for Continue; empty: not saved
  std::filesystem::path results;  // the results file; empty: not written
};

class GameSession {
 public:
  GameSession(Campaign campaign, sim::RunState run, std::string content_path, std::string player,
              SessionFiles files, ResultsWriter writer);

  const Campaign& campaign() const { return campaign_; }
  const sim::RunState& run() const { return run_; }
  const std::string& player() const { return player_; }
  const std::string& content_path() const { return content_path_; }
  const SessionFiles& files() const { return files_; }

  // Applies one command in the text language. Refusals change nothing and come back with a
  // reason; what happened comes back in the result's messages, for the scene to show.
  sim::CommandResult send(const std::string& command_text);

  // The player is leaving (quit, the window closed, a signal): the run is saved as it stands,
  // so Continue resumes it, and the results are written as if it had stopped here.
  void close(const std::string& why);

  // Problems writing files, for the player; cleared when read.
  std::vector<std::string> take_problems();

  // Workshops (app/workshop_hooks): told of the run after each command that changed it, and
  // of the stopped run on close.
  using Observer = std::function<void(const Campaign&, const sim::RunState&)>;
  void observe(Observer observer) { observer_ = std::move(observer); }
  void set_results_writer(ResultsWriter writer) { writer_ = std::move(writer); }

 private:
  void save();
  void write_results(const sim::RunState& run);

  Campaign campaign_;
  sim::RunState run_;
  std::string content_path_, player_;
  SessionFiles files_;
  ResultsWriter writer_;
  std::vector<std::string> problems_;
  Observer observer_;
};

// The save file wraps the core's run text with what the window needs to resume: the content
// path and the player's name.
std::string session_save_text(const GameSession& session);

struct SavedSession {
  std::string content_path;
  std::string player;
  std::string run_text;  // for sim::load_run
};
// Reads a save file written by session_save_text; nothing with a sentence in error otherwise.
std::optional<SavedSession> read_session_save(const std::filesystem::path& file, std::string& error);

}  // namespace mingle::app
