#include "core/sim/refusal.h"

namespace mingle::sim {

const char* to_string(Refusal r) {
  for (const auto& n : kRefusalNames)
    if (n.code == r) return n.name;
  return "";
}

std::optional<Refusal> parse_refusal(std::string_view name) {
  for (const auto& n : kRefusalNames)
    if (name == n.name) return n.code;
  return std::nullopt;
}

}  // namespace mingle::sim
