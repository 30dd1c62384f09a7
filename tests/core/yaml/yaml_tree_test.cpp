#include "core/yaml/yaml_tree.h"

#include <doctest/doctest.h>

using namespace mingle;

namespace {
std::optional<YNode> parse(const std::string& text, Diagnostics& d, YamlLimits limits = {}) {
  return parse_yaml_text(text, "f.yaml", limits, d);
}
}  // namespace

TEST_CASE("the tree keeps 1-based positions, duplicates and whether a scalar was quoted") {
  Diagnostics d;
  auto root = parse("a: 1\nb:\n  - \"x\"\n  - y\na: 2\n", d);
  REQUIRE(root);
  CHECK(d.size() == 0);
  REQUIRE(root->is_map());
  REQUIRE(root->map_size() == 3);  // the duplicate 'a' is kept for the checker to report
  CHECK(root->key(2).text == "a");
  CHECK(root->key(2).pos.line == 5);
  CHECK(root->key(2).pos.column == 1);
  const YNode& list = root->value(1);
  REQUIRE(list.is_seq());
  CHECK(list.children[0].quoted);
  CHECK_FALSE(list.children[1].quoted);
  CHECK(list.children[1].pos.line == 4);
  CHECK(list.children[1].pos.column == 5);
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted") {
  Diagnostics d;
  auto root = parse("\xEF\xBB\xBFname: x\r\nother: y\r\n", d);
  REQUIRE(root);
  CHECK(d.size() == 0);
  CHECK(root->value(0).text == "x");
  CHECK(root->value(1).text == "y");
  CHECK(root->key(1).pos.line == 2);
}

TEST_CASE("empty and comment-only files give a null root") {
  Diagnostics d;
  auto root = parse("# nothing here\n", d);
  REQUIRE(root);
  CHECK(root->is_null());
  CHECK(d.size() == 0);
}

TEST_CASE("what the format forbids is refused with one diagnostic at its place") {
  struct Bad {
    std::string text, code;
    int line, column;
  };
  const Bad bad[] = {
      {"a: &x 1\nb: *x\n", "E0107", 1, 4},
      {"a: !!str 1\n", "E0108", 1, 4},
      {"a: 1\n---\nb: 2\n", "E0109", 2, 1},
      {"a: 1\nb: \x01\n", "E0103", 2, 4},
      {"a: 1\nb: x\xff\n", "E0104", 2, 5},
      {"a: [1, 2\n", "E0105", 2, 1},
      {"a: " + std::string(100, '[') + std::string(100, ']') + "\n", "E0106", 1, 35},
  };
  for (const Bad& b : bad) {
    INFO(b.text);
    Diagnostics d;
    CHECK_FALSE(parse(b.text, d));
    REQUIRE(d.size() == 1);
    CHECK(d.list()[0].code == b.code);
    CHECK(d.list()[0].pos.line == b.line);
    CHECK(d.list()[0].pos.column == b.column);
  }
}

TEST_CASE("a file over the size limit is refused before parsing") {
  Diagnostics d;
  YamlLimits limits;
  limits.max_file_bytes = 10;
  CHECK_FALSE(parse("name: a long enough line\n", d, limits));
  REQUIRE(d.size() == 1);
  CHECK(d.list()[0].code == "E0102");
}

TEST_CASE("an alias bomb is refused at its first anchor, quickly") {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'z'; ++c) {
    const char p = static_cast<char>(c - 1);
    bomb += std::string(1, c) + ": &" + c + " [*" + p + ", *" + p + ", *" + p + ", *" + p + "]\n";
  }
  Diagnostics d;
  CHECK_FALSE(parse(bomb, d));
  CHECK(d.list()[0].code == "E0107");
}

TEST_CASE("columns count characters as an editor does, not bytes") {
  Diagnostics d;
  auto root = parse("x: {é: 1, b: 2}\n", d);
  REQUIRE(root);
  const YNode& map = root->value(0);
  REQUIRE(map.map_size() == 2);
  CHECK(map.key(1).text == "b");
  CHECK(map.key(1).pos.column == 11);  // x : space { é : space 1 , space b

  Diagnostics ascii, accented;
  CHECK_FALSE(parse("a: \"Cafe\" x\n", ascii));
  CHECK_FALSE(parse("a: \"Café\" x\n", accented));
  CHECK(ascii.list()[0].pos.column == accented.list()[0].pos.column);
}

TEST_CASE("a long text in a message is cut at a character boundary") {
  YNode n;
  n.kind = YNode::Kind::Scalar;
  n.text = std::string(39, 'a') + "é and more";  // 'é' spans bytes 39 and 40
  const std::string d = describe(n);
  CHECK(d == "'" + std::string(39, 'a') + "…'");
}
