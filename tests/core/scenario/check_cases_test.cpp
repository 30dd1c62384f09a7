// The golden tests of the checker: every folder under tests/check/cases is a scenario (or holds
// one file to check) plus expected.txt, the exact diagnostics `mingle check` must print for
// it, in GCC form with paths relative to the case folder. Adding a case needs no C++.
//
// expected.txt may start with header lines:
//   # path: dialogues/x.yaml    what to check, relative to the case folder (default: the folder)
//   # max-file-bytes: 100       a smaller file size limit, so E0102 needs no huge file
// A path naming a workshop file (workshop.yaml) is checked with the scenario it names.
// Set MINGLE_UPDATE_EXPECTED=1 to rewrite expected.txt from the actual output (then read the
// diff: the test only guards what a person has checked).
#include "core/diag/diagnostic.h"
#include "core/journey/journey.h"
#include "core/scenario/loader.h"
#include "core/workshop/workshop.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

const fs::path kCases = fs::path(MINGLE_TESTS_DIR) / "check" / "cases";

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Case {
  std::string name;
  fs::path dir;
  std::string path = ".";
  LoadOptions options;
  std::string header, expected;
};

std::vector<Case> all_cases() {
  std::vector<Case> out;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (!entry.is_directory()) continue;
    Case c;
    c.name = entry.path().filename().string();
    c.dir = entry.path();
    std::istringstream in(slurp(c.dir / "expected.txt"));
    std::string line;
    while (std::getline(in, line)) {
      if (line.rfind("# path: ", 0) == 0) {
        c.path = line.substr(8);
        c.header += line + "\n";
      } else if (line.rfind("# max-file-bytes: ", 0) == 0) {
        c.options.limits.max_file_bytes = std::stoul(line.substr(18));
        c.header += line + "\n";
      } else if (line.rfind("#", 0) == 0) {
        c.header += line + "\n";
      } else {
        c.expected += line + "\n";
      }
    }
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const Case& a, const Case& b) { return a.name < b.name; });
  return out;
}

std::string actual_output(const Case& c) {
  // A workshop file is checked as `mingle check` does: the file, then the scenario it names.
  std::vector<Diagnostic> found;
  if (is_workshop_file(c.dir / c.path)) {
    found = load_workshop_content(c.dir / c.path).diagnostics();
  } else {
    LoadResult r = load_content(c.dir / c.path, c.options);
    found = r.diagnostics;
    if (r.ok() && r.campaign) {  // and its journeys, as `mingle check` does
      const auto more = journey::check_journeys(*r.campaign, c.dir / c.path);
      found.insert(found.end(), more.begin(), more.end());
    }
  }
  const std::string prefix = c.dir.generic_string() + "/";
  std::string out;
  for (Diagnostic d : found) {
    if (d.pos.file == c.dir.generic_string()) d.pos.file = ".";
    out += format_gcc(d) + "\n";
  }
  // Paths also appear inside messages ("this one and dialogues/x.yaml"): make all relative.
  for (std::size_t at; (at = out.find(prefix)) != std::string::npos;) out.erase(at, prefix.size());
  return out;
}

}  // namespace

TEST_CASE("every check case gives exactly its expected diagnostics") {
  const auto cases = all_cases();
  REQUIRE(cases.size() > 20);
  const bool update = std::getenv("MINGLE_UPDATE_EXPECTED") != nullptr;
  for (const Case& c : cases) {
    INFO("case: " << c.name);
    const std::string actual = actual_output(c);
    if (update && actual != c.expected) {
      std::ofstream(c.dir / "expected.txt", std::ios::binary) << c.header << actual;
      continue;
    }
    CHECK(actual == c.expected);
  }
}

TEST_CASE("every catalogued diagnostic code is covered by a check case, and no case names an unknown code") {
  std::set<std::string> covered;
  const std::regex code(R"(\[([EWI][0-9]{4})\]$)");
  for (const Case& c : all_cases()) {
    std::istringstream in(c.expected);
    std::string line;
    std::smatch m;
    while (std::getline(in, line))
      if (std::regex_search(line, m, code)) {
        covered.insert(m[1]);
        INFO("case " << c.name << " names " << m[1]);
        CHECK(find_diagnostic(m[1].str()) != nullptr);
      }
  }
  for (const auto& info : catalogue()) {
    // E04xx come from asking a workshop's LRS (mingle check --online): a real one answers them in
    // tests/workshop/check_online_test.py, not a case here.
    if (std::string(info.code).rfind("E04", 0) == 0) continue;
    INFO("code " << std::string(info.code) << " (" << std::string(info.title) << ") has no case in tests/check/cases");
    CHECK(covered.count(info.code) == 1);
  }
}

TEST_CASE("the authoring guide documents every diagnostic code") {
  const std::string guide = slurp(fs::path(MINGLE_SOURCE_DIR) / "docs" / "authoring.md");
  for (const auto& info : catalogue()) {
    INFO("docs/authoring.md does not mention " << std::string(info.code));
    CHECK(guide.find(std::string("`") + info.code + "`") != std::string::npos);
  }
}

TEST_CASE("the bundled content passes the checker with no diagnostics at all") {
  const LoadResult r = load_content(fs::path(MINGLE_SOURCE_DIR) / "dialogues");
  for (const auto& d : r.diagnostics) INFO(format_gcc(d));
  CHECK(r.diagnostics.empty());
  REQUIRE(r.campaign);
  CHECK(r.campaign->steps.size() >= 1);
}

TEST_CASE("every code the loader's source emits is in the catalogue") {
  // A typo in a rarely taken branch ("E0321" written "E0312") would otherwise only show when
  // a facilitator hits it.
  const std::regex code("\"([EWI][0-9]{4})\"");
  int found = 0;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(MINGLE_SOURCE_DIR) / "game" / "core")) {
    if (e.path().extension() != ".cpp") continue;
    const std::string text = slurp(e.path());
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
      ++found;
      INFO(e.path().filename().string() << " emits " << (*it)[1].str());
      CHECK(find_diagnostic((*it)[1].str()) != nullptr);
    }
  }
  CHECK(found > 40);
}
