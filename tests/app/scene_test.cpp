#include "app/scenes/scene.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using mingle::app::Scene;
using mingle::app::SceneStack;

namespace {
struct Probe : Scene {
  std::vector<std::string>* log;
  std::string name;
  Probe(std::vector<std::string>* l, std::string n) : log(l), name(std::move(n)) {}
  ~Probe() override { log->push_back("destroyed " + name); }
};
}  // namespace

TEST_CASE("stack changes wait until the frame is done") {
  std::vector<std::string> log;
  SceneStack stack;
  stack.push(std::make_unique<Probe>(&log, "title"));
  CHECK(stack.empty());
  stack.apply_pending();
  REQUIRE(stack.top());
  CHECK(static_cast<Probe*>(stack.top())->name == "title");

  stack.push(std::make_unique<Probe>(&log, "settings"));
  stack.pop();  // pops the pushed one: requests apply in order
  CHECK(log.empty());
  stack.apply_pending();
  CHECK(log == std::vector<std::string>{"destroyed settings"});
  CHECK(static_cast<Probe*>(stack.top())->name == "title");

  stack.replace(std::make_unique<Probe>(&log, "room"));
  stack.apply_pending();
  CHECK(static_cast<Probe*>(stack.top())->name == "room");
  CHECK(log.back() == "destroyed title");
}
