// The moments each debrief opens with, on scripted runs kept as data: every
// tests/play/<case>/moments.yaml names, per event, the moments that went well and those that
// could have gone better, largest first. The case's script is played through the core (as
// the terminal would send it) and each event's debrief is read as the event ends.
#include "core/sim/commands.h"
#include "core/sim/debrief.h"

#include "support/fixtures.h"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace mingle;
namespace fs = std::filesystem;

namespace {

std::string first_line(const fs::path& p, const std::string& fallback) {
  std::ifstream in(p);
  std::string line;
  if (in && std::getline(in, line) && !line.empty()) return line;
  return fallback;
}

// How a moment is named in moments.yaml: "18:09 Grace Mbeki", or "- Grace Mbeki" for a
// chance missed (no one time), or "- <what>" when it names nobody.
std::string name_of(const sim::DebriefMoment& m) {
  if (!m.clock.empty()) return m.clock + " " + m.person_name;
  return "- " + (m.person_name.empty() ? m.what : m.person_name);
}

std::vector<std::string> names(const std::vector<sim::DebriefMoment>& ms) {
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(name_of(m));
  return out;
}

std::string listed(const std::vector<std::string>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", \"" : "\"") + v[i] + "\"";
  return out + "]";
}

// Every debrief of the case's run, by event, taken as each event ends.
std::map<int, sim::DebriefView> debriefs_of(const fs::path& dir) {
  const Campaign c = test::load_fixture(fs::relative(dir / first_line(dir / "scenario", "."),
                                                     MINGLE_TESTS_DIR).lexically_normal().string());
  sim::RunState s = sim::start_run(c, std::stoull(first_line(dir / "seed", "1")));
  std::map<int, sim::DebriefView> out;
  std::ifstream script(dir / "script.txt");
  std::string line;
  while (std::getline(script, line)) {
    std::istringstream words(line);
    std::string head;
    words >> head;
    if (head.empty() || head[0] == '#' || head == "look" || head == "status" || head == "notebook" ||
        head == "help" || head == "debrief")
      continue;
    std::string error;
    auto cmd = sim::parse_command(line, error);
    const std::string why = dir.string() + ": " + line + ": " + error;
    REQUIRE_MESSAGE(cmd, why);
    const int event_no = s.event_no();
    const sim::CommandResult r = sim::apply(c, s, *cmd);
    if (r.event_ended) out[event_no] = sim::debrief_view(c, s, event_no);
  }
  return out;
}

}  // namespace

TEST_CASE("each debrief opens with the moments that changed the evening most (tests/play/*/moments.yaml)") {
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(fs::path(MINGLE_TESTS_DIR) / "play")) {
    const fs::path expected = entry.path() / "moments.yaml";
    if (!fs::exists(expected)) continue;
    ++cases;
    CAPTURE(expected.string());
    const auto debriefs = debriefs_of(entry.path());
    const YAML::Node events = YAML::LoadFile(expected.string());
    REQUIRE(events.IsSequence());
    CHECK(events.size() == debriefs.size());
    for (const auto& ev : events) {
      const int no = ev["event"].as<int>();
      CAPTURE(no);
      REQUIRE(debriefs.count(no) == 1);
      const sim::DebriefView& d = debriefs.at(no);
      std::string shown;  // what the debrief chose, and why, for a failure's message
      for (const auto* list : {&d.moments_well, &d.moments_better})
        for (const auto& m : *list) shown += "\n  " + name_of(m) + " (" + std::to_string(m.weight) + "): " + m.changed;
      CAPTURE(shown);
      CHECK(listed(names(d.moments_well)) == listed(ev["went_well"].as<std::vector<std::string>>()));
      CHECK(listed(names(d.moments_better)) == listed(ev["could_go_better"].as<std::vector<std::string>>()));
      // Every moment shown teaches: what to try next time, and why it mattered or what was said.
      for (const auto* list : {&d.moments_well, &d.moments_better})
        for (const auto& m : *list) {
          CAPTURE(name_of(m));
          CHECK_FALSE(m.next_time.empty());
          CHECK(m.weight > 0);
          CHECK_FALSE((m.coach.empty() && m.changed.empty() && m.what.empty()));
        }
    }
  }
  CHECK(cases >= 1);
}
