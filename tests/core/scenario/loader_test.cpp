#include "core/scenario/loader.h"
#include "core/scenario/stats.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using namespace mingle;

namespace {
// A frozen copy of the first bundled event, so the bundled tutorial can grow freely.
const fs::path kExample = fs::path(MINGLE_TESTS_DIR) / "check" / "example";
}

TEST_CASE("an event folder loads as a one-step campaign with a fully resolved model") {
  const LoadResult r = load_content(kExample);
  REQUIRE(r.ok());
  REQUIRE(r.campaign);
  const Campaign& c = *r.campaign;
  CHECK(c.id == "first-steps");
  REQUIRE(c.steps.size() == 1);
  const Event& e = c.steps[0].event;
  CHECK(e.starts == 18 * 60);
  CHECK(e.ends == 19 * 60 + 30);
  CHECK(e.minutes_per_exchange == 2);
  REQUIRE(e.slots.size() == 2);
  CHECK(e.slots[1].from == 18 * 60 + 40);
  CHECK(e.room.zones.size() == 4);
  CHECK(e.room.furniture[0].area.w > 0);  // a default size for the kind

  const Person* grace = e.person("grace");
  REQUIRE(grace);
  CHECK(grace->dialogue == "grace");
  CHECK(grace->traits == std::vector<Trait>{Trait::Warm, Trait::Chatty});
  CHECK(grace->schedule.at("welcome-talk") == "front");
  REQUIRE(grace->holds.size() == 1);
  CHECK_FALSE(grace->holds[0].shared_when.empty());
  CHECK(grace->knows[0].opinion == 2);
  const Person* owen = e.person("owen");
  REQUIRE(owen);
  CHECK(owen->needs_introduction);
  CHECK(owen->holds[1].kind == ValueKind::Comparable);

  const Dialogue* d = e.dialogue_for("grace");
  REQUIRE(d);
  CHECK(d->start == "hello");
  const Node* hello = d->find("hello");
  REQUIRE(hello);
  CHECK(hello->speaker == "grace");  // the default: the dialogue's person
  CHECK(hello->pos.line == 5);
  REQUIRE(hello->choices.size() == 3);
  CHECK(hello->choices[0].next == "new-here");
  CHECK(hello->choices[0].effects.rapport == 1);
  CHECK(hello->choices[2].end == Outcome::CutShort);
  const Node* renewals = d->find("renewals");
  REQUIRE(renewals);
  CHECK(renewals->effects.introduce_to == std::optional<std::string>("owen"));
  CHECK(renewals->choices[1].ask->kind == AskKind::Coffee);
  CHECK(renewals->choices[1].ask->accepted == "coffee-yes");
  CHECK_FALSE(renewals->choices[0].condition.empty());
  const Node* shared = d->find("shared");
  REQUIRE(shared);
  REQUIRE(shared->choices[0].effects.follow_up);
  CHECK(shared->choices[0].effects.follow_up->with == "grace");  // defaults to the person
}

TEST_CASE("a campaign folder loads its events in order") {
  const LoadResult r = load_content(fs::path(MINGLE_SOURCE_DIR) / "dialogues");
  REQUIRE(r.ok());
  REQUIRE(r.campaign);
  CHECK(r.campaign->id == "bundled");
  CHECK(r.campaign->steps[0].event.id == "first-steps");
}

TEST_CASE("a single file is checked alone and gives no campaign") {
  const LoadResult r = load_content(kExample / "dialogues" / "owen.yaml");
  CHECK(r.ok());
  // The frozen example predates `again:`; its gentle I0340 notes are all there is.
  CHECK(count(r.diagnostics, Severity::Error) + count(r.diagnostics, Severity::Warning) == 0);
  CHECK_FALSE(r.campaign);
}

TEST_CASE("a path that does not exist is one E0101") {
  const LoadResult r = load_content(kExample / "nope");
  REQUIRE(r.diagnostics.size() == 1);
  CHECK(r.diagnostics[0].code == "E0101");
  CHECK_FALSE(r.ok());
}

TEST_CASE("stats count the example's content") {
  const LoadResult r = load_content(kExample);
  REQUIRE(r.campaign);
  const ContentStats s = compute_stats(*r.campaign);
  CHECK(s.events == 1);
  CHECK(s.people == 2);
  CHECK(s.dialogues == 2);
  CHECK(s.nodes == 13);
  CHECK(s.choices == 22);
  CHECK(s.choices_with_coaching == 9);
  CHECK(s.value_kinds == std::set<std::string>{"ally", "comparable", "solution"});
  CHECK(s.words > 300);
  CHECK(count_words("  two  words\n") == 2);
}

TEST_CASE("the JSON Schemas list exactly the vocabularies the loader knows") {
  auto read = [](const char* name) {
    std::ifstream in(fs::path(MINGLE_SOURCE_DIR) / "docs" / "schema" / name);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string people = read("people.json"), room = read("room.json"),
                    dialogue = read("dialogue.json");
  auto has_all = [](const std::string& text, const std::vector<std::string>& words) {
    for (const auto& w : words) {
      INFO(w);
      CHECK(text.find("\"" + w + "\"") != std::string::npos);
    }
  };
  has_all(people, all_traits());
  has_all(people, all_value_kinds());
  has_all(room, all_zone_kinds());
  has_all(room, all_furniture_kinds());
  has_all(dialogue, all_outcomes());
  has_all(dialogue, all_ask_kinds());
  has_all(dialogue, all_rungs());
}

TEST_CASE("the example saved with Windows line ends and a byte-order mark loads the same") {
  const fs::path work = fs::temp_directory_path() / "mingle-crlf-bom-test";
  fs::remove_all(work);
  fs::copy(kExample, work, fs::copy_options::recursive);
  for (const auto& e : fs::recursive_directory_iterator(work)) {
    if (e.path().extension() != ".yaml") continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    std::string crlf = "\xEF\xBB\xBF";
    for (const char c : s.str()) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    in.close();
    std::ofstream(e.path(), std::ios::binary | std::ios::trunc) << crlf;
  }
  const LoadResult r = load_content(work);
  const LoadResult original = load_content(kExample);
  CHECK(r.diagnostics.size() == original.diagnostics.size());
  CHECK(count(r.diagnostics, Severity::Error) + count(r.diagnostics, Severity::Warning) == 0);
  REQUIRE(r.campaign);
  REQUIRE(original.campaign);
  const Dialogue* a = r.campaign->steps[0].event.dialogue("grace");
  const Dialogue* b = original.campaign->steps[0].event.dialogue("grace");
  REQUIRE(a);
  REQUIRE(b);
  CHECK(a->nodes.size() == b->nodes.size());
  CHECK(a->nodes[3].say == b->nodes[3].say);  // no stray '\r' in the text
  CHECK(a->nodes[3].pos.line == b->nodes[3].pos.line);
  CHECK(a->nodes[3].pos.column == b->nodes[3].pos.column);
  fs::remove_all(work);
}
