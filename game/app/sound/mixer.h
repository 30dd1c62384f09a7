#pragma once
// Mixes the game's voices (the murmur, a click, a chime) into one stream of 16-bit mono samples.
// A sound device that asks for samples (wave_out.h on Windows) calls `fill`; SFML's audio, on
// Linux, mixes by itself and needs none of this. Pure arithmetic, so tests can check it.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mingle::app {

class Mixer {
 public:
  // A voice: its samples, whether it loops (the murmur) or plays once when asked (click,
  // chime). Starts stopped, at gain 1. Returns its number for the calls below.
  int add(std::vector<std::int16_t> samples, bool loop);
  void set_gain(int voice, float gain);  // held in 0..1
  void play(int voice);                  // from the start, even if it is playing

  // The next `n` samples of every playing voice at its gain, summed and held inside 16 bits.
  void fill(std::int16_t* out, std::size_t n);

 private:
  struct Voice {
    std::vector<std::int16_t> samples;
    bool loop = false;
    bool playing = false;
    float gain = 1.0f;
    std::size_t at = 0;
  };
  Voice* voice(int v);
  std::vector<Voice> voices_;
  std::vector<float> sum_;
};

}  // namespace mingle::app
