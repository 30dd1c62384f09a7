#include "core/util/atomic_file.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {
std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("an atomic write creates folders, replaces the old file and leaves no temporary") {
  mingle::test::TempDir tmp;
  const fs::path dir = tmp.path();
  const fs::path file = dir / "a" / "b" / "save.yaml";
  std::string error;
  REQUIRE(mingle::write_file_atomically(file, "first\n", error));
  CHECK(slurp(file) == "first\n");
  REQUIRE(mingle::write_file_atomically(file, "second\n", error));
  CHECK(slurp(file) == "second\n");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(file.parent_path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a write that cannot happen leaves the old file untouched and says why") {
  mingle::test::TempDir tmp;
  const fs::path dir = tmp.path();
  const fs::path file = dir / "save.yaml";
  std::string error;
  REQUIRE(mingle::write_file_atomically(file, "keep me\n", error));
  // A folder where the file should go cannot be replaced by rename.
  const fs::path blocked = dir / "blocked";
  fs::create_directories(blocked / "inside");
  CHECK_FALSE(mingle::write_file_atomically(blocked, "x", error));
  CHECK(error.find(blocked.string()) != std::string::npos);
  CHECK(slurp(file) == "keep me\n");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++entries;
  CHECK(entries == 2);  // save.yaml and blocked/: no stray temporary
}
