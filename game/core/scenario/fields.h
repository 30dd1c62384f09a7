#pragma once
// Reading typed values out of the YAML tree, with a diagnostic for every mistake: unknown and
// duplicate keys, missing keys, wrong types, malformed ids and times, words outside a fixed
// vocabulary. Each reader returns nothing after reporting, so the caller keeps its default
// and goes on: the loader collects all mistakes in one pass.
#include "core/diag/diagnostic.h"
#include "core/yaml/yaml_tree.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mingle {

// A mapping checked against the keys its kind allows.
class MapReader {
 public:
  // `what` names the thing for messages ("a person", "the event"). A node that is not a
  // mapping is reported (E0203) and the reader is empty.
  MapReader(const YNode& node, std::string what, std::vector<std::string> keys,
            Diagnostics& diags);
  bool ok() const { return map_ != nullptr; }
  const YNode* get(std::string_view key) const;      // the value, or nullptr if absent
  const YNode* key_node(std::string_view key) const;  // the key itself (for positions)
  bool has(std::string_view key) const { return get(key) != nullptr; }
  // Reports E0204 when absent; returns the value otherwise.
  const YNode* require(std::string_view key, std::string_view hint = {}) const;
  const SourcePos& pos() const { return pos_; }
  const std::string& what() const { return what_; }

 private:
  const YNode* map_ = nullptr;
  std::vector<std::string> suggested_;  // keys offered by "did you mean" for unknown keys
  std::string what_;
  SourcePos pos_;
  Diagnostics& diags_;
};

bool is_valid_id(std::string_view id);

// Each reader names `key` in its messages and reports at the value's position.
std::optional<std::string> read_text(const YNode& v, std::string_view key, Diagnostics& d);
std::optional<int> read_int(const YNode& v, std::string_view key, int lo, int hi, Diagnostics& d);
std::optional<double> read_number(const YNode& v, std::string_view key, double lo, double hi,
                                  Diagnostics& d);
std::optional<bool> read_bool(const YNode& v, std::string_view key, Diagnostics& d);
std::optional<std::string> read_id(const YNode& v, std::string_view key, Diagnostics& d);
// A list of ids, or a single id standing for a list of one.
std::vector<std::pair<std::string, SourcePos>> read_id_list(const YNode& v, std::string_view key,
                                                             Diagnostics& d);
// "17:30" -> minutes since midnight.
std::optional<int> read_clock(const YNode& v, std::string_view key, Diagnostics& d);
// [x, y] in metres.
std::optional<std::pair<float, float>> read_pair(const YNode& v, std::string_view key,
                                                 double lo, double hi, Diagnostics& d);
// One word of a fixed vocabulary; `vocabulary` names it in messages ("trait").
template <typename E, typename Parse>
std::optional<E> read_word(const YNode& v, std::string_view key, std::string_view vocabulary,
                           Parse parse, const std::vector<std::string>& words, Diagnostics& d);

// Parses a signed integer written as text ("+2", "-1", "3"); nothing if it is not one.
std::optional<long long> parse_integer(std::string_view text);

void report_unknown_word(const YNode& v, std::string_view vocabulary,
                         const std::vector<std::string>& words, Diagnostics& d);

template <typename E, typename Parse>
std::optional<E> read_word(const YNode& v, std::string_view key, std::string_view vocabulary,
                           Parse parse, const std::vector<std::string>& words, Diagnostics& d) {
  auto text = read_text(v, key, d);
  if (!text) return std::nullopt;
  if (auto e = parse(*text)) return e;
  report_unknown_word(v, vocabulary, words, d);
  return std::nullopt;
}

}  // namespace mingle
