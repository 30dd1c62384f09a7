#include "core/scenario/fields.h"

#include "core/diag/suggest.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_map>

namespace mingle {

MapReader::MapReader(const YNode& node, std::string what, std::vector<std::string> keys,
                     Diagnostics& diags)
    : what_(std::move(what)), pos_(node.pos), diags_(diags) {
  if (!node.is_map()) {
    diags_.add("E0203", node.pos, "expected a mapping (key: value lines) for " + what_ +
                                      ", found " + describe(node));
    return;
  }
  map_ = &node;
  // Hashing keeps a file with very many keys linear, not quadratic.
  std::unordered_map<std::string, std::size_t> first;
  for (std::size_t i = 0; i < node.map_size(); ++i) {
    const YNode& k = node.key(i);
    if (!k.is_scalar()) {
      diags_.add("E0203", k.pos, "a key must be a single word, found " + describe(k));
      continue;
    }
    bool known = false;
    for (const auto& allowed : keys) known = known || allowed == k.text;
    if (!known) {
      suggested_.push_back(nearest(k.text, keys));
      // `{ text: Hello, how are you, next: b }`: a comma inside { } ends the text, and the
      // rest of it becomes a key with no value. Say so once, at the first piece.
      if (i > 0 && node.value(i).is_null() && k.pos.line == node.key(i - 1).pos.line) {
        const YNode& before = node.value(i - 1);
        const YNode& before_key = node.key(i - 1);
        const bool prev_piece = before.is_null() && !before_key.quoted;
        if (before.is_scalar() && !before.quoted && before.pos.line == k.pos.line) {
          diags_.add("E0201", k.pos,
                     "'" + k.text + "' looks like the rest of the " + before_key.text +
                         " cut off at a comma: inside { } a comma ends the text",
                     "put the whole text in quotes: " + before_key.text + ": \"" + before.text +
                         ", " + k.text + "…\"");
          continue;
        }
        if (prev_piece && !first.count(before_key.text) &&
            std::find(keys.begin(), keys.end(), before_key.text) == keys.end())
          continue;  // a later piece of the same text: already reported
      }
      diags_.add("E0201", k.pos,
                 "unknown key '" + k.text + "' in " + what_ + did_you_mean(k.text, keys),
                 "the keys of " + what_ + " are: " + join_words(keys, 30));
      continue;
    }
    // yaml-cpp would keep one of two equal keys silently; the author's text would be lost.
    const auto [it, inserted] = first.emplace(k.text, i);
    if (!inserted)
      diags_.add("E0202", k.pos,
                 "the key '" + k.text + "' is written twice in " + what_ + " (first on line " +
                     std::to_string(node.key(it->second).pos.line) + ")",
                 "keep one of them; only one value can be used");
  }
}

const YNode* MapReader::key_node(std::string_view key) const {
  if (!map_) return nullptr;
  for (std::size_t i = 0; i < map_->map_size(); ++i)
    if (map_->key(i).is_scalar() && map_->key(i).text == key) return &map_->key(i);
  return nullptr;
}

const YNode* MapReader::get(std::string_view key) const {
  if (!map_) return nullptr;
  for (std::size_t i = 0; i < map_->map_size(); ++i)
    if (map_->key(i).is_scalar() && map_->key(i).text == key) return &map_->value(i);
  return nullptr;
}

const YNode* MapReader::require(std::string_view key, std::string_view hint) const {
  if (!map_) return nullptr;
  const YNode* v = get(key);
  // A misspelt key ('sya:') is already reported with "did you mean 'say'"; saying 'say' is
  // missing as well would be the same mistake twice.
  const bool misspelt = std::find(suggested_.begin(), suggested_.end(), key) != suggested_.end();
  if (!v && !misspelt)
    diags_.add("E0204", pos_, what_ + " needs '" + std::string(key) + "'", std::string(hint));
  return v;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 80 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (const char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

std::optional<long long> parse_integer(std::string_view t) {
  std::size_t i = 0;
  bool negative = false;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) negative = t[i++] == '-';
  if (i == t.size() || t.size() - i > 9) return std::nullopt;
  long long v = 0;
  for (; i < t.size(); ++i) {
    if (t[i] < '0' || t[i] > '9') return std::nullopt;
    v = v * 10 + (t[i] - '0');
  }
  return negative ? -v : v;
}

std::optional<std::string> read_text(const YNode& v, std::string_view key, Diagnostics& d) {
  if (v.is_scalar()) return v.text;
  d.add("E0203", v.pos, "expected text for '" + std::string(key) + "', found " + describe(v),
        v.is_null() ? "write the text after the colon, or remove the key"
                    : "if the text contains ': ' or starts with '[', '{' or '-', put it in quotes");
  return std::nullopt;
}

std::optional<int> read_int(const YNode& v, std::string_view key, int lo, int hi, Diagnostics& d) {
  const std::string range = "from " + std::to_string(lo) + " to " + std::to_string(hi);
  std::optional<long long> n;
  if (v.is_scalar() && !v.quoted) n = parse_integer(v.text);
  if (!n) {
    d.add("E0203", v.pos,
          "expected a whole number for '" + std::string(key) + "' (" + range + "), found " +
              describe(v));
    return std::nullopt;
  }
  if (*n < lo || *n > hi) {
    d.add("E0208", v.pos,
          "'" + std::string(key) + "' is " + std::to_string(*n) + "; it must be " + range);
    return std::nullopt;
  }
  return static_cast<int>(*n);
}

std::optional<double> read_number(const YNode& v, std::string_view key, double lo, double hi,
                                  Diagnostics& d) {
  auto format = [](double x) {
    std::string s = std::to_string(x);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  };
  const std::string range = "from " + format(lo) + " to " + format(hi);
  std::optional<double> n;
  if (v.is_scalar() && !v.quoted && !v.text.empty() && v.text.size() < 32) {
    char* end = nullptr;
    const double x = std::strtod(v.text.c_str(), &end);
    if (end && *end == '\0' && std::isfinite(x)) n = x;
  }
  if (!n) {
    d.add("E0203", v.pos,
          "expected a number for '" + std::string(key) + "' (" + range + "), found " +
              describe(v));
    return std::nullopt;
  }
  if (*n < lo || *n > hi) {
    d.add("E0208", v.pos,
          "'" + std::string(key) + "' is " + format(*n) + "; it must be " + range);
    return std::nullopt;
  }
  return n;
}

std::optional<bool> read_bool(const YNode& v, std::string_view key, Diagnostics& d) {
  if (v.is_scalar() && !v.quoted && (v.text == "true" || v.text == "false"))
    return v.text == "true";
  d.add("E0203", v.pos,
        "expected true or false for '" + std::string(key) + "', found " + describe(v));
  return std::nullopt;
}

std::optional<std::string> read_id(const YNode& v, std::string_view key, Diagnostics& d) {
  if (!v.is_scalar()) {
    d.add("E0203", v.pos, "expected an id for '" + std::string(key) + "', found " + describe(v));
    return std::nullopt;
  }
  if (!is_valid_id(v.text)) {
    d.add("E0206", v.pos, "'" + v.text + "' is not a valid id (in '" + std::string(key) + "')",
          "an id is lower-case letters, digits and '-', starting with a letter, at most 80 characters (like "
          "'priya' or 'ask-her-work')");
    return std::nullopt;
  }
  return v.text;
}

std::vector<std::pair<std::string, SourcePos>> read_id_list(const YNode& v, std::string_view key,
                                                             Diagnostics& d) {
  std::vector<std::pair<std::string, SourcePos>> out;
  if (v.is_seq()) {
    for (const auto& item : v.children)
      if (auto id = read_id(item, key, d)) out.emplace_back(*id, item.pos);
  } else if (auto id = read_id(v, key, d)) {
    out.emplace_back(*id, v.pos);
  }
  return out;
}

std::optional<int> read_clock(const YNode& v, std::string_view key, Diagnostics& d) {
  if (v.is_scalar()) {
    const std::string& t = v.text;
    const auto colon = t.find(':');
    if (colon != std::string::npos && colon >= 1 && colon <= 2 && t.size() == colon + 3) {
      const auto h = parse_integer(t.substr(0, colon));
      const auto m = parse_integer(t.substr(colon + 1));
      const bool digits = t[0] != '+' && t[0] != '-' && t[colon + 1] != '+' && t[colon + 1] != '-';
      if (digits && h && m && *h >= 0 && *h < 24 && *m >= 0 && *m < 60)
        return static_cast<int>(*h * 60 + *m);
    }
  }
  d.add("E0209", v.pos,
        "expected a time of day like \"17:30\" for '" + std::string(key) + "', found " +
            describe(v),
        "write hours (0-23) and minutes (00-59) with a colon, in quotes: \"17:30\"");
  return std::nullopt;
}

std::optional<std::pair<float, float>> read_pair(const YNode& v, std::string_view key, double lo,
                                                 double hi, Diagnostics& d) {
  if (!v.is_seq() || v.children.size() != 2) {
    d.add("E0203", v.pos,
          "expected two numbers like [3, 4.5] for '" + std::string(key) + "', found " +
              describe(v));
    return std::nullopt;
  }
  auto a = read_number(v.children[0], key, lo, hi, d);
  auto b = read_number(v.children[1], key, lo, hi, d);
  if (!a || !b) return std::nullopt;
  return std::make_pair(static_cast<float>(*a), static_cast<float>(*b));
}

void report_unknown_word(const YNode& v, std::string_view vocabulary,
                         const std::vector<std::string>& words, Diagnostics& d) {
  d.add("E0205", v.pos,
        "unknown " + std::string(vocabulary) + " '" + v.text + "'" + did_you_mean(v.text, words),
        "the " + std::string(vocabulary) + "s are: " + join_words(words, 20));
}

}  // namespace mingle
