#include "core/util/xdg.h"

#include <cstdlib>

namespace fs = std::filesystem;

namespace mingle {
namespace {

fs::path home() {
  const char* h = std::getenv("HOME");
  return (h && *h) ? fs::path(h) : fs::temp_directory_path();
}

fs::path from_env(const char* var, const fs::path& fallback) {
  const char* v = std::getenv(var);
  if (v && *v && fs::path(v).is_absolute()) return fs::path(v) / "mingle";
  return fallback / "mingle";
}

}  // namespace

#ifdef _WIN32
static fs::path app_data() {
  const wchar_t* a = _wgetenv(L"APPDATA");
  return (a && *a) ? fs::path(a) : home();
}

fs::path config_dir() { return from_env("XDG_CONFIG_HOME", app_data()); }
fs::path user_data_dir() { return from_env("XDG_DATA_HOME", app_data()); }
#else
fs::path config_dir() { return from_env("XDG_CONFIG_HOME", home() / ".config"); }
fs::path user_data_dir() { return from_env("XDG_DATA_HOME", home() / ".local" / "share"); }
#endif

}  // namespace mingle
