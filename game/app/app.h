#pragma once
// The windowed front-end: owns the SFML window, the fixed-timestep loop and the scene stack.
//
// The loop simulates in fixed steps of kStep seconds (accumulating real time, capped so a
// stall cannot spiral) and renders once per frame with the leftover fraction as alpha, so
// game time never depends on the frame rate.
#include "app/imgui_sfml.h"
#include "app/scene.h"
#include "app/sound.h"
#include "core/settings/settings.h"

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RenderWindow.hpp>

#include <filesystem>
#include <string>

namespace mingle::app {

struct GuiOptions {
  std::filesystem::path data_dir;       // holds assets/ and dialogues/
  std::filesystem::path settings_file;  // where the player's settings are kept
  unsigned width = 1280;
  unsigned height = 720;
};

// True when a display is available for a window (X11 or Wayland).
bool display_available();

// Opens the window and runs until the player quits, the window closes or a quit signal
// arrives. Returns the process exit code (0 on every orderly exit).
int run_gui(const GuiOptions& options);

class App {
 public:
  static constexpr float kStep = 1.0f / 60.0f;
  static constexpr const char* kWindowTitle = "Mingle";

  explicit App(const GuiOptions& options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  int run();
  void request_quit() { quit_requested_ = true; }

  SceneStack& scenes() { return scenes_; }
  sf::RenderWindow& window() { return window_; }
  const imgui_sfml::Fonts& fonts() const { return fonts_; }
  const sf::Font& title_font() const { return title_font_; }
  bool has_title_font() const { return has_title_font_; }
  const GuiOptions& options() const { return options_; }

  SoundBoard& sound() { return sound_; }
  const Settings& settings() const { return settings_; }
  // Applies new settings at once and, if asked, saves them; a failed save is reported on
  // stderr and never stops the game.
  void change_settings(const Settings& settings, bool save);

 private:
  void handle_events();

  GuiOptions options_;
  sf::RenderWindow window_;
  imgui_sfml::Fonts fonts_;
  sf::Font title_font_;
  bool has_title_font_ = false;
  SceneStack scenes_;
  bool quit_requested_ = false;
  Settings settings_;
  SoundBoard sound_;
};

}  // namespace mingle::app
