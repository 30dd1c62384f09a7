#pragma once
// What `mingle --replay` needs from a results file (docs/results.md): the seed, the commands in
// order, who played, where the scenario is and why the run stopped. Read from the file's text
// with every check done here, so the window never meets a value it cannot show: a command
// longer than a command may be, or a file with no seed, is refused with a sentence.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mingle::net {

// The longest command a replay accepts: the terminal's limit for a typed line.
inline constexpr std::size_t kMaxReplayCommandBytes = 8192;
// The biggest results file a replay reads (a long run's file is ~100 KB).
inline constexpr std::size_t kMaxReplayFileBytes = 16 * 1024 * 1024;
// The most commands a replay accepts (a long run has a few hundred).
inline constexpr std::size_t kMaxReplayCommands = 100000;

struct ReplayScript {
  std::uint64_t seed = 0;
  std::vector<std::string> commands;
  std::string player, stop_reason, scenario_folder, scenario_id;
  nlohmann::ordered_json original;  // the whole file, to keep its workshop part
};

// `name` names the file in the sentence put in error.
std::optional<ReplayScript> read_replay_script(const std::string& text, const std::string& name,
                                               std::string& error);

}  // namespace mingle::net
