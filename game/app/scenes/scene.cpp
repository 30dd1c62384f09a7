#include "app/scenes/scene.h"

namespace mingle::app {

void SceneStack::push(std::unique_ptr<Scene> scene) {
  pending_.push_back({Request::Kind::Push, std::move(scene)});
}

void SceneStack::pop() { pending_.push_back({Request::Kind::Pop, nullptr}); }

void SceneStack::replace(std::unique_ptr<Scene> scene) {
  pending_.push_back({Request::Kind::Replace, std::move(scene)});
}

void SceneStack::reset(std::unique_ptr<Scene> scene) {
  pending_.push_back({Request::Kind::Reset, std::move(scene)});
}

void SceneStack::apply_pending() {
  // Requests made while applying (a scene's constructor pushing another) wait for next frame.
  std::vector<Request> requests;
  requests.swap(pending_);
  for (auto& r : requests) {
    switch (r.kind) {
      case Request::Kind::Push: scenes_.push_back(std::move(r.scene)); break;
      case Request::Kind::Pop:
        if (!scenes_.empty()) scenes_.pop_back();
        break;
      case Request::Kind::Replace:
        if (!scenes_.empty()) scenes_.pop_back();
        scenes_.push_back(std::move(r.scene));
        break;
      case Request::Kind::Reset:
        while (!scenes_.empty()) scenes_.pop_back();  // top first, as a pop would
        scenes_.push_back(std::move(r.scene));
        break;
    }
  }
}

void SceneStack::draw(sf::RenderWindow& window, float alpha) {
  for (auto& s : scenes_) s->draw(window, alpha);
}

}  // namespace mingle::app
