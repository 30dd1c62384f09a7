#pragma once
// How the terminal says what the core reports. The core's sentences name no key and no typed
// command; where the player could act, it gives an Action, and this file says how to do it
// here: by typing a command. (The window's counterpart is game/app/window_words.h.)
#include "core/sim/outcome.h"

#include <string>

namespace mingle::cli {

// "Type 'talk grace'." and the like.
std::string how_to(const sim::Action&);

// One beat as the terminal prints it.
std::string line_for(const sim::Beat&);

// A refusal as the terminal prints it (without the "Not just now:" before it).
std::string refusal_for(const sim::CommandResult&);

}  // namespace mingle::cli
