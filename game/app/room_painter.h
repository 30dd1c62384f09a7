#pragma once
// Draws a room from its layout (core Room): a wooden floor with walls and doors, each zone with
// a floor of its own (tiles at the bar, a raised stage, a rug in the lounge, a patterned carpet),
// furniture by kind and by the zone it stands in (bottles on the bar, urns on the coffee
// counter, badges laid out at registration), soft shadows, warm pools of light, and the zones'
// labels. Coordinates are metres; the caller's sf::View maps them to the screen.
//
// The room is static, so its shapes are built once into vertex lists (split into chunks of the
// floor, so a big room draws only what is in view) and drawn each frame in a handful of calls.
#include "core/scenario/model.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>
#include <SFML/Graphics/View.hpp>

#include <cstdint>
#include <vector>

namespace mingle::app {

class RoomPainter {
 public:
  // The floor, zones, furniture, shadows and light, for the part of the room `view` shows.
  // Builds the shapes again only when the room's layout or `high_contrast` changed (a live
  // edit). High contrast tones the floor's texture and the light down so people stand out.
  void paint(sf::RenderTarget& target, const Room& room, const sf::View& view, bool high_contrast);
  // Darkens the screen's edges a little (screen coordinates: call with the default view).
  void paint_vignette(sf::RenderTarget& target, bool high_contrast);
  // The zones' names on small plaques just above their top edges, over the furniture (drawn
  // after paint()) and under the people. `zoom` keeps them readable when zoomed out.
  void paint_labels(sf::RenderTarget& target, const Room& room, const sf::Font* font, float zoom);

  // Vertices held for the room (for tests and the memory notes).
  std::size_t vertex_count() const;

 private:
  struct Chunk {
    sf::FloatRect bounds;
    std::vector<sf::Vertex> vertices;  // emptied once uploaded to `buffer`
    sf::VertexBuffer buffer{sf::Triangles, sf::VertexBuffer::Static};
    std::size_t count = 0;
  };
  // Drawn in this order; within a layer, chunk by chunk, so anything that must lie on top of
  // something in another chunk goes in a later layer.
  enum Layer { kWall, kBase, kZones, kShadows, kFurniture, kLight, kLayers };
  void build(const Room& room, bool high_contrast);

  std::uint64_t key_ = 0;  // the room and contrast the shapes were built for
  int columns_ = 1;
  std::vector<Chunk> layers_[kLayers];
  std::vector<sf::Vertex> vignette_;
  sf::Vector2u vignette_size_{0, 0};
  bool vignette_contrast_ = false;
  std::vector<sf::Text> labels_;
  const sf::Font* label_font_ = nullptr;
  std::uint64_t label_key_ = 0;
};

// The colour each person is drawn in (an Okabe–Ito set, told apart with common colour-vision
// deficiencies), by their index in the campaign.
sf::Color person_colour(int index);

}  // namespace mingle::app
