// The terminal player: strict mode, quitting, results written at the end of each event.
#include "cli/play_text.h"
#include "golden_run.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <new>
#include <sstream>
#include <streambuf>

namespace fs = std::filesystem;

namespace {

fs::path test_out() {
  const fs::path p(MINGLE_TEST_OUT);
  fs::create_directories(p);
  return p;
}

mingle::Campaign load(const std::string& rel) {
  auto r = mingle::load_content(fs::path(MINGLE_TESTS_DIR) / "play" / "scenarios" / rel);
  REQUIRE(r.ok());
  return *r.campaign;
}

nlohmann::json read_json(const fs::path& p) {
  std::ifstream in(p);
  return nlohmann::json::parse(in);
}

// An input that hands over its lines one at a time and calls `before` with the line's index
// first, so a test can look at the world between two commands.
class SteppedInput : public std::streambuf {
 public:
  SteppedInput(std::vector<std::string> lines, std::function<void(std::size_t)> before)
      : lines_(std::move(lines)), before_(std::move(before)) {}

 protected:
  int_type underflow() override {
    if (next_ >= lines_.size()) return traits_type::eof();
    before_(next_);
    current_ = lines_[next_++] + "\n";
    setg(current_.data(), current_.data(), current_.data() + current_.size());
    return traits_type::to_int_type(current_[0]);
  }

 private:
  std::vector<std::string> lines_;
  std::function<void(std::size_t)> before_;
  std::string current_;
  std::size_t next_ = 0;
};

}  // namespace

