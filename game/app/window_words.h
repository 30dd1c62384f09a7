#pragma once
// How the window says what the core reports. The core's sentences name no key and no typed
// command; where the player could act, it gives an Action, and this file says how to do it in
// the window: a key, a click, a button. (The terminal's counterpart is game/cli/terminal_words.h.)
#include "core/sim/outcome.h"
#include "core/sim/run_state.h"

#include <string>

namespace mingle::app {

std::string how_to(const sim::Action&);
std::string line_for(const sim::Beat&);
// The beat's line, and the numbers it moved with it (issue 22: between events each score change
// says why): "You follow up with Priya ... (enjoyment +1, value +2, Priya's regard +1)".
std::string line_with_why(const sim::Beat&, const Campaign&, const sim::RunState&);
std::string refusal_for(const sim::CommandResult&);

// "regard +1, rapport +1, enjoyment +2": the numbers a command moved for one person and the
// run, from the result's own change lists ("" when nothing moved).
std::string reaction_for(const sim::CommandResult&, const std::string& person);

}  // namespace mingle::app
