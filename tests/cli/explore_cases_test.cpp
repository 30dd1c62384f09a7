// The explorer's cases as data: each folder under tests/explore/cases/ is a small scenario and
// an expected.json, run by this one driver, so adding a case needs no C++ (tests/explore/README.md).
// expected.json is a fragment of `mingle explore --json --ways-in`: every key it names must be
// in the report with the same value; an array must have exactly the items listed, in order
// (objects inside are matched by the keys they name). File names are relative to the case
// folder. An optional top-level "_budget" ({"max_states": N}) replaces the explorer's budget.
#include "cli/explore_json.h"
#include "core/explore/explore.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace mingle;
using nlohmann::json;

namespace {

bool matches(const json& expected, const json& actual, const std::string& at, std::string& where) {
  if (expected.is_object()) {
    if (!actual.is_object()) return where = at + " is not an object", false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!actual.contains(it.key())) return where = at + "." + it.key() + " is missing", false;
      if (!matches(it.value(), actual[it.key()], at + "." + it.key(), where)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) return where = at + " is not an array", false;
    if (actual.size() != expected.size())
      return where = at + " has " + std::to_string(actual.size()) + " items, expected " +
                     std::to_string(expected.size()) + ": " + actual.dump(),
             false;
    for (std::size_t i = 0; i < expected.size(); ++i)
      if (!matches(expected[i], actual[i], at + "[" + std::to_string(i) + "]", where)) return false;
    return true;
  }
  if (expected != actual) return where = at + " is " + actual.dump() + ", expected " + expected.dump(), false;
  return true;
}

json report_for(const fs::path& dir, const json& budget_spec) {
  LoadResult loaded = load_content(dir);
  REQUIRE_MESSAGE(loaded.ok(), "the case must load without errors: " << dir);
  explore::Budget budget;
  budget.max_seconds = 60;  // the cases are tiny: a time budget would only make them flaky
  if (budget_spec.contains("max_states")) budget.max_states = budget_spec["max_states"].get<std::size_t>();
  if (budget_spec.contains("max_focus_states"))
    budget.max_focus_states = budget_spec["max_focus_states"].get<std::size_t>();
  const auto r = explore::explore(*loaded.campaign, budget);
  std::string text = cli::explore_json(r, *loaded.campaign, true).dump();
  // File names relative to the case folder.
  const std::string prefix = dir.string() + "/";
  for (std::size_t at; (at = text.find(prefix)) != std::string::npos;) text.erase(at, prefix.size());
  json out = json::parse(text);
  out.erase("timing");  // the only thing that varies from run to run
  return out;
}

}  // namespace

TEST_CASE("every explore case gives its expected report") {
  const fs::path root = fs::path(MINGLE_TESTS_DIR) / "explore" / "cases";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory()) cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());
  REQUIRE(cases.size() >= 5);
  for (const auto& dir : cases) {
    CAPTURE(dir);
    std::ifstream in(dir / "expected.json");
    REQUIRE_MESSAGE(in.good(), "each case has an expected.json");
    json expected = json::parse(in);
    json budget = expected.value("_budget", json::object());
    expected.erase("_budget");
    const json actual = report_for(dir, budget);
    std::string where;
    CHECK_MESSAGE(matches(expected, actual, "report", where), dir.filename().string() << ": " << where);
    // The same content always gives the same report.
    CHECK(report_for(dir, budget) == actual);
  }
}
