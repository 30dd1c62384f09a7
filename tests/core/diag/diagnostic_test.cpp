#include "core/diag/diagnostic.h"
#include "core/diag/suggest.h"

#include <doctest/doctest.h>

#include <set>

using namespace mingle;

TEST_CASE("a diagnostic prints in GCC form, with its hint as a note at the same place") {
  Diagnostic d{Severity::Error, "E0205", {"people.yaml", 12, 5}, "unknown trait 'bussy'", "the traits are: busy"};
  CHECK(format_gcc(d) ==
        "people.yaml:12:5: error: unknown trait 'bussy' [E0205]\n"
        "people.yaml:12:5: note: the traits are: busy");
  d.hint.clear();
  d.severity = Severity::Warning;
  CHECK(format_gcc(d) == "people.yaml:12:5: warning: unknown trait 'bussy' [E0205]");
  d.pos.line = 0;
  CHECK(format_gcc(d) == "people.yaml: warning: unknown trait 'bussy' [E0205]");
}

TEST_CASE("diagnostics serialise to JSON with escapes") {
  std::vector<Diagnostic> list{{Severity::Warning, "W0320", {"a \"b\".yaml", 1, 2}, "x\ny", ""}};
  CHECK(to_json(list) ==
        "[\n  {\"file\": \"a \\\"b\\\".yaml\", \"line\": 1, \"column\": 2, \"severity\": "
        "\"warning\", \"code\": \"W0320\", \"message\": \"x\\ny\", \"hint\": \"\"}\n]");
  CHECK(to_json({}) == "[]");
}

TEST_CASE("the catalogue has unique codes whose letter matches the severity") {
  std::set<std::string> seen;
  for (const auto& info : catalogue()) {
    CHECK(seen.insert(info.code).second);
    CHECK((info.code[0] == 'E') == (info.severity == Severity::Error));
  }
  Diagnostics sink;
  sink.add("W0320", {}, "m");
  CHECK(sink.list().front().severity == Severity::Warning);
  CHECK_FALSE(sink.has_errors());
}

TEST_CASE("sorting orders by file, line and column, keeping equal ones in order") {
  std::vector<Diagnostic> list{{Severity::Error, "E0201", {"b", 1, 1}, "1", ""},
                               {Severity::Error, "E0201", {"a", 9, 1}, "2", ""},
                               {Severity::Error, "E0201", {"a", 2, 7}, "3", ""},
                               {Severity::Error, "E0201", {"a", 2, 7}, "4", ""}};
  sort_diagnostics(list);
  CHECK(list[0].message == "3");
  CHECK(list[1].message == "4");
  CHECK(list[2].message == "2");
  CHECK(list[3].message == "1");
}

TEST_CASE("did you mean finds near misses and ignores far ones") {
  const std::vector<std::string> traits{"busy", "shy", "chatty", "warm"};
  CHECK(edit_distance("bussy", "busy") == 1);
  CHECK(edit_distance("bsuy", "busy") == 1);  // a swap is one step
  CHECK(nearest("bussy", traits) == "busy");
  CHECK(nearest("Chatty", traits) == "chatty");
  CHECK(nearest("grumpy", traits).empty());
  CHECK(did_you_mean("wram", traits) == " (did you mean 'warm'?)");
  CHECK(did_you_mean("x", {}).empty());
  CHECK(join_words({"a", "b", "c"}, 2) == "a, b, …");
}
