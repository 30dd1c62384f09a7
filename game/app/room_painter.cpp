#include "app/room_painter.h"

#include "app/theme.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/VertexArray.hpp>

#include <algorithm>
#include <cctype>
#include <string>
#include <cmath>

namespace mingle::app {
namespace {

sf::Color zone_colour(ZoneKind kind) {
  switch (kind) {
    case ZoneKind::Bar: return {120, 72, 60};
    case ZoneKind::Coffee: return {104, 84, 64};
    case ZoneKind::Buffet: return {96, 110, 78};
    case ZoneKind::Stage: return {70, 62, 96};
    case ZoneKind::Lounge: return {88, 98, 120};
    case ZoneKind::Registration: return {110, 100, 70};
    case ZoneKind::Carpet: return {92, 70, 110};
  }
  return theme::kCarpet;
}

sf::Color furniture_colour(FurnitureKind kind) {
  switch (kind) {
    case FurnitureKind::Plant: return {76, 140, 92};
    case FurnitureKind::Counter: return {86, 56, 40};
    case FurnitureKind::Sofa: return {150, 90, 80};
    case FurnitureKind::Screen: return {40, 44, 56};
    case FurnitureKind::Lectern: return {110, 76, 50};
    default: return {214, 190, 160};  // tables and chairs: light wood
  }
}

void shadowed_rect(sf::RenderTarget& t, const Rect& r, sf::Color fill, sf::Color outline) {
  sf::RectangleShape shadow({r.w, r.h});
  shadow.setPosition(r.x + 0.08f, r.y + 0.12f);
  shadow.setFillColor(sf::Color(0, 0, 0, 70));
  t.draw(shadow);
  sf::RectangleShape s({r.w, r.h});
  s.setPosition(r.x, r.y);
  s.setFillColor(fill);
  s.setOutlineThickness(-0.05f);
  s.setOutlineColor(outline);
  t.draw(s);
}

sf::Color darker(sf::Color c, float k) {
  return {static_cast<sf::Uint8>(c.r * k), static_cast<sf::Uint8>(c.g * k), static_cast<sf::Uint8>(c.b * k), c.a};
}

}  // namespace

sf::Color person_colour(int index) {
  static const sf::Color kPalette[] = {
      {230, 159, 0},   {86, 180, 233}, {0, 158, 115}, {240, 228, 66},
      {0, 114, 178},   {213, 94, 0},   {204, 121, 167}, {170, 170, 170},
  };
  const int n = static_cast<int>(sizeof(kPalette) / sizeof(kPalette[0]));
  return kPalette[((index % n) + n) % n];
}

void paint_room(sf::RenderTarget& t, const Room& room, const sf::Font* font) {
  // Walls: a dark band around the floor.
  sf::RectangleShape wall({room.width + 1.2f, room.height + 1.2f});
  wall.setPosition(-0.6f, -0.6f);
  wall.setFillColor(theme::kWall);
  t.draw(wall);

  // Floorboards, warm at the top (the windows) and deeper further in.
  sf::VertexArray boards(sf::Quads);
  const float board = 0.5f;
  for (int i = 0; board * static_cast<float>(i) < room.height; ++i) {
    const float y0 = board * static_cast<float>(i);
    const float y1 = std::min(room.height, y0 + board - 0.03f);
    const sf::Color c = (i % 2) ? theme::kFloorDark : theme::kFloorLight;
    const float warm = 0.25f * (1.0f - y0 / room.height);
    const sf::Color top{static_cast<sf::Uint8>(c.r + (255 - c.r) * warm),
                        static_cast<sf::Uint8>(c.g + (196 - c.g) * warm),
                        static_cast<sf::Uint8>(c.b + (120 - c.b) * warm)};
    boards.append({{0, y0}, top});
    boards.append({{room.width, y0}, top});
    boards.append({{room.width, y1}, c});
    boards.append({{0, y1}, c});
  }
  t.draw(boards);

  // Zones: rugs with rounded feel (an outline a shade lighter) and a label.
  for (const auto& z : room.zones) {
    const sf::Color c = zone_colour(z.kind);
    sf::RectangleShape rug({z.area.w, z.area.h});
    rug.setPosition(z.area.x, z.area.y);
    rug.setFillColor(sf::Color(c.r, c.g, c.b, 215));
    rug.setOutlineThickness(-0.12f);
    auto lift = [](sf::Uint8 v) { return static_cast<sf::Uint8>(std::min(255, v + 40)); };
    rug.setOutlineColor(sf::Color(lift(c.r), lift(c.g), lift(c.b)));
    t.draw(rug);
    if (font) {
      std::string text = z.label;
      if (text.empty()) {  // "coffee-corner" reads as "Coffee corner"
        text = z.id;
        for (char& ch : text) if (ch == '-') ch = ' ';
        if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
      }
      sf::Text label(sf::String::fromUtf8(text.begin(), text.end()), *font, 32);
      label.setScale(0.011f, 0.011f);  // 32 px glyphs drawn at about a third of a metre
      label.setFillColor(sf::Color(255, 240, 220, 170));
      label.setPosition(z.area.x + 0.2f, z.area.y + 0.12f);
      t.draw(label);
    }
  }

  // Furniture by kind.
  for (const auto& f : room.furniture) {
    const sf::Color c = furniture_colour(f.kind);
    const Rect& r = f.area;
    switch (f.kind) {
      case FurnitureKind::TallTable:
      case FurnitureKind::RoundTable:
      case FurnitureKind::Plant: {
        const float radius = std::min(r.w, r.h) / 2;
        sf::CircleShape shadow(radius);
        shadow.setPosition(r.x + 0.08f, r.y + 0.12f);
        shadow.setFillColor(sf::Color(0, 0, 0, 70));
        t.draw(shadow);
        sf::CircleShape top(radius, 40);
        top.setPosition(r.x, r.y);
        top.setFillColor(c);
        top.setOutlineThickness(-0.06f);
        top.setOutlineColor(darker(c, 0.7f));
        t.draw(top);
        if (f.kind == FurnitureKind::Plant) {  // leaves: a few lighter dots
          for (int k = 0; k < 5; ++k) {
            const float a = static_cast<float>(k) * 1.2566f;
            sf::CircleShape leaf(radius * 0.35f);
            leaf.setOrigin(radius * 0.35f, radius * 0.35f);
            leaf.setPosition(r.x + radius + std::cos(a) * radius * 0.45f, r.y + radius + std::sin(a) * radius * 0.45f);
            leaf.setFillColor(sf::Color(110, 180, 110));
            t.draw(leaf);
          }
        }
        break;
      }
      default:
        shadowed_rect(t, r, c, darker(c, 0.7f));
        break;
    }
  }

  // Doors: a gap of light in the wall.
  for (const auto& e : room.entrances) {
    sf::RectangleShape door;
    const bool horizontal = e.y <= 0.01f || e.y >= room.height - 0.01f;
    door.setSize(horizontal ? sf::Vector2f{1.6f, 0.6f} : sf::Vector2f{0.6f, 1.6f});
    door.setOrigin(door.getSize() * 0.5f);
    door.setPosition(e.x, e.y);
    door.setFillColor(theme::kGlow);
    t.draw(door);
  }
}

}  // namespace mingle::app
