#include "app/scenes/keyed_list.h"

#include <algorithm>

namespace mingle::app {

void KeyedList::show(const std::vector<std::string>& keys) {
  const std::string was = selected();
  for (const auto& k : keys) number(k);
  if (selected_ != kDefault) {
    const auto it = std::find(keys.begin(), keys.end(), was);
    if (it != keys.end()) selected_ = static_cast<int>(it - keys.begin());
    else if (keys.empty()) selected_ = kDefault;
    else selected_ = std::min(selected_, static_cast<int>(keys.size()) - 1);
  }
  shown_ = keys;
}

int KeyedList::number(const std::string& key) {
  const auto it = numbers_.find(key);
  if (it != numbers_.end()) return it->second;
  numbers_[key] = next_;
  return next_++;
}

std::string KeyedList::by_number(int n) const {
  for (const auto& k : shown_) {
    const auto it = numbers_.find(k);
    if (it != numbers_.end() && it->second == n) return k;
  }
  return {};
}

void KeyedList::move_down() {
  if (shown_.empty()) return;
  if (selected_ == kDefault) selected_ = 0;
  else if (selected_ + 1 >= static_cast<int>(shown_.size())) selected_ = kDefault;
  else ++selected_;
}

void KeyedList::move_up() {
  if (shown_.empty()) return;
  if (selected_ == kDefault) selected_ = static_cast<int>(shown_.size()) - 1;
  else if (selected_ == 0) selected_ = kDefault;
  else --selected_;
}

std::string KeyedList::selected() const {
  if (selected_ == kDefault || selected_ >= static_cast<int>(shown_.size())) return {};
  return shown_[static_cast<std::size_t>(selected_)];
}

}  // namespace mingle::app
