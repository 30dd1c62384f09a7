#pragma once
// Shared machines: in a workshop several trainees use the same computer, and their results
// files sit side by side in one folder. These are the rules for whose run is whose (so each
// trainee sees only their own past runs), which attempt a new run is, and whether it counts;
// and the words the briefing uses for it. Both front-ends only show what these decide.
#include "core/workshop/workshop.h"

#include <string>
#include <string_view>
#include <vector>

namespace mingle {

// A name as typed, for comparing: spaces at either end dropped, any run of spaces or tabs made
// one space, ASCII letters in lower case (other letters as typed). "  Ann  LEE" is "ann lee".
std::string trainee_key(std::string_view name);
// The same trainee: the same key, and not blank (a blank name is nobody's).
bool same_trainee(std::string_view a, std::string_view b);

// What a results file says of whose run it is.
struct RunOwner {
  std::string player;       // the name typed; empty when none was
  std::string workshop;     // the workshop's title; empty for a run outside any workshop
  std::string scenario_id;
};

// Who is looking at a list of past runs.
struct RunViewer {
  std::string workshop;  // the workshop this computer runs now; empty outside one
  std::string player;    // the name the trainee has typed; empty until they have
};

// In a workshop: only the viewer's own runs in this workshop, and none before a name is typed.
// Outside a workshop (a staff member practising at their own desk): the runs played outside
// any workshop, whoever's name they carry, and never a trainee's workshop run.
bool run_shown_to(const RunOwner& run, const RunViewer& viewer);

// Which attempt a run is, and whether it counts towards the workshop.
struct Attempt {
  int number = 1;
  bool counted = true;
};
// Assessed mode counts the first attempt only; practice mode counts every one.
bool attempt_counts(WorkshopMode, int number);
// `earlier` was an attempt at what `now` plays: the same trainee, scenario and workshop (runs
// elsewhere, or by anyone else, are not attempts at it).
bool earlier_attempt(const RunOwner& earlier, const RunOwner& now);
// A new run's attempt: one more than the trainee's earlier attempts among these runs.
Attempt next_attempt(const std::vector<RunOwner>& earlier, const RunOwner& now, WorkshopMode);

// For the briefing, in words for the trainee, e.g. "This is your second try. It's for practice:
// your first try is the one that counts." The words follow `counted` as given (a continued run
// keeps what its first half was told).
std::string attempt_words(WorkshopMode, const Attempt&);

}  // namespace mingle
