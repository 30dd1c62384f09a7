#pragma once
// Where the game's bundled data lives. The data directory is found from the running
// executable's own location (or the install prefix), never from the current directory, so the
// game behaves the same whether it is started from the build tree, an install, or a shortcut.
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

}  // namespace mingle
