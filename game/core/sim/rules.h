#pragma once
// Internals shared by the files that carry out commands (commands.cpp, effects.cpp, asks.cpp,
// event_flow.cpp). Front-ends never include this: they use commands.h, outcome.h and views.h.
#include "core/scenario/model.h"
#include "core/sim/commands.h"
#include "core/sim/outcome.h"
#include "core/sim/run_state.h"

#include <optional>
#include <string>

namespace mingle::sim::rules {

// [SECTION] Small helpers -------------------------------------------------------------------

std::string name_of(const Person&);
std::string readable(const std::string& id);  // "volunteer-rota" -> "volunteer rota"

// A refusal: a stable code, a sentence in no front-end's terms, and what could be done instead.
CommandResult refuse(Refusal code, std::string why, std::optional<Action> instead = std::nullopt);
CommandResult accepted();

// Adds a beat and returns it, for the caller to fill in the details.
Beat& tell(CommandResult&, BeatKind, std::string text);

// A relationship for reading only: a refused command must not leave even an empty entry behind.
const Relationship& peek(const RunState&, const std::string& id);

CommandResult refuse_in_conversation(const Campaign&, const RunState&);
CommandResult refuse_phase(const RunState&);

// [SECTION] Conversations and effects (effects.cpp) -----------------------------------------

void close_conversation(RunState&, const std::string& outcome, bool keep_cursor);
// Arrives at a node: shows its line, applies its effects, and follows choice-less nodes.
void arrive(const Campaign&, RunState&, const Dialogue&, std::string node_id, CommandResult&);
// `first` is false when this node or choice has already counted in this event.
void apply_effects(const Campaign&, RunState&, const Person&, const Effects&, CommandResult&, bool first);
void agree_follow_up(RunState&, const std::string& person, const std::string& topic,
                     const std::string& who, CommandResult&);
void make_introduction(const Campaign&, RunState&, const Person& introducer, const std::string& target_id,
                       CommandResult&);

// [SECTION] Asks (asks.cpp) -------------------------------------------------------------------

// An ask, answered with the run's seed. Returns whether it was accepted.
bool ask(const Campaign&, RunState&, const Person&, AskKind, bool in_room, CommandResult&);
// A planned meeting (an accepted invitation) takes place.
void happen(const Campaign&, RunState&, const Person&, AskKind, CommandResult&);
CommandResult do_invite(const Campaign&, RunState&, const Command&);
CommandResult do_follow_up(const Campaign&, RunState&, const Command&);

// [SECTION] The event's flow (event_flow.cpp) ----------------------------------------------

// Moves the clock on; warns as the end nears; ends the event when its time is up.
void advance(const Campaign&, RunState&, int minutes, CommandResult&);
void begin_event(const Campaign&, RunState&);
void end_event(const Campaign&, RunState&, CommandResult&, bool with_phase);
CommandResult do_end(const Campaign&, RunState&);

// [SECTION] Where the player got stuck (stuck.cpp) ------------------------------------------

// The open conversation, left by the player (before it closes).
void note_left(const Campaign&, RunState&);
// The open conversation, cut off by the event's end (or by the run stopping).
void note_cut_off(const Campaign&, RunState&, bool event_time_ran_out);
// The current event's needs the player has not found, each with the closest they came.
void note_needs_not_found(const Campaign&, RunState&);
CommandResult do_next(const Campaign&, RunState&);

}  // namespace mingle::sim::rules
