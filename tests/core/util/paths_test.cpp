#include "core/util/paths.h"

#include <doctest/doctest.h>

#include "support/temp_dir.h"

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

using mingle::test::TempDir;

TEST_CASE("the data directory is found beside the executable, not in the current directory") {
  ::unsetenv("MINGLE_DATA_DIR");
  TempDir root;
  fs::create_directories(root.path() / "bin");
  fs::create_directories(root.path() / "share/mingle/assets");
  fs::create_directories(root.path() / "share/mingle/dialogues");
  auto found = mingle::find_data_dir(root.path() / "bin");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, root.path() / "share/mingle"));

  // The current directory plays no part.
  const fs::path old = fs::current_path();
  fs::current_path(root.path());
  TempDir elsewhere;
  fs::create_directories(elsewhere.path() / "bin");
  auto not_here = mingle::find_data_dir(elsewhere.path() / "bin");
  fs::current_path(old);
  if (not_here) CHECK_FALSE(fs::equivalent(*not_here, root.path() / "share/mingle"));
}

TEST_CASE("a folder with only one of the two is not the data directory") {
  ::unsetenv("MINGLE_DATA_DIR");
  TempDir root;
  fs::create_directories(root.path() / "bin");
  fs::create_directories(root.path() / "share/mingle/assets");
  auto found = mingle::find_data_dir(root.path() / "bin");
  if (found) CHECK_FALSE(fs::equivalent(*found, root.path() / "share/mingle"));
  CHECK(mingle::data_dir_help(root.path() / "bin").find((root.path() / "share/mingle").string()) !=
        std::string::npos);
}

TEST_CASE("MINGLE_DATA_DIR wins over the executable's location") {
  TempDir a, b;
  for (auto* t : {&a, &b}) {
    fs::create_directories(t->path() / "share/mingle/assets");
    fs::create_directories(t->path() / "share/mingle/dialogues");
    fs::create_directories(t->path() / "bin");
  }
  ::setenv("MINGLE_DATA_DIR", (b.path() / "share/mingle").c_str(), 1);
  auto found = mingle::find_data_dir(a.path() / "bin");
  ::unsetenv("MINGLE_DATA_DIR");
  REQUIRE(found);
  CHECK(fs::equivalent(*found, b.path() / "share/mingle"));
}

TEST_CASE("the running test binary's own directory is known") {
  CHECK_FALSE(mingle::executable_dir().empty());
}

TEST_CASE("a run's default results file: in the user's results folder, named by scenario and time, never reused") {
  TempDir data;
  const char* old = std::getenv("XDG_DATA_HOME");
  const std::string saved = old ? old : "";
  ::setenv("XDG_DATA_HOME", data.path().c_str(), 1);
  CHECK(mingle::results_dir() == data.path() / "mingle" / "results");
  ::unsetenv("XDG_DATA_HOME");
  if (old) ::setenv("XDG_DATA_HOME", saved.c_str(), 1);

  std::tm when{};
  when.tm_year = 2026 - 1900;
  when.tm_mon = 11;
  when.tm_mday = 7;
  when.tm_hour = 9;
  when.tm_min = 5;
  when.tm_sec = 3;
  when.tm_isdst = -1;
  const std::time_t now = std::mktime(&when);
  const fs::path first = mingle::new_results_file(data.path(), "mingle-season", now);
  CHECK(first == data.path() / "mingle-season-20261207-090503.json");
  { std::ofstream(first) << "{}"; }
  CHECK(mingle::new_results_file(data.path(), "mingle-season", now) ==
        data.path() / "mingle-season-20261207-090503-2.json");
}
