#pragma once
// The run's random numbers. A small generator of our own (SplitMix64) so that a seed gives the
// same rolls on every compiler and standard library: std::uniform_*_distribution does not.
#include <cstdint>

namespace mingle::sim {

class Rng {
 public:
  explicit Rng(std::uint64_t seed = 0) : state_(seed) {}

  std::uint64_t next();
  // A whole number in [0, n); n must be at least 1 (0 returns 0).
  int below(int n);
  // A whole number in [lo, hi], both included.
  int between(int lo, int hi) { return lo + below(hi - lo + 1); }

  std::uint64_t state() const { return state_; }
  void set_state(std::uint64_t s) { state_ = s; }

 private:
  std::uint64_t state_;
};

}  // namespace mingle::sim
