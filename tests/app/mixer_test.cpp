#include "app/sound/mixer.h"

#include <doctest/doctest.h>

#include <vector>

using mingle::app::Mixer;

namespace {
std::vector<std::int16_t> mix(Mixer& m, std::size_t n) {
  std::vector<std::int16_t> out(n, 123);  // not zero: fill must write every sample
  m.fill(out.data(), out.size());
  return out;
}
}  // namespace

TEST_CASE("a mixer with nothing playing writes silence") {
  Mixer m;
  m.add({1000, 2000, 3000}, false);
  CHECK(mix(m, 8) == std::vector<std::int16_t>(8, 0));
}

TEST_CASE("a one-shot plays its samples at its gain once, then silence; playing it again starts over") {
  Mixer m;
  const int click = m.add({1000, -2000, 3000}, false);
  m.set_gain(click, 0.5f);
  m.play(click);
  CHECK(mix(m, 5) == std::vector<std::int16_t>{500, -1000, 1500, 0, 0});
  CHECK(mix(m, 3) == std::vector<std::int16_t>{0, 0, 0});
  m.play(click);
  CHECK(mix(m, 2) == std::vector<std::int16_t>{500, -1000});
  m.play(click);  // mid-sound: from the start again
  CHECK(mix(m, 4) == std::vector<std::int16_t>{500, -1000, 1500, 0});
}

TEST_CASE("a looping voice wraps round without a gap, across calls") {
  Mixer m;
  const int murmur = m.add({1, 2, 3}, true);
  m.play(murmur);
  CHECK(mix(m, 7) == std::vector<std::int16_t>{1, 2, 3, 1, 2, 3, 1});
  CHECK(mix(m, 2) == std::vector<std::int16_t>{2, 3});
}

TEST_CASE("voices add up, and the sum is held inside 16 bits instead of wrapping round") {
  Mixer m;
  const int a = m.add({30000, -30000, 100}, false);
  const int b = m.add({30000, -30000, 200}, false);
  m.play(a);
  m.play(b);
  CHECK(mix(m, 3) == std::vector<std::int16_t>{32767, -32768, 300});
}

TEST_CASE("a voice at gain 0 is silent, and a gain is kept between 0 and 1") {
  Mixer m;
  const int v = m.add({1000, 1000}, true);
  m.play(v);
  m.set_gain(v, 0.0f);
  CHECK(mix(m, 2) == std::vector<std::int16_t>{0, 0});
  m.set_gain(v, 7.0f);
  CHECK(mix(m, 2) == std::vector<std::int16_t>{1000, 1000});
  m.set_gain(v, -1.0f);
  CHECK(mix(m, 1) == std::vector<std::int16_t>{0});
}

TEST_CASE("a mixer ignores voices it never made, and an empty voice plays as silence") {
  Mixer m;
  const int empty = m.add({}, true);
  m.play(empty);
  m.play(42);
  m.set_gain(-1, 0.5f);
  CHECK(mix(m, 3) == std::vector<std::int16_t>{0, 0, 0});
}
