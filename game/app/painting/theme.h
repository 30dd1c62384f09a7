#pragma once
// The game's look in one place: the palette (warm, golden-hour colours, chosen so that no two
// meanings rely on red versus green alone) and the font files.
#include <SFML/Graphics/Color.hpp>
#include <imgui.h>

#include <filesystem>

namespace mingle::app::theme {

// Background and surfaces
inline const sf::Color kWall{46, 36, 42};
inline const sf::Color kPanel{66, 52, 60};  // panels sit a shade above the walls
inline const sf::Color kFloorDark{150, 105, 70};
inline const sf::Color kFloorLight{178, 128, 86};
inline const sf::Color kCarpet{92, 70, 110};
inline const sf::Color kGlow{255, 196, 120};
// A colour darker (k < 1) or lighter (k > 1), each channel held to 0..255; alpha kept. The
// room's and the people's painters both shade with this one.
inline sf::Color shade(sf::Color c, float k) {
  auto f = [k](sf::Uint8 v) {
    const float x = static_cast<float>(v) * k;
    return static_cast<sf::Uint8>(x < 0.0f ? 0.0f : x > 255.0f ? 255.0f : x);
  };
  return {f(c.r), f(c.g), f(c.b), c.a};
}
// Text
inline const sf::Color kInk{250, 240, 226};
inline const sf::Color kInkSoft{222, 202, 180};
// Accents (blue/orange pairs are distinguishable by the common colour-vision deficiencies)
inline const sf::Color kAccent{255, 170, 70};
inline const sf::Color kAccentCool{86, 160, 220};

// DejaVu Sans from Debian's fonts-dejavu-core; empty if it is not installed.
std::filesystem::path ui_font_file();

// Applies the palette to ImGui's style, scaled by ui_scale. High contrast: white ink on opaque
// black panels, yellow outlines on every frame and button, a strong blue selection.
void apply_imgui_style(float ui_scale, bool high_contrast = false);

// The look the player chose (settings): remembered here so every panel can ask.
void set_look(float ui_scale, bool high_contrast, bool reduced_motion);
float ui_scale();
bool high_contrast();
bool reduced_motion();  // no swaying, pulsing or sliding in the screens and panels
// A length in points at the player's UI scale: panel widths, button sizes, rows.
inline float px(float points) { return points * ui_scale(); }
// A panel's see-through-ness: none in high contrast.
float panel_alpha(float normal);

// Text colours by meaning (each meaning also has words: never colour alone).
ImVec4 heading_text();   // a person's name, a panel's heading
ImVec4 note_text();      // an item received, a hint, an answer to an ask
ImVec4 warning_text();   // time running out
ImVec4 reaction_text();  // how the last thing you said landed
ImVec4 coach_text();     // the coach's note
ImVec4 good_text();      // found what you came for

// Places the next ImGui window in the middle of the screen, opaque; a width or height of 0
// lets it fit its contents. Call before ImGui::Begin.
void next_window_centred(float width, float height = 0.0f);

// The mark beside the selected row of a menu or list, so selection is not told by colour alone.
inline constexpr const char* kSelectedMark = "\u00bb ";  // a right-pointing double angle

}  // namespace mingle::app::theme
