#pragma once
// Draws a room from its layout (core Room): a wooden floor with walls and doors, each zone with
// a floor of its own (tiles at the bar, a raised stage, a rug in the lounge, a patterned carpet),
// furniture by kind and by the zone it stands in (bottles on the bar, urns on the coffee
// counter, badges laid out at registration), soft shadows, warm pools of light, and the zones'
// labels. Coordinates are metres; the caller's sf::View maps them to the screen.
//
// The room is static, so its shapes are built once into vertex lists (split into chunks of the
// floor, so a big room draws only what is in view) and drawn each frame in a handful of calls.
// Where the whole room fits in a texture at the screen's scale, it is drawn once into that
// texture and each frame puts down the texture: a software renderer then fills each pixel of
// the floor once a frame instead of once a layer (about 2 ms of a packed room's frame).
#include "app/layout/camera.h"  // ScreenBox
#include "core/scenario/model.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Vertex.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>
#include <SFML/Graphics/View.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
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
  // after paint()) and under the people. `zoom` keeps them readable when zoomed out; they grow
  // with `ui_scale` (the UI scale times the text size), as the badges do. A sign keeps clear of
  // the `reserved` boxes (window pixels: the panels) and of the other signs, and where it can,
  // of the `figures` (window pixels: everyone standing in the room).
  void paint_labels(sf::RenderTarget& target, const Room& room, const sf::Font* font, float zoom,
                    float ui_scale = 1.0f, const std::vector<ScreenBox>& reserved = {},
                    const std::vector<ScreenBox>& figures = {});
  // Where the last paint_labels() put the signs, in window pixels (badges keep off them).
  const std::vector<ScreenBox>& sign_boxes() const { return sign_boxes_; }

  // Vertices held for the room (for tests and the memory notes).
  std::size_t vertex_count() const;
  // Whether the last paint() put down the room's texture (false: it drew the layers).
  bool drew_from_texture() const { return drew_from_texture_; }
  // Whether the room may be kept in a texture (the scene allows it for a crowd; while it is
  // not, the layers are drawn and the texture, if any, is let go).
  void set_texture_allowed(bool allowed);

  // The largest texture the room is kept in, in pixels (16 MiB); a bigger room draws its
  // layers, only the chunks in view.
  static constexpr std::size_t kMaxTexturePixels = 4u << 20;

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
  void draw_layers(sf::RenderTarget& target, const sf::FloatRect& seen) const;
  // Draws the layers into texture_ at `pixels_per_metre`; false when the room is too big.
  bool build_texture(float pixels_per_metre);

  std::uint64_t key_ = 0;  // the room and contrast the shapes were built for
  int columns_ = 1;
  std::vector<Chunk> layers_[kLayers];
  sf::FloatRect extent_;  // what the layers cover, in metres

  bool texture_allowed_ = true;
  std::unique_ptr<sf::RenderTexture> texture_;  // made when first wanted
  sf::FloatRect texture_area_;   // the part of the room texture_ holds, in metres
  float texture_scale_ = 0.0f;   // its pixels a metre; 0 while it holds nothing
  float tried_scale_ = 0.0f;     // the scale last tried (a room too big isn't tried again each frame)
  float last_scale_ = 0.0f;      // the last frame's scale: the texture waits for a steady zoom
  bool drew_from_texture_ = false;
  std::vector<sf::Vertex> vignette_;
  sf::Vector2u vignette_size_{0, 0};
  bool vignette_contrast_ = false;
  std::vector<sf::Text> labels_;
  std::vector<std::optional<std::pair<float, float>>> last_spots_;  // where each zone's sign went last
  std::vector<ScreenBox> sign_boxes_;
  const sf::Font* label_font_ = nullptr;
  std::uint64_t label_key_ = 0;
};

// The colour each person is drawn in (an Okabe–Ito set, told apart with common colour-vision
// deficiencies), by their index in the campaign.
sf::Color person_colour(int index);

}  // namespace mingle::app
