// The report's outputs are safe by construction: CSV cells never start a formula, links are
// always relative and percent-encoded, and odd numbers in a results file are told, not wrapped.
#include "cli/report.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using mingle::cli::csv_field;
using mingle::cli::relative_link;

TEST_CASE("CSV cells a spreadsheet would run as formulas are neutralised (OWASP)") {
  CHECK(csv_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_field("+1") == "\"'+1\"");
  CHECK(csv_field("-cmd|' /C calc'!A0") == "\"'-cmd|' /C calc'!A0\"");
  CHECK(csv_field("@SUM(A1)") == "\"'@SUM(A1)\"");
  CHECK(csv_field("\tx") == "\"'\tx\"");
  CHECK(csv_field("\rx") == "\"'\rx\"");
  // Plain numbers stay numbers; ordinary text is as it was.
  CHECK(csv_field("-3") == "-3");
  CHECK(csv_field("12") == "12");
  CHECK(csv_field("Ann Lee") == "Ann Lee");
  CHECK(csv_field("a, b") == "\"a, b\"");
}

TEST_CASE("links to results files are relative and percent-encoded, whatever the file is called") {
  CHECK(relative_link("/r/out/a.json", "/r/out") == "a.json");
  CHECK(relative_link("/r/data/a b.json", "/r/out") == "../data/a%20b.json");
  CHECK(relative_link("/r/out/javascript:alert(1).json", "/r/out") == "javascript%3Aalert%281%29.json");
  CHECK(relative_link("/r/out/x?y#z\".json", "/r/out") == "x%3Fy%23z%22.json");
  CHECK(relative_link("/r/out/caf\xC3\xA9.json", "/r/out") == "caf%C3%A9.json");
}

TEST_CASE("numbers out of range or of the wrong type are told with the file, not shown wrapped") {
  const fs::path dir = fs::temp_directory_path() / ("mingle-report-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "odd.json") << R"({"schema_version": 1, "scenario": {"id": "h"}, "enjoyment": 1e300,
      "value": "many", "duration": {"game_minutes": 99999999999}})";
  std::ofstream(dir / "cut.json") << R"({"schema_version": 1, "scen)";
  std::vector<std::string> notes;
  std::size_t left_out = 0;
  const auto runs = mingle::cli::runs_from_files({dir / "odd.json", dir / "cut.json", dir / "missing.json"}, notes,
                                                 &left_out);
  fs::remove_all(dir);
  REQUIRE(runs.size() == 1);
  CHECK(runs[0].enjoyment == 0);
  CHECK(runs[0].value == 0);
  CHECK(runs[0].game_minutes == 0);
  CHECK(left_out == 2);
  REQUIRE(notes.size() == 3);
  std::string all;
  for (const auto& n : notes) all += n + "\n";
  CHECK(all.find("odd.json': enjoyment, game_minutes, value not a whole number") != std::string::npos);
  CHECK(all.find("cut.json' is not whole JSON") != std::string::npos);
  CHECK(all.find("missing.json") != std::string::npos);
}
