#include "core/util/xdg.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <string>

namespace {
// Sets an environment variable for one scope and restores it after.
struct EnvGuard {
  std::string name, old;
  bool had;
  EnvGuard(const char* n, const char* value) : name(n) {
    const char* o = std::getenv(n);
    had = o != nullptr;
    if (had) old = o;
    if (value) ::setenv(n, value, 1); else ::unsetenv(n);
  }
  ~EnvGuard() {
    if (had) ::setenv(name.c_str(), old.c_str(), 1); else ::unsetenv(name.c_str());
  }
};
}  // namespace

TEST_CASE("XDG folders default under HOME") {
  EnvGuard home("HOME", "/home/trainee"), cfg("XDG_CONFIG_HOME", nullptr), data("XDG_DATA_HOME", nullptr);
  CHECK(mingle::config_dir() == "/home/trainee/.config/mingle");
  CHECK(mingle::user_data_dir() == "/home/trainee/.local/share/mingle");
}

TEST_CASE("absolute XDG variables win; relative ones are ignored") {
  EnvGuard home("HOME", "/home/trainee"), cfg("XDG_CONFIG_HOME", "/etc/xdg-test"),
      data("XDG_DATA_HOME", "relative/path");
  CHECK(mingle::config_dir() == "/etc/xdg-test/mingle");
  CHECK(mingle::user_data_dir() == "/home/trainee/.local/share/mingle");
}
