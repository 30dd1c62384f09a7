#include "app/sound/mixer.h"

#include <algorithm>
#include <cmath>

namespace mingle::app {

int Mixer::add(std::vector<std::int16_t> samples, bool loop) {
  Voice v;
  v.samples = std::move(samples);
  v.loop = loop;
  voices_.push_back(std::move(v));
  return static_cast<int>(voices_.size()) - 1;
}

Mixer::Voice* Mixer::voice(int v) {
  return v >= 0 && v < static_cast<int>(voices_.size()) ? &voices_[static_cast<std::size_t>(v)] : nullptr;
}

void Mixer::set_gain(int v, float gain) {
  if (Voice* x = voice(v)) x->gain = std::clamp(gain, 0.0f, 1.0f);
}

void Mixer::play(int v) {
  if (Voice* x = voice(v)) {
    x->playing = !x->samples.empty();
    x->at = 0;
  }
}

void Mixer::fill(std::int16_t* out, std::size_t n) {
  sum_.assign(n, 0.0f);
  for (Voice& v : voices_) {
    for (std::size_t i = 0; i < n && v.playing; ++i) {
      sum_[i] += v.gain * static_cast<float>(v.samples[v.at]);
      if (++v.at == v.samples.size()) {
        v.at = 0;
        v.playing = v.loop;
      }
    }
  }
  for (std::size_t i = 0; i < n; ++i)
    out[i] = static_cast<std::int16_t>(std::clamp(std::lround(sum_[i]), -32768L, 32767L));
}

}  // namespace mingle::app
