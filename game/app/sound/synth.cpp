#include "app/sound/synth.h"

#include <algorithm>
#include <cmath>

namespace mingle::app::synth {
namespace {

constexpr float kPi = 3.14159265358979f;

// xorshift32: tiny, fast and the same everywhere (std distributions are not).
struct Rng {
  std::uint32_t s;
  explicit Rng(std::uint32_t seed) : s(seed ? seed : 0x9E3779B9u) {}
  std::uint32_t next() {
    s ^= s << 13;
    s ^= s >> 17;
    s ^= s << 5;
    return s;
  }
  float uniform() { return static_cast<float>(next() >> 8) / 16777216.0f; }  // [0,1)
  float range(float lo, float hi) { return lo + (hi - lo) * uniform(); }
};

// A two-pole resonator: white noise in, a vowel-ish band out.
struct Resonator {
  float a1 = 0, a2 = 0, gain = 0, y1 = 0, y2 = 0;
  void tune(float freq, float bandwidth) {
    const float r = std::exp(-kPi * bandwidth / kSampleRate);
    a1 = 2.0f * r * std::cos(2.0f * kPi * freq / kSampleRate);
    a2 = -r * r;
    gain = 1.0f - r;
  }
  float step(float x) {
    const float y = gain * x + a1 * y1 + a2 * y2;
    y2 = y1;
    y1 = y;
    return y;
  }
};

std::vector<std::int16_t> to_pcm(const std::vector<float>& v, float peak) {
  float max = 1e-6f;
  for (float x : v) max = std::max(max, std::abs(x));
  std::vector<std::int16_t> out(v.size());
  for (std::size_t i = 0; i < v.size(); ++i)
    out[i] = static_cast<std::int16_t>(std::lround(v[i] / max * peak * 32767.0f));
  return out;
}

}  // namespace

std::vector<std::int16_t> murmur(float seconds, std::uint32_t seed) {
  const std::size_t n = static_cast<std::size_t>(seconds * kSampleRate);
  std::vector<float> mix(n, 0.0f);
  Rng rng(seed);
  const int voices = 7;
  for (int v = 0; v < voices; ++v) {
    Resonator low, high;
    const float pitch_shift = rng.range(0.8f, 1.25f);  // deeper and lighter voices
    float t = rng.range(0.0f, 0.3f);                   // this voice's first syllable
    while (t < seconds) {
      const float length = rng.range(0.09f, 0.22f);
      const float pause = rng.uniform() < 0.2f ? rng.range(0.25f, 0.7f) : rng.range(0.02f, 0.08f);
      low.tune(rng.range(350.0f, 800.0f) * pitch_shift, 120.0f);
      high.tune(rng.range(1000.0f, 2300.0f) * pitch_shift, 200.0f);
      const float loud = rng.range(0.5f, 1.0f);
      const std::size_t begin = static_cast<std::size_t>(t * kSampleRate);
      const std::size_t count = static_cast<std::size_t>(length * kSampleRate);
      for (std::size_t k = 0; k < count && begin + k < n; ++k) {
        const float phase = static_cast<float>(k) / static_cast<float>(count);
        const float env = std::sin(kPi * phase);  // soft attack and release
        const float noise = rng.range(-1.0f, 1.0f);
        mix[begin + k] += loud * env * env * (low.step(noise) + 0.5f * high.step(noise));
      }
      t += length + pause;
    }
  }
  // Fold the last half second over the first so the loop's seam is seamless.
  const std::size_t fade = std::min<std::size_t>(n / 4, kSampleRate / 2);
  std::vector<float> looped(mix.begin(), mix.end() - static_cast<std::ptrdiff_t>(fade));
  for (std::size_t k = 0; k < fade; ++k) {
    const float w = static_cast<float>(k) / static_cast<float>(fade);
    looped[k] = looped[k] * w + mix[n - fade + k] * (1.0f - w);
  }
  // A gentle low-pass: a room heard from across it, not a voice in your ear.
  float y = 0.0f;
  for (float& x : looped) {
    y += 0.35f * (x - y);
    x = y;
  }
  return to_pcm(looped, 0.5f);
}

std::vector<std::int16_t> click() {
  const std::size_t n = kSampleRate / 25;  // 40 ms
  std::vector<float> v(n);
  for (std::size_t i = 0; i < n; ++i) {
    const float t = static_cast<float>(i) / kSampleRate;
    const float env = std::exp(-t * 90.0f);
    v[i] = env * (std::sin(2 * kPi * 1400.0f * t) + 0.5f * std::sin(2 * kPi * 2100.0f * t));
  }
  return to_pcm(v, 0.35f);
}

std::vector<std::int16_t> chime() {
  const std::size_t n = kSampleRate * 7 / 10;  // 0.7 s
  std::vector<float> v(n);
  for (std::size_t i = 0; i < n; ++i) {
    const float t = static_cast<float>(i) / kSampleRate;
    const float first = std::exp(-t * 6.0f) * std::sin(2 * kPi * 659.25f * t);  // E5
    const float t2 = std::max(0.0f, t - 0.12f);
    const float second = t < 0.12f ? 0.0f : std::exp(-t2 * 5.0f) * std::sin(2 * kPi * 987.77f * t2);  // B5
    const float attack = std::min(1.0f, t * 400.0f);
    v[i] = attack * (first + second);
  }
  return to_pcm(v, 0.4f);
}

}  // namespace mingle::app::synth
