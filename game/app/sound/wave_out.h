#pragma once
// Windows only: plays a stream of 16-bit mono samples through the system's default sound device
// (winmm's waveOut, part of every Windows). The Windows build has no OpenAL, so SFML's audio is
// left out there (scripts/build-windows.sh) and the sound board plays through this instead.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>

namespace mingle::app {

class WaveOut {
 public:
  // Called from the device's own thread for the next samples; must fill all `n`.
  using Fill = std::function<void(std::int16_t* out, std::size_t n)>;

  WaveOut();
  ~WaveOut();  // stops and closes the device
  WaveOut(const WaveOut&) = delete;
  WaveOut& operator=(const WaveOut&) = delete;

  // Opens the default device and starts pulling samples; false when there is no device.
  bool open(unsigned sample_rate, Fill fill);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mingle::app
