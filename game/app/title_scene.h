#pragma once
#include "net/workshop_session.h"
// The title screen: the game's name over a warm, softly moving room, and the main menu
// (New game, Continue, Settings, Quit), usable with the keyboard (Up/Down or W/S, Return or
// Space) and the mouse (hover to select, click to activate).
#include "app/menu.h"
#include "app/scene.h"

namespace mingle::app {

class App;

// Where the menu's items sit in a window of the given size, so tests and the drawing agree.
struct TitleLayout {
  static constexpr float kItemWidth = 360.0f;
  static constexpr float kItemHeight = 50.0f;
  static constexpr float kItemPitch = 60.0f;
  float menu_left = 0, menu_top = 0;
  static TitleLayout for_window(float width, float height) {
    return {width * 0.5f - kItemWidth * 0.5f, height * 0.47f};
  }
};

class TitleScene : public Scene {
 public:
  explicit TitleScene(App& app);
  bool handle_event(const sf::Event& event) override;
  void update(float dt) override;
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;

 private:
  void activate(const std::string& id);
  void workshop_panel();
  App& app_;
  Menu menu_;
  float time_ = 0.0f, previous_time_ = 0.0f;
  std::vector<net::PastRun> past_;  // read once, when the title first shows
  bool past_loaded_ = false;
};

}  // namespace mingle::app
