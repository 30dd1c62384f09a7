#pragma once
// The season in review, after the last event's weeks: each event's scores beside the running
// totals, every relationship's path over the year, the ideas met and where, what was found and
// who helped, and three things to take into the next real event (core/sim/season.h).
#include "app/scenes/between_pause.h"
#include "app/game_session.h"
#include "app/scenes/scene.h"
#include "core/sim/season.h"

#include <memory>

namespace mingle::app {

class App;

class SeasonScene : public Scene {
 public:
  SeasonScene(App& app, std::shared_ptr<GameSession> session);
  bool handle_event(const sf::Event& event) override;  // Return: back to the title
  void draw(sf::RenderWindow& window, float alpha) override;
  void ui() override;

 private:
  App& app_;
  std::shared_ptr<GameSession> session_;
  sim::SeasonReview view_;
  BetweenPause pause_;
  bool first_frame_ = true;
};

}  // namespace mingle::app
