// Journeys as data (tests/journey/README.md): pass/ must pass, fail/ must fail exactly as each
// file's "# expect: LINE:COL text" lines say.
#include "core/journey/journey.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

std::vector<fs::path> yaml_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".yaml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Every failure and every diagnostic of the journey file, as "LINE:COL message".
std::vector<std::string> reported(const journey::Outcome& o) {
  std::vector<std::string> out;
  for (const auto& d : o.diagnostics)
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + " " + d.message);
  for (const auto& f : o.failures)
    out.push_back(std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column) + " " + f.message);
  return out;
}

}  // namespace

TEST_CASE("every journey in tests/journey/pass passes") {
  const Campaign c = test::load_fixture("check/example");
  const auto files = yaml_in(fs::path(MINGLE_TESTS_DIR) / "journey" / "pass");
  REQUIRE(files.size() >= 2);
  for (const auto& f : files) {
    CAPTURE(f);
    const auto o = journey::run_file(c, f, f.filename().string());
    std::string all;
    for (const auto& r : reported(o)) all += r + "\n";
    CHECK_MESSAGE(o.passed(), all);
  }
}

TEST_CASE("every journey in tests/journey/fail fails exactly where it says") {
  const Campaign c = test::load_fixture("check/example");
  const auto files = yaml_in(fs::path(MINGLE_TESTS_DIR) / "journey" / "fail");
  REQUIRE(files.size() >= 3);
  for (const auto& f : files) {
    CAPTURE(f);
    std::vector<std::string> expected;
    std::ifstream in(f);
    for (std::string line; std::getline(in, line);)
      if (line.rfind("# expect: ", 0) == 0) expected.push_back(line.substr(10));
    REQUIRE_MESSAGE(!expected.empty(), "a failing journey lists what it expects");
    const auto o = journey::run_file(c, f, f.filename().string());
    CHECK_FALSE(o.passed());
    const auto got = reported(o);
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      const std::string& want = expected[i];
      const auto space = want.find(' ');
      CHECK(got[i].rfind(want.substr(0, space + 1), 0) == 0);  // the same line and column
      CHECK_MESSAGE(got[i].find(want.substr(space + 1)) != std::string::npos, got[i]);
    }
  }
}

TEST_CASE("journey files are found in a folder's journeys/, sorted") {
  const auto files = journey::journey_files(fs::path(MINGLE_TESTS_DIR) / "journey");
  CHECK(files.empty());  // pass/ and fail/ are not journeys/
}
