#pragma once
// Commands: the only way to change a run (OpenRCT2's game actions). Each is a value parsed
// from, and printed back to, one line of the text command language
// (docs/playing-in-a-terminal.md). apply() checks it against the rules and either changes the
// run and says what happened, or changes nothing and says why not in a sentence a player can
// read. A seed plus the list of applied commands replays a run exactly.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mingle::sim {

enum class Verb {
  Talk,       // talk <person>
  Choose,     // choose <n>           (1-based, among the choices shown)
  Leave,      // leave                (walk away from the current conversation)
  Wait,       // wait <minutes>
  Go,         // go <zone>            (approach a part of the room)
  Join,       // join <person>        (join the group around someone)
  AskIntro,   // ask-intro <a> <b>    (ask a to introduce you to b)
  Introduce,  // introduce <a> <b>    (host mode: introduce two people)
  Invite,     // invite <person> <coffee|lunch|drinks|personal>
  FollowUp,   // follow-up <person>   (after the event: carry out an agreed follow-up)
  End,        // end                  (end the current event)
  Next,       // next                 (go on to the next event)
};

struct Command {
  Verb verb = Verb::End;
  std::vector<std::string> args;  // ids, in the order written
  int number = 0;                 // choose <n>, wait <minutes>
  AskKind kind = AskKind::Coffee; // invite
};

// Parses one line. Blank lines and lines starting with '#' are not commands: they return
// nothing with an empty error. Otherwise returns nothing with a sentence in `error`.
std::optional<Command> parse_command(std::string_view line, std::string& error);
// The command in the text language; parse_command(to_text(c)) gives c back.
std::string to_text(const Command&);

struct CommandResult {
  bool ok = false;
  std::string reason;                 // why not, when !ok
  std::vector<std::string> messages;  // what happened, for the player, in order
  // When an event ended: what happens as the follow-up phase opens (invitations accepted in the
  // room take place). Front-ends show it after the event's debrief.
  std::vector<std::string> after_event;
  bool event_ended = false;           // this command ended an event (write results now)
  bool run_finished = false;          // this command ended the run
};

// A new run at the start of the campaign's first event. The campaign must have a step.
RunState start_run(const Campaign&, std::uint64_t seed);

// Applies a command. On success the command's text is appended to RunState::commands.
CommandResult apply(const Campaign&, RunState&, const Command&);

// Whether a command would be accepted now, and why not, without changing the run (OpenRCT2's
// Query). It plays the command on a copy, so it costs a copy of the run: fine for a button's
// state, not for every frame of every widget.
CommandResult check(const Campaign&, const RunState&, const Command&);

// Ends the run where it stands (the script ran out, the player quit): closes a conversation
// and the current event if one is under way, and records why. Not a command: not recorded.
void stop_run(const Campaign&, RunState&, const std::string& why);

}  // namespace mingle::sim
