#pragma once
// The explorer's visited set, kept as a model checker keeps one (hash compaction, as Spin's and
// TLC's): for each state only a 64-bit fingerprint of it and the earliest minute it was reached
// at, never the state. An open-addressed table that grows by a quarter at a time, so it holds
// between 12.5 and 15.6 bytes a state once past its first 256 slots.
//
// Two different states with the same fingerprint would be taken for one: with n states the
// chance of any such pair is about n² / 2^65 (1 in 2 billion for the bundled campaign's
// 130,000 states, 1 in 37 million for 1,000,000).
#include <cstddef>
#include <cstdint>
#include <vector>

namespace mingle::explore {

class Visited {
 public:
  // Records that a state with fingerprint `fp` was reached at minute `clock`: true when it is new,
  // or was seen before only at a later minute (the earlier one can do all the later one can, so
  // it is worth a second look); false otherwise. Minutes are kept in 0..65535.
  bool note(std::uint64_t fp, int clock);
  std::size_t size() const { return size_; }
  // The memory the table holds, in bytes.
  std::size_t bytes() const;

 private:
  static constexpr std::uint64_t kEmpty = 0;  // a fingerprint of 0 is kept apart (zero_clock_)
  std::size_t slot(std::uint64_t fp) const;
  void grow();
  std::vector<std::uint64_t> fps_;
  std::vector<std::uint16_t> clocks_;
  std::size_t size_ = 0;
  bool has_zero_ = false;
  std::uint16_t zero_clock_ = 0;
};

}  // namespace mingle::explore
