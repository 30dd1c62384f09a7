#pragma once
// Draws the people in the room (see people_painter.cpp). The scene gathers what one frame needs
// into a PeopleFrame; nothing here changes the game.
#include "app/crowd.h"
#include "core/scenario/model.h"
#include "core/sim/views.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <string>

namespace mingle::app {

struct PeopleFrame {
  const Event& event;
  const Crowd& crowd;
  const sim::RoomView& room;
  room::Vec2 player;          // where to draw the player this frame (interpolated)
  std::string player_name;
  float zoom = 1.0f;
  const sf::Font* font = nullptr;
  std::string target;         // the person E would talk to: ringed ("" when none)
  std::string reaction;       // rises above reaction_person while reaction_timer > 0
  std::string reaction_person;
  float reaction_timer = 0.0f;
};

void paint_people(sf::RenderTarget& target, const PeopleFrame& frame);

}  // namespace mingle::app
