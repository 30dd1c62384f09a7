#pragma once
// The room's idle clock: how game time passes while the player walks about the room in the
// window. A conversation spends its own minutes (each exchange), and commands such as `go` or
// `wait` say theirs; outside them, one game minute passes for every
// tuning::kIdleSecondsPerMinute seconds of real time, but only while the room is in play: not
// while a conversation, the notebook, the pause menu, a popup or the briefing is open. Each
// minute that passes is sent as the command `wait 1`, so the run's command list still replays
// it exactly (a long walk shows as several `wait 1` in the results).
namespace mingle::sim {

class IdleClock {
 public:
  // `seconds` of real time went by; `running` says whether the room was in play. Returns the
  // whole game minutes that have now passed (usually 0 or 1).
  int tick(float seconds, bool running);
  // Forgets the part-minute carried so far (a new event, a conversation just ended).
  void reset() { carried_ = 0.0f; }
  float carried() const { return carried_; }

 private:
  float carried_ = 0.0f;
};

}  // namespace mingle::sim
