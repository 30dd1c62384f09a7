#pragma once
// The pause menu of the screens between events (debrief, the weeks after, the season in
// review): Esc opens it, and it offers what the room's pause menu offers apart from ending the
// event. The game is saved after every command, so leaving here loses nothing.
#include "app/scenes/menu.h"

#include <SFML/Window/Event.hpp>

namespace mingle::app {

class App;

class BetweenPause {
 public:
  bool open() const { return open_; }
  // Esc opens and closes it; while open, Up/Down and Return choose. True when the event was used
  // (every key is, while it is open, so the screen below gets none).
  bool handle_event(App& app, const sf::Event& event);
  // Draws it over the screen when open; call last in the screen's ui().
  void ui(App& app);

 private:
  void activate(App& app, const std::string& id);
  bool open_ = false;
  Menu menu_{{{"resume", "Back to the results"},
              {"settings", "Settings"},
              {"title", "Save and return to the title"},
              {"quit", "Save and quit"}}};
};

}  // namespace mingle::app
