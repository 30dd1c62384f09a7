#include "core/util/paths.h"

#include <doctest/doctest.h>

#include "support/temp_dir.h"

#include <cstdlib>
#include <filesystem>

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
