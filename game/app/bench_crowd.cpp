// mingle_bench_crowd DIR [STEPS]: how long the crowd's fixed step (app/layout/crowd.h) takes, for
// docs/benchmarks.md. DIR is an event folder, usually one made by scripts/make-crowd.sh. The
// crowd is placed for the first slot and settled; then the clock moves to the next slot, so
// that everyone walks to a new zone at once (the busiest moment the room has), and each step
// of that walk is timed. Measured, never asserted: the machines are noisy.
#include "app/layout/crowd.h"
#include "core/diag/diagnostic.h"
#include "core/room/path.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/run_state.h"
#include "core/sim/views.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace mingle;
using Clock = std::chrono::steady_clock;

namespace {
double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}
}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: mingle_bench_crowd EVENT_DIR [STEPS]\n");
    return 2;
  }
  const int steps = argc > 2 ? std::max(10, std::atoi(argv[2])) : 600;
  LoadResult loaded = load_content(argv[1]);
  if (!loaded.ok() || !loaded.campaign) {
    for (const auto& d : loaded.diagnostics) std::fprintf(stderr, "%s\n", format_gcc(d).c_str());
    return 1;
  }
  const Campaign& c = *loaded.campaign;
  const Event& e = c.steps.at(0).event;
  sim::RunState run = sim::start_run(c, 1);

  auto t0 = Clock::now();
  app::Crowd crowd(e.room);
  crowd.sync(sim::room_view(c, run), e.people);
  crowd.settle();
  const double first_ms = ms_since(t0);
  const std::size_t people = crowd.guests().size();

  // The next slot: everyone (who has a schedule) heads for another zone.
  if (e.slots.size() > 1) {
    sim::Command wait;
    wait.verb = sim::Verb::Wait;
    wait.number = e.slots[1].from - e.starts;
    if (wait.number > 0) sim::apply(c, run, wait);
  }
  t0 = Clock::now();
  crowd.sync(sim::room_view(c, run), e.people);
  const double again_ms = ms_since(t0);

  const room::Vec2 player{e.room.width / 2, e.room.height / 2};
  std::vector<double> step_ms;
  step_ms.reserve(static_cast<std::size_t>(steps));
  for (int i = 0; i < steps; ++i) {
    t0 = Clock::now();
    crowd.update(app::Crowd::kStep, player);
    step_ms.push_back(ms_since(t0));
  }
  int walking = 0;
  for (const auto& g : crowd.guests()) walking += room::distance(g.pos, g.target) >= 0.05f;
  std::sort(step_ms.begin(), step_ms.end());
  auto pct = [&](double q) { return step_ms[static_cast<std::size_t>(q * static_cast<double>(step_ms.size() - 1))]; };
  std::printf("crowd step  people %zu  steps %d  p50 %.3f ms  p99 %.3f ms  max %.3f ms  (placing: %.1f ms, "
              "again for the next slot: %.1f ms; still walking at the end: %d)\n",
              people, steps, pct(0.5), pct(0.99), step_ms.back(), first_ms, again_ms, walking);

  // A click-to-walk across the room among everyone (the room scene plans one every half second
  // while walking to a person): from the door to the guest farthest from it.
  crowd.settle();
  const auto obstacles = room::obstacles(e.room);
  const room::Vec2 door = e.room.entrances.empty() ? room::Vec2{e.room.width / 2, e.room.height - 1}
                                                   : room::Vec2{e.room.entrances[0].x, e.room.entrances[0].y - 1};
  const app::Guest* far = nullptr;
  for (const auto& g : crowd.guests())
    if (!far || room::distance(g.pos, door) > room::distance(far->pos, door)) far = &g;
  if (far) {
    room::PathRequest req;
    req.from = room::nearest_free(e.room, obstacles, crowd.bodies(), door, app::Crowd::kRadius);
    req.to = far->pos;
    req.stop_within = 1.6f * 0.8f;
    auto median_plan = [&](bool everyone) {
      std::vector<double> plan_ms;
      for (int i = 0; i < 5; ++i) {
        t0 = Clock::now();
        const auto bodies = everyone ? crowd.bodies() : app::walk_bodies(crowd, req.from, req.to);
        room::plan_path(e.room, obstacles, bodies, req);
        plan_ms.push_back(ms_since(t0));
      }
      std::sort(plan_ms.begin(), plan_ms.end());
      return plan_ms[2];
    };
    const double near_ms = median_plan(false), all_ms = median_plan(true);
    std::printf("walk planned  across %.0f m among %zu people: median %.1f ms as the room scene plans it "
                "(round the people near its ends), %.1f ms round everyone\n",
                room::distance(req.from, req.to), crowd.guests().size(), near_ms, all_ms);
  }
  return 0;
}
