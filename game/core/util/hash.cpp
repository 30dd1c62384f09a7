#include "core/util/hash.h"

namespace mingle {

std::uint64_t stable_hash(std::string_view text) {
  std::uint64_t h = 0xCBF29CE484222325ull;  // the FNV offset basis
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001B3ull;  // the FNV prime
  }
  return h;
}

}  // namespace mingle
