#include "core/util/text_cut.h"

#include <doctest/doctest.h>

#include <string>

TEST_CASE("short texts are shown whole; long ones are cut on a character boundary with an ellipsis") {
  CHECK(mingle::cut_text("hello") == "hello");
  CHECK(mingle::cut_text(std::string(20000, 'x')).size() == mingle::kMaxShownTextBytes + 3);
  // "é" is two bytes: a cut that would fall inside it steps back before it.
  const std::string cut = mingle::cut_text("ab\xC3\xA9" "cd", 3);
  CHECK(cut == "ab\xE2\x80\xA6");
  CHECK(mingle::cut_text("abcdef", 6) == "abcdef");
}
