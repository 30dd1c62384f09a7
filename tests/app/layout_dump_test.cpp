// The layout dump's line (app/layout/layout_dump.h): the fields the GUI test reads, valid JSON
// whatever a name holds.
#include "app/layout/layout_dump.h"

#include <doctest/doctest.h>

using mingle::app::layout_json_line;
using mingle::app::LayoutFrame;
using mingle::app::LayoutRect;

TEST_CASE("a frame's line holds its number, scale and each rectangle") {
  LayoutRect badge{"badge", 10.25f, 20, 150, 40, false, "Ada Lovelace"};
  LayoutRect panel{"panel", 0, 0, 1280, 60, true, "##hud"};
  const std::string line = layout_json_line(7, 1.5f, {badge, panel});
  CHECK(line ==
        "{\"frame\": 7, \"scale\": 1.5, \"rects\": ["
        "{\"kind\": \"badge\", \"x\": 10.3, \"y\": 20, \"w\": 150, \"h\": 40, \"clipped\": false, \"text\": \"Ada Lovelace\"}, "
        "{\"kind\": \"panel\", \"x\": 0, \"y\": 0, \"w\": 1280, \"h\": 60, \"clipped\": true, \"text\": \"##hud\"}]}");
}

TEST_CASE("words inside a panel name it (\"in\"); the room's words have no such field") {
  LayoutRect row{"text", 500, 300, 120, 24, false, "Resume", "##pause"};
  const std::string line = layout_json_line(3, 1.0f, {row});
  CHECK(line.find("\"clipped\": false, \"text\": \"Resume\", \"in\": \"##pause\"}") != std::string::npos);
  CHECK(layout_json_line(3, 1.0f, {{"badge", 0, 0, 1, 1, false, "Ada"}}).find("\"in\"") == std::string::npos);
}

TEST_CASE("quotes, backslashes and control characters in a name are escaped; UTF-8 passes whole") {
  const std::string line = layout_json_line(1, 1.0f, {{"text", 0, 0, 1, 1, false, "a\"b\\c\nd\x01 Zoë"}});
  CHECK(line.find("\"a\\\"b\\\\c\\nd\\u0001 Zoë\"") != std::string::npos);
}

TEST_CASE("a frame that is off keeps nothing") {
  LayoutFrame f;
  f.add({"text", 0, 0, 1, 1, false, "x"});
  CHECK(f.rects().empty());
  f.enable(true);
  f.add({"text", 0, 0, 1, 1, false, "x"});
  CHECK(f.rects().size() == 1);
}
