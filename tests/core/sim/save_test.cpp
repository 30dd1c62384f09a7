#include "core/sim/save.h"

#include "core/scenario/loader.h"
#include "core/sim/results.h"
#include "core/util/atomic_file.h"
#include "fixture.h"
#include "support/temp_dir.h"

#include <filesystem>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {
// Plays the same lines on two runs and checks they stay identical (via their saves).
void play_both(const Campaign& c, RunState& a, RunState& b, const std::vector<std::string>& lines) {
  for (const auto& l : lines) {
    play(c, a, l);
    play(c, b, l);
  }
}
}  // namespace

TEST_CASE("a save made mid-conversation restores to the same run, which then plays on the same") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 4");  // an ask: the generator has moved
  play(c, s, "choose 3");  // a follow-up agreed
  const std::string text = save_run(c, s);
  auto loaded = load_run(c, text);
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  CHECK(loaded.notes.empty());
  RunState& back = *loaded.state;
  CHECK(save_run(c, back) == text);
  REQUIRE(back.conversation);
  CHECK(back.conversation->node == s.conversation->node);
  play_both(c, s, back, {"choose 1", "choose 5", "talk marcus", "choose 1", "choose 2", "end",
                         "invite priya lunch", "follow-up priya", "next", "talk priya", "choose 1"});
  CHECK(save_run(c, back) == save_run(c, s));
}

TEST_CASE("a save keeps which introductions were made at this event") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  s.people["dana"].introduced = true;
  for (const char* who : {"priya", "dana"}) {
    play(c, s, std::string("talk ") + who);
    play(c, s, "choose 1");
    play(c, s, std::string("choose ") + (std::string(who) == "priya" ? "5" : "2"));
  }
  play(c, s, "introduce priya dana");
  REQUIRE(s.introduced_this_event.count({"dana", "priya"}));
  auto loaded = load_run(c, save_run(c, s));
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  CHECK(loaded.state->introduced_this_event == s.introduced_this_event);
  CHECK(loaded.state->introduced_pairs == s.introduced_pairs);
}

TEST_CASE("a save in the follow-up phase restores there") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 3);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");
  play(c, s, "end");
  auto loaded = load_run(c, save_run(c, s));
  REQUIRE(loaded.state);
  CHECK(loaded.state->phase == Phase::FollowUp);
  play(c, *loaded.state, "follow-up priya");
  CHECK(loaded.state->people["priya"].rung() == Rung::Purposeful);
}

TEST_CASE("a save loads against an edited scenario, and says plainly what it dropped") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  play(c, s, "talk marcus");
  play(c, s, "choose 1");
  play(c, s, "choose 2");
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  const std::string text = save_run(c, s);

  Campaign edited = c;
  auto& people = edited.steps[0].event.people;
  people.erase(people.begin() + 1);  // marcus is gone from the reception…
  edited.steps[1].event.people.erase(edited.steps[1].event.people.begin() + 1);  // …and the workshop
  edited.steps[0].event.dialogues[0].nodes[1].id = "her-job";  // the line Priya was at is renamed
  auto loaded = load_run(edited, text);
  REQUIRE_MESSAGE(loaded.state, loaded.error);
  REQUIRE(loaded.notes.size() == 2);
  CHECK(loaded.notes[0].find("'priya'") != std::string::npos);
  CHECK(loaded.notes[0].find("no longer exists") != std::string::npos);
  CHECK(loaded.notes[1].find("'marcus' was dropped") != std::string::npos);
  CHECK_FALSE(loaded.state->conversation);
  CHECK(loaded.state->people.count("marcus") == 0);
  CHECK(loaded.state->people.at("priya").rapport == 2);
  play(edited, *loaded.state, "talk priya");  // and play goes on
}

