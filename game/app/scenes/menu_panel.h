#pragma once
// Draws a Menu as a column of large selectable rows inside the current ImGui window, starting
// at `origin` (screen coordinates), and returns the id of a row clicked this frame (or "").
// Hovering a row selects it once the pointer has moved, so the keyboard and the mouse can take
// turns without fighting.
#include "app/scenes/menu.h"

#include <imgui.h>

#include <string>

namespace mingle::app {

struct MenuRows {
  float width = 360.0f;
  float height = 50.0f;
  float pitch = 60.0f;  // from one row's top to the next
};

std::string menu_panel(Menu& menu, ImVec2 origin, const MenuRows& rows);

}  // namespace mingle::app
