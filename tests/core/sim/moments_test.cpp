// The moments each debrief opens with, on scripted runs kept as data: every
// tests/play/<case>/moments.yaml names, per event, the moments that went well and those that
// could have gone better, largest first. The case's script is played through the core (as
// the terminal would send it) and each event's debrief is read as the event ends.
#include "core/sim/commands.h"
#include "core/sim/debrief.h"

#include "support/play_case.h"

#include <doctest/doctest.h>
#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace mingle;
namespace fs = std::filesystem;

namespace {

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
  std::map<int, sim::DebriefView> out;
  test::play_case(dir, [&](const Campaign& c, const sim::RunState& before, const std::string&, const sim::Command&,
                           const sim::RunState& after, const sim::CommandResult& r) {
    if (r.event_ended) out[before.event_no()] = sim::debrief_view(c, after, before.event_no());
  });
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
