#include "app/sound/synth.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace synth = mingle::app::synth;

namespace {
int peak(const std::vector<std::int16_t>& v) {
  int p = 0;
  for (auto s : v) p = std::max(p, std::abs(static_cast<int>(s)));
  return p;
}
double rms(const std::vector<std::int16_t>& v, std::size_t from, std::size_t to) {
  double sum = 0;
  for (std::size_t i = from; i < to; ++i) sum += double(v[i]) * v[i];
  return std::sqrt(sum / double(to - from));
}
}  // namespace

TEST_CASE("the murmur is the same for the same seed and differs for another") {
  CHECK(synth::murmur(2.0f, 7) == synth::murmur(2.0f, 7));
  CHECK(synth::murmur(2.0f, 7) != synth::murmur(2.0f, 8));
}

TEST_CASE("the murmur is audible throughout, never clipped, and loops without a jump") {
  const auto m = synth::murmur(6.0f, 2024);
  REQUIRE(m.size() > synth::kSampleRate * 5);
  CHECK(peak(m) <= 32767 / 2 + 1);
  CHECK(peak(m) > 10000);
  // Every second of it carries sound: the crowd never falls silent.
  for (std::size_t s = 0; s + synth::kSampleRate <= m.size(); s += synth::kSampleRate)
    CHECK(rms(m, s, s + synth::kSampleRate) > 300.0);
  // The seam: the last sample leads smoothly into the first.
  CHECK(std::abs(int(m.back()) - int(m.front())) < 3000);
}

TEST_CASE("a click is short and dies away; a chime rings longer") {
  const auto c = synth::click();
  CHECK(c.size() < synth::kSampleRate / 10);
  CHECK(rms(c, 0, c.size() / 4) > 4 * rms(c, c.size() * 3 / 4, c.size()));
  const auto ch = synth::chime();
  CHECK(ch.size() > synth::kSampleRate / 2);
  CHECK(peak(ch) > 8000);
}
