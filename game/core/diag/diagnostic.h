#pragma once
// Diagnostics: every mistake the loader finds in authored content, as a value. The loader
// collects all of them (never stopping at the first) so a facilitator fixes a file in one pass.
//
// Printed form, as GCC prints (so editors and CI jump to the spot):
//   people.yaml:12:5: error: unknown trait 'bussy' (did you mean 'busy'?) [E0203]
//   people.yaml:12:5: note: the traits are: busy, shy, chatty, ...
// The message says what is wrong; the optional hint, printed as a `note:` line at the same
// place, says how to fix it. Lines and columns are 1-based; 0 means "the whole file".
#include "core/diag/source_pos.h"

#include <string>
#include <string_view>
#include <vector>

namespace mingle {

// Info is a gentle note about something worth adding (a return line for a conversation); it never
// makes a scenario fail and is not counted as a warning.
enum class Severity { Error, Warning, Info };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;     // e.g. "E0201"; see catalogue()
  SourcePos pos;
  std::string message;  // what is wrong, in one sentence without a final full stop
  std::string hint;     // how to fix it; may be empty
};

const char* to_string(Severity);

// `file:line:col: error: message [code]`, plus `\nfile:line:col: note: hint` when there is a
// hint. No trailing newline.
std::string format_gcc(const Diagnostic& d);

// The diagnostics as a JSON array of objects {file, line, column, severity, code, message,
// hint}. Written by hand so mingle_core needs no JSON library.
std::string to_json(const std::vector<Diagnostic>& list);
std::string json_escape(std::string_view text);

bool has_errors(const std::vector<Diagnostic>& list);
std::size_t count(const std::vector<Diagnostic>& list, Severity severity);
// Sorts by file, line, column, then code, keeping the order of equal ones: a stable order makes
// the checker's output reproducible and diffable.
void sort_diagnostics(std::vector<Diagnostic>& list);

// ---- the catalogue ------------------------------------------------------------------------
// Every code the loader may emit, with its severity, a short title and how to fix it. The
// authoring guide lists the same codes (a test holds the two together), and the test cases
// under tests/check/cases cover each one.
struct DiagnosticInfo {
  const char* code;
  Severity severity;
  const char* title;
};
const std::vector<DiagnosticInfo>& catalogue();
const DiagnosticInfo* find_diagnostic(std::string_view code);

// A sink the loader writes into. It looks up the severity from the catalogue so a call site
// cannot give a code the wrong severity.
class Diagnostics {
 public:
  void add(std::string_view code, const SourcePos& pos, std::string message,
           std::string hint = {});
  const std::vector<Diagnostic>& list() const { return list_; }
  std::vector<Diagnostic> take() { return std::move(list_); }
  bool has_errors() const { return mingle::has_errors(list_); }
  std::size_t size() const { return list_.size(); }

 private:
  std::vector<Diagnostic> list_;
};

}  // namespace mingle
