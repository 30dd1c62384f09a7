#pragma once
// Draws the people in the room (see people_painter.cpp). The scene gathers what one frame needs
// into a PeopleFrame; nothing here changes the game. Figures, markers and badges are drawn in a
// few batched vertex arrays kept between frames (a crowd of hundreds stays a handful of draw
// calls), and each badge's text is laid out once and kept until it changes.
#include "app/layout/camera.h"
#include "app/layout/crowd.h"
#include "core/scenario/model.h"
#include "core/sim/views.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderTarget.hpp>

#include <string>
#include <utility>
#include <vector>

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
  // Filled by the scene after the braces above (settings and the panels' room on screen).
  bool reduced_motion = false;  // no bob, sway, gestures, rotating speech cues or rising text
  bool high_contrast = false;   // strong outlines on figures, markers and badges
  float ui_scale = 1.0f;        // badges grow with the panels (ui_scale x text_scale)
  std::vector<ScreenBox> reserved;  // window pixels: the panels and zone signs no word may cover
  float bottom_inset = 0.0f;    // pixels the prompt covers at the bottom: no badge goes there
  float clock = 0.0f;           // seconds in the room, for idle gestures and who speaks in a group
};

void paint_people(sf::RenderTarget& target, const PeopleFrame& frame);

// Figures on their own, outside a room (the title screen's guests): each drawn as in the room,
// its look from `person` (so from its id), standing at `pos` in the target's current view,
// whose units are metres. They face `facing`, sway and gesture in company unless motion is
// reduced; `clock` is seconds.
struct LoneFigure {
  const Person* person = nullptr;
  room::Vec2 pos;
  room::Vec2 facing{0.0f, 1.0f};
  float phase = 0.0f;
};
void paint_figures(sf::RenderTarget& target, const std::vector<LoneFigure>& figures, float clock, bool reduced_motion,
                   bool high_contrast);

// Whose figure or badge the last frame drew at this point of the room ("" when nobody's), so a
// click on someone's head or badge means them, not the floor beside them.
std::string drawn_person_at(room::Vec2 point);

}  // namespace mingle::app
