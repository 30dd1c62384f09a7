// The malformed corpus: every file in tests/check/malformed, plus a few generated here (too big
// to commit), is swapped in for each file of a valid scenario in turn. Whatever it holds, the
// load must fail with a diagnostic naming that file and a line, and must not crash or hang
// (ctest's TIMEOUT guards that; measured times are in docs/authoring.md).
#include "core/scenario/loader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

std::vector<std::pair<std::string, std::string>> corpus() {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& e : fs::directory_iterator(fs::path(MINGLE_TESTS_DIR) / "check" / "malformed")) {
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    out.emplace_back(e.path().filename().string(), s.str());
  }
  // Generated: large, deep or random inputs.
  out.emplace_back("huge (5 MiB)", std::string(5 * 1024 * 1024, 'a'));
  std::string lines;
  while (lines.size() < 900 * 1024) lines += "- { id: p, name: x }\n";  // all the same id
  out.emplace_back("900 KiB of people with one id", lines);
  out.emplace_back("deep flow (100k '[')", std::string(100000, '['));
  out.emplace_back("deep flow map (50k '{a: ')", [] {
    std::string s;
    for (int i = 0; i < 50000; ++i) s += "{a: ";
    return s;
  }());
  out.emplace_back("deep block nesting", [] {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += std::string(static_cast<std::size_t>(i), ' ') + "a:\n";
    return s;
  }());
  out.emplace_back("1 MiB of four-variable conditions", [] {
    // Each condition is costly for the "can never hold" check; a budget keeps the total low.
    std::string s = "person: grace\nnodes:\n  hello:\n    say: hi\n    choices:\n";
    while (s.size() < 1000 * 1024)
      s += "      - { id: same, text: t, if: \"regard > 1 and rapport > 2 and time_left > 3 "
           "and familiarity > 4\", end: parted-well }\n";
    return s;
  }());
  std::mt19937 rng(1234);
  for (int k = 0; k < 4; ++k) {
    std::string junk(64 * 1024, '\0');
    for (char& c : junk) c = static_cast<char>(rng() & 0xff);
    out.emplace_back("random bytes " + std::to_string(k), junk);
  }
  std::string printable(64 * 1024, ' ');
  for (char& c : printable) c = "[]{}:,-?&*!|>'\"%@` \n\tab#"[rng() % 25];
  out.emplace_back("random YAML punctuation", printable);
  return out;
}

}  // namespace

TEST_CASE("every malformed file swapped into a valid scenario fails with a located diagnostic") {
  const fs::path example = fs::path(MINGLE_TESTS_DIR) / "check" / "example";
  const fs::path work = fs::temp_directory_path() / ("mingle-malformed-" + std::to_string(::getpid()));
  const char* targets[] = {"event.yaml", "room.yaml", "people.yaml", "dialogues/grace.yaml"};
  const auto files = corpus();
  REQUIRE(files.size() > 15);
  for (const char* target : targets) {
    for (const auto& file : files) {
      const std::string& name = file.first;  // not a structured binding: clang 14 can't capture one in INFO
      const auto& content = file.second;
      INFO("corpus file '" << name << "' as " << target);
      fs::remove_all(work);
      fs::copy(example, work, fs::copy_options::recursive);
      std::ofstream(work / target, std::ios::binary | std::ios::trunc) << content;
      const LoadResult r = load_content(work);
      CHECK_FALSE(r.ok());
      const std::string shown = (work / target).lexically_normal().generic_string();
      bool located = false;
      for (const auto& d : r.diagnostics)
        located = located || (d.severity == Severity::Error && d.pos.file == shown && d.pos.line > 0);
      CHECK(located);
    }
  }
  fs::remove_all(work);
}

TEST_CASE("random edits of a valid scenario never crash the loader") {
  // Mutation testing with a fixed seed: flips, deletions, duplicated lines and inserted YAML
  // punctuation. An edit may leave the file valid, so only "loads without crashing, and an
  // invalid result names a file" is asserted; the sanitizer build catches memory errors.
  const fs::path example = fs::path(MINGLE_TESTS_DIR) / "check" / "example";
  const fs::path work = fs::temp_directory_path() / ("mingle-mutate-" + std::to_string(::getpid()));
  const char* targets[] = {"event.yaml", "room.yaml", "people.yaml", "dialogues/grace.yaml",
                           "dialogues/owen.yaml"};
  const std::string punctuation = "[]{}:,-?&*!|>'\"%@`#\t\n ";
  std::mt19937 rng(20261127);
  for (int round = 0; round < 300; ++round) {
    fs::remove_all(work);
    fs::copy(example, work, fs::copy_options::recursive);
    const fs::path target = work / targets[rng() % 5];
    std::string text;
    {
      std::ifstream in(target, std::ios::binary);
      std::stringstream s;
      s << in.rdbuf();
      text = s.str();
    }
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      const std::size_t at = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[at] = punctuation[rng() % punctuation.size()]; break;
        case 1: text.erase(at, 1 + rng() % 20); break;
        case 2: text.insert(at, 1, punctuation[rng() % punctuation.size()]); break;
        case 3: {
          const std::size_t start = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
          const std::size_t end = text.find('\n', at);
          text.insert(start, text.substr(start, end == std::string::npos ? std::string::npos : end - start + 1));
          break;
        }
      }
    }
    std::ofstream(target, std::ios::binary | std::ios::trunc) << text;
    INFO("round " << round << ", " << target.filename().string() << ":\n" << text);
    const LoadResult r = load_content(work);
    for (const auto& d : r.diagnostics) CHECK_FALSE(d.pos.file.empty());
  }
  fs::remove_all(work);
}
