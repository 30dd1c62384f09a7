#include "core/sim/relationship.h"

#include "core/sim/tuning.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace mingle::sim {

Rung rung_for(AskKind k) {
  switch (k) {
    case AskKind::FollowUp: return Rung::Purposeful;
    case AskKind::Coffee: return Rung::CoffeeMate;
    case AskKind::Lunch:
    case AskKind::Drinks: return Rung::LunchMate;
    case AskKind::Personal: return Rung::Friend;
  }
  return Rung::Acquaintance;
}

int ask_threshold(AskKind k) {
  switch (k) {
    case AskKind::FollowUp: return tuning::kFollowUpThreshold;
    case AskKind::Coffee: return tuning::kCoffeeThreshold;
    case AskKind::Lunch:
    case AskKind::Drinks: return tuning::kLunchOrDrinksThreshold;
    case AskKind::Personal: return tuning::kPersonalThreshold;
  }
  return tuning::kPersonalThreshold;
}

int rung_number(Rung r) { return static_cast<int>(r); }

bool reach_rung(Relationship& rel, Rung r, int event_no, int minute, std::string how) {
  if (rung_number(r) <= rung_number(rel.rung())) return false;
  rel.rungs.push_back(RungStep{r, event_no, minute, std::move(how)});
  return true;
}

void nudge(int& scale, int delta) { scale = std::clamp(scale + delta, kScaleMin, kScaleMax); }

namespace {

// How far along the organic track (coffee → lunch → friend) a rung is.
int organic_level(Rung r) {
  switch (r) {
    case Rung::CoffeeMate: return 1;
    case Rung::LunchMate: return 2;
    case Rung::Friend: return 3;
    default: return 0;
  }
}

// How a trait colours an answer: personal asks and professional ones differ.
int trait_points(Trait t, bool professional) {
  for (const auto& w : tuning::kTraitWeights)
    if (w.trait == t) return professional ? w.professional : w.personal;
  return 0;
}

// Memories the simulation itself writes have a known weight (tuning::kMemoryWeights); any
// other is nothing.
std::optional<int> system_memory_points(const std::string& tag) {
  for (const auto& w : tuning::kMemoryWeights)
    if (tag == to_string(w.memory)) return w.points;
  return std::nullopt;
}

}  // namespace

AskAssessment assess_ask(const Person& p, const Relationship& rel, AskKind kind, int event_no,
                         std::optional<int> time_left) {
  AskAssessment a;
  a.threshold = ask_threshold(kind);
  const bool professional = kind == AskKind::FollowUp;
  auto add = [&](std::string name, int points) {
    if (points != 0) a.factors.push_back(AskFactor{std::move(name), points});
  };
  // Rapport weighs double for a personal ask, regard double for a professional one.
  add("rapport " + std::to_string(rel.rapport), rel.rapport * (professional ? 1 : tuning::kWeightierFactor));
  add("regard " + std::to_string(rel.regard), rel.regard * (professional ? tuning::kWeightierFactor : 1));
  for (Trait t : p.traits) add(std::string("they are ") + to_string(t), trait_points(t, professional));
  int others = 0, system = 0;  // the memories of other kinds; the points of the system's own
  for (const auto& m : rel.memory) {
    if (auto pts = system_memory_points(m.tag))
      system += *pts;
    else
      ++others;
  }
  add("what they remember of you",
      std::min(others, tuning::kMostOtherMemories) * tuning::kOtherMemoryPoints + system);
  add("time you have spent together", std::min(rel.familiarity, tuning::kMostFamiliarityPoints));
  if (rel.awkward_event == event_no) add("an earlier ask today went awkwardly", tuning::kAwkwardAskPoints);
  if (time_left && *time_left < tuning::kNearlyOverMinutes) add("the event is nearly over", tuning::kNearlyOverPoints);
  const int skipped = organic_level(rung_for(kind)) - organic_level(rel.rung()) - 1;
  if (skipped > 0) add("it's a big step from where you are", tuning::kSkippedRungPoints * skipped);
  for (const auto& f : a.factors) a.total += f.points;
  return a;
}

int ask_roll(Rng& rng) { return rng.between(tuning::kLowestRoll, tuning::kHighestRoll); }

std::string rung_phrase(Rung r) {
  std::string out = rung_title(r);  // the debrief's words, mid-sentence: "follow-up partner"
  if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

std::string ask_phrase(AskKind k) {
  switch (k) {
    case AskKind::FollowUp: return "a follow-up";
    case AskKind::Coffee: return "a coffee";
    case AskKind::Lunch: return "lunch";
    case AskKind::Drinks: return "drinks";
    case AskKind::Personal: return "a personal invitation";
  }
  return "an ask";
}

int current_regard(const RunState& s, const Relationship& r) {
  return s.phase == Phase::Event ? r.regard : r.standing_regard;
}

int current_rapport(const RunState& s, const Relationship& r) {
  return s.phase == Phase::Event ? r.rapport : r.standing_rapport;
}

namespace {

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// One factor as a reason in words, for or against ("" when it says nothing worth saying).
std::string factor_words(const AskFactor& f) {
  const bool good = f.points > 0;
  if (starts_with(f.name, "rapport ")) return good ? "you get on well" : "things are cool between you";
  if (starts_with(f.name, "regard ")) return good ? "they trust your judgement" : "they aren't sure of you yet";
  if (starts_with(f.name, "they are ")) return "they're " + f.name.substr(9);
  if (f.name == "what they remember of you")
    return good ? "they remember you kindly" : "they remember something that let them down";
  if (f.name == "time you have spent together") return "you've spent time together";
  return f.name;  // the rest are already sentences in words ("the event is nearly over")
}

}  // namespace

std::string explain_ask(const AskRecord& r, const std::string& name) {
  std::string out = name + (r.accepted ? " said yes to " : " said no to ") + ask_phrase(r.kind);
  // The reasons on the side of the answer, strongest first, at most three.
  std::vector<AskFactor> side;
  for (const auto& f : r.factors)
    if ((f.points > 0) == r.accepted && f.points != 0) side.push_back(f);
  std::stable_sort(side.begin(), side.end(),
                   [](const AskFactor& a, const AskFactor& b) { return std::abs(a.points) > std::abs(b.points); });
  if (side.size() > 3) side.resize(3);
  std::vector<std::string> reasons;
  for (const auto& f : side) reasons.push_back(factor_words(f));
  if (reasons.empty()) {
    out += r.accepted ? "." : ": you don't know each other well enough for that yet.";
  } else {
    out += ": ";
    for (std::size_t i = 0; i < reasons.size(); ++i)
      out += (i == 0 ? "" : i + 1 == reasons.size() ? ", and " : ", ") + reasons[i];
    out += ".";
  }
  // When the luck of the moment decided it, say so.
  const bool without_luck = r.total >= r.threshold;
  if (without_luck != r.accepted)
    out += r.accepted ? " The moment was on your side, too." : " On another day it might have gone the other way.";
  return out;
}

std::string ask_details(const AskRecord& r) {
  std::string out = "What counted: ";
  if (r.factors.empty()) out += "nothing either way";
  for (std::size_t i = 0; i < r.factors.size(); ++i) {
    if (i) out += ", ";
    const int p = r.factors[i].points;
    out += r.factors[i].name + " (" + (p > 0 ? "+" : "") + std::to_string(p) + ")";
  }
  out += "; the luck of the moment " + std::string(r.roll >= 0 ? "+" : "") + std::to_string(r.roll) + ". ";
  out += "Total " + std::to_string(r.total + r.roll) + "; " + std::to_string(r.threshold) + " was needed.";
  return out;
}

}  // namespace mingle::sim
