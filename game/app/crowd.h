#pragma once
// Where the guests stand and walk, on screen. The core decides who is in the room and in which
// zone (sim::room_view); this keeps each guest's smooth position: people in the same zone stand
// together in a ring, newcomers walk in from an entrance, leavers walk out, and nobody walks
// through furniture or another guest. No SFML here, so it is tested without a window.
#include "core/room/geometry.h"
#include "core/scenario/model.h"
#include "core/sim/views.h"

#include <map>
#include <string>
#include <vector>

namespace mingle::app {

struct Guest {
  std::string id;
  room::Vec2 pos, target;
  int colour = 0;          // index into the palette, fixed per person
  bool leaving = false;    // walking out; removed at the door
  float phase = 0;         // for idle sway
  std::string zone;
  int slot = 0;            // place in its group's ring (badges of neighbours are staggered)
};

class Crowd {
 public:
  static constexpr float kRadius = 0.35f;  // metres
  static constexpr float kSpeed = 1.3f;    // metres per second

  explicit Crowd(const Room& room);

  // Brings the crowd in line with who is in the room now; call after every command.
  void sync(const sim::RoomView& view, const std::vector<Person>& everyone);
  // Everyone stands at their spot at once (the room as the player walks in).
  void settle();
  // One fixed step of walking.
  void update(float dt, room::Vec2 player);

  const std::vector<Guest>& guests() const { return guests_; }
  const Guest* find(const std::string& id) const;
  // The guest nearest to p within reach, or nullptr.
  const Guest* nearest(room::Vec2 p, float reach) const;
  // Circles for collision, optionally leaving one guest out.
  std::vector<room::Circle> bodies(const std::string& except = {}) const;

 private:
  room::Vec2 entrance() const;
  const Room* room_;  // a pointer, so a reloaded scenario can replace the crowd
  std::vector<Rect> obstacles_;
  std::vector<Guest> guests_;
};

}  // namespace mingle::app
