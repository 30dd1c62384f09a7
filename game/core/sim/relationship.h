#pragma once
// The relationship rules: the outcome ladder and the ask.
//
// The ladder (stranger, acquaintance, purposeful, coffee_mate, lunch_mate, friend) is derived
// from what happened, never set directly: a conversation with at least one exchange makes an
// acquaintance; a follow-up agreed in the room and carried out after it makes the relationship
// purposeful; an accepted coffee, lunch or drinks, or personal invitation that then takes place
// makes a coffee mate, a lunch mate or a friend. Rungs never go down (a training game lets
// people recover), and each step is kept with how it was reached.
//
// The ask (docs/playing-in-a-terminal.md, "How an ask is answered"): the person weighs
// factors — rapport, regard, traits, memories of you, familiarity, the moment — into a total;
// a roll from the run's seed is added; they say yes when the sum reaches a threshold that rises
// with the rung. The numbers (thresholds, the roll's range, every weight) are in tuning.h.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <optional>
#include <string>
#include <vector>

namespace mingle::sim {

// Scales are small integers; session values are kept within these bounds.
inline constexpr int kScaleMin = kRelationMin;
inline constexpr int kScaleMax = kRelationMax;

// The rung an accepted ask of this kind leads to.
Rung rung_for(AskKind);
// The total (factors + roll) an ask of this kind needs.
int ask_threshold(AskKind);
// Rungs as numbers for expressions: stranger 0 … friend 5.
int rung_number(Rung);

// Records a rung if it is higher than the current one. Returns whether it was recorded.
bool reach_rung(Relationship&, Rung, int event_no, int minute, std::string how);

// The figures a person's answer would use now: the session values during an event, the standing
// values between events (what carries over). The notebook, asks and debrief all show these.
int current_regard(const RunState&, const Relationship&);
int current_rapport(const RunState&, const Relationship&);

// Adds to a session scale, keeping it within bounds.
void nudge(int& scale, int delta);

struct AskAssessment {
  std::vector<AskFactor> factors;  // the ones that counted (non-zero), in a fixed order
  int total = 0;
  int threshold = 0;
};

// What counts when `person` is asked for `kind`. time_left is the minutes left in the event
// when the ask is made in the room, or nothing in a follow-up phase.
AskAssessment assess_ask(const Person&, const Relationship&, AskKind, int event_no,
                         std::optional<int> time_left);

// The roll an ask adds, from the run's generator: tuning::kLowestRoll..kHighestRoll.
int ask_roll(Rng&);

// Why an answer came out as it did, in words for the player: who said what, and the reasons
// that weighed most ("Amara Okonkwo said yes to a coffee: you get on well, and they're warm.").
std::string explain_ask(const AskRecord&, const std::string& person_name);
// The arithmetic behind it, for those who open the details: each factor with its points, the
// luck of the moment, the total and what was needed.
std::string ask_details(const AskRecord&);

// A rung as a player reads it mid-sentence: "coffee mate" for coffee_mate, "follow-up partner"
// for purposeful.
std::string rung_phrase(Rung);

// The readable name of an ask ("a coffee", "lunch", "a follow-up"…).
std::string ask_phrase(AskKind);

}  // namespace mingle::sim
