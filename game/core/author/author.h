#pragma once
// What the window's author panel (F1) needs from the core, headless and tested: why a greyed
// choice is greyed, with the values that made each condition fail, and a jump to any line of a
// conversation. A jump is an author's tool, not a command: it is not recorded, applies no
// effects, and only moves the conversation's cursor.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::author {

struct ConditionPart {
  std::string text;  // "regard 2 or more (now 1)", "if: regard >= 2 or learned(x)  [regard = 1, learned(x) = 0]"
  bool holds = true;
};

// Each condition of a choice (typed requirements, `if`, once-only, a gift not yet shared, an
// ask too soon after another) with the current values it reads, as seen in the conversation
// with the dialogue's person. Empty when the choice has no condition at all.
std::vector<ConditionPart> explain_choice(const Campaign&, const sim::RunState&, const Dialogue&, const Choice&);

// What the panel shows of the run as it stands: where the run is, the conversation's line,
// each person's numbers and what they remember, the flags and the hints learned.
struct RunInspection {
  sim::Phase phase = sim::Phase::Event;
  std::string clock;     // "17:45"
  int minutes_left = 0;  // in the current event
  std::string dialogue, node;  // the open conversation's line ("" when none)
  struct Person {
    std::string id;
    int regard = 0, rapport = 0;  // in-event values
    Rung rung = Rung::Stranger;
    std::vector<std::string> memories;  // tags, in order
  };
  std::vector<Person> people;  // everyone the run has numbers for, by id
  std::vector<std::pair<std::string, int>> flags;  // by name
  std::vector<std::string> learned;                // hint ids, sorted
};
RunInspection inspect(const Campaign&, const sim::RunState&);

// Moves the run's conversation to a line of a dialogue of the current event (opening it with
// that dialogue's person if none is open). False, with a sentence in `why`, when the event has
// no such dialogue or line, or the run is not in an event.
bool jump_to(const Campaign&, sim::RunState&, const std::string& dialogue, const std::string& node, std::string& why);

}  // namespace mingle::author
