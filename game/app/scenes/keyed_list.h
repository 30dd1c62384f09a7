#pragma once
// A list of buttons the keyboard can reach (issue 22): each entry keeps the number it was first
// shown with for as long as the screen is open (pressing "1" twice never does two different
// things: an entry done or gone leaves its number unused), Up/Down walk every entry however
// many there are, and Return acts on the one selected. The screen's own last button (Go on)
// is the default selection, so Return still means what it says there until the player moves.
// No window, so it is tested without one (tests/app/keyed_list_test.cpp).
#include <map>
#include <string>
#include <vector>

namespace mingle::app {

class KeyedList {
 public:
  static constexpr int kDefault = -1;  // the screen's own button (Go on) is selected

  // This frame's entries that can be acted on, in order, by a key that names each one for
  // the whole screen (its command). Keeps the selection on the same entry when others come
  // and go; when the selected one goes, the selection moves to the entry now in its place.
  void show(const std::vector<std::string>& keys);
  // The number shown for `key` (1, 2, ...), fixed the first time it is shown.
  int number(const std::string& key);
  // The entry with number n, or "" when none is on screen with that number.
  std::string by_number(int n) const;

  void move_down();  // the next entry; from the last, the default; from the default, the first
  void move_up();
  // The selected entry's key, or "" for the default.
  std::string selected() const;
  bool is_selected(const std::string& key) const { return !key.empty() && key == selected(); }

 private:
  std::map<std::string, int> numbers_;
  int next_ = 1;
  std::vector<std::string> shown_;
  int selected_ = kDefault;  // place in shown_
};

}  // namespace mingle::app
