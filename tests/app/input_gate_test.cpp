#include "app/scenes/input_gate.h"

#include <doctest/doctest.h>

using mingle::app::InputGate;

namespace {
sf::Event key(sf::Event::EventType type, sf::Keyboard::Key code) {
  sf::Event e;
  e.type = type;
  e.key = {};
  e.key.code = code;
  return e;
}
sf::Event press(sf::Keyboard::Key k) { return key(sf::Event::KeyPressed, k); }
sf::Event release(sf::Keyboard::Key k) { return key(sf::Event::KeyReleased, k); }
sf::Event click() {
  sf::Event e;
  e.type = sf::Event::MouseButtonPressed;
  e.mouseButton = {sf::Mouse::Left, 10, 10};
  return e;
}
}  // namespace

TEST_CASE("a new screen ignores keys and clicks for its first moment") {
  InputGate gate;
  CHECK(gate.pass(press(sf::Keyboard::Return)));  // no screen opened yet: nothing held back
  CHECK(gate.pass(release(sf::Keyboard::Return)));
  gate.opened();
  CHECK_FALSE(gate.pass(press(sf::Keyboard::Return)));  // a double Return: the second is dropped
  CHECK(gate.pass(release(sf::Keyboard::Return)));
  CHECK_FALSE(gate.pass(click()));
  gate.tick(InputGate::kSettle * 0.5f);
  CHECK_FALSE(gate.pass(press(sf::Keyboard::Num1)));
  CHECK(gate.pass(release(sf::Keyboard::Num1)));
  gate.tick(InputGate::kSettle);
  CHECK(gate.pass(press(sf::Keyboard::Return)));
  CHECK(gate.pass(click()));
}

TEST_CASE("the key that closed a screen is spent: held down, its repeats do nothing on the next") {
  InputGate gate;
  CHECK(gate.pass(press(sf::Keyboard::Escape)));  // closes the recap ...
  gate.opened();                                   // ... and the room is on top again
  gate.tick(1.0f);
  CHECK_FALSE(gate.pass(press(sf::Keyboard::Escape)));  // a key repeat, long after
  CHECK(gate.pass(press(sf::Keyboard::N)));             // another key acts
  CHECK(gate.pass(release(sf::Keyboard::Escape)));
  CHECK(gate.pass(press(sf::Keyboard::Escape)));  // let go and pressed again: it acts
}
