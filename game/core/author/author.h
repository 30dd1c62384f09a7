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

// Moves the run's conversation to a line of a dialogue of the current event (opening it with
// that dialogue's person if none is open). False, with a sentence in `why`, when the event has
// no such dialogue or line, or the run is not in an event.
bool jump_to(const Campaign&, sim::RunState&, const std::string& dialogue, const std::string& node, std::string& why);

}  // namespace mingle::author
