#pragma once
// A short message over the scene beneath it, closed with Return, Escape or its button.
#include "app/scenes/scene.h"

#include <string>

namespace mingle::app {

class App;

class NoticeScene : public Scene {
 public:
  NoticeScene(App& app, std::string heading, std::string text);
  bool handle_event(const sf::Event& event) override;
  void ui() override;

 private:
  App& app_;
  std::string heading_, text_;
};

}  // namespace mingle::app
