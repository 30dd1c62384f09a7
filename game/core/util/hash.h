#pragma once
// A 64-bit FNV-1a hash: the same on every machine and every run (std::hash promises neither).
// The save file's check line and each figure's look (its id decides hair, clothes, build) use it.
#include <cstdint>
#include <string_view>

namespace mingle {

std::uint64_t stable_hash(std::string_view text);

}  // namespace mingle