TEST_CASE("a save whose event is gone, or a file that isn't a save, is refused with a reason") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  const std::string text = save_run(c, s);
  Campaign edited = c;
  edited.steps[0].event.id = "renamed";
  auto gone = load_run(edited, text);
  CHECK_FALSE(gone.state);
  CHECK(gone.error.find("'reception'") != std::string::npos);
  for (const char* bad : {"", "hello", "[1, 2", "mingle_save: 1\nevent: reception\npeople: {priya: {scales: 3}}",
                          "mingle_save: 99", "mingle_save: 1\nseed: lots\nevent: reception",
                          "mingle_save: 1\nevent: reception\nasks: [{at: 1}]"}) {
    auto r = load_run(c, bad);
    CHECK_FALSE_MESSAGE(r.state, bad);
    CHECK_FALSE(r.error.empty());
  }
}

TEST_CASE("a hand-edited save with impossible values is brought back within the rules, with a note") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  fixture::play(c, s, "talk priya");
  fixture::play(c, s, "choose 1");
  std::string text = save_run(c, s);
  const auto at = text.find("clock: ");
  text.replace(at, text.find('\n', at) - at, "clock: 5");
  const auto sc = text.find("regard: 2\n");
  REQUIRE(sc != std::string::npos);
  text.replace(sc, 9, "regard: 99");
  CHECK_FALSE(load_run(c, text).state);  // changed by hand: refused until sealed again
  auto loaded = load_run(c, reseal_save(text));
  REQUIRE(loaded.state);
  CHECK(loaded.state->clock == 17 * 60 + 30);
  CHECK(loaded.state->people["priya"].regard == 10);
  REQUIRE(loaded.notes.size() == 2);
  CHECK(loaded.notes[0].find("clock") != std::string::npos);
  CHECK(loaded.notes[1].find("out of range") != std::string::npos);
}

TEST_CASE("an item the scenario no longer has is dropped from a save, with a note") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 1");
  REQUIRE(s.has_item("database-migration-know-how"));
  Campaign edited = c;
  edited.steps[0].event.player.needs.clear();
  edited.steps[0].event.people[0].holds.clear();
  edited.steps[0].event.people[2].needs.clear();
  auto loaded = load_run(edited, save_run(c, s));
  REQUIRE(loaded.state);
  CHECK_FALSE(loaded.state->has_item("database-migration-know-how"));
  REQUIRE(loaded.notes.size() == 1);
  CHECK(loaded.notes[0] == "'How she moved 9,000 members' was dropped from what you have: the scenario no longer has "
                           "'database-migration-know-how'.");
}

TEST_CASE("a save carries who plays and what, and ends in a check line") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  play(c, s, "talk priya");
  const std::string text = save_run(c, s, SaveInfo{"/content/folder with spaces", "Sam O'Neil"});
  CHECK(text.rfind("mingle_save: 2", text.find('\n') + 1) != std::string::npos);
  CHECK(text.find("\n# mingle-save-check: ") != std::string::npos);
  const SaveHeader h = read_save_header(text);
  REQUIRE_MESSAGE(h.ok, h.error);
  CHECK(h.info.content == "/content/folder with spaces");
  CHECK(h.info.player == "Sam O'Neil");
  CHECK(h.scenario == "test-season");
  auto loaded = load_run(c, text);
  REQUIRE(loaded.state);
  CHECK(loaded.info.player == "Sam O'Neil");
}

TEST_CASE("a save cut short at any tenth of its length is refused with a sentence, never loaded in part") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  for (const char* l : {"talk priya", "choose 1", "choose 4", "choose 3"}) play(c, s, l);
  const std::string text = save_run(c, s);
  for (int tenth = 0; tenth < 10; ++tenth) {
    const std::string cut = text.substr(0, text.size() * static_cast<std::size_t>(tenth) / 10);
    auto r = load_run(c, cut);
    CHECK_FALSE_MESSAGE(r.state, tenth);
    CHECK_FALSE(r.error.empty());
  }
  // Cut inside the check line itself, or with its last byte gone.
  auto r = load_run(c, text.substr(0, text.size() - 2));
  CHECK_FALSE(r.state);
  const std::string middle = text.substr(0, text.size() / 2);
  CHECK(load_run(c, middle).error.find("incomplete") != std::string::npos);
}

