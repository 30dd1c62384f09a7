#pragma once
// Scenes (title, settings, the room, the debrief…) live on a stack. A scene may ask for a push,
// a pop or a replacement at any time; the stack applies the request after the frame, so a
// scene is never destroyed while one of its own functions is running.
#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/Window/Event.hpp>

#include <memory>
#include <vector>

namespace mingle::app {

class App;

class Scene {
 public:
  virtual ~Scene() = default;
  // A window event the UI did not take. Return true if the scene used it.
  virtual bool handle_event(const sf::Event&) { return false; }
  // One fixed simulation step of dt seconds.
  virtual void update(float /*dt*/) {}
  // Draw the world with SFML; alpha in [0,1) is how far we are between two updates.
  virtual void draw(sf::RenderWindow&, float /*alpha*/) {}
  // Build this frame's ImGui panels.
  virtual void ui() {}
};

class SceneStack {
 public:
  void push(std::unique_ptr<Scene> scene);
  void pop();
  void replace(std::unique_ptr<Scene> scene);
  void reset(std::unique_ptr<Scene> scene);  // everything goes; this scene alone remains
  void apply_pending();  // called by the loop once the frame is done

  Scene* top() const { return scenes_.empty() ? nullptr : scenes_.back().get(); }
  bool empty() const { return scenes_.empty(); }
  // Draws every scene bottom to top, so a pause menu shows the room behind it.
  void draw(sf::RenderWindow& window, float alpha);

 private:
  std::vector<std::unique_ptr<Scene>> scenes_;
  struct Request {
    enum class Kind { Push, Pop, Replace, Reset } kind;
    std::unique_ptr<Scene> scene;
  };
  std::vector<Request> pending_;
};

}  // namespace mingle::app
