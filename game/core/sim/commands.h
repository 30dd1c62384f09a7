#pragma once
// Commands: the only way to change a run (OpenRCT2's game actions). Each is a value parsed
// from, and printed back to, one line of the text command language
// (docs/playing-in-a-terminal.md). apply() checks it against the rules and either changes the
// run and says what happened (as data: core/sim/outcome.h), or changes nothing and says why
// not, with a code and a sentence a player can read. A seed plus the list of applied commands
// replays a run exactly.
//
// Where the rules live: command_text.cpp (the language), commands.cpp (checking and carrying
// out each command), effects.cpp (what a line or a choice does), asks.cpp (asks, invitations,
// follow-ups), event_flow.cpp (the clock, an event's start and end, the time between events),
// tuning.h (the numbers).
#include "core/scenario/model.h"
#include "core/sim/outcome.h"
#include "core/sim/run_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mingle::sim {

struct Command {
  Verb verb = Verb::End;
  std::vector<std::string> args;  // ids, in the order written
  int number = 0;                 // choose <n>, wait <minutes>
  AskKind kind = AskKind::Coffee; // invite
};

// A command as a value, for a front-end that sends it without the text language:
// make_command(Verb::Talk, {"ana"}), make_command(Verb::Choose, {}, 2).
Command make_command(Verb, std::vector<std::string> ids = {}, int number = 0, AskKind kind = AskKind::Coffee);

// Parses one line. Blank lines and lines starting with '#' are not commands: they return
// nothing and `refused` says nothing (code None). A line that isn't a command returns nothing
// and `refused` is a refusal: a code (UnknownCommand, Usage, InviteKind) and the sentence.
std::optional<Command> parse_command(std::string_view line, CommandResult& refused);
// The same, with the sentence only (for tools and tests that need no code).
std::optional<Command> parse_command(std::string_view line, std::string& error);
// The command in the text language; parse_command(to_text(c)) gives c back.
std::string to_text(const Command&);
// The verb's word in the text language ("ask-intro").
const char* verb_word(Verb);
// How the command is written ("ask-intro <who-introduces> <whom-to-meet>").
const char* verb_usage(Verb);
// How many ids the command takes.
int verb_ids(Verb);

// A new run at the start of the campaign's first event. The campaign must have a step.
RunState start_run(const Campaign&, std::uint64_t seed);

// Applies a command. On success the command's text is appended to RunState::commands.
CommandResult apply(const Campaign&, RunState&, const Command&);

// Whether a command would be accepted now, and why not, without changing the run (OpenRCT2's
// Query). It plays the command on a copy, so it costs a copy of the run: fine for a button's
// state or a list in a popup, not for every frame of every widget.
CommandResult check(const Campaign&, const RunState&, const Command&);

// Records what the player tried and was refused as a stuck point (RunState::stuck) with where
// they were and the reason, and adds it to the refusal's `stuck` list; front-ends call it for
// the player's own commands, never for a check(). Refused commands are not in
// RunState::commands, so a replay from the commands does not bring these back. Does nothing
// for an accepted result.
void note_refused(const Campaign&, RunState&, const Command&, CommandResult&);

// Ends the run where it stands (the script ran out, the player quit): closes a conversation
// and the current event if one is under way, and records why. Not a command: not recorded,
// but it says what it did as a command's result does (run_finished, event_ended when an
// event was under way, the talk cut off, stopped_because). A run already over is refused.
CommandResult stop_run(const Campaign&, RunState&, const std::string& why);

}  // namespace mingle::sim
