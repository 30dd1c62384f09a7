#include "core/yaml/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

namespace mingle {
namespace {

// Thrown from inside the event handler to stop yaml-cpp at the first thing the format
// forbids; caught in parse_yaml_text and turned into one diagnostic.
struct Refusal {
  const char* code;
  SourcePos pos;
  std::string message;
  std::string hint;
};

SourcePos pos_of(const YAML::Mark& mark, const std::string& file) {
  // yaml-cpp marks are 0-based and -1 when unknown.
  return {file, mark.line < 0 ? 1 : mark.line + 1, mark.column < 0 ? 1 : mark.column + 1};
}

// yaml-cpp counts columns in bytes; editors count characters. For text with non-ASCII letters
// ("Café", "Mbeki–Okafor") this turns a mark into a character column, in O(1) per mark.
class Columns {
 public:
  explicit Columns(const std::string& text) {
    bool ascii = true;
    for (const char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) return;  // byte columns are character columns
    line_starts_.push_back(0);
    continuation_.reserve(text.size() + 1);
    continuation_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      continuation_.push_back(continuation_.back() + ((c & 0xc0) == 0x80 ? 1u : 0u));
      if (c == '\n') line_starts_.push_back(i + 1);
    }
  }
  SourcePos operator()(const YAML::Mark& mark, const std::string& file) const {
    SourcePos p = pos_of(mark, file);
    if (continuation_.empty() || mark.line < 0 || mark.pos < 0) return p;
    const auto line = static_cast<std::size_t>(mark.line);
    const auto pos = static_cast<std::size_t>(mark.pos);
    if (line >= line_starts_.size() || pos >= continuation_.size() || pos < line_starts_[line])
      return p;
    const std::size_t start = line_starts_[line];
    p.column = static_cast<int>(pos - start - (continuation_[pos] - continuation_[start])) + 1;
    return p;
  }

 private:
  std::vector<std::size_t> line_starts_;
  std::vector<std::uint32_t> continuation_;  // continuation bytes before each offset
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const std::string& file, const std::string& text, int max_depth,
              const Columns& columns)
      : file_(file), text_(text), max_depth_(max_depth), columns_(columns) {}

  std::optional<YNode> root;
  int documents = 0;

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents > 1)
      throw Refusal{"E0109", pos_of(mark),
                    "a second YAML document starts here; a Mingle file holds one",
                    "remove this '---' line (and move what follows into its own file if it is "
                    "needed)"};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    check_anchor(mark, anchor);
    YNode n;
    n.pos = pos_of(mark);
    attach(std::move(n));
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override { refuse_alias(mark); }
  void OnAnchor(const YAML::Mark& mark, const std::string&) override { refuse_alias(mark); }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (tag == "!") check_closed_quote(mark);
    YNode n;
    n.kind = YNode::Kind::Scalar;
    n.text = value;
    n.quoted = tag == "!";  // yaml-cpp gives plain scalars the tag "?" and all others "!"
    n.pos = pos_of(mark);
    attach(std::move(n));
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(YNode::Kind::Seq, mark, tag, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(YNode::Kind::Map, mark, tag, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  void refuse_alias(const YAML::Mark& mark) {
    throw Refusal{"E0107", pos_of(mark),
                  "anchors and aliases ('&name' and '*name') are not allowed in Mingle files",
                  "write the value out in full where it is needed"};
  }
  // yaml-cpp 0.7 accepts a quoted scalar that is never closed, taking the rest of the file
  // into it: everything after would be lost without a word. Look for the closing quote.
  void check_closed_quote(const YAML::Mark& mark) {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= text_.size()) return;
    std::size_t i = static_cast<std::size_t>(mark.pos);
    const char quote = text_[i];
    if (quote != '"' && quote != '\'') return;  // a block scalar (| or >)
    for (++i; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;  // an escape: the next character cannot close the text
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;  // '' is a quote inside single quotes
          continue;
        }
        return;
      }
    }
    throw Refusal{"E0105", pos_of(mark), "YAML syntax: this quote is never closed",
                  "add the closing quote at the end of the text; everything after it would "
                  "otherwise be read as part of the text"};
  }
  void check_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) refuse_alias(mark);
  }
  void check_tag(const YAML::Mark& mark, const std::string& tag) {
    if (tag.empty() || tag == "?" || tag == "!") return;
    throw Refusal{"E0108", pos_of(mark),
                  "the tag '" + tag + "' is not allowed in Mingle files",
                  "remove the tag; if the value starts with '!', put it in quotes"};
  }
  void open(YNode::Kind kind, const YAML::Mark& mark, const std::string& tag,
            YAML::anchor_t anchor) {
    check_anchor(mark, anchor);
    check_tag(mark, tag);
    if (static_cast<int>(stack_.size()) >= max_depth_)
      throw Refusal{"E0106", pos_of(mark),
                    "lists and mappings are nested more than " + std::to_string(max_depth_) +
                        " levels deep here",
                    "a scenario file never needs this much nesting; check for stray '[' or '{'"};
    YNode n;
    n.kind = kind;
    n.pos = pos_of(mark);
    stack_.push_back(std::move(n));
  }
  void close() {
    YNode done = std::move(stack_.back());
    stack_.pop_back();
    attach(std::move(done));
  }
  void attach(YNode n) {
    if (stack_.empty()) root = std::move(n);
    else stack_.back().children.push_back(std::move(n));
  }

  SourcePos pos_of(const YAML::Mark& mark) const { return columns_(mark, file_); }

  std::string file_;
  const std::string& text_;
  int max_depth_;
  const Columns& columns_;
  std::vector<YNode> stack_;
};

