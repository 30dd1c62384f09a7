#include "core/sim/clock.h"
#include "core/sim/tuning.h"

namespace mingle::sim {

const Slot* slot_at(const Event& e, int minute) {
  // The last slot that has begun; the first slot starts with the clock, whatever its `from`.
  const Slot* best = e.slots.empty() ? nullptr : &e.slots.front();
  for (const auto& s : e.slots)
    if (s.from <= minute) best = &s;
  return best;
}

std::optional<std::string> where(const Event& e, const Person& p, int minute) {
  if (p.schedule.empty()) return std::string();
  const Slot* slot = slot_at(e, minute);
  if (slot == nullptr) return std::string();
  auto it = p.schedule.find(slot->id);
  if (it == p.schedule.end()) return std::nullopt;
  return it->second;
}

static const Zone* find_zone(const Event& e, const std::string& id) {
  for (const auto& z : e.room.zones)
    if (z.id == id) return &z;
  return nullptr;
}

std::string zone_label(const Event& e, const std::string& id) {
  if (id.empty()) return "somewhere in the room";
  // As it reads mid-sentence ("You make your way to the bar"): "The bar" is written for a
  // caption; an unlabelled zone is its id made readable, with an article.
  const Zone* z = find_zone(e, id);
  std::string out = z == nullptr || z->label.empty() ? "the " + id : z->label;
  if (z == nullptr || z->label.empty())
    for (char& ch : out)
      if (ch == '-' || ch == '_') ch = ' ';
  if (out.compare(0, 4, "The ") == 0) out[0] = 't';
  return out;
}

std::string unavailable_reason(const Event& e, const Person& p, int minute) {
  if (minute >= e.ends) return "The event is over.";
  const auto at = where(e, p, minute);
  if (!at) return p.name + " isn't in the room at the moment.";
  if (const Zone* z = find_zone(e, *at); z && z->kind == ZoneKind::Stage)
    return p.name + " is up on the stage right now; catch them when this part of the evening ends.";
  return {};
}

bool closing_minutes(const Event& e, int minute) {
  return e.ends - e.starts > tuning::kClosingWarningMinutes && minute >= e.ends - tuning::kClosingWarningMinutes &&
         minute < e.ends;
}

}  // namespace mingle::sim
