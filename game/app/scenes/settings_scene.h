#pragma once
// Settings: panel and text size (UI scale), fullscreen, volume and mute, practice mode, high
// contrast and reduced motion, and the key bindings shown for reference. Changes apply at once
// and are saved to ~/.config/mingle/settings.yaml. Mouse or keyboard: Up/Down pick a row (it
// is marked), Left/Right change it, Space or Return ticks a box, Esc goes back.
#include "app/scenes/scene.h"
#include "core/settings/settings.h"

namespace mingle::app {

class App;

class SettingsScene : public Scene {
 public:
  explicit SettingsScene(App& app);
  bool handle_event(const sf::Event& event) override;
  void ui() override;

 private:
  enum Row { kUiScale, kTextScale, kFullscreen, kVolume, kMute, kPractice, kContrast, kMotion, kBack, kRows };
  void step(int row, int direction);  // Left/Right (-1/+1), or Space/Return (0)
  void apply();
  App& app_;
  Settings edited_;
  int row_ = 0;
  bool scroll_to_row_ = false;
  bool unsaved_ = false;
};

}  // namespace mingle::app
