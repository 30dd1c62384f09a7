#include "app/scenes/menu.h"

namespace mingle::app {

Menu::Menu(std::vector<MenuItem> items) : items_(std::move(items)) {
  if (!items_.empty() && !items_[0].enabled) step(+1);
}

void Menu::step(int direction) {
  const int n = static_cast<int>(items_.size());
  for (int k = 1; k <= n; ++k) {
    const int i = ((selected_ + direction * k) % n + n) % n;
    if (items_[static_cast<std::size_t>(i)].enabled) {
      selected_ = i;
      return;
    }
  }
}

void Menu::hover(int i) {
  if (i >= 0 && i < static_cast<int>(items_.size()) && items_[static_cast<std::size_t>(i)].enabled)
    selected_ = i;
}

void Menu::set_enabled(const std::string& id, bool enabled, std::string why) {
  for (auto& item : items_) {
    if (item.id == id) {
      item.enabled = enabled;
      item.why_disabled = enabled ? std::string{} : std::move(why);
    }
  }
  if (!items_[static_cast<std::size_t>(selected_)].enabled) step(+1);
}

}  // namespace mingle::app
