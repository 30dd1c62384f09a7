#pragma once
// Where the room's camera may stand so the HUD and the panels never hide the people who matter
// (the player, the person walked to, the one ringed for E/Tab, the conversation partner).
// Pure functions of screen boxes, so tests can check them without a window.
#include "core/room/geometry.h"

#include <SFML/System/Vector2.hpp>

#include <string>
#include <vector>

namespace mingle::app {

struct ScreenBox {  // pixels, window coordinates
  float left = 0, top = 0, right = 0, bottom = 0;
  bool overlaps(const ScreenBox& o) const { return left < o.right && o.left < right && top < o.bottom && o.top < bottom; }
};

// The box a person standing at `p` (metres) takes on screen: their figure, the pips at their
// feet and the first badge above their head (badges keep their size on screen when zoomed out
// past 0.7, as people_painter draws them). `camera` is the view's centre in metres, `scale`
// pixels per metre, `screen` the window's size in pixels.
ScreenBox person_box(room::Vec2 p, sf::Vector2f camera, float scale, sf::Vector2f screen, float zoom);

// The camera centre nearest `camera` at which every one of `people` is clear of every box in
// `cover` and on screen, moving by as little as it can. `people[0]` is the player, who is
// never pushed off screen to clear someone else. When no single move clears everyone
// (two people far apart), the move leaving the fewest overlaps wins.
sf::Vector2f keep_clear(sf::Vector2f camera, float scale, sf::Vector2f screen, float zoom,
                        const std::vector<room::Vec2>& people, const std::vector<ScreenBox>& cover);

// Where the camera aims (its centre in metres): the player (`people[0]`) in the middle of the
// free area (`free`, window pixels: the screen less the HUD, prompt and panel bands), then moved
// as little as it must so that each of the others (the one walked to, ringed, talked with) is
// inside it too — the player always, the others in order while they fit together. Last, the
// room's edges: the screen shows at most `margin` metres past the walls (a room smaller than
// the screen sits in its middle) unless that would push someone who matters under a band;
// then only the free area is held to that, and the void past a wall shows only behind a band.
sf::Vector2f frame_camera(float scale, sf::Vector2f screen, float zoom, const std::vector<room::Vec2>& people,
                          ScreenBox free, sf::Vector2f room_size, float margin);

}  // namespace mingle::app
