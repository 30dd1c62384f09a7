#pragma once
// The game's icon, drawn by our own code at any size: two people at a conference, each with a
// lanyard and badge, talking under a speech bubble, on the room's warm floor. Pure pixels (no
// SFML), so it is tested without a window; the window sets it as its own icon, and
// `mingle_icon` writes it out as the PNGs a desktop menu shows (scripts/build-deb.sh).
#include <cstdint>
#include <vector>

namespace mingle::app {

struct IconImage {
  int size = 0;                      // width and height in pixels
  std::vector<std::uint8_t> rgba;    // size * size pixels, row by row, straight (not premultiplied) alpha
};

// The icon at size x size pixels (size 8 to 1024; other sizes are clamped into that range).
// Every pixel is sampled 4 x 4 times, so the edges are smooth at 16 pixels as at 256.
IconImage draw_icon(int size);

}  // namespace mingle::app
