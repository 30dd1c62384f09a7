#pragma once
// Where the game's bundled data lives. The data directory is found from the running
// executable's own location (or the install prefix), never from the current directory, so the
// game behaves the same whether it is started from the build tree, an install, or a shortcut.
#include <ctime>
#include <filesystem>
#include <optional>
#include <string>

namespace mingle {

// The directory of the running executable, from /proc/self/exe (on Windows, from
// GetModuleFileNameW). Empty if it cannot be read.
std::filesystem::path executable_dir();

// The data directory (holding assets/ and dialogues/) for an executable living in exe_dir:
// exe_dir/../share/mingle, then the configured install prefix; on Windows exe_dir itself comes
// first (the zip holds mingle.exe beside assets\ and dialogues\). The environment variable
// MINGLE_DATA_DIR, when set, wins: tests and packagers use it. Returns nothing if no
// candidate holds both folders.
std::optional<std::filesystem::path> find_data_dir(const std::filesystem::path& exe_dir);

// The same, for the running executable.
std::optional<std::filesystem::path> find_data_dir();

// A sentence for the player when find_data_dir() fails, naming the places looked in.
std::string data_dir_help(const std::filesystem::path& exe_dir);

// The default results folder, for a facilitator to collect: <user data folder>/results
// (~/.local/share/mingle/results unless XDG_DATA_HOME says otherwise). Both front-ends write
// there when the player names no results file.
std::filesystem::path results_dir();  // empty when there is no safe user folder

// A new results file in `dir` for a run of `scenario_id` started at `now` (local time):
// "<scenario>-YYYYMMDD-HHMMSS.json", with "-2", "-3"... added when that name is taken, so two
// runs in the same second never share a file.
std::filesystem::path new_results_file(const std::filesystem::path& dir, const std::string& scenario_id,
                                       std::time_t now);

}  // namespace mingle
