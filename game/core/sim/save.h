#pragma once
// Saves: a run written as YAML text, at any point, mid-conversation included. Everything is
// keyed by the ids authors wrote, never by positions, so a save made before the scenario was
// edited still loads: whatever names something that no longer exists (a person, a dialogue or
// line, an event) is dropped, and each drop is reported in a plain sentence.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mingle::sim {

inline constexpr int kSaveVersion = 1;

std::string save_run(const Campaign&, const RunState&);

struct LoadedRun {
  std::optional<RunState> state;   // nothing when the save could not be read at all
  std::vector<std::string> notes;  // what was dropped, one sentence each
  std::string error;               // why it could not be read, when state is empty
};

// Reads a save against a campaign (perhaps edited since the save was made). Never throws.
LoadedRun load_run(const Campaign&, std::string_view text);

}  // namespace mingle::sim
