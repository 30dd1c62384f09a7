#pragma once
// Draws a room from its layout (core Room) with shapes: a warm wooden floor, carpeted zones
// with their labels, furniture by kind, doors, and walls with a soft shadow. Coordinates are
// metres; the caller's sf::View maps them to the screen.
#include "core/scenario/model.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

namespace mingle::app {

void paint_room(sf::RenderTarget& target, const Room& room, const sf::Font* font);

// The colour each person is drawn in (an Okabe–Ito set, told apart with common colour-vision
// deficiencies), by their index in the campaign.
sf::Color person_colour(int index);

}  // namespace mingle::app
