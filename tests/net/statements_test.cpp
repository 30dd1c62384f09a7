// The xAPI statements of a run, from each command's result: each thing that happened is stated
// once, in order, with the run's registration, and the ending after each choice is read from
// the scenario.
#include "net/statements.h"

#include "core/scenario/loader.h"
#include "core/sim/commands.h"

#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace mingle;
using nlohmann::json;

namespace {

const fs::path kHarbour = fs::path(MINGLE_TESTS_DIR) / "workshop" / "harbour";

Campaign harbour() {
  LoadResult r = load_content(kHarbour);
  REQUIRE(r.ok());
  return *r.campaign;
}

net::RunContext context() {
  net::RunContext ctx;
  ctx.player = "Ann Lee";
  ctx.home_page = "https://learning.example.org";
  ctx.registration = net::new_uuid();
  ctx.workshop_title = "Spring induction";
  ctx.mode = "practice";
  return ctx;
}

sim::CommandResult send(const Campaign& c, sim::RunState& s, const std::string& line) {
  std::string error;
  auto cmd = sim::parse_command(line, error);
  REQUIRE_MESSAGE(cmd, error);
  auto r = sim::apply(c, s, *cmd);
  REQUIRE_MESSAGE(r.ok, line << ": " << r.reason);
  return r;
}

std::string verb(const json& st) { return st["verb"]["id"].get<std::string>(); }

}  // namespace

TEST_CASE("a run's statements: each happening once, from initialized to the closing statement") {
  const Campaign c = harbour();
  sim::RunState s = sim::start_run(c, 7);
  net::StatementTracker tracker(context());
  std::vector<json> all;
  const auto now = std::chrono::system_clock::now();
  auto collect = [&](const sim::CommandResult& r) {
    for (auto& st : tracker.collect(c, s, r, now)) all.push_back(st);
  };
  collect({});  // the run begins
  REQUIRE(all.size() >= 2);  // the run and its first event begin, and people known already
  for (std::size_t i = 2; i < all.size(); ++i) CHECK(verb(all[i]) == "http://adlnet.gov/expapi/verbs/progressed");
  CHECK(verb(all[0]) == "http://adlnet.gov/expapi/verbs/initialized");
  CHECK(all[0]["object"]["definition"]["type"] == "https://w3id.org/xapi/seriousgames/activity-types/serious-game");
  CHECK(all[1]["object"]["id"] == "https://learning.example.org/mingle/scenarios/harbour-reception/events/harbour-reception");
  for (const char* line : {"talk marcus", "choose 1", "choose 3"}) collect(send(c, s, line));
  collect({});  // nothing new: nothing is stated twice
  std::size_t selected = 0;
  for (const auto& st : all) selected += verb(st) == "https://w3id.org/xapi/adb/verbs/selected" ? 1 : 0;
  CHECK(selected == 2);
  // A refused attempt noted as stuck is stated with its refusal.
  std::string error;
  const auto tried = sim::parse_command("talk nobody-here", error);
  REQUIRE(tried);
  auto refused = sim::apply(c, s, *tried);
  REQUIRE_FALSE(refused.ok);
  sim::note_refused(c, s, *tried, refused);
  const auto attempted = tracker.collect(c, s, refused, now);
  REQUIRE(attempted.size() == 1);
  CHECK(verb(attempted[0]) == "http://adlnet.gov/expapi/verbs/attempted");
  for (const auto& st : attempted) all.push_back(st);
  collect(sim::stop_run(c, s, "you quit"));
  const json& last = all.back();
  CHECK(verb(last) == "http://adlnet.gov/expapi/verbs/terminated");
  CHECK(last["result"]["completion"] == false);
  CHECK(last["result"]["duration"].get<std::string>().rfind("PT", 0) == 0);
  const std::string ext = net::kExtensionBase;
  CHECK(last["result"]["extensions"][ext + "enjoyment"] == s.enjoyment);
  CHECK(last["result"]["extensions"][ext + "value"] == s.value);
  // The event was cut short too.
  bool event_terminated = false;
  std::set<std::string> ids;
  int sequence = 0;
  for (const auto& st : all) {
    ids.insert(st["id"].get<std::string>());
    CHECK(st["context"]["registration"] == tracker.context().registration);
    CHECK(st["actor"]["account"]["name"] == "Ann Lee");
    CHECK(st["context"]["extensions"][ext + "sequence"] == ++sequence);
    event_terminated = event_terminated || (verb(st) == "http://adlnet.gov/expapi/verbs/terminated" &&
                                            st["object"]["definition"]["type"].get<std::string>().find("/level") !=
                                                std::string::npos);
  }
  CHECK(event_terminated);
  CHECK(ids.size() == all.size());
  CHECK(tracker.collect(c, s, {}, now).empty());
}

TEST_CASE("the choice just before an awkward ending is marked so") {
  const Campaign c = harbour();
  sim::RunState s = sim::start_run(c, 7);
  send(c, s, "talk marcus");
  send(c, s, "choose 1");  // chat: the conversation goes on
  // Marcus's choices: chat, bye, (meet-dana needs rapport), talk-shop...
  std::string error;
  bool ended = false;
  for (int n = 1; n <= 6 && !ended; ++n) {
    if (s.choices.back().choice == "talk-shop") break;
    auto cmd = sim::parse_command("choose " + std::to_string(n), error);
    sim::RunState copy = s;
    auto r = sim::apply(c, copy, *cmd);
    if (r.ok && copy.choices.size() > s.choices.size() && copy.choices.back().choice == "talk-shop") {
      s = copy;
      ended = true;
    }
  }
  REQUIRE(ended);
  const auto endings = net::choice_endings(c, s);
  REQUIRE(endings.size() == s.choices.size());
  CHECK(endings.front() == "");
  CHECK(endings.back() == "awkward");
}

TEST_CASE("a continued run states only what happens after it resumes") {
  const Campaign c = harbour();
  sim::RunState s = sim::start_run(c, 7);
  send(c, s, "talk marcus");
  send(c, s, "choose 1");
  net::StatementTracker tracker(context());
  tracker.skip_past(c, s);
  CHECK(tracker.collect(c, s, {}, std::chrono::system_clock::now()).empty());
  const auto fresh = tracker.collect(c, s, send(c, s, "choose 1"), std::chrono::system_clock::now());
  REQUIRE(!fresh.empty());
  CHECK(verb(fresh.front()) == "https://w3id.org/xapi/adb/verbs/selected");
}

TEST_CASE("ids and times are in the forms xAPI asks for") {
  const std::string id = net::new_uuid();
  CHECK(id.size() == 36);
  CHECK(id[14] == '4');
  CHECK(std::string("89ab").find(id[19]) != std::string::npos);
  CHECK(net::new_uuid() != id);
  CHECK(net::iso_timestamp(std::chrono::system_clock::time_point{}) == "1970-01-01T00:00:00.000Z");
  CHECK(net::iso_minutes(45) == "PT45M");
  CHECK(net::iri_segment("a b/c") == "a%20b%2Fc");
}
