// The terminal's wrapping (cli/wrap.h): between words at 60, 80 and 120 columns, never inside a
// word, continuation lines indented; checked on every line the golden campaign's run shows.
#include "cli/wrap.h"

#include "golden_run.h"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using mingle::cli::wrap_line;
using mingle::cli::wrap_text;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : s) {
    if (ch == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += ch;
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<std::string> words(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

std::size_t indent_of(const std::string& s) { return s.find_first_not_of(' ') == std::string::npos ? 0 : s.find_first_not_of(' '); }

}  // namespace

TEST_CASE("a line that fits is left alone; a long one breaks between words, indented") {
  CHECK(wrap_line("Short and sweet.", 80) == "Short and sweet.");
  CHECK(wrap_line("anything at all", 0) == "anything at all");
  CHECK(wrap_line("It was a room full of people and promises.", 20) ==
        "It was a room full\n  of people and\n  promises.");
  CHECK(wrap_line("  - You made two new acquaintances this evening.", 30) ==
        "  - You made two new\n    acquaintances this\n    evening.");
  CHECK(wrap_line("  12. Ask what her own year has been like.", 25) == "  12. Ask what her own\n      year has been like.");
  CHECK(wrap_line("  [x] Enjoyment counts: your enjoyment rose.", 30) ==
        "  [x] Enjoyment counts: your\n      enjoyment rose.");
  // A word longer than the line stands alone, whole.
  CHECK(wrap_line("See /a/very/long/path/to/a/results/file.json now", 16) ==
        "See\n  /a/very/long/path/to/a/results/file.json\n  now");
  // Characters, not bytes: "é" and "→" take one column each.
  CHECK(wrap_line("Lucía → café", 12) == "Lucía → café");
  CHECK(wrap_text("one two three\nfour five six", 9) == "one two\n  three\nfour five\n  six");
}

TEST_CASE("the golden campaign wraps at 60, 80 and 120 columns with no word split") {
  const auto lines = mingle::test::golden_campaign_lines(0);  // unwrapped, full debriefs too
  REQUIRE(lines.size() > 100);
  for (const std::size_t width : {60u, 80u, 120u}) {
    CAPTURE(width);
    std::size_t wrapped = 0;
    for (const auto& line : lines) {
      const std::string out = wrap_line(line, width);
      const auto parts = split(out, '\n');
      wrapped += parts.size() > 1;
      // The same words in the same order: nothing split, nothing lost.
      std::vector<std::string> again;
      for (const auto& p : parts)
        for (const auto& w : words(p)) again.push_back(w);
      CHECK(again == words(line));
      for (std::size_t i = 0; i < parts.size(); ++i) {
        CAPTURE(parts[i]);
        // Within the width, unless a single word is longer than the line.
        CHECK((columns(parts[i]) <= width || words(parts[i]).size() == 1));
        if (i > 0) CHECK(indent_of(parts[i]) > indent_of(parts[0]));
        CHECK(parts[i].back() != ' ');
      }
    }
    CHECK(wrapped > 10);
  }
}
