#pragma once
#include "net/workshop_session.h"
// The title screen: the game's name over a warm, softly moving room, and the main menu
// (New game, Continue, Settings, Quit), usable with the keyboard (Up/Down or W/S, Return or
// Space) and the mouse (hover to select, click to activate).
#include "app/scenes/menu.h"
#include "app/scenes/scene.h"

namespace mingle::app {

class App;

// Where the menu's items sit in a window of the given size, so tests and the drawing agree.
struct TitleLayout {
  static constexpr float kItemWidth = 360.0f;  // at UI scale 1
  static constexpr float kItemHeight = 50.0f;
  static constexpr float kItemPitch = 60.0f;
  static constexpr int kItems = 4;
  float menu_left = 0, menu_top = 0;
  float item_width = kItemWidth, item_height = kItemHeight, item_pitch = kItemPitch;
  // At UI scale 1 in a 1280x720 window the menu starts at 0.47 of the height; bigger panels
  // move it up as far as needed to stay clear of the footer.
  static TitleLayout for_window(float width, float height, float scale = 1.0f) {
    TitleLayout l;
    l.item_width = kItemWidth * scale;
    l.item_height = kItemHeight * scale;
    l.item_pitch = kItemPitch * scale;
    const float menu_height = l.item_pitch * (kItems - 1) + l.item_height;
    const float footer = 64.0f * scale + 14.0f;
    l.menu_left = width * 0.5f - l.item_width * 0.5f;
    l.menu_top = height * 0.47f;
    if (l.menu_top + menu_height > height - footer) l.menu_top = height - footer - menu_height;
    return l;
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
  std::string saved_player_;  // in a workshop: whose the saved game is
};

}  // namespace mingle::app
