#pragma once
// Settings: panel and text size, volume and mute, practice mode, and the key bindings shown
// for reference. Changes apply at once and are saved to ~/.config/mingle/settings.yaml.
#include "app/scene.h"
#include "core/settings/settings.h"

namespace mingle::app {

class App;

class SettingsScene : public Scene {
 public:
  explicit SettingsScene(App& app);
  bool handle_event(const sf::Event& event) override;
  void ui() override;

 private:
  App& app_;
  Settings edited_;
  bool unsaved_ = false;
};

}  // namespace mingle::app
