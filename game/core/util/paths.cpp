#include "core/util/paths.h"

#include "core/util/xdg.h"

#include <cstdlib>
#include <system_error>
#include <vector>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace fs = std::filesystem;

namespace mingle {
namespace {

bool holds_data(const fs::path& dir) {
  std::error_code ec;
  return fs::is_directory(dir / "assets", ec) && fs::is_directory(dir / "dialogues", ec);
}

std::vector<fs::path> candidates(const fs::path& exe_dir) {
  std::vector<fs::path> out;
  if (const char* env = std::getenv("MINGLE_DATA_DIR"); env && *env) out.emplace_back(env);
#ifdef _WIN32
  // The Windows zip is flat: mingle.exe with assets\ and dialogues\ beside it.
  if (!exe_dir.empty()) out.push_back(exe_dir);
#endif
  if (!exe_dir.empty()) out.push_back(exe_dir.parent_path() / MINGLE_DATA_SUBDIR);
  out.push_back(fs::path(MINGLE_INSTALL_PREFIX) / MINGLE_DATA_SUBDIR);
  return out;
}

}  // namespace

fs::path executable_dir() {
#ifdef _WIN32
  // Windows keeps the game's data beside mingle.exe; the system names the running file.
  std::wstring exe(MAX_PATH, L'\0');
  for (;;) {
    const DWORD n = GetModuleFileNameW(nullptr, exe.data(), static_cast<DWORD>(exe.size()));
    if (n == 0) return {};
    if (n < exe.size()) {
      exe.resize(n);
      break;
    }
    exe.resize(exe.size() * 2);  // a long path: ask again with more room
  }
  return fs::path(exe).parent_path();
#else
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {};
  return exe.parent_path();
#endif
}

std::optional<fs::path> find_data_dir(const fs::path& exe_dir) {
  for (const auto& dir : candidates(exe_dir)) {
    if (holds_data(dir)) {
      std::error_code ec;
      fs::path canonical = fs::weakly_canonical(dir, ec);
      return ec ? dir : canonical;
    }
  }
  return std::nullopt;
}

std::optional<fs::path> find_data_dir() { return find_data_dir(executable_dir()); }

std::string data_dir_help(const fs::path& exe_dir) {
  std::string text = "Mingle could not find its data (the assets and dialogues folders). It looked in:";
  for (const auto& dir : candidates(exe_dir)) text += "\n  " + dir.string();
  text += "\nReinstall the game, or set MINGLE_DATA_DIR to the folder that holds them.";
  return text;
}

fs::path results_dir() {
  const fs::path data = user_data_dir();
  return data.empty() ? fs::path() : data / "results";  // no safe folder: none (see user_dirs_problem)
}

fs::path new_results_file(const fs::path& dir, const std::string& scenario_id, std::time_t now) {
  char stamp[32];
  std::tm local{};
#ifdef _WIN32
  localtime_s(&local, &now);  // Windows' C library has the same, with its arguments swapped
#else
  localtime_r(&now, &local);
#endif
  std::strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &local);
  const std::string base = scenario_id + "-" + stamp;
  fs::path file = dir / (base + ".json");
  std::error_code ec;
  for (int n = 2; fs::exists(file, ec) && n < 1000; ++n) file = dir / (base + "-" + std::to_string(n) + ".json");
  return file;
}

}  // namespace mingle
