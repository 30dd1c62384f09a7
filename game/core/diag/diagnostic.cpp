#include "core/diag/diagnostic.h"

#include <algorithm>
#include <cstdio>
#include <tuple>

namespace mingle {

const char* to_string(Severity s) {
  return s == Severity::Error ? "error" : s == Severity::Warning ? "warning" : "info";
}

namespace {

std::string location(const SourcePos& pos) {
  std::string out = pos.file;
  if (pos.line > 0) {
    out += ':' + std::to_string(pos.line);
    if (pos.column > 0) out += ':' + std::to_string(pos.column);
  }
  return out;
}

}  // namespace

std::string format_gcc(const Diagnostic& d) {
  std::string out = location(d.pos) + ": " + to_string(d.severity) + ": " + d.message + " [" +
                    d.code + "]";
  if (!d.hint.empty()) out += "\n" + location(d.pos) + ": note: " + d.hint;
  return out;
}

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  for (const char c : text) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out += buf;
        } else {
          out += c;  // the loader has already rejected invalid UTF-8, so bytes pass through
        }
    }
  }
  return out;
}

std::string to_json(const std::vector<Diagnostic>& list) {
  std::string out = "[";
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Diagnostic& d = list[i];
    out += i ? ",\n  " : "\n  ";
    out += "{\"file\": \"" + json_escape(d.pos.file) + "\", \"line\": " +
           std::to_string(d.pos.line) + ", \"column\": " + std::to_string(d.pos.column) +
           ", \"severity\": \"" + to_string(d.severity) + "\", \"code\": \"" + d.code +
           "\", \"message\": \"" + json_escape(d.message) + "\", \"hint\": \"" +
           json_escape(d.hint) + "\"}";
  }
  out += list.empty() ? "]" : "\n]";
  return out;
}

bool has_errors(const std::vector<Diagnostic>& list) {
  return std::any_of(list.begin(), list.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

std::size_t count(const std::vector<Diagnostic>& list, Severity severity) {
  return static_cast<std::size_t>(std::count_if(
      list.begin(), list.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

void sort_diagnostics(std::vector<Diagnostic>& list) {
  std::stable_sort(list.begin(), list.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.pos.file, a.pos.line, a.pos.column, a.code) <
           std::tie(b.pos.file, b.pos.line, b.pos.column, b.code);
  });
}

const std::vector<DiagnosticInfo>& catalogue() {
  using S = Severity;
  // Numbering: E01xx the file itself, E02xx the shape of what is written, E03xx how the
  // pieces fit together, E04xx what a workshop meets outside its files (`mingle check
  // --online`: the LRS it names). Codes are never reused once published.
  static const std::vector<DiagnosticInfo> codes{
      {"E0101", S::Error, "a file or folder cannot be found or read"},
      {"E0102", S::Error, "a file is larger than the limit"},
      {"E0103", S::Error, "a file holds binary data (NUL or control characters)"},
      {"E0104", S::Error, "a file is not valid UTF-8 text"},
      {"E0105", S::Error, "YAML syntax error"},
      {"E0106", S::Error, "nesting too deep"},
      {"E0107", S::Error, "anchors and aliases (& and *) are not used in Mingle files"},
      {"E0108", S::Error, "tags (!something) are not used in Mingle files"},
      {"E0109", S::Error, "more than one YAML document in a file"},
      {"E0110", S::Error, "a file is empty"},
      {"E0111", S::Error, "a path leaves the scenario folder"},
      {"E0112", S::Error, "not a scenario: unknown kind of file or folder"},
      {"E0201", S::Error, "unknown key"},
      {"E0202", S::Error, "duplicate key"},
      {"E0203", S::Error, "wrong type of value"},
      {"E0204", S::Error, "a required key is missing"},
      {"E0205", S::Error, "unknown word from a fixed list"},
      {"E0206", S::Error, "malformed id"},
      {"E0207", S::Error, "duplicate id"},
      {"E0208", S::Error, "number out of range"},
      {"E0209", S::Error, "malformed clock time"},
      {"E0210", S::Error, "expression syntax error"},
      {"E0211", S::Error, "keys that cannot be used together"},
      {"E0212", S::Error, "a choice leads nowhere"},
      {"W0213", S::Warning, "something lies outside the room"},
      {"E0214", S::Error, "a user name or password inside a web address"},
      {"W0215", S::Warning, "a learning record store reached without encryption"},
      {"E0301", S::Error, "unknown person"},
      {"E0302", S::Error, "unknown node or choice"},
      {"E0303", S::Error, "unknown item"},
      {"E0304", S::Error, "unknown zone or slot"},
      {"E0305", S::Error, "a flag, hint or memory tag is used but never set"},
      {"E0306", S::Error, "unknown name or function in an expression"},
      {"E0307", S::Error, "a person's conversation is missing or ambiguous"},
      {"E0308", S::Error, "unknown event in a campaign"},
      {"W0320", S::Warning, "unreachable node"},
      {"E0321", S::Error, "dead end: a node with no way on"},
      {"W0322", S::Warning, "no end can be reached from here"},
      {"W0323", S::Warning, "a condition can never hold"},
      {"E0324", S::Error, "the player's need is held by nobody"},
      {"W0325", S::Warning, "a need or side goal is held by nobody"},
      {"W0326", S::Warning, "a person nobody can reach"},
      {"W0327", S::Warning, "a person with no conversation"},
      {"W0328", S::Warning, "every choice at a node has a condition"},
      {"W0329", S::Warning, "the same person is described differently in two events"},
      {"E0330", S::Error, "an end without an outcome"},
      {"W0331", S::Warning, "a host-mode pair who already know each other"},
      {"W0339", S::Warning, "a hint the player sees has no label"},
      {"I0340", S::Info, "a conversation with no way back in for a second talk (again:)"},
      {"E0345", S::Error, "a journey that no longer plays against the scenario"},
      {"E0401", S::Error, "the workshop's LRS secret is not available (its variable is not set)"},
      {"E0402", S::Error, "the workshop's learning record store does not answer"},
      {"E0403", S::Error, "the workshop's learning record store refused its key and secret"},
      {"E0404", S::Error, "the workshop's LRS address does not answer as a learning record store"},
  };
  return codes;
}

const DiagnosticInfo* find_diagnostic(std::string_view code) {
  for (const auto& info : catalogue())
    if (code == info.code) return &info;
  return nullptr;
}

void Diagnostics::add(std::string_view code, const SourcePos& pos, std::string message,
                      std::string hint) {
  const DiagnosticInfo* info = find_diagnostic(code);
  // An uncatalogued code is a programming error; report it as an error rather than crash.
  const Severity severity = info ? info->severity : Severity::Error;
  list_.push_back({severity, std::string(code), pos, std::move(message), std::move(hint)});
}

}  // namespace mingle