TEST_CASE("a save changed by one byte is refused, saying it was changed") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 7);
  play(c, s, "talk priya");
  std::string text = save_run(c, s);
  text[text.find("enjoyment: ") + 11] = '9';
  auto r = load_run(c, text);
  CHECK_FALSE(r.state);
  CHECK(r.error.find("changed after Mingle wrote it") != std::string::npos);
  std::string longer = save_run(c, s);
  longer.insert(longer.find("zone:"), "# a comment\n");
  CHECK(load_run(c, longer).error.find("longer than when Mingle wrote it") != std::string::npos);
}

TEST_CASE("saves of the earlier format, from the terminal and from the window, still load") {
  const LoadResult content = load_content(std::filesystem::path(MINGLE_TESTS_DIR) / "play/scenarios/harbour");
  REQUIRE(content.campaign);
  for (const char* name : {"v1-terminal.yaml", "v1-window.yaml"}) {
    std::string text, error;
    REQUIRE_MESSAGE(
        read_save_file(std::filesystem::path(MINGLE_TESTS_DIR) / "core/sim/saves" / name, text, error), error);
    auto r = load_run(*content.campaign, text);
    REQUIRE_MESSAGE(r.state, name << ": " << r.error);
    CHECK(r.notes.empty());
    CHECK(r.state->commands == std::vector<std::string>{"talk priya", "choose 1", "choose 2"});
    REQUIRE(r.state->conversation);
    CHECK(r.state->conversation->node == "her-work");
    CHECK(r.state->learned.count("priya-did-a-migration") == 1);
    // Saved again, it is in the new format and loads the same.
    auto again = load_run(*content.campaign, save_run(*content.campaign, *r.state, r.info));
    REQUIRE(again.state);
    CHECK(save_run(*content.campaign, *again.state) == save_run(*content.campaign, *r.state));
    if (std::string(name) == "v1-window.yaml") {
      CHECK(r.info.player == "Sam");
      CHECK(read_save_header(text).info.content == "/where/it/was/harbour");
    }
  }
}

TEST_CASE("a cut-short save of the earlier format is refused, not loaded in part") {
  const LoadResult content = load_content(std::filesystem::path(MINGLE_TESTS_DIR) / "play/scenarios/harbour");
  REQUIRE(content.campaign);
  for (const char* name : {"v1-terminal.yaml", "v1-window.yaml"}) {
    std::string text, error;
    REQUIRE(read_save_file(std::filesystem::path(MINGLE_TESTS_DIR) / "core/sim/saves" / name, text, error));
    // Cut at every line end from the middle on: never a partial run.
    std::size_t refused = 0, tried = 0;
    for (std::size_t at = text.find('\n', text.size() / 2); at != std::string::npos && at + 1 < text.size();
         at = text.find('\n', at + 1)) {
      ++tried;
      auto r = load_run(*content.campaign, text.substr(0, at + 1));
      if (!r.state && !r.error.empty()) ++refused;
    }
    CAPTURE(name);
    CHECK(tried > 5);
    CHECK(refused == tried);
  }
}

TEST_CASE("a damaged save is explained in the game's words, not yaml-cpp's") {
  auto r = load_run(fixture::campaign(), "mingle_save: 1\nscenario: [a, b\n");
  CHECK_FALSE(r.state);
  CHECK(r.error.find("yaml-cpp") == std::string::npos);
  CHECK(r.error.find("It was not loaded") != std::string::npos);
}

TEST_CASE("a save file over the size limit is refused before it is read") {
  mingle::test::TempDir tmp;
  const auto file = tmp / "big.yaml";
  std::string error;
  REQUIRE(mingle::write_file_atomically(file, std::string(kMaxSaveBytes, '#'), error));
  std::string text;
  CHECK(read_save_file(file, text, error));  // at the limit: read (and then refused as no save)
  CHECK_FALSE(load_run(fixture::campaign(), text).state);
  REQUIRE(mingle::write_file_atomically(file, std::string(kMaxSaveBytes + 1, '#'), error));
  CHECK_FALSE(read_save_file(file, text, error));
  CHECK(error.find("the limit is " + std::to_string(kMaxSaveBytes)) != std::string::npos);
}
