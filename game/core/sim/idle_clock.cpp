#include "core/sim/idle_clock.h"

#include "core/sim/tuning.h"

namespace mingle::sim {

int IdleClock::tick(float seconds, bool running) {
  if (!running || seconds <= 0.0f) return 0;
  carried_ += seconds;
  int minutes = 0;
  while (carried_ >= tuning::kIdleSecondsPerMinute) {
    carried_ -= tuning::kIdleSecondsPerMinute;
    ++minutes;
  }
  return minutes;
}

}  // namespace mingle::sim
