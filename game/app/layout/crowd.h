#pragma once
// Where the guests stand and walk, on screen. The core decides who is in the room and in which
// zone (sim::room_view); this keeps each guest's smooth position: people in the same zone stand
// together in conversation rings (a busy zone holds several, and what does not fit spills onto
// the floor around it), people with no zone stand in small groups spread over the free floor,
// newcomers walk in from an entrance, leavers walk out, and nobody walks through furniture or
// another guest. No SFML here, so it is tested without a window.
//
// Scale (issue 15): placing is O(n log n) in the people present and walking is O(n) a step,
// with a grid of 1 m cells for who is near whom; nothing scans everyone for each guest.
#include "core/room/geometry.h"
#include "core/scenario/model.h"
#include "core/sim/views.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mingle::app {

struct Guest {
  std::string id;
  room::Vec2 pos, target;  // pos: where they are seen now (between the last two steps)
  room::Vec2 at, prev;     // where the last fixed step left them, and the step before it
  int colour = 0;          // index into the palette, fixed per person
  bool leaving = false;    // walking out; removed at the door
  float phase = 0;         // for idle sway
  std::string zone;
  int slot = 0;            // place in its group's ring (badges of neighbours are staggered)
  int group = -1;          // which conversation group they stand in (-1: walking out)
  room::Vec2 group_centre; // the middle of that group's ring: whom they turn towards
  float stuck = 0;         // seconds of walking with little headway
  float ghost = 0;         // seconds left squeezing past other guests (after being stuck)
};

// One person's place: the spot, the middle of their group's ring, the group and the place in it.
struct Spot {
  room::Vec2 at;
  room::Vec2 centre;
  int group = 0;
  int slot = 0;
};

// Where everyone stands: one spot for each entry of `zones` (each person's zone id, "" for
// none), in the same order. Deterministic: the same room and zones give the same spots.
// A zone with a few people (up to kOneRing) has one ring at its middle, as authors expect;
// a busier zone holds several rings, packed from its middle out and spilling onto the floor
// around it; people with no zone stand in small groups spread over the floor outside zones.
// Rings keep clear of each other, of furniture and of the walls; only a room too full for
// rings packs people in singly (still off the furniture, inside the walls).
std::vector<Spot> place_crowd(const Room& room, const std::vector<Rect>& obstacles,
                              const std::vector<std::string>& zones, float radius);

class Crowd {
 public:
  static constexpr float kRadius = 0.35f;       // metres
  static constexpr float kSpeed = 1.3f;         // metres per second
  static constexpr float kStep = 1.0f / 30.0f;  // seconds: one fixed step of the crowd's walking
  static constexpr int kOneRing = 6;            // a zone with this many or fewer: one ring

  explicit Crowd(const Room& room);

  // Brings the crowd in line with who is in the room now; call after every command. Cheap when
  // nobody came, went or changed zone (most commands): nothing moves then.
  void sync(const sim::RoomView& view, const std::vector<Person>& everyone);
  // Everyone stands at their spot at once (the room as the player walks in).
  void settle();
  // One fixed step of walking (the room scene steps it every kStep seconds; tests any dt).
  void update(float dt, room::Vec2 player);
  // Where guests are seen between two steps: `alpha` (0..1) of the way from the step before
  // to the last one. Sets each guest's `pos`.
  void blend(float alpha);

  const std::vector<Guest>& guests() const { return guests_; }
  const Guest* find(const std::string& id) const;
  // The guest nearest to p within reach, or nullptr.
  const Guest* nearest(room::Vec2 p, float reach) const;
  // Circles for collision, optionally leaving one guest out.
  std::vector<room::Circle> bodies(const std::string& except = {}) const;
  // The bodies within `reach` of p (for the player's step: a few, not the whole room).
  std::vector<room::Circle> bodies_near(room::Vec2 p, float reach) const;

 private:
  room::Vec2 entrance() const;
  void reindex();
  void rebuild_grid();
  int cell_of(room::Vec2 p) const;
  bool hits_furniture(room::Vec2 p) const;
  // Free for guest `self` at p: inside the walls, off the furniture, clear of the player and,
  // when `people`, of every guest it does not already overlap.
  bool free_for(std::size_t self, room::Vec2 p, room::Vec2 player, bool people) const;
  room::Vec2 slide_for(std::size_t self, room::Vec2 step, room::Vec2 player, bool people) const;
  room::Vec2 round_furniture(std::size_t self, room::Vec2 straight, float step, room::Vec2 player,
                             bool people) const;

  const Room* room_;  // a pointer, so a reloaded scenario can replace the crowd
  std::vector<Rect> obstacles_;
  std::vector<Guest> guests_;
  std::unordered_map<std::string, std::size_t> index_;   // id -> place in guests_
  std::unordered_map<std::string, int> colours_;          // id -> place in the event's people
  const std::vector<Person>* colours_for_ = nullptr;
  std::vector<std::pair<std::string, std::string>> last_sync_;  // (id, zone) as last placed
  // A grid of 1 m cells over the room: the furniture touching each cell (fixed), and who
  // stands in each (rebuilt each step, a counting sort into one array).
  int cols_ = 1, rows_ = 1;
  std::vector<std::vector<std::uint32_t>> furniture_cells_;
  std::vector<std::uint32_t> cell_start_, cell_guests_, fill_;
};

// The people a planned walk from `from` to `to` steers round: those near either end. Far ones
// are left to the walk itself (it slides round whoever is close and plans again when held up),
// so a plan across a hall of a thousand stays quick.
std::vector<room::Circle> walk_bodies(const Crowd& crowd, room::Vec2 from, room::Vec2 to);

}  // namespace mingle::app
