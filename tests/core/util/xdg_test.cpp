#include "core/util/xdg.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <filesystem>

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

TEST_CASE("without HOME, the user database's home is used and said, never /tmp") {
  EnvGuard home("HOME", nullptr), cfg("XDG_CONFIG_HOME", nullptr), data("XDG_DATA_HOME", nullptr);
  const auto dir = mingle::user_data_dir();
  const std::string note = mingle::user_dirs_problem();
  CHECK(dir.string().rfind("/tmp", 0) != 0);
  CHECK_FALSE(note.empty());  // never silent: it says where, or why nowhere
  if (!dir.empty()) {
    CHECK(note.find("HOME is not set") != std::string::npos);
    CHECK(note.find(dir.parent_path().parent_path().parent_path().string()) != std::string::npos);
  }
}

TEST_CASE("a mingle folder that is a symlink, or open to anyone, is refused with a reason") {
  mingle::test::TempDir tmp;
  std::filesystem::create_directories(tmp.path() / "elsewhere");
  std::filesystem::create_symlink(tmp.path() / "elsewhere", tmp.path() / "mingle");
  EnvGuard data("XDG_DATA_HOME", tmp.path().c_str()), cfg("XDG_CONFIG_HOME", tmp.path().c_str());
  CHECK(mingle::user_data_dir().empty());
  CHECK(mingle::config_dir().empty());
  CHECK(mingle::user_dirs_problem().find("symbolic link") != std::string::npos);
  std::filesystem::remove(tmp.path() / "mingle");
  std::filesystem::create_directories(tmp.path() / "mingle");
  std::filesystem::permissions(tmp.path() / "mingle", std::filesystem::perms::others_write,
                               std::filesystem::perm_options::add);
  CHECK(mingle::user_data_dir().empty());
  CHECK(mingle::user_dirs_problem().find("written by anyone") != std::string::npos);
  std::filesystem::permissions(tmp.path() / "mingle", std::filesystem::perms::others_write,
                               std::filesystem::perm_options::remove);
  CHECK(mingle::user_data_dir() == tmp.path() / "mingle");
  CHECK(mingle::user_dirs_problem().empty());
}