// Whether a tab indents the line of the error or the line before it: yaml-cpp reports a
// tab-indented key as some other mistake, so the hint has to look for itself.
bool tab_in_indent(const std::string& text, const YAML::Mark& mark) {
  if (mark.pos < 0) return false;
  std::size_t end = std::min(static_cast<std::size_t>(mark.pos), text.size());
  int lines = 0;
  std::size_t i = end;
  while (i > 0 && lines < 2) {
    --i;
    if (text[i] == '\n') ++lines;
  }
  bool at_line_start = true;
  for (; i < end + 1 && i < text.size(); ++i) {
    if (text[i] == '\n') at_line_start = true;
    else if (text[i] == '\t' && at_line_start) return true;
    else if (text[i] != ' ') at_line_start = false;
  }
  return false;
}

// The text of line `index` (0-based), without its line break.
std::string line_at(const std::string& text, int index) {
  std::size_t start = 0;
  for (int i = 0; i < index; ++i) {
    start = text.find('\n', start);
    if (start == std::string::npos) return {};
    ++start;
  }
  std::size_t end = text.find('\n', start);
  if (end == std::string::npos) end = text.size();
  std::string line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return line;
}

// A key written without a space after its colon ("say:Hello") on this line, if any.
std::string key_without_space(const std::string& line) {
  std::size_t i = line.find_first_not_of(" -");
  if (i == std::string::npos) return {};
  const std::size_t key_start = i;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_'))
    ++i;
  if (i == key_start || i + 1 >= line.size() || line[i] != ':' || line[i + 1] == ' ') return {};
  return line.substr(key_start, i - key_start + 1);
}

// yaml-cpp's messages are terse; the hint turns the common ones into an instruction, looking
// at the text around the error for the usual causes.
std::string syntax_hint(const std::string& msg, const std::string& text, const YAML::Mark& mark) {
  if (tab_in_indent(text, mark) || msg.find("tab") != std::string::npos)
    return "YAML is indented with spaces, never tabs: replace the tab with spaces";
  if (mark.line >= 0) {
    for (int l = mark.line; l >= 0 && l >= mark.line - 1; --l) {
      const std::string key = key_without_space(line_at(text, l));
      if (!key.empty())
        return "put a space after the colon of '" + key + "' on line " + std::to_string(l + 1);
    }
    const std::string line = line_at(text, mark.line);
    const auto col = static_cast<std::size_t>(mark.column < 0 ? 0 : mark.column);
    if (col > 0 && col <= line.size() && (line[col - 1] == '"' || line[col - 1] == '\''))
      return "the text goes on after its closing quote; for quotes inside the text write \\\" "
             "inside double quotes, or put the whole text in single quotes";
  }
  if (msg.find("illegal map value") != std::string::npos)
    return "a ': ' inside a value starts a new key; put the whole value in quotes";
  if (msg.find("block entry") != std::string::npos)
    return "a value that starts with '- ' is read as a list; put the text in quotes";
  if (msg.find("flow") != std::string::npos)
    return "a '[' or '{' is not closed, or a ',' is missing between items";
  if (msg.find("end of map not found") != std::string::npos ||
      msg.find("end of sequence not found") != std::string::npos)
    return "check the indentation: the keys of one mapping, and the '- ' items of one list, "
           "must line up";
  if (msg.find("quoted") != std::string::npos || msg.find("end of string") != std::string::npos)
    return "a quote is not closed: add the closing quote";
  if (msg.find("escape") != std::string::npos)
    return "inside double quotes a backslash starts an escape; write \\\\ or use single quotes";
  if (msg.find("cannot start any token") != std::string::npos)
    return "text starting with '@' or '`' must be put in quotes";
  if (msg.find("block sequence entries") != std::string::npos)
    return "a '- ' item must start on its own line, indented under its key";
  return {};
}

