#pragma once
// The terminal front-end: the whole game as plain text (`mingle play --text`). It reads
// commands line by line (from a script or the terminal), sends game commands to the core and
// draws from the core's read-only views; it holds no rule of the game. The command language is
// documented in docs/playing-in-a-terminal.md.
#include "core/scenario/model.h"

#include <nlohmann/json.hpp>

#include <csignal>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>

namespace mingle::sim {
struct RunState;
struct CommandResult;
}

namespace mingle::cli {

struct PlayOptions {
  std::uint64_t seed = 1;
  std::optional<std::filesystem::path> results;  // where to write the results file (`mingle play` always names one)
  bool strict = false;   // an invalid or refused command stops the run (exit 1)
  bool practice = false; // show the author's coaching note right after each choice
  bool details = false;  // show the arithmetic behind each ask's answer (--details)
  bool echo = true;      // print each command read (off when a person is typing)
  bool prompt = false;   // print "> " before reading (when a person is typing)
  std::string player;   // the player's name, for the results and saves (--player)
  std::string content;  // the content played, written into saves so the window can resume them
  std::size_t width = 80;  // every line is wrapped at this many columns (cli/wrap.h); 0: never
  // Set (by a signal handler) to the signal's number when SIGINT, SIGTERM or SIGHUP arrives:
  // the run stops as for `quit` and its results are written.
  const volatile std::sig_atomic_t* interrupted = nullptr;
  // Workshops (cli/workshop_play.h): called after each command the player sends (a refusal
  // noted as stuck too) and when the run stops, with what the command (or stop_run) did; and
  // given the results JSON to add to before it is written.
  std::function<void(const Campaign&, const sim::RunState&, const sim::CommandResult&)> on_change;
  std::function<void(nlohmann::ordered_json&, const Campaign&, const sim::RunState&)> decorate_results;
};

// Lines longer than this (commands typed or in a script) are skipped with a message, without
// being held in memory whole (docs/limits.md).
inline constexpr std::size_t kMaxCommandLineBytes = 8192;
// A --script file bigger than this is refused before it is read.
inline constexpr std::size_t kMaxScriptBytes = 4 * 1024 * 1024;

// Plays a loaded campaign. Returns the exit code: 0 (also when the input ends, the output is
// closed or a signal stops the run), or 1 when --strict stopped the run, the results could not
// be written, or something went wrong inside (said on the output; the results are still written).
int play_text(const Campaign&, const PlayOptions&, std::istream& in, std::ostream& out);

}  // namespace mingle::cli
