#pragma once
// A vertical menu's state, apart from drawing: which item is selected, which are enabled, and
// what a key or a pointer does to it. Keeping it free of SFML and ImGui lets tests drive it.
#include <string>
#include <vector>

namespace mingle::app {

struct MenuItem {
  std::string id;     // what the owner switches on when the item is activated
  std::string label;  // what the player reads
  bool enabled = true;
  std::string why_disabled;  // shown beside a disabled item
};

class Menu {
 public:
  explicit Menu(std::vector<MenuItem> items);

  const std::vector<MenuItem>& items() const { return items_; }
  int selected() const { return selected_; }
  const MenuItem& selected_item() const { return items_[static_cast<std::size_t>(selected_)]; }

  // Move the selection by one, skipping disabled items and wrapping at the ends.
  void move_up() { step(-1); }
  void move_down() { step(+1); }
  // The pointer rests on item i: select it if it is enabled.
  void hover(int i);
  void set_enabled(const std::string& id, bool enabled, std::string why = {});

 private:
  void step(int direction);
  std::vector<MenuItem> items_;
  int selected_ = 0;
};

}  // namespace mingle::app
