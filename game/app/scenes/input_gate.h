#pragma once
// One key, one action (issue 22): a screen that has just opened takes no key or click for its
// first moment (a double Return cannot skip it unread), and the key that opened it is spent:
// held down, its repeats do nothing here until it is let go and pressed again. The app passes
// every window event through the gate before the top scene sees it. No window, so it is tested
// without one (tests/app/input_gate_test.cpp).
#include <SFML/Window/Event.hpp>

#include <set>

namespace mingle::app {

class InputGate {
 public:
  static constexpr float kSettle = 0.25f;  // seconds a new screen ignores keys and clicks

  // A new screen is on top (pushed, replaced, or uncovered by a pop).
  void opened();
  void tick(float dt);
  // Whether the top scene gets this event. Key releases always pass (and un-spend the key);
  // mouse moves pass, so hover stays true.
  bool pass(const sf::Event& event);
  bool settling() const { return quiet_ > 0.0f; }

 private:
  float quiet_ = 0.0f;
  std::set<int> down_;   // keys down now, as the events said
  std::set<int> spent_;  // keys that were down when the screen opened
};

}  // namespace mingle::app
