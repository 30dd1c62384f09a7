#pragma once
// Our platform layer between SFML 2.5 and Dear ImGui 1.86 (no binding is packaged in Debian).
// It feeds SFML events to ImGuiIO (keys, text, mouse buttons, position, wheel, resize, focus)
// and renders with the OpenGL2 backend that ships inside Debian's libimgui.a.
//
// Contract: call init() once after the window exists, process_event() for every polled event,
// new_frame() once per rendered frame before any ImGui call, render() after the frame's ImGui
// calls, and shutdown() before the window is destroyed.
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <filesystem>

struct ImFont;

namespace mingle::app::imgui_sfml {

struct Fonts {
  ImFont* body = nullptr;   // DejaVu Sans at the body size, or ImGui's own font as fallback
  ImFont* large = nullptr;  // headings; the body font when the TTF could not be loaded
  bool from_system = false; // true when DejaVu Sans was found and loaded
};

// Creates the ImGui context and the OpenGL2 renderer. font_file may be empty or missing: the
// built-in ImGui font is used then, so the UI never goes blank for want of a font.
Fonts init(sf::RenderWindow& window, const std::filesystem::path& font_file, float body_px,
           float large_px);

void process_event(const sf::Event& event);
void new_frame(sf::RenderWindow& window, float dt_seconds);
void render(sf::RenderWindow& window);
void shutdown();

// True when ImGui wants the keyboard or mouse this frame (a text field has focus, or the pointer
// is over a panel): the game then leaves those events to the UI.
bool wants_keyboard();
bool wants_mouse();

}  // namespace mingle::app::imgui_sfml
