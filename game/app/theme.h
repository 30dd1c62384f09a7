#pragma once
// The game's look in one place: the palette (warm, golden-hour colours, chosen so that no two
// meanings rely on red versus green alone) and the font files.
#include <SFML/Graphics/Color.hpp>

#include <filesystem>

namespace mingle::app::theme {

// Background and surfaces
inline const sf::Color kWall{46, 36, 42};
inline const sf::Color kPanel{66, 52, 60};  // panels sit a shade above the walls
inline const sf::Color kFloorDark{150, 105, 70};
inline const sf::Color kFloorLight{178, 128, 86};
inline const sf::Color kCarpet{92, 70, 110};
inline const sf::Color kGlow{255, 196, 120};
// Text
inline const sf::Color kInk{250, 240, 226};
inline const sf::Color kInkSoft{222, 202, 180};
// Accents (blue/orange pairs are distinguishable by the common colour-vision deficiencies)
inline const sf::Color kAccent{255, 170, 70};
inline const sf::Color kAccentCool{86, 160, 220};

// DejaVu Sans from Debian's fonts-dejavu-core; empty if it is not installed.
std::filesystem::path ui_font_file();

// Applies the palette to ImGui's style, scaled by ui_scale.
void apply_imgui_style(float ui_scale);

// Places the next ImGui window in the middle of the screen, opaque; a width or height of 0
// lets it fit its contents. Call before ImGui::Begin.
void next_window_centred(float width, float height = 0.0f);

}  // namespace mingle::app::theme
