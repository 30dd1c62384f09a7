#include "core/sim/rng.h"

namespace mingle::sim {

std::uint64_t Rng::next() {
  std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

int Rng::below(int n) {
  if (n <= 1) return 0;
  // Rejection sampling keeps every outcome equally likely.
  const auto bound = static_cast<std::uint64_t>(n);
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % bound;
  std::uint64_t v = next();
  while (v >= limit) v = next();
  return static_cast<int>(v % bound);
}

}  // namespace mingle::sim