TEST_CASE("--strict stops at the first mistake, with exit code 1, and still writes the results") {
  const auto c = load("harbour");
  const fs::path out = test_out() / "mingle-strict.json";
  mingle::cli::PlayOptions o;
  o.strict = true;
  o.results = out;
  std::istringstream in("talk priya\nchoose 9\nchoose 1\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 1);
  CHECK(text.str().find("pick a number from 1 to 3") != std::string::npos);
  const auto j = read_json(out);
  CHECK(j["commands"] == nlohmann::json::array({"talk priya"}));
  CHECK(j["stopped_because"] == "a command was refused under --strict");
}

TEST_CASE("without --strict a mistake is explained and play goes on") {
  const auto c = load("harbour");
  mingle::cli::PlayOptions o;
  std::istringstream in("dance\ntalk priya\nchoose 1\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 0);
  CHECK(text.str().find("'dance' isn't a command I know") != std::string::npos);
  CHECK(text.str().find("You: Ask what keeps her busy these days.") != std::string::npos);
}

TEST_CASE("--practice shows the coach's note right after the choice, not only in the debrief") {
  const auto c = load("harbour");
  const std::string note = "Opening with her world, not your problem, makes people want to help later.";
  for (bool practice : {false, true}) {
    mingle::cli::PlayOptions o;
    o.practice = practice;
    o.width = 0;  // the note whole on one line
    std::istringstream in("talk priya\nchoose 1\n");
    std::ostringstream text;
    REQUIRE(mingle::cli::play_text(c, o, in, text) == 0);
    const std::string out = text.str();
    const auto said = out.find("You: Ask what keeps her busy these days.");
    REQUIRE(said != std::string::npos);
    const auto coached = out.find("(Coach: " + note + ")");
    CHECK((coached != std::string::npos) == practice);
    if (practice) CHECK(coached > said);
    CHECK(out.find(note, out.find("-- Debrief")) != std::string::npos);  // the debrief keeps it either way
  }
}

TEST_CASE("quit ends the run and writes the results") {
  const auto c = load("harbour");
  const fs::path out = test_out() / "mingle-quit.json";
  mingle::cli::PlayOptions o;
  o.results = out;
  std::istringstream in("talk priya\nquit\ntalk marcus\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 0);
  const auto j = read_json(out);
  CHECK(j["stopped_because"] == "you quit");
  CHECK(j["commands"] == nlohmann::json::array({"talk priya"}));
}

TEST_CASE("the results file is written at the end of each event, before the run is over") {
  const auto c = load("season");
  const fs::path out = test_out() / "mingle-each-event.json";
  fs::remove(out);
  mingle::cli::PlayOptions o;
  o.results = out;
  bool before_end = true, after_end = false;
  std::string phase_after_end;
  SteppedInput lines({"talk priya", "choose 3", "end", "next", "end"}, [&](std::size_t i) {
    if (i == 2) before_end = !fs::exists(out);
    if (i == 3) {
      after_end = fs::exists(out);
      if (after_end) phase_after_end = read_json(out)["phase"];
    }
  });
  std::istream in(&lines);
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 0);
  CHECK(before_end);
  CHECK(after_end);
  CHECK(phase_after_end == "follow-up");
  CHECK(read_json(out)["duration"]["events_played"] == 2);
}

TEST_CASE("a run saved and loaded in the terminal goes on from the save") {
  const auto c = load("harbour");
  const fs::path save = test_out() / "mingle-save.yaml";
  const fs::path out = test_out() / "mingle-loaded.json";
  mingle::cli::PlayOptions o;
  o.results = out;
  std::istringstream in("talk priya\nchoose 1\nsave " + save.string() + "\nchoose 1\nload " + save.string() +
                        "\nchoose 5\nend\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 0);
  const auto j = read_json(out);
  CHECK(j["commands"] == nlohmann::json::array({"talk priya", "choose 1", "choose 5", "end"}));
  CHECK(j["need_found"] == false);  // the item received after the save is gone with the load
}

TEST_CASE("running out of memory mid-run ends it with a sentence, the results written and exit 1") {
  const auto c = load("harbour");
  const fs::path out = test_out() / "mingle-out-of-memory.json";
  fs::remove(out);
  mingle::cli::PlayOptions o;
  o.results = out;
  o.player = "Ana";
  SteppedInput lines({"talk priya", "choose 1", "choose 2"}, [](std::size_t i) {
    if (i == 2) throw std::bad_alloc();
  });
  std::istream in(&lines);
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 1);
  CHECK(text.str().find("the game ran out of memory. Your run stops here.") != std::string::npos);
  const auto j = read_json(out);
  CHECK(j["stopped_because"] == "the game ran out of memory");
  CHECK(j["commands"] == nlohmann::json::array({"talk priya", "choose 1"}));
  CHECK(j["player"]["name"] == "Ana");
}

TEST_CASE("save and load take the rest of the line as the file, spaces and all; a NUL is refused") {
  const auto c = load("harbour");
  const fs::path dir = test_out() / "a folder with spaces";
  fs::create_directories(dir);
  const std::string file = (dir / "my save.yaml").string();
  fs::remove(file);
  mingle::cli::PlayOptions o;
  o.strict = true;
  std::istringstream in("talk priya\nsave " + file + "\nload " + file + "\nsave " + file +
                        std::string("\0x", 2) + "\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 1);  // the NUL, under --strict
  CHECK(text.str().find("Saved to " + file + ".") != std::string::npos);
  CHECK(text.str().find("Loaded " + file + ".") != std::string::npos);
  CHECK(text.str().find("holds a NUL character") != std::string::npos);
  CHECK(fs::exists(file));
  CHECK_FALSE(fs::exists(dir / "my"));
}

TEST_CASE("each debrief of the golden campaign fits 40 lines of a 100-column terminal; debrief --all shows the rest") {
  const std::vector<std::string> lines = mingle::test::golden_campaign_lines(100);

  int debriefs = 0, full = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].rfind("-- Debrief: ", 0) != 0) continue;
    CAPTURE(lines[i]);
    if (i > 1 && lines[i - 2] == "> debrief --all") {
      ++full;
      std::string all;
      for (std::size_t j = i; j < lines.size() && !lines[j].empty(); ++j) all += lines[j] + "\n";
      for (const char* part : {"What went well:", "What your choices did:", "People:", "The ideas you practised:"})
        CHECK(all.find(part) != std::string::npos);
      continue;
    }
    // The default view: from its title to the line that offers the rest.
    std::size_t end = i;
    while (end < lines.size() && lines[end].find("'debrief --all'") == std::string::npos) ++end;
    REQUIRE(end < lines.size());
    ++debriefs;
    CHECK(end - i + 1 <= 40);
    CHECK(end - i + 1 >= 8);  // the moments are there, not an empty page
    for (std::size_t j = i; j <= end; ++j) {
      const auto columns = std::count_if(lines[j].begin(), lines[j].end(),
                                         [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; });
      CHECK(columns <= 100);
    }
  }
  CHECK(debriefs == 4);
  CHECK(full >= 4);  // the script asks for one itself too
}

TEST_CASE("save ~/x.yaml writes into the home folder, never into a folder named '~'") {
  const auto c = load("harbour");
  const fs::path home = test_out() / "tilde-home";
  fs::remove_all(home);
  fs::create_directories(home);
  const char* old = std::getenv("HOME");
  const std::string saved_home = old ? old : "";
  ::setenv("HOME", home.c_str(), 1);
  mingle::cli::PlayOptions o;
  std::istringstream in("talk priya\nsave ~/tilde.yaml\nload ~/tilde.yaml\n");
  std::ostringstream text;
  CHECK(mingle::cli::play_text(c, o, in, text) == 0);
  ::unsetenv("HOME");
  std::istringstream again("save ~/other.yaml\n");
  std::ostringstream text2;
  CHECK(mingle::cli::play_text(c, o, again, text2) == 0);
  if (old) ::setenv("HOME", saved_home.c_str(), 1);
  CHECK(fs::is_regular_file(home / "tilde.yaml"));
  CHECK_FALSE(fs::exists("~"));
  CHECK(text.str().find("Saved to " + (home / "tilde.yaml").string()) != std::string::npos);
  CHECK(text.str().find("Loaded ~/tilde.yaml") != std::string::npos);
  CHECK(text2.str().find("HOME is not set here") != std::string::npos);
}
