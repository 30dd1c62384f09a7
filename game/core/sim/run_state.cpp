#include "core/sim/run_state.h"

#include <algorithm>

namespace mingle::sim {

bool Relationship::remembers(const std::string& tag) const {
  return std::any_of(memory.begin(), memory.end(), [&](const MemoryFact& m) { return m.tag == tag; });
}

int good_introductions(const RunState& s) {
  const std::string useful = to_string(Memory::IntroducedSomeoneUseful);
  long remembered = 0;
  for (const auto& [id, rel] : s.people)
    remembered += std::count_if(rel.memory.begin(), rel.memory.end(),
                                [&](const MemoryFact& m) { return m.tag == useful && m.event_no < s.event_no(); });
  return static_cast<int>(remembered / 2);
}

int promises_kept(const RunState& s) {
  return static_cast<int>(std::count_if(s.follow_ups.begin(), s.follow_ups.end(), [](const AgreedFollowUp& f) { return f.done; }));
}

const char* to_string(Phase p) {
  switch (p) {
    case Phase::Event: return "event";
    case Phase::FollowUp: return "follow-up";
    case Phase::Finished: return "finished";
  }
  return "?";
}

bool RunState::has_item(const std::string& id) const { return item(id) != nullptr; }

const Acquired* RunState::item(const std::string& id) const {
  for (const auto& a : items)
    if (a.item == id) return &a;
  return nullptr;
}

const Relationship* RunState::find_rel(const std::string& person) const {
  auto it = people.find(person);
  return it == people.end() ? nullptr : &it->second;
}

const Event& current_event(const Campaign& c, const RunState& s) {
  return c.steps.at(std::min(s.step, c.steps.size() - 1)).event;
}

const Person* find_person(const Campaign& c, const RunState& s, const std::string& id) {
  if (const Person* p = current_event(c, s).person(id)) return p;
  for (const auto& step : c.steps)
    if (const Person* p = step.event.person(id)) return p;
  return nullptr;
}

std::string clock_text(int m) {
  if (m < 0) m = 0;
  const int h = (m / 60) % 24, mm = m % 60;
  std::string out;
  out += static_cast<char>('0' + h / 10);
  out += static_cast<char>('0' + h % 10);
  out += ':';
  out += static_cast<char>('0' + mm / 10);
  out += static_cast<char>('0' + mm % 10);
  return out;
}

}  // namespace mingle::sim
