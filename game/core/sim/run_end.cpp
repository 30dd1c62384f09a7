#include "core/sim/run_end.h"

#include "core/sim/views.h"

namespace mingle::sim {

namespace {

// The stop reasons the game writes (docs/results.md), as a sentence; any other is a fault.
struct Reason {
  const char* stopped_because;
  RunEnd kind;
  const char* sentence;
};
constexpr Reason kReasons[] = {
    {"the player closed the game", RunEnd::WalkedAway, "The trainee closed the game."},
    {"you quit", RunEnd::WalkedAway, "The trainee typed quit."},
    {"the commands ran out", RunEnd::WalkedAway, "The trainee's typed or scripted commands ended there."},
    {"interrupted", RunEnd::Interrupted, "The run was stopped with Ctrl-C."},
    {"the game was asked to stop", RunEnd::Interrupted,
     "The computer asked the game to stop (a shutdown, or a facilitator's tool)."},
    {"the terminal was closed", RunEnd::Interrupted, "The terminal the game ran in was closed."},
    {"the output was closed", RunEnd::Interrupted, "The terminal's output went away."},
    {"a command was refused under --strict", RunEnd::Interrupted,
     "A command was turned down, and this run was set to stop at the first one (--strict)."},
};

std::string where_it_stood(const Campaign& c, const RunState& s) {
  const std::string count = std::to_string(c.steps.size());
  const Event& e = current_event(c, s);
  const std::string event = "event " + std::to_string(s.event_no()) + " of " + count + ", " + e.title;
  if (s.phase == Phase::FollowUp) {
    if (s.step + 1 >= c.steps.size())
      return "In the weeks after the last event (" + event + "), before the season's review.";
    return "In the weeks after " + event + ".";
  }
  if (s.phase == Phase::Finished) return "After " + event + ".";
  std::string out = "During " + event + ", at " + clock_text(s.clock);
  const std::string with = talking_with(s);
  if (!with.empty()) {
    const Person* p = find_person(c, s, with);
    out += ", in the middle of a talk with " + (p ? p->name : with);
  }
  return out + ".";
}

}  // namespace

RunEndView run_end_view(const Campaign& c, const RunState& s, const std::string& stopped_because) {
  RunEndView v;
  const bool done = s.phase == Phase::Finished && s.stopped_because == "finished";
  const std::string scores = ": enjoyment " + std::to_string(s.enjoyment) + ", value " + std::to_string(s.value) + ".";
  if (stopped_because == "finished" && done) {
    v.kind = RunEnd::Finished;
    v.heading = "Played to the end";
    v.where = c.steps.size() == 1 ? "The whole of " + c.steps[0].event.title + ", and the weeks after it."
                                   : "All " + std::to_string(c.steps.size()) + " events of " + c.title +
                                         ", and the weeks after each.";
    v.why = "The trainee saw the season's review.";
    v.scores = "At the end" + scores;
    return v;
  }
  v.where = c.steps.empty() ? std::string() : where_it_stood(c, s);
  v.scores = "By then" + scores;
  if (stopped_because.empty()) {
    v.heading = "Stopped part-way";
    v.why = "The results file does not say why the run stopped.";
    return v;
  }
  if (stopped_because == "finished") {
    v.heading = "Stopped part-way";
    v.why = "The results file says the run finished, but its commands end here.";
    return v;
  }
  for (const Reason& r : kReasons)
    if (stopped_because == r.stopped_because) {
      v.kind = r.kind;
      v.why = r.sentence;
    }
  if (v.why.empty()) {
    v.kind = RunEnd::Interrupted;
    v.why = "Something went wrong inside the game: " + stopped_because + ".";
  }
  v.heading = v.kind == RunEnd::WalkedAway ? "Walked away part-way" : "Interrupted part-way";
  return v;
}

const char* run_end_word(RunEnd kind) {
  switch (kind) {
    case RunEnd::Finished: return "finished";
    case RunEnd::WalkedAway: return "walked away";
    case RunEnd::Interrupted: return "interrupted";
    case RunEnd::Unknown: break;
  }
  return "stopped";
}

}  // namespace mingle::sim
