#include "app/scenes/input_gate.h"

#include <algorithm>

namespace mingle::app {

void InputGate::opened() {
  quiet_ = kSettle;
  spent_ = down_;
}

void InputGate::tick(float dt) { quiet_ = std::max(0.0f, quiet_ - dt); }

bool InputGate::pass(const sf::Event& event) {
  switch (event.type) {
    case sf::Event::KeyPressed: {
      const int k = static_cast<int>(event.key.code);
      down_.insert(k);
      return quiet_ <= 0.0f && !spent_.count(k);
    }
    case sf::Event::KeyReleased:
      down_.erase(static_cast<int>(event.key.code));
      spent_.erase(static_cast<int>(event.key.code));
      return true;
    case sf::Event::TextEntered:
    case sf::Event::MouseButtonPressed:
    case sf::Event::MouseWheelScrolled:
      return quiet_ <= 0.0f;
    default:
      return true;
  }
}

}  // namespace mingle::app
