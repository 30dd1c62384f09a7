#include "app/scenes/menu.h"

#include <doctest/doctest.h>

using mingle::app::Menu;

namespace {
Menu title_menu() {
  return Menu({{"new", "New game"},
               {"continue", "Continue", false, "No saved game yet"},
               {"settings", "Settings"},
               {"quit", "Quit"}});
}
}  // namespace

TEST_CASE("moving down skips disabled items and wraps") {
  Menu m = title_menu();
  CHECK(m.selected_item().id == "new");
  m.move_down();
  CHECK(m.selected_item().id == "settings");
  m.move_down();
  CHECK(m.selected_item().id == "quit");
  m.move_down();
  CHECK(m.selected_item().id == "new");
  m.move_up();
  CHECK(m.selected_item().id == "quit");
}

TEST_CASE("hovering selects enabled items only") {
  Menu m = title_menu();
  m.hover(1);
  CHECK(m.selected_item().id == "new");
  m.hover(3);
  CHECK(m.selected_item().id == "quit");
  m.hover(17);
  CHECK(m.selected_item().id == "quit");
}

TEST_CASE("enabling an item makes it reachable; disabling the selected one moves on") {
  Menu m = title_menu();
  m.set_enabled("continue", true);
  m.move_down();
  CHECK(m.selected_item().id == "continue");
  m.set_enabled("continue", false, "gone");
  CHECK(m.selected_item().id == "settings");
  CHECK(m.items()[1].why_disabled == "gone");
}

TEST_CASE("a menu whose first item is disabled starts on the next") {
  Menu m({{"a", "A", false, "no"}, {"b", "B"}});
  CHECK(m.selected_item().id == "b");
}
