#include "core/explore/visited.h"

#include <algorithm>

namespace mingle::explore {

namespace {
__extension__ using Wide = unsigned __int128;  // GCC's and Clang's (MinGW's too); -Wpedantic asks for the mark
constexpr std::size_t kFirstSlots = 256;
// At most 4 in 5 slots used: linear probing then looks at about 13 slots for a new state.
bool too_full(std::size_t used, std::size_t slots) { return used * 5 >= slots * 4; }

std::uint16_t minute(int clock) { return static_cast<std::uint16_t>(std::clamp(clock, 0, 65535)); }

// Whether the minute `at` is worth recording over `kept`; records it when so.
bool earlier(std::uint16_t at, std::uint16_t& kept) {
  if (at >= kept) return false;
  kept = at;
  return true;
}
}  // namespace

std::size_t Visited::slot(std::uint64_t fp) const {
  // The fingerprint's high bits scaled to the table's size (any size, not only powers of two).
  return static_cast<std::size_t>((static_cast<Wide>(fp) * fps_.size()) >> 64);
}

bool Visited::note(std::uint64_t fp, int clock) {
  const std::uint16_t at = minute(clock);
  if (fp == kEmpty) {
    if (!has_zero_) {
      has_zero_ = true;
      zero_clock_ = at;
      ++size_;
      return true;
    }
    return earlier(at, zero_clock_);
  }
  if (fps_.empty() || too_full(size_ + 1, fps_.size())) grow();
  for (std::size_t i = slot(fp);; i = i + 1 == fps_.size() ? 0 : i + 1) {
    if (fps_[i] == fp) return earlier(at, clocks_[i]);
    if (fps_[i] == kEmpty) {
      fps_[i] = fp;
      clocks_[i] = at;
      ++size_;
      return true;
    }
  }
}

void Visited::grow() {
  const std::size_t slots = fps_.empty() ? kFirstSlots : fps_.size() + fps_.size() / 4;
  std::vector<std::uint64_t> old_fps(slots, kEmpty);
  std::vector<std::uint16_t> old_clocks(slots, 0);
  old_fps.swap(fps_);
  old_clocks.swap(clocks_);
  for (std::size_t j = 0; j < old_fps.size(); ++j) {
    if (old_fps[j] == kEmpty) continue;
    std::size_t i = slot(old_fps[j]);
    while (fps_[i] != kEmpty) i = i + 1 == fps_.size() ? 0 : i + 1;
    fps_[i] = old_fps[j];
    clocks_[i] = old_clocks[j];
  }
}

std::size_t Visited::bytes() const {
  return fps_.capacity() * sizeof(std::uint64_t) + clocks_.capacity() * sizeof(std::uint16_t);
}

}  // namespace mingle::explore
