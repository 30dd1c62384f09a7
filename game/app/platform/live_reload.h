#pragma once
// Live editing: while a scenario is open in the window, saving any of its YAML files reloads it
// (checked every half second). The run is carried over by id, as a save is (core/sim/save.h),
// so the player keeps their place. A file with errors leaves the old content running and keeps
// the checker's diagnostics for the author panel to show until the next good save.
#include "app/game_session.h"
#include "core/diag/diagnostic.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace mingle::app {

class LiveReload {
 public:
  enum class Result { Nothing, Reloaded, Failed };

  // `content` is the scenario or campaign folder (or file) the session was loaded from.
  explicit LiveReload(std::filesystem::path content);

  // Call every frame; looks at the files every `kInterval` seconds and reloads when one changed.
  Result poll(float dt, GameSession& session);
  // Checks now, whatever the time since the last look.
  Result check_now(GameSession& session);

  const std::vector<Diagnostic>& errors() const { return errors_; }  // of the last failed reload
  const std::vector<std::string>& notes() const { return notes_; }   // what the last reload dropped

  static constexpr float kInterval = 0.5f;

 private:
  std::map<std::string, std::filesystem::file_time_type> stamps() const;
  std::filesystem::path content_;
  std::map<std::string, std::filesystem::file_time_type> seen_;
  float since_ = 0.0f;
  std::vector<Diagnostic> errors_;
  std::vector<std::string> notes_;
};

}  // namespace mingle::app