// Checks the raw bytes: the parser sees only valid UTF-8 text without NULs or control
// characters. Returns false (with a diagnostic) at the first bad byte.
bool check_bytes(const std::string& text, const std::string& file, Diagnostics& diags) {
  int line = 1, column = 1;
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n;) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      column = 1;
      ++i;
      continue;
    }
    if (c < 0x80) {
      if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7f) {
        diags.add("E0103", {file, line, column},
                  c == 0 ? "the file holds a NUL byte: it looks like binary data, not text"
                         : "the file holds a control character (byte " + std::to_string(c) +
                               "): it looks like binary data, not text",
                  "save the file as plain UTF-8 text from a text editor");
        return false;
      }
      ++i;
      ++column;
      continue;
    }
    // Multi-byte UTF-8: reject overlong forms, surrogates and code points past U+10FFFF.
    std::size_t len = 0;
    unsigned cp = 0;
    if (c >= 0xc2 && c <= 0xdf) { len = 2; cp = c & 0x1fu; }
    else if (c >= 0xe0 && c <= 0xef) { len = 3; cp = c & 0x0fu; }
    else if (c >= 0xf0 && c <= 0xf4) { len = 4; cp = c & 0x07u; }
    bool ok = len != 0 && i + len <= n;
    for (std::size_t k = 1; ok && k < len; ++k) {
      const auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xc0) != 0x80) ok = false;
      cp = (cp << 6) | (cc & 0x3fu);
    }
    if (ok && len == 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
    if (ok && len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ok = false;
    if (!ok) {
      diags.add("E0104", {file, line, column},
                "the file is not valid UTF-8 text here",
                "save the file with the UTF-8 encoding (most editors offer it under "
                "'Save with encoding')");
      return false;
    }
    i += len;
    ++column;  // one column per character, as an editor counts
  }
  return true;
}

}  // namespace

std::string describe(const YNode& node) {
  switch (node.kind) {
    case YNode::Kind::Null: return "nothing";
    case YNode::Kind::Seq: return "a list";
    case YNode::Kind::Map: return "a mapping (key: value lines)";
    case YNode::Kind::Scalar: break;
  }
  std::string t = node.text;
  if (t.size() > 40) {
    std::size_t cut = 40;  // back up to a character boundary, so the message stays UTF-8
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xc0) == 0x80) --cut;
    t = t.substr(0, cut) + "…";
  }
  if (const auto nl = t.find('\n'); nl != std::string::npos) t = t.substr(0, nl) + "…";
  return "'" + t + "'";
}

std::optional<YNode> parse_yaml_text(std::string text, const std::string& display,
                                     const YamlLimits& limits, Diagnostics& diags) {
  if (text.size() > limits.max_file_bytes) {
    diags.add("E0102", {display, 1, 1},
              "the file is " + std::to_string(text.size()) + " bytes; the limit is " +
                  std::to_string(limits.max_file_bytes),
              "split it into smaller files (people.yaml may be a list of files, and each "
              "conversation has its own file)");
    return std::nullopt;
  }
  // A byte-order mark is what some Windows editors write at the start of UTF-8 files; it
  // carries no meaning, so it is accepted and dropped.
  if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  if (!check_bytes(text, display, diags)) return std::nullopt;

  const Columns columns(text);
  TreeBuilder builder(display, text, limits.max_depth, columns);
  try {
    std::istringstream in(text);
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(builder)) parser.HandleNextDocument(builder);
  } catch (const Refusal& r) {
    diags.add(r.code, r.pos, r.message, r.hint);
    return std::nullopt;
  } catch (const YAML::ParserException& e) {
    // DeepRecursion is a ParserException too; our own depth limit normally comes first.
    diags.add("E0105", columns(e.mark, display), "YAML syntax: " + e.msg,
              syntax_hint(e.msg, text, e.mark));
    return std::nullopt;
  } catch (const std::exception& e) {
    diags.add("E0105", {display, 1, 1}, std::string("YAML could not be read: ") + e.what());
    return std::nullopt;
  }
  if (!builder.root) {
    YNode empty;
    empty.pos = {display, 1, 1};
    return empty;
  }
  return std::move(builder.root);
}

std::optional<YNode> read_yaml_file(const std::filesystem::path& path, const std::string& display,
                                    const YamlLimits& limits, Diagnostics& diags) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    diags.add("E0101", {display, 0, 0},
              std::filesystem::exists(path, ec) ? "this is not a regular file"
                                                : "the file does not exist");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diags.add("E0101", {display, 0, 0}, std::string("the file cannot be opened for reading: ") + std::strerror(errno),
              "check that it exists and that you may read it");
    return std::nullopt;
  }
  // Read at most one byte past the limit, so a huge (or endless) file costs little.
  std::string text(limits.max_file_bytes + 1, '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  if (text.size() > limits.max_file_bytes) {
    const auto size = std::filesystem::file_size(path, ec);
    diags.add("E0102", {display, 1, 1},
              "the file is " + (ec ? std::string("over ") + std::to_string(limits.max_file_bytes)
                                   : std::to_string(size)) +
                  " bytes; the limit is " + std::to_string(limits.max_file_bytes),
              "split it into smaller files (people.yaml may be a list of files, and each "
              "conversation has its own file)");
    return std::nullopt;
  }
  return parse_yaml_text(std::move(text), display, limits, diags);
}

}  // namespace mingle
