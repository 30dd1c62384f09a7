#pragma once
// How a run ended, in words: for the screen a replay ends on (`mingle --replay`), so the room
// sees whether the trainee played to the end, walked away part-way or was interrupted, and
// where they were when it stopped. Worked out from the run as its last command left it and the
// results file's `stopped_because` (docs/results.md).
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <string>

namespace mingle::sim {

enum class RunEnd {
  Finished,     // every event and the weeks after each were played
  WalkedAway,   // the trainee chose to stop: closed the game, quit, or their input ended
  Interrupted,  // stopped from outside (Ctrl-C, a shutdown, a closed terminal) or by a fault
  Unknown,      // the file does not say why, or says "finished" where its commands stop early
};

struct RunEndView {
  RunEnd kind = RunEnd::Unknown;
  std::string heading;  // "Played to the end", "Walked away part-way", ...
  std::string where;    // where the run stood: the event and the clock, a talk cut short, or the weeks after
  std::string why;      // the stop reason in a sentence
  std::string scores;   // "At the end: enjoyment 14, value 9."
};

// `s`: the run as its last command left it (before it was stopped); `stopped_because`: as the
// results file says it.
RunEndView run_end_view(const Campaign&, const RunState& s, const std::string& stopped_because);

// "finished", "walked away", "interrupted" or "stopped".
const char* run_end_word(RunEnd);

}  // namespace mingle::sim
