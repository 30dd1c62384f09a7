#pragma once
// The author's tools in the room (for facilitators writing scenarios): live editing
// (app/platform/live_reload.h) with an overlay of the checker's messages when a save has errors, and the
// author panel, opened with F1: the clock, every relationship with its numbers and memories, the
// flags and hints, a jump to any line of any conversation, and for every choice greyed (or
// hidden) at the current line its conditions with the values that made them fail.
#include "app/game_session.h"
#include "app/platform/live_reload.h"

#include <SFML/Window/Event.hpp>

#include <string>

namespace mingle::app {

class AuthorPanel {
 public:
  explicit AuthorPanel(const GameSession& session);

  // F1 opens and closes the panel; returns whether the event was used.
  bool handle_event(const sf::Event& event);
  // Watches the files; true when the content was reloaded (the scene should rebuild its view).
  bool update(float dt, GameSession& session);
  // The error overlay, and the panel when open, docked at the right below `top` (the HUD bar).
  void ui(GameSession& session, float top);

  bool open() const { return open_; }
  static float width();  // pixels the open panel takes at the window's right; 0 when closed

 private:
  void ui_errors();
  void ui_panel(GameSession& session);

  LiveReload reload_;
  static bool open_;  // kept across scenes: a reload rebuilds the room, not the author's layout
  std::string jump_dialogue_;
  std::string message_;
  float top_ = 0.0f;
};

}  // namespace mingle::app
