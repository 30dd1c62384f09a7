// Every limit in docs/limits.md that lives in the core, at the limit and one past it. The
// others are tested where they are enforced: saves (sim/save_test.cpp), command lines and
// scripts (tests/faults/long_line.sh), expressions, ids and effect values (the check case
// tests/check/cases/limits-at-and-past).
#include "core/scenario/expr.h"
#include "core/scenario/fields.h"
#include "core/sim/save.h"
#include "core/util/atomic_file.h"
#include "core/yaml/yaml_tree.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <string>

using namespace mingle;

namespace {
bool has_code(const Diagnostics& d, const char* code) {
  for (const auto& x : d.list())
    if (x.code == code) return true;
  return false;
}
bool parses(const std::string& text) {
  Expr e;
  std::string error;
  int column = 0;
  return Expr::parse(text, e, error, column);
}
}  // namespace

TEST_CASE("limit: a scenario file is at most 1 MiB") {
  test::TempDir tmp;
  const std::size_t limit = YamlLimits{}.max_file_bytes;
  CHECK(limit == 1024 * 1024);
  std::string error;
  const std::string at = "# " + std::string(limit - 3, 'x') + "\n";
  REQUIRE(at.size() == limit);
  REQUIRE(write_file_atomically(tmp / "at.yaml", at, error));
  REQUIRE(write_file_atomically(tmp / "past.yaml", at + "\n", error));
  Diagnostics d1, d2;
  CHECK(read_yaml_file(tmp / "at.yaml", "at.yaml", YamlLimits{}, d1));
  CHECK_FALSE(has_code(d1, "E0102"));
  CHECK_FALSE(read_yaml_file(tmp / "past.yaml", "past.yaml", YamlLimits{}, d2));
  CHECK(has_code(d2, "E0102"));
}

TEST_CASE("limit: lists and mappings nest at most 32 deep") {
  CHECK(YamlLimits{}.max_depth == 32);
  Diagnostics d1, d2;
  CHECK(parse_yaml_text(std::string(32, '[') + std::string(32, ']'), "f", YamlLimits{}, d1));
  CHECK(d1.list().empty());
  CHECK_FALSE(parse_yaml_text(std::string(33, '[') + std::string(33, ']'), "f", YamlLimits{}, d2));
  CHECK(has_code(d2, "E0106"));
}

TEST_CASE("limit: an expression has at most 256 parts and 64 levels of nesting") {
  std::string parts = "-regard";
  for (int i = 0; i < 127; ++i) parts += " + regard";  // 128 names, 127 sums, 1 minus: 256
  CHECK(parses(parts));
  CHECK_FALSE(parses("-" + parts));
  CHECK(parses(std::string(64, '(') + "a" + std::string(64, ')')));
  CHECK_FALSE(parses(std::string(65, '(') + "a" + std::string(65, ')')));
  std::string nots;
  for (int i = 0; i < 64; ++i) nots += "not ";
  CHECK(parses(nots + "a"));
  CHECK_FALSE(parses("not " + nots + "a"));
}

TEST_CASE("limit: an id is at most 80 characters") {
  CHECK(is_valid_id("a" + std::string(79, 'b')));
  CHECK_FALSE(is_valid_id("a" + std::string(80, 'b')));
}
