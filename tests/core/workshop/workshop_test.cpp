#include "core/workshop/workshop.h"

#include "core/util/atomic_file.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

const fs::path kExample = fs::path(MINGLE_TESTS_DIR) / "check" / "example";

// Writes a workshop file beside a copy-free pointer to the example event, and loads it.
WorkshopLoad load_text(const test::TempDir& tmp, const std::string& text) {
  const fs::path file = tmp.path() / "workshop.yaml";
  std::string error;
  REQUIRE(write_file_atomically(file, text, error));
  return load_workshop(file);
}

std::string scenario_line() { return "scenario: " + kExample.generic_string() + "\n"; }

bool has(const WorkshopLoad& w, const std::string& code, int line) {
  for (const auto& d : w.diagnostics)
    if (d.code == code && d.pos.line == line) return true;
  return false;
}

}  // namespace

TEST_CASE("the example workshop reads cleanly, with its LRS, seed and home page") {
  const WorkshopContent w = load_workshop_content(kExample / "workshop.yaml");
  REQUIRE(w.ok());
  const Workshop& ws = *w.workshop.workshop;
  CHECK(ws.title == "Welcome evening, first cohort");
  CHECK(ws.mode == WorkshopMode::Practice);
  REQUIRE(ws.seed.has_value());
  CHECK(*ws.seed == 42);
  CHECK(ws.home_page == "https://learning.example.org");
  REQUIRE(ws.lrs.has_value());
  CHECK(ws.lrs->endpoint == "https://lrs.example.org/xAPI/");
  CHECK(ws.lrs->secret_env == "MINGLE_LRS_SECRET");
  CHECK(w.content.campaign.has_value());
}

TEST_CASE("a workshop file is told by its name") {
  CHECK(is_workshop_file("workshop.yaml"));
  CHECK(is_workshop_file("a/spring.workshop.yaml"));
  CHECK_FALSE(is_workshop_file("event.yaml"));
  CHECK_FALSE(is_workshop_file(".workshop.yaml"));
}

TEST_CASE("every mistake in a workshop file is reported with its line") {
  test::TempDir tmp;
  SUBCASE("missing keys") {
    const auto w = load_text(tmp, "seed: 3\n");
    CHECK_FALSE(w.ok());
    int missing = 0;
    for (const auto& d : w.diagnostics) missing += d.code == "E0204" ? 1 : 0;
    CHECK(missing == 3);  // title, scenario, mode
  }
  SUBCASE("a mode outside the list, with the nearest offered") {
    const auto w = load_text(tmp, "title: T\n" + scenario_line() + "mode: practise\n");
    REQUIRE(has(w, "E0205", 3));
    CHECK(w.diagnostics.front().message.find("practice") != std::string::npos);
  }
  SUBCASE("an unknown key") {
    const auto w = load_text(tmp, "title: T\n" + scenario_line() + "mode: assessed\ncolour: red\n");
    CHECK(has(w, "E0201", 4));
  }
  SUBCASE("a seed that is not a whole number, or below zero") {
    CHECK(has(load_text(tmp, "title: T\n" + scenario_line() + "mode: assessed\nseed: many\n"), "E0203", 4));
    CHECK(has(load_text(tmp, "title: T\n" + scenario_line() + "mode: assessed\nseed: -4\n"), "E0208", 4));
  }
  SUBCASE("a scenario that is not there") {
    const auto w = load_text(tmp, "title: T\nscenario: nowhere\nmode: practice\n");
    CHECK(has(w, "E0101", 2));
  }
  SUBCASE("an endpoint that is not a web address") {
    const auto w = load_text(tmp, "title: T\n" + scenario_line() +
                                      "mode: practice\nlrs:\n  endpoint: lrs.example.org\n  key: k\n  secret: s\n");
    CHECK(has(w, "E0203", 5));
  }
  SUBCASE("secret and secret_env together: reported without repeating the secret") {
    const auto w = load_text(tmp, "title: T\n" + scenario_line() +
                                      "mode: practice\nlrs:\n  endpoint: https://x.example/xAPI\n  key: k\n"
                                      "  secret: hunter2-very-secret\n  secret_env: LRS_SECRET\n");
    CHECK(has(w, "E0211", 8));
    for (const auto& d : w.diagnostics) {
      CHECK(d.message.find("hunter2") == std::string::npos);
      CHECK(d.hint.find("hunter2") == std::string::npos);
    }
  }
  SUBCASE("an LRS with no secret at all") {
    const auto w = load_text(tmp, "title: T\n" + scenario_line() +
                                      "mode: practice\nlrs:\n  endpoint: https://x.example/xAPI\n  key: k\n");
    CHECK(has(w, "E0204", 5));
  }
  SUBCASE("an empty file") {
    const auto w = load_text(tmp, "# nothing yet\n");
    CHECK(has(w, "E0110", 1));
  }
}

TEST_CASE("the LRS secret comes from the file or the variable it names, never guessed") {
  LrsConfig lrs;
  lrs.secret_env = "MINGLE_TEST_SECRET_FOR_WORKSHOP";
  std::string error;
  ::unsetenv(lrs.secret_env.c_str());
  CHECK(lrs_secret(lrs, error).empty());
  CHECK(error.find("MINGLE_TEST_SECRET_FOR_WORKSHOP") != std::string::npos);
  ::setenv(lrs.secret_env.c_str(), "abc", 1);
  error.clear();
  CHECK(lrs_secret(lrs, error) == "abc");
  ::unsetenv(lrs.secret_env.c_str());
  LrsConfig written;
  written.secret = "in-file";
  CHECK(lrs_secret(written, error) == "in-file");
}

TEST_CASE("the home page defaults to the LRS's own address") {
  test::TempDir tmp;
  const auto w = load_text(tmp, "title: T\n" + scenario_line() +
                                    "mode: practice\nlrs:\n  endpoint: http://127.0.0.1:8080/xAPI/\n  key: k\n  secret: s\n");
  REQUIRE(w.ok());
  CHECK(w.workshop->home_page == "http://127.0.0.1:8080");
}
