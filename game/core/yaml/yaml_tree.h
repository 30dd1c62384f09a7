#pragma once
// Reading one YAML file safely into a small tree that keeps the position of every value.
//
// yaml-cpp's own Node API is not used for authored files because it hides what the checker
// must see: it keeps one of two duplicate keys silently, expands aliases (an alias bomb grows
// exponentially), and recurses without a useful limit. Instead the file is checked as bytes
// (size, NUL and control characters, UTF-8), then fed to yaml-cpp's *event* parser, which
// builds this tree and stops at the first anchor, alias, tag, second document or excessive
// depth. Whatever goes wrong becomes a Diagnostic naming the file, line and column.
#include "core/diag/diagnostic.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mingle {

struct YamlLimits {
  std::size_t max_file_bytes = 1024 * 1024;  // 1 MiB: far above any hand-written scenario file
  int max_depth = 32;                         // maps and lists inside each other
};

struct YNode {
  enum class Kind { Null, Scalar, Seq, Map };
  Kind kind = Kind::Null;
  std::string text;     // the scalar's text (Scalar only)
  bool quoted = false;  // written in quotes or as a block (| or >): always text, never a number
  SourcePos pos;
  // Seq: the items. Map: keys and values alternate (key0, value0, key1, value1, …), in the
  // order written, duplicates included — the checker reports them.
  std::vector<YNode> children;

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_seq() const { return kind == Kind::Seq; }
  bool is_map() const { return kind == Kind::Map; }
  std::size_t map_size() const { return children.size() / 2; }
  const YNode& key(std::size_t i) const { return children[2 * i]; }
  const YNode& value(std::size_t i) const { return children[2 * i + 1]; }
};

// "a list", "a mapping (key: value pairs)", "the text 'abc'", "nothing" — for messages that say
// what was found instead of what was expected.
std::string describe(const YNode& node);

// Reads and parses the file at `path`; `display` is the name used in diagnostics. Returns
// nothing when the file could not be read or parsed (the reasons are in diags). An empty
// file, or one holding only comments, returns a Null node.
std::optional<YNode> read_yaml_file(const std::filesystem::path& path, const std::string& display,
                                    const YamlLimits& limits, Diagnostics& diags);

// The same for text already in memory (tests, and the file reader above).
std::optional<YNode> parse_yaml_text(std::string text, const std::string& display,
                                     const YamlLimits& limits, Diagnostics& diags);

}  // namespace mingle
