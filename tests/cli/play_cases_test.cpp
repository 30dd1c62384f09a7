// Playthroughs as data: each folder under tests/play/ (except scenarios/) is one case, run by
// this one driver, so adding a case needs no C++. See tests/play/README.md for the layout.
// Every case is also played twice (the results must be byte-identical) and replayed from the
// results' own `commands` (which must give the same results again, but for the refused attempts
// in `stuck_points`: those are not commands).
#include "cli/play_text.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path test_out() {
  const fs::path p(MINGLE_TEST_OUT);
  fs::create_directories(p);
  return p;
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

// Whether `expected` is a fragment of `actual`: every key of an expected object is in the actual
// object with a matching value; each item of an expected array matches a different actual item,
// in the same order (other items may come between); scalars are equal. `where` says where a
// mismatch is.
bool fragment_matches(const json& expected, const json& actual, const std::string& at, std::string& where) {
  if (expected.is_object()) {
    if (!actual.is_object()) return where = at + " is not an object", false;
    for (auto it = expected.begin(); it != expected.end(); ++it) {
      if (!actual.contains(it.key())) return where = at + "." + it.key() + " is missing", false;
      if (!fragment_matches(it.value(), actual[it.key()], at + "." + it.key(), where)) return false;
    }
    return true;
  }
  if (expected.is_array()) {
    if (!actual.is_array()) return where = at + " is not an array", false;
    std::size_t from = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      bool found = false;
      for (; from < actual.size() && !found; ++from) {
        std::string ignored;
        found = fragment_matches(expected[i], actual[from], at, ignored);
      }
      if (!found) return where = at + "[" + std::to_string(i) + "] " + expected[i].dump() + " has no match in order", false;
    }
    return true;
  }
  if (expected != actual) return where = at + " is " + actual.dump() + ", expected " + expected.dump(), false;
  return true;
}

struct Played {
  int exit_code = 0;
  std::string results;
  std::string transcript;
};

Played play(const mingle::Campaign& c, std::uint64_t seed, const std::string& script, const fs::path& results_path) {
  mingle::cli::PlayOptions o;
  o.seed = seed;
  o.results = results_path;
  std::istringstream in(script);
  std::ostringstream out;
  Played p;
  p.exit_code = mingle::cli::play_text(c, o, in, out);
  p.transcript = out.str();
  p.results = read_file(results_path);
  return p;
}

}  // namespace

TEST_CASE("fragments: objects by key, arrays in order, scalars equal") {
  std::string where;
  const json actual = json::parse(R"({"a": 1, "b": [{"id": "x", "s": 1}, {"id": "y", "s": 2}], "c": "z"})");
  CHECK(fragment_matches(json::parse(R"({"a": 1})"), actual, "", where));
  CHECK(fragment_matches(json::parse(R"({"b": [{"id": "y"}]})"), actual, "", where));
  CHECK(fragment_matches(json::parse(R"({"b": [{"id": "x"}, {"s": 2}]})"), actual, "", where));
  CHECK_FALSE(fragment_matches(json::parse(R"({"b": [{"id": "y"}, {"id": "x"}]})"), actual, "", where));
  CHECK_FALSE(fragment_matches(json::parse(R"({"c": "q"})"), actual, "", where));
  CHECK(where == ".c is \"z\", expected \"q\"");
  CHECK_FALSE(fragment_matches(json::parse(R"({"d": 1})"), actual, "", where));
}

TEST_CASE("playthroughs as data (tests/play/<case>/)") {
  const fs::path root = fs::path(MINGLE_TESTS_DIR) / "play";
  std::vector<fs::path> cases;
  for (const auto& entry : fs::directory_iterator(root))
    if (entry.is_directory() && entry.path().filename() != "scenarios") cases.push_back(entry.path());
  std::sort(cases.begin(), cases.end());  // a fixed order, whatever the file system's
  REQUIRE(cases.size() >= 6);
  const fs::path work = test_out() / "mingle-play-cases";
  fs::create_directories(work);
  for (const auto& dir : cases) {
    const std::string name = dir.filename().string();
    CAPTURE(name);
    const fs::path scenario = dir / trim(read_file(dir / "scenario"));
    auto loaded = mingle::load_content(scenario);
    REQUIRE_MESSAGE(loaded.ok(), name << ": " << scenario << " does not load");
    REQUIRE(loaded.campaign);
    const std::uint64_t seed = fs::exists(dir / "seed") ? std::stoull(trim(read_file(dir / "seed"))) : 1;
    const std::string script = read_file(dir / "script.txt");

    const Played first = play(*loaded.campaign, seed, script, work / (name + ".json"));
    CHECK(first.exit_code == 0);
    const json results = json::parse(first.results);
    const json expected = json::parse(read_file(dir / "expected.json"));
    std::string where;
    CHECK_MESSAGE(fragment_matches(expected, results, "", where), name << ": " << where);

    // An optional golden transcript: what the player sees, line for line. Set
    // MINGLE_UPDATE_GOLDEN=1 to rewrite it after an intended change, and read the diff.
    const fs::path golden = dir / "transcript.txt";
    std::string transcript = first.transcript;
    const std::string results_path = (work / (name + ".json")).string();
    for (auto at = transcript.find(results_path); at != std::string::npos; at = transcript.find(results_path))
      transcript.replace(at, results_path.size(), "RESULTS");
    if (std::getenv("MINGLE_UPDATE_GOLDEN") != nullptr && fs::exists(golden)) {
      std::ofstream(golden, std::ios::binary) << transcript;
    } else if (fs::exists(golden)) {
      CHECK_MESSAGE(transcript == read_file(golden), name << ": the transcript differs from transcript.txt");
    }

    const Played second = play(*loaded.campaign, seed, script, work / (name + ".json"));
    CHECK_MESSAGE(second.results == first.results, name << ": the same seed and script gave different results");
    CHECK(second.transcript == first.transcript);

    std::string replay_script;
    for (const auto& cmd : results["commands"]) replay_script += cmd.get<std::string>() + "\n";
    const Played replay = play(*loaded.campaign, results["seed"].get<std::uint64_t>(), replay_script,
                               work / (name + "-replay.json"));
    // Refused attempts are not commands, so the replay has everything but its `refused` stuck
    // points (docs/results.md).
    json without_refused = results;
    json& stuck = without_refused["stuck_points"];
    stuck.erase(std::remove_if(stuck.begin(), stuck.end(), [](const json& p) { return p["kind"] == "refused"; }),
                stuck.end());
    CHECK_MESSAGE(json::parse(replay.results) == without_refused,
                  name << ": replaying the results' commands gave different results (refused attempts aside)");
  }
}
