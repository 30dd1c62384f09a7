#pragma once
// Settings: the text size, and the key bindings shown for reference. The choice applies for
// this session; saving settings to ~/.config/mingle, fullscreen and volume come with the
// game screens and sound.
#include "app/scene.h"

namespace mingle::app {

class App;

class SettingsScene : public Scene {
 public:
  explicit SettingsScene(App& app);
  bool handle_event(const sf::Event& event) override;
  void ui() override;

 private:
  App& app_;
  float ui_scale_ = 1.0f;
};

}  // namespace mingle::app
