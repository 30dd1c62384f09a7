#include "core/util/atomic_file.h"

#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <chrono>
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

TEST_CASE("a temporary left by a killed writer is removed at the next write into its folder") {
  mingle::test::TempDir tmp;
  const fs::path dir = tmp.path();
  const fs::path old_tmp = dir / ".save.yaml.mingle-tmp-abc123";
  const fs::path fresh_tmp = dir / ".results.json.mingle-tmp-def456";
  const fs::path legacy_tmp = dir / "save.yaml.tmp-Zz9Zz9";
  const fs::path mine = dir / "notes.txt.tmp-not-ours";
  for (const auto& p : {old_tmp, fresh_tmp, legacy_tmp, mine}) std::ofstream(p) << "half";
  const auto long_ago = fs::file_time_type::clock::now() - std::chrono::minutes(5);
  fs::last_write_time(old_tmp, long_ago);
  fs::last_write_time(legacy_tmp, long_ago);
  fs::last_write_time(mine, long_ago);
  CHECK(mingle::is_atomic_temp_name(old_tmp.filename().string()));
  CHECK_FALSE(mingle::is_atomic_temp_name("save.yaml"));
  CHECK(mingle::remove_stale_temp_files(dir / "save.yaml") == 2);
  CHECK_FALSE(fs::exists(old_tmp));
  CHECK_FALSE(fs::exists(legacy_tmp));
  CHECK(fs::exists(fresh_tmp));  // another writer may be using it this very minute
  CHECK(fs::exists(mine));       // not a name the writer makes
}

TEST_CASE("a path that is a device or a pipe is refused, never replaced") {
  mingle::test::TempDir tmp;
  const fs::path fifo = tmp.path() / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  std::string error;
  CHECK_FALSE(mingle::write_file_atomically(fifo, "x", error));
  CHECK(error.find("not a regular file") != std::string::npos);
  CHECK(fs::is_fifo(fifo));
  CHECK_FALSE(mingle::write_file_atomically(tmp.path() / "", "x", error));
}

TEST_CASE("a write into a folder that cannot be written says the system's reason") {
  std::string error;
  CHECK_FALSE(mingle::write_file_atomically("/proc/mingle-cannot-write-here.yaml", "x", error));
  CHECK(error.find("/proc/mingle-cannot-write-here.yaml") != std::string::npos);
  CHECK(error.find(": ") != std::string::npos);
}

TEST_CASE("a capped read takes a file at the limit and refuses one byte more, and folders") {
  mingle::test::TempDir tmp;
  const fs::path file = tmp.path() / "f";
  std::string error, text;
  REQUIRE(mingle::write_file_atomically(file, std::string(100, 'a'), error));
  CHECK(mingle::read_file_capped(file, 100, "the save", text, error));
  CHECK(text.size() == 100);
  CHECK_FALSE(mingle::read_file_capped(file, 99, "the save", text, error));
  CHECK(error.find("the limit is 99") != std::string::npos);
  CHECK_FALSE(mingle::read_file_capped(tmp.path(), 100, "the script", text, error));
  CHECK(error.find("it is a folder") != std::string::npos);
  CHECK_FALSE(mingle::read_file_capped(tmp.path() / "missing", 100, "the save", text, error));
  CHECK(error.find("No such file") != std::string::npos);
}

TEST_CASE("a typed file name with a NUL is refused; spaces are kept") {
  std::string error;
  CHECK(mingle::check_path_text("my save.yaml", error));
  CHECK_FALSE(mingle::check_path_text(std::string("a\0b", 3), error));
  CHECK(error.find("NUL") != std::string::npos);
  CHECK_FALSE(mingle::check_path_text("", error));
}
