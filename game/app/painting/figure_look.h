#pragma once
// How one person looks in the room: the pure part of drawing a figure, with no SFML, so it is
// tested without a window. Everything comes from a stable hash of the person's id (never
// their place in a list), so the same person looks the same in every event of a season; the
// organisation's colour comes from a hash of its name, so colleagues share it; and the
// person's traits shape how they stand (a sceptic folds their arms, a warm talker gestures).
#include "core/room/geometry.h"
#include "core/scenario/model.h"
#include "core/util/hash.h"

#include <cstdint>
#include <string>

namespace mingle::app {

struct Rgb {
  std::uint8_t r = 0, g = 0, b = 0;
  bool operator==(const Rgb& o) const { return r == o.r && g == o.g && b == o.b; }
};

enum class HairStyle { Short, Bob, Long, Bun, Curly, Bald, Ponytail, Crop };
enum class Cut { Suit, Blazer, Cardigan, Dress, Jumper, Shirt };  // the clothes' silhouette
enum class Worn { None, Scarf, Tie, Lanyard, Bag };               // on the body
enum class Held { None, Cup, Clipboard, Phone };                  // in a hand
enum class Posture { Relaxed, ArmsFolded, HandsBehind, HandsClasped, Gesturing };

struct FigureLook {
  Rgb skin, hair, outfit, trim, legs, organisation;  // trim: shirt under a jacket, a scarf, a tie
  HairStyle hair_style = HairStyle::Short;
  Cut cut = Cut::Suit;
  Worn worn = Worn::None;
  Held held = Held::None;
  bool glasses = false;
  Posture posture = Posture::Relaxed;
  float build = 1.0f;     // shoulder width, 0.9 .. 1.12
  float height = 1.0f;    // 0.94 .. 1.06
  float liveliness = 0.35f;  // how often idle gestures come, 0.1 .. 1 (from traits)
  float phase = 0.0f;     // an offset in seconds, so a group does not move in step
};

// A strong colour for an organisation (badge strip, lanyard, chest pin), from its name.
Rgb organisation_colour(const std::string& organisation);

FigureLook look_for(const Person& person);

// The player: a figure of their own, always in the same clothes, so you never lose yourself.
FigureLook player_look();

// Which way a figure faces, as a unit vector in room metres (y grows towards the viewer):
// walking, the way they walk; talking with the player, towards the player; standing in a
// group, towards its centre; otherwise towards the viewer.
struct FacingInput {
  room::Vec2 pos, target;       // where they stand and where they are walking to
  bool talking_with_player = false;
  room::Vec2 player;
  bool in_group = false;
  room::Vec2 group_centre;
};
room::Vec2 facing_for(const FacingInput& in);
bool is_walking(room::Vec2 pos, room::Vec2 target);

}  // namespace mingle::app
