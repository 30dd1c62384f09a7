#include "core/scenario/model.h"

#include <array>
#include <string_view>

namespace mingle {
namespace {

// One table per vocabulary: the enum's values in order with the word an author writes.
template <typename E, std::size_t N>
using Words = std::array<std::pair<E, const char*>, N>;

constexpr Words<ValueKind, 5> kValueKinds{{{ValueKind::Solution, "solution"},
                                           {ValueKind::Comparable, "comparable"},
                                           {ValueKind::Ally, "ally"},
                                           {ValueKind::CareerLead, "career-lead"},
                                           {ValueKind::Candidate, "candidate"}}};
constexpr Words<Rung, 6> kRungs{{{Rung::Stranger, "stranger"},
                                 {Rung::Acquaintance, "acquaintance"},
                                 {Rung::Purposeful, "purposeful"},
                                 {Rung::CoffeeMate, "coffee_mate"},
                                 {Rung::LunchMate, "lunch_mate"},
                                 {Rung::Friend, "friend"}}};
constexpr Words<Trait, 11> kTraits{{{Trait::Busy, "busy"},
                                    {Trait::Shy, "shy"},
                                    {Trait::Chatty, "chatty"},
                                    {Trait::Sceptical, "sceptical"},
                                    {Trait::Warm, "warm"},
                                    {Trait::Reserved, "reserved"},
                                    {Trait::Curious, "curious"},
                                    {Trait::Formal, "formal"},
                                    {Trait::Funny, "funny"},
                                    {Trait::Generous, "generous"},
                                    {Trait::Guarded, "guarded"}}};
constexpr Words<AskKind, 5> kAskKinds{{{AskKind::FollowUp, "follow-up"},
                                       {AskKind::Coffee, "coffee"},
                                       {AskKind::Lunch, "lunch"},
                                       {AskKind::Drinks, "drinks"},
                                       {AskKind::Personal, "personal"}}};
constexpr Words<Outcome, 4> kOutcomes{{{Outcome::PartedWell, "parted-well"},
                                       {Outcome::PartedPolitely, "parted-politely"},
                                       {Outcome::CutShort, "cut-short"},
                                       {Outcome::Awkward, "awkward"}}};
constexpr Words<ZoneKind, 7> kZoneKinds{{{ZoneKind::Bar, "bar"},
                                         {ZoneKind::Coffee, "coffee"},
                                         {ZoneKind::Buffet, "buffet"},
                                         {ZoneKind::Stage, "stage"},
                                         {ZoneKind::Lounge, "lounge"},
                                         {ZoneKind::Registration, "registration"},
                                         {ZoneKind::Carpet, "carpet"}}};
constexpr Words<FurnitureKind, 8> kFurnitureKinds{{{FurnitureKind::TallTable, "tall-table"},
                                                   {FurnitureKind::RoundTable, "round-table"},
                                                   {FurnitureKind::Chair, "chair"},
                                                   {FurnitureKind::Sofa, "sofa"},
                                                   {FurnitureKind::Counter, "counter"},
                                                   {FurnitureKind::Plant, "plant"},
                                                   {FurnitureKind::Lectern, "lectern"},
                                                   {FurnitureKind::Screen, "screen"}}};

template <typename E, std::size_t N>
const char* name_of(const Words<E, N>& words, E value) {
  for (const auto& [e, word] : words)
    if (e == value) return word;
  return "?";
}
template <typename E, std::size_t N>
std::optional<E> parse_word(const Words<E, N>& words, std::string_view text) {
  for (const auto& [e, word] : words)
    if (text == word) return e;
  return std::nullopt;
}
template <typename E, std::size_t N>
std::vector<std::string> all_of(const Words<E, N>& words) {
  std::vector<std::string> out;
  for (const auto& entry : words) out.emplace_back(entry.second);
  return out;
}

}  // namespace

const char* to_string(ValueKind v) { return name_of(kValueKinds, v); }
const char* to_string(Rung v) { return name_of(kRungs, v); }
const char* to_string(Trait v) { return name_of(kTraits, v); }
const char* to_string(AskKind v) { return name_of(kAskKinds, v); }
const char* to_string(Outcome v) { return name_of(kOutcomes, v); }
const char* to_string(ZoneKind v) { return name_of(kZoneKinds, v); }
const char* to_string(FurnitureKind v) { return name_of(kFurnitureKinds, v); }

std::optional<ValueKind> parse_value_kind(std::string_view s) { return parse_word(kValueKinds, s); }
std::optional<Rung> parse_rung(std::string_view s) { return parse_word(kRungs, s); }
std::optional<Trait> parse_trait(std::string_view s) { return parse_word(kTraits, s); }
std::optional<AskKind> parse_ask_kind(std::string_view s) { return parse_word(kAskKinds, s); }
std::optional<Outcome> parse_outcome(std::string_view s) { return parse_word(kOutcomes, s); }
std::optional<ZoneKind> parse_zone_kind(std::string_view s) { return parse_word(kZoneKinds, s); }
std::optional<FurnitureKind> parse_furniture_kind(std::string_view s) { return parse_word(kFurnitureKinds, s); }

std::vector<std::string> all_value_kinds() { return all_of(kValueKinds); }
std::vector<std::string> all_rungs() { return all_of(kRungs); }
std::vector<std::string> all_traits() { return all_of(kTraits); }
std::vector<std::string> all_ask_kinds() { return all_of(kAskKinds); }
std::vector<std::string> all_outcomes() { return all_of(kOutcomes); }
std::vector<std::string> all_zone_kinds() { return all_of(kZoneKinds); }
std::vector<std::string> all_furniture_kinds() { return all_of(kFurnitureKinds); }

const char* rung_title(Rung r) {
  switch (r) {
    case Rung::Stranger: return "Stranger";
    case Rung::Acquaintance: return "Acquaintance";
    case Rung::Purposeful: return "Follow-up partner";
    case Rung::CoffeeMate: return "Coffee mate";
    case Rung::LunchMate: return "Lunch mate";
    case Rung::Friend: return "Friend";
  }
  return "";
}

const char* to_string(Memory m) {
  for (const auto& n : kMemoryNames)
    if (n.memory == m) return n.name;
  return "";
}

const std::vector<std::string>& system_memory_tags() {
  static const std::vector<std::string> tags = [] {
    std::vector<std::string> out;
    for (const auto& n : kMemoryNames) out.push_back(n.name);
    return out;
  }();
  return tags;
}

bool Effects::empty() const {
  return regard == 0 && rapport == 0 && enjoyment == 0 && value == 0 && !minutes && gain.empty() &&
         learn.empty() && remember.empty() && set.empty() && !follow_up && !introduce_to;
}

bool Requirements::empty() const {
  return !regard && !rapport && !rung && !time_left && learned.empty() && has.empty() &&
         memory.empty() && flags.empty();
}

const Node* Dialogue::find(const std::string& node_id) const {
  for (const auto& n : nodes)
    if (n.id == node_id) return &n;
  return nullptr;
}

const Person* Event::person(const std::string& person_id) const {
  for (const auto& p : people)
    if (p.id == person_id) return &p;
  return nullptr;
}

const Dialogue* Event::dialogue(const std::string& dialogue_id) const {
  for (const auto& d : dialogues)
    if (d.id == dialogue_id) return &d;
  return nullptr;
}

const Dialogue* Event::dialogue_for(const std::string& person_id) const {
  if (const Person* p = person(person_id); p && !p->dialogue.empty()) return dialogue(p->dialogue);
  for (const auto& d : dialogues)
    if (d.person == person_id) return &d;
  return nullptr;
}

std::string hint_text(const Campaign& c, const std::string& hint) {
  if (auto it = c.hint_labels.find(hint); it != c.hint_labels.end()) return it->second;
  std::string out = hint;
  for (char& ch : out)
    if (ch == '-' || ch == '_') ch = ' ';
  return out;
}

std::string requirements_text(const Choice& ch) {
  std::string out;
  auto add = [&](const std::string& part) { out += (out.empty() ? "" : ", ") + part; };
  const auto& r = ch.requires_;
  if (r.regard) add("regard " + std::to_string(*r.regard));
  if (r.rapport) add("rapport " + std::to_string(*r.rapport));
  if (r.rung) add(std::string("rung ") + to_string(*r.rung));
  if (r.time_left) add("time_left " + std::to_string(*r.time_left));
  for (const auto& x : r.learned) add("learned " + x);
  for (const auto& x : r.has) add("has " + x);
  for (const auto& x : r.memory) add("memory " + x);
  for (const auto& x : r.flags) add("flag " + x);
  if (!ch.condition.empty()) add("if: " + ch.condition.source());
  return out;
}

}  // namespace mingle
