#pragma once
// Settings: UI scale, fullscreen, volume, and the key bindings shown for reference.
// (They apply for this session; saving them to ~/.config/mingle comes with the game screens.)
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
  int volume_ = 80;
  bool muted_ = false;
};

}  // namespace mingle::app
