#include "app/scenes/keyed_list.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using mingle::app::KeyedList;

TEST_CASE("an entry keeps its number while the screen is open, even as others are done") {
  KeyedList list;
  list.show({"follow-up ana", "follow-up ben", "invite ana coffee"});
  CHECK(list.number("follow-up ana") == 1);
  CHECK(list.number("invite ana coffee") == 3);
  CHECK(list.by_number(1) == "follow-up ana");
  // "1" was pressed: Ana's follow-up is done and its button goes; nobody takes its number.
  list.show({"follow-up ben", "invite ana coffee"});
  CHECK(list.by_number(1).empty());
  CHECK(list.by_number(2) == "follow-up ben");
  CHECK(list.by_number(3) == "invite ana coffee");
  // Something new (an invitation now on offer) takes a number never used on this screen.
  list.show({"follow-up ben", "invite ana coffee", "invite ana lunch"});
  CHECK(list.number("invite ana lunch") == 4);
}

TEST_CASE("arrows reach every entry, past the ninth, and come round to the default") {
  KeyedList list;
  std::vector<std::string> keys;
  for (int i = 0; i < 12; ++i) keys.push_back("invite p" + std::to_string(i) + " coffee");
  list.show(keys);
  CHECK(list.selected().empty());  // the default (Go on) first
  for (int i = 0; i < 12; ++i) {
    list.move_down();
    CHECK(list.selected() == keys[static_cast<std::size_t>(i)]);
  }
  CHECK(list.number(list.selected()) == 12);
  list.move_down();
  CHECK(list.selected().empty());  // round to the default
  list.move_up();
  CHECK(list.selected() == keys.back());
}

TEST_CASE("the selection stays on its entry when another goes, and moves on when its own goes") {
  KeyedList list;
  list.show({"a", "b", "c"});
  list.move_down();
  list.move_down();
  CHECK(list.selected() == "b");
  list.show({"b", "c"});  // "a" was done
  CHECK(list.selected() == "b");
  CHECK(list.is_selected("b"));
  list.show({"c"});  // "b" itself was done: the one now in its place
  CHECK(list.selected() == "c");
  list.show({});
  CHECK(list.selected().empty());
  list.move_down();  // nothing to move to
  CHECK(list.selected().empty());
}
