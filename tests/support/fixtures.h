#pragma once
// Loads a scenario kept under tests/ (e.g. "gui/fixtures/one-hello") for a test, failing the
// test with the checker's own messages if it does not load cleanly.
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"

#include <doctest/doctest.h>

#include <string>

namespace mingle::test {

inline Campaign load_fixture(const std::string& path_under_tests) {
  LoadResult r = load_content(std::string(MINGLE_TESTS_DIR) + "/" + path_under_tests);
  std::string messages;
  for (const auto& d : r.diagnostics) messages += format_gcc(d) + "\n";
  REQUIRE_MESSAGE(r.ok(), messages);
  REQUIRE(r.campaign.has_value());
  return *r.campaign;
}

}  // namespace mingle::test
