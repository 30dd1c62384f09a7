// The explorer's visited set: 64-bit fingerprints and the earliest clock, never the states.
#include "core/explore/visited.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

using mingle::explore::Visited;

namespace {
// Well-spread test fingerprints (splitmix64), as the explorer's own hash gives.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
}  // namespace

TEST_CASE("core:visited: a fingerprint is new once; again only at an earlier clock") {
  Visited v;
  CHECK(v.size() == 0);
  CHECK(v.note(mix(1), 600));
  CHECK(v.size() == 1);
  CHECK_FALSE(v.note(mix(1), 600));  // the same state at the same minute: seen
  CHECK_FALSE(v.note(mix(1), 640));  // later: the earlier one can do all it can
  CHECK(v.note(mix(1), 590));        // earlier: worth a second look
  CHECK_FALSE(v.note(mix(1), 600));  // ...and now 590 is the one kept
  CHECK(v.size() == 1);
  CHECK(v.note(mix(2), 640));
  CHECK(v.size() == 2);
}

TEST_CASE("core:visited: a fingerprint of 0 is a state like any other") {
  Visited v;
  CHECK(v.note(0, 10));
  CHECK_FALSE(v.note(0, 10));
  CHECK(v.note(1, 10));  // 0 and 1 are told apart
  CHECK_FALSE(v.note(1, 10));
  CHECK(v.size() == 2);
}

TEST_CASE("core:visited: growing keeps every fingerprint and its clock") {
  Visited v;
  const std::uint64_t n = 200000;
  for (std::uint64_t i = 0; i < n; ++i) REQUIRE(v.note(mix(i), static_cast<int>(1000 + i % 300)));
  CHECK(v.size() == n);
  for (std::uint64_t i = 0; i < n; ++i) {
    REQUIRE_FALSE(v.note(mix(i), static_cast<int>(1000 + i % 300)));
    if (i % 1000 == 0) REQUIRE(v.note(mix(i), static_cast<int>(999 + i % 300)));
  }
  CHECK(v.size() == n);
}

TEST_CASE("core:visited: at most 16 bytes a state once past its first table") {
  Visited v;
  std::uint64_t i = 0;
  for (; i < 300; ++i) v.note(mix(i), 0);
  for (; i < 400000; ++i) {
    v.note(mix(i), 0);
    if (i % 997 == 0) REQUIRE(static_cast<double>(v.bytes()) / static_cast<double>(v.size()) <= 16.0);
  }
}

TEST_CASE("core:visited: clocks beyond its range are kept as the largest it holds, never as earlier") {
  Visited v;
  CHECK(v.note(mix(7), 70000));
  CHECK_FALSE(v.note(mix(7), 70000));  // not earlier than itself
  CHECK(v.note(mix(7), 65000));
  CHECK(v.note(mix(8), -5));           // a negative clock counts as 0
  CHECK_FALSE(v.note(mix(8), 0));
}
