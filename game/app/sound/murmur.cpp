#include "app/sound/murmur.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace mingle::app {

int talking_count(const sim::RoomView& room, const std::string& partner) {
  std::map<std::string, int> in_zone;
  for (const auto& p : room.people)
    if (!p.zone.empty()) ++in_zone[p.zone];
  int talking = 0;
  for (const auto& p : room.people) {
    const bool grouped = !p.zone.empty() && in_zone[p.zone] > 1;
    const bool is_partner = !partner.empty() && p.person && p.person->id == partner;
    if (grouped || is_partner) ++talking;
  }
  return talking;
}

float murmur_level(int talking, int present) {
  if (present <= 0) return 0.0f;
  const float t = static_cast<float>(std::clamp(talking, 0, present));
  // A faint hum for a quiet room, then each talker adds less than the one before.
  return std::min(1.0f, 0.12f + 0.88f * (1.0f - std::exp(-t / 10.0f)));
}

}  // namespace mingle::app
