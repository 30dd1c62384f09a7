#pragma once
// Starting a game: the player's name, and what to play: the bundled campaign, one of its
// events, or a scenario folder of the facilitator's own. Mistakes in a chosen folder are shown
// here, with file and line, instead of starting a broken game.
#include "app/scenes/scene.h"
#include "net/workshop_session.h"

#include <string>
#include <vector>

namespace mingle::app {

class App;

class NewGameScene : public Scene {
 public:
  explicit NewGameScene(App& app);
  bool handle_event(const sf::Event& event) override;
  void ui() override;

 private:
  void start();
  void own_past_runs(float room);
  App& app_;
  char name_[64] = {};
  char folder_[512] = {};
  int choice_ = 0;  // index into options_, or options_.size() for "a folder of my own"
  std::vector<std::pair<std::string, std::string>> options_;  // label, path
  std::vector<std::string> problems_;
  bool focus_name_ = true;
  std::string past_for_ = "\n";  // the name past_ was read for (none yet)
  std::vector<net::PastRun> past_;
  float list_h_ = 0.0f;  // the past runs' height, and everything else's, in the last frame
  float rest_h_ = 0.0f;
};

}  // namespace mingle::app
