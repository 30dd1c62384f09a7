// Words for people, not for programs: the golden campaign (tests/play/campaign-golden) played
// in the terminal, with the arithmetic of asks shown and hidden, and everything the player
// reads searched for tokens that belong to the program: an author's hyphenated id (an item, a
// hint, a memory, a flag, a node, a choice, a zone, a slot), a person's lowercase id, or the
// name of a phase. The places where the terminal shows an id on purpose, as the word to type,
// are left out: the commands echoed ("> talk grace"), the handle at the start of a `look` line
// ("  grace: Grace Mbeki…"), a name's handle in the notebook ("Grace Mbeki (grace)") and a
// command in quotes ('talk grace').
#include "support/golden_run.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

// Every id an author wrote that is not an English word on its own: ids with a hyphen. The
// people's ids are kept apart (a lowercase name).
struct Ids {
  std::set<std::string> hyphenated, people;
};

Ids campaign_ids(const Campaign& c) {
  Ids ids;
  auto add = [&](const std::string& id) {
    if (id.find('-') != std::string::npos) ids.hyphenated.insert(id);
  };
  auto effects = [&](const Effects& fx) {
    for (const auto& x : fx.gain) add(x);
    for (const auto& x : fx.learn) add(x);
    for (const auto& x : fx.remember) add(x);
    for (const auto& [flag, v] : fx.set) add(flag);
  };
  for (const auto& step : c.steps) {
    const Event& e = step.event;
    add(e.id);
    for (const auto& z : e.room.zones) add(z.id);
    for (const auto& sl : e.slots) add(sl.id);
    for (const auto& n : e.player.needs) add(n.item);
    for (const auto& n : e.player.side_goals) add(n.item);
    for (const auto& p : e.people) {
      ids.people.insert(p.id);
      for (const auto& h : p.holds) add(h.item);
      for (const auto& n : p.needs) add(n.item);
    }
    for (const auto& d : e.dialogues) {
      add(d.id);
      for (const auto& n : d.nodes) {
        add(n.id);
        effects(n.effects);
        for (const auto& ch : n.choices) {
          add(ch.id);
          effects(ch.effects);
        }
      }
    }
  }
  // Words the game's own sentences use as English, which some author also chose as an id.
  for (const char* english : {"follow-up", "follow-ups"}) ids.hyphenated.erase(english);
  return ids;
}

// What the player reads of one line: the places that show an id on purpose taken out.
std::string readable_part(std::string line, const Ids& ids) {
  if (line.rfind("> ", 0) == 0) return {};
  line = std::regex_replace(line, std::regex("'[^']*'"), "''");                       // 'talk grace'
  line = std::regex_replace(line, std::regex("^  [a-z0-9_-]+: "), "  ");             // look's handle
  for (const auto& id : ids.people) {
    const std::string handle = " (" + id + ")";
    for (auto at = line.find(handle); at != std::string::npos; at = line.find(handle)) line.erase(at, handle.size());
  }
  return line;
}

std::vector<std::string> program_words(const std::string& transcript, const Ids& ids) {
  std::vector<std::string> found;
  const std::regex word("[A-Za-z0-9_]+(?:-[A-Za-z0-9_]+)*");
  std::istringstream lines(transcript);
  int number = 0;
  for (std::string line; std::getline(lines, line);) {
    ++number;
    const std::string text = readable_part(line, ids);
    for (std::sregex_iterator it(text.begin(), text.end(), word), end; it != end; ++it) {
      const std::string w = it->str();
      if (ids.hyphenated.count(w) || ids.people.count(w))
        found.push_back("line " + std::to_string(number) + ": '" + w + "' in: " + line);
    }
    for (const char* phase : {"(event)", "(follow-up)", "(finished)"})
      if (text.find(phase) != std::string::npos)
        found.push_back("line " + std::to_string(number) + ": a phase name " + phase + " in: " + line);
  }
  return found;
}

}  // namespace

TEST_CASE("the player reads words, not the program's ids (campaign-golden in the terminal)") {
  const Campaign campaign = test::bundled_campaign();
  const Ids ids = campaign_ids(campaign);
  REQUIRE(ids.hyphenated.size() > 50);
  REQUIRE(ids.people.count("grace"));

  const fs::path out = fs::path(MINGLE_TEST_OUT) / "player-words";
  fs::create_directories(out);
  for (bool details : {false, true}) {
    CAPTURE(details);
    cli::PlayOptions o;
    o.results = out / "results.json";
    o.details = details;
    const std::string screen = test::play_golden(campaign, o);
    // The arithmetic behind each ask shows only when asked for (--details).
    CHECK((screen.find("(What counted: ") != std::string::npos) == details);
    const auto found = program_words(screen, ids);
    std::string listed;
    for (std::size_t i = 0; i < found.size() && i < 25; ++i) listed += found[i] + "\n";
    CHECK_MESSAGE(found.empty(), found.size() << " program words on screen:\n" << listed);
  }
}

TEST_CASE("the program-word search finds what it looks for") {
  Ids ids;
  ids.hyphenated = {"grace-fixed-renewals"};
  ids.people = {"grace"};
  CHECK(program_words("Noted: grace-fixed-renewals.", ids).size() == 1);
  CHECK(program_words("You thank grace warmly.", ids).size() == 1);
  CHECK(program_words("  The event is over (follow-up).", ids).size() == 1);
  CHECK(program_words("> talk grace", ids).empty());
  CHECK(program_words("  grace: Grace Mbeki (Membership Manager), the bar", ids).empty());
  CHECK(program_words("  Grace Mbeki (grace): acquaintance", ids).empty());
  CHECK(program_words("Type 'talk grace'.", ids).empty());
  CHECK(program_words("Grace fixed her renewals.", ids).empty());
}
