// Never stuck (issue 22, point 3): in every room of the bundled campaign, the player walks into
// every group and every piece of furniture from eight sides, holding the key as a trainee
// would, with the real crowd stepping as it does in the window; people never hold them still,
// nothing lets them through furniture or a wall, and walking the other way always gets them out.
#include "app/layout/crowd.h"
#include "core/room/walk.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"

#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

using namespace mingle;
using room::Vec2;

namespace {

Campaign bundled() {
  LoadResult r = load_content(std::string(MINGLE_TESTS_DIR) + "/../dialogues");
  REQUIRE(r.ok());
  return *r.campaign;
}

struct Walk {
  int held_by_people = 0;  // the longest run of steps people alone held the player still
  bool back_to_wall = false;  // walking back ended against a wall or furniture
  float got_out = 0;       // how far walking back took them from where they stopped
  bool in_furniture = false;
  Vec2 stopped, end;  // where walking in left them, and walking back
};

constexpr float kDt = 1.0f / 60.0f;

// Walks from `start` along `dir` for `in_steps` frames, then back for `out_steps`.
Walk walk_into(const Room& room, const std::vector<Rect>& obs, app::Crowd& crowd, Vec2 start, Vec2 dir) {
  Walk w;
  Vec2 p = start;
  float crowd_time = 0;
  int held = 0;
  auto frame = [&](Vec2 d, bool in) {
    const Vec2 step = d * (room::kWalkSpeed * kDt);
    const Vec2 next = room::walk_step(room, obs, crowd.bodies_near(p, 2.0f), p, step, app::Crowd::kRadius);
    const bool furniture_free = room::free_at(room, obs, {}, p + step, app::Crowd::kRadius);
    held = (room::distance(next, p) < 0.005f && furniture_free) ? held + 1 : 0;
    w.held_by_people = std::max(w.held_by_people, held);
    if (!in) w.back_to_wall = !furniture_free;
    p = next;
    if (!room::free_at(room, obs, {}, p, app::Crowd::kRadius)) w.in_furniture = true;
    for (crowd_time += kDt; crowd_time >= app::Crowd::kStep; crowd_time -= app::Crowd::kStep)
      crowd.update(app::Crowd::kStep, p);
  };
  for (int i = 0; i < 90; ++i) frame(dir, true);  // 4.5 m of holding the key
  const Vec2 stopped = p;
  for (int i = 0; i < 60; ++i) frame(dir * -1.0f, false);  // 3 m back
  w.got_out = room::distance(p, stopped);
  w.stopped = stopped;
  w.end = p;
  return w;
}

}  // namespace

TEST_CASE("walking into every group and every piece of furniture of the bundled rooms, the player always gets out") {
  const Campaign c = bundled();
  int walks = 0;
  int groups = 0;
  for (std::size_t s = 0; s < c.steps.size(); ++s) {
    const Event& e = c.steps[s].event;
    const auto obs = room::obstacles(e.room);
    // The room as it stands at the start and at each part of the event (people come and go).
    std::vector<int> clocks{e.starts};
    for (const auto& slot : e.slots) clocks.push_back(slot.from);
    for (const int clock : clocks) {
    sim::RunState run = sim::start_run(c, 1);
    run.step = s;
    run.clock = clock;
    const sim::RoomView view = sim::room_view(c, run);
    app::Crowd settled(e.room);
    settled.sync(view, e.people);
    settled.settle();
    // What to walk into: each group's middle, and (once per room) each piece of furniture's.
    std::vector<std::pair<std::string, Vec2>> aims;
    std::map<int, int> members;
    for (const auto& g : settled.guests()) ++members[g.group];
    std::map<int, bool> seen;
    for (const auto& g : settled.guests())
      if (g.group >= 0 && members[g.group] >= 2 && !seen[g.group]) {
        seen[g.group] = true;
        aims.push_back({"the group round " + g.id, g.group_centre});
        ++groups;
      }
    if (clock == e.starts)
      for (const auto& f : e.room.furniture)
        aims.push_back({"furniture at " + std::to_string(f.area.x) + "," + std::to_string(f.area.y),
                        {f.area.x + f.area.w / 2, f.area.y + f.area.h / 2}});
    for (const auto& [what, centre] : aims)
      for (int a = 0; a < 8; ++a) {
        const float angle = static_cast<float>(a) * 3.14159265f / 4.0f;
        const Vec2 dir{std::cos(angle), std::sin(angle)};
        app::Crowd crowd = settled;
        const Vec2 start = room::nearest_free(e.room, obs, crowd.bodies(), centre - dir * 3.0f, app::Crowd::kRadius);
        const Walk w = walk_into(e.room, obs, crowd, start, dir);
        ++walks;
        INFO(e.id << ": " << what << ", walking at " << a * 45 << " degrees from " << start.x << "," << start.y);
        CHECK_FALSE(w.in_furniture);
        CHECK(w.held_by_people <= 2);
        INFO("stopped at " << w.stopped.x << "," << w.stopped.y << ", back to " << w.end.x << "," << w.end.y);
        CHECK((w.got_out >= 1.5f || w.back_to_wall));
      }
    }
  }
  MESSAGE(walks << " walks, into " << groups << " groups");
  CHECK(groups >= 8);
  CHECK(walks > 200);
}
