#pragma once
// The small expression language facilitators use where typed fields are not enough, e.g.
//   if: "regard >= 3 and learned(priya-did-a-migration)"
//   if: "time_left > 10 or not met(marcus)"
//
// Grammar (precedence from low to high):
//   expr    := or
//   or      := and ("or" and)*
//   and     := not ("and" not)*
//   not     := "not" not | compare
//   compare := sum (("=="|"!="|"<"|"<="|">"|">=") sum)?
//   sum     := unary (("+"|"-") unary)*
//   unary   := "-" unary | atom
//   atom    := INT | "true" | "false" | NAME | NAME "(" ARG ")" | "(" expr ")"
// NAME and ARG are ids: letters, digits, '_', '-' and '.', starting with a letter ('-' inside a
// name is part of the id, so write "a - b" with spaces to subtract). Values are integers;
// booleans are 1 and 0, and any non-zero value is true.
//
// Names and functions are resolved by an ExprEnv at evaluation time, so the same parsed
// expression serves the checker (which only asks which names and ids it uses) and the
// simulation (which evaluates it against a run).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace mingle {

// What an expression may read. The simulation implements it over a run's state.
class ExprEnv {
 public:
  virtual ~ExprEnv() = default;
  // The value of a bare name such as `regard`, `time_left` or a flag set by an effect.
  virtual int variable(std::string_view name) const = 0;
  // The value of a call such as `learned(x)`; arg is the id inside the parentheses.
  virtual int call(std::string_view function, std::string_view arg) const = 0;
};

struct ExprNode;

// The values an expression may take, as a closed interval: what the explorer's
// over-approximation (core/explore/bound.h) works with. A boolean that may be either is [0, 1].
struct ValueRange {
  long long lo = 0, hi = 0;
  bool may_be_zero() const { return lo <= 0 && hi >= 0; }
  bool may_be_nonzero() const { return !(lo == 0 && hi == 0); }
};

// What an expression may read, as ranges: each name and call gives every value it could have.
class RangeEnv {
 public:
  virtual ~RangeEnv() = default;
  virtual ValueRange variable(std::string_view name) const = 0;
  virtual ValueRange call(std::string_view function, std::string_view arg) const = 0;
};

// One reference an expression makes: a variable, or a function applied to an id. Columns are
// 1-based offsets into the expression text, so the checker can point at the exact spot.
struct ExprRef {
  bool is_call = false;
  std::string name;  // variable or function name
  std::string arg;   // the id passed to a function; empty for variables
  int column = 1;
};

class Expr {
 public:
  Expr() = default;  // the empty expression: always true

  // Parses text; on failure returns false and sets error (a sentence) and error_column (1-based).
  static bool parse(std::string_view text, Expr& out, std::string& error, int& error_column);

  bool empty() const { return root_ == nullptr; }
  const std::string& source() const { return source_; }
  int evaluate(const ExprEnv& env) const;  // the empty expression evaluates to 1
  bool holds(const ExprEnv& env) const { return evaluate(env) != 0; }
  // Every value the expression could take when each name may take any value in its range
  // (sound, not exact: [0, 1] may hide a condition that is in fact always false). The empty
  // expression is [1, 1].
  ValueRange range(const RangeEnv& env) const;
  bool may_hold(const RangeEnv& env) const { return range(env).may_be_nonzero(); }
  std::vector<ExprRef> references() const;

 private:
  std::shared_ptr<const ExprNode> root_;  // immutable once parsed, so copies may share it
  std::string source_;
};

}  // namespace mingle
