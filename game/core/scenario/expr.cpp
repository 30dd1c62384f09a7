#include "core/scenario/expr.h"

#include <cctype>
#include <climits>
#include <stdexcept>

namespace mingle {

struct ExprNode {
  enum class Op { Int, Var, Call, Not, Neg, And, Or, Eq, Ne, Lt, Le, Gt, Ge, Add, Sub };
  Op op = Op::Int;
  int value = 0;
  std::string name, arg;
  int column = 1;
  std::shared_ptr<const ExprNode> lhs, rhs;
};

namespace {

using NodePtr = std::shared_ptr<const ExprNode>;
using Op = ExprNode::Op;

// Expressions are written by people in one line of YAML; a limit on nesting keeps a
// pathological input from exhausting the stack.
constexpr int kMaxDepth = 64;
// Likewise a cap on the parts of one expression: a left-leaning chain such as 1+1+1+… would
// otherwise become a tree as deep as it is long.
constexpr int kMaxNodes = 256;

struct ParseError : std::runtime_error {
  int column;
  ParseError(const std::string& what, int col) : std::runtime_error(what), column(col) {}
};

bool is_name_start(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-' || c == '.';
}

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  NodePtr parse_all() {
    NodePtr e = parse_or(0);
    skip_space();
    if (pos_ < text_.size())
      fail("unexpected '" + std::string(1, text_[pos_]) + "' after a complete expression");
    return e;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;

  [[noreturn]] void fail(const std::string& msg) const { throw ParseError(msg, static_cast<int>(pos_) + 1); }
  int column() const { return static_cast<int>(pos_) + 1; }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  bool at_word(std::string_view word) {
    skip_space();
    if (text_.substr(pos_, word.size()) != word) return false;
    std::size_t end = pos_ + word.size();
    return end >= text_.size() || !is_name_char(text_[end]);
  }
  bool take_word(std::string_view word) {
    if (!at_word(word)) return false;
    pos_ += word.size();
    return true;
  }
  bool take(std::string_view symbol) {
    skip_space();
    if (text_.substr(pos_, symbol.size()) != symbol) return false;
    pos_ += symbol.size();
    return true;
  }
  int nodes_ = 0;

  std::shared_ptr<ExprNode> make_node() {
    if (++nodes_ > kMaxNodes) fail("the expression is too long (more than 256 parts); split it up");
    return std::make_shared<ExprNode>();
  }
  NodePtr binary(Op op, NodePtr l, NodePtr r, int col) {
    auto n = make_node();
    n->op = op;
    n->lhs = std::move(l);
    n->rhs = std::move(r);
    n->column = col;
    return n;
  }
  // Levels are what nests: brackets, `not` and a leading minus, each one level. The grammar's
  // own few steps in between are bounded, so the recursion stays shallow.
  void check_depth(int depth) const {
    if (depth > kMaxDepth) fail("the expression is nested too deeply (more than 64 levels)");
  }

  NodePtr parse_or(int depth) {
    check_depth(depth);
    NodePtr l = parse_and(depth);
    while (true) {
      int col = (skip_space(), column());
      if (!take_word("or")) return l;
      l = binary(Op::Or, l, parse_and(depth), col);
    }
  }
  NodePtr parse_and(int depth) {
    check_depth(depth);
    NodePtr l = parse_not(depth);
    while (true) {
      int col = (skip_space(), column());
      if (!take_word("and")) return l;
      l = binary(Op::And, l, parse_not(depth), col);
    }
  }
  NodePtr parse_not(int depth) {
    check_depth(depth);
    int col = (skip_space(), column());
    if (take_word("not")) return binary(Op::Not, parse_not(depth + 1), nullptr, col);
    return parse_compare(depth);
  }
  NodePtr parse_compare(int depth) {
    NodePtr l = parse_sum(depth);
    int col = (skip_space(), column());
    static const std::pair<std::string_view, Op> ops[] = {
        {"==", Op::Eq}, {"!=", Op::Ne}, {"<=", Op::Le}, {">=", Op::Ge}, {"<", Op::Lt}, {">", Op::Gt}};
    for (const auto& [sym, op] : ops) {
      if (take(sym)) return binary(op, l, parse_sum(depth), col);
    }
    if (take("=")) {
      pos_ -= 1;
      fail("'=' is not a comparison here; write '==' to compare");
    }
    return l;
  }
  NodePtr parse_sum(int depth) {
    check_depth(depth);
    NodePtr l = parse_unary(depth);
    while (true) {
      int col = (skip_space(), column());
      if (take("+")) l = binary(Op::Add, l, parse_unary(depth), col);
      else if (take("-")) l = binary(Op::Sub, l, parse_unary(depth), col);
      else return l;
    }
  }
  NodePtr parse_unary(int depth) {
    check_depth(depth);
    int col = (skip_space(), column());
    if (take("-")) return binary(Op::Neg, parse_unary(depth + 1), nullptr, col);
    return parse_atom(depth);
  }
  std::string read_name() {
    std::size_t start = pos_;
    while (pos_ < text_.size() && is_name_char(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }
  NodePtr parse_atom(int depth) {
    check_depth(depth);
    skip_space();
    if (pos_ >= text_.size()) fail("the expression ends where a value was expected");
    const int col = column();
    const char c = text_[pos_];
    if (c == '(') {
      ++pos_;
      NodePtr inner = parse_or(depth + 1);
      if (!take(")")) fail("a '(' is not closed: add ')'");
      return inner;
    }
    auto n = make_node();
    n->column = col;
    if (std::isdigit(static_cast<unsigned char>(c))) {
      long long v = 0;
      while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
        v = v * 10 + (text_[pos_] - '0');
        if (v > 1000000000) fail("the number is too large (the limit is 1000000000)");
        ++pos_;
      }
      n->op = Op::Int;
      n->value = static_cast<int>(v);
      return n;
    }
    if (!is_name_start(c)) fail("unexpected '" + std::string(1, c) + "' where a value was expected");
    std::string name = read_name();
    if (name == "true" || name == "false") {
      n->op = Op::Int;
      n->value = name == "true" ? 1 : 0;
      return n;
    }
    if (name == "and" || name == "or" || name == "not")
      fail("'" + name + "' needs a value on its left");
    skip_space();
    if (pos_ < text_.size() && text_[pos_] == '(') {
      ++pos_;
      skip_space();
      if (pos_ >= text_.size() || !is_name_start(text_[pos_]))
        fail(name + "(…) takes one id, such as " + name + "(some-id)");
      n->op = Op::Call;
      n->name = name;
      n->arg = read_name();
      if (!take(")")) fail("expected ')' after " + name + "(" + n->arg);
      return n;
    }
    n->op = Op::Var;
    n->name = name;
    return n;
  }
};

long long eval(const ExprNode& n, const ExprEnv& env) {
  switch (n.op) {
    case Op::Int: return n.value;
    case Op::Var: return env.variable(n.name);
    case Op::Call: return env.call(n.name, n.arg);
    case Op::Not: return eval(*n.lhs, env) == 0 ? 1 : 0;
    case Op::Neg: return -eval(*n.lhs, env);
    case Op::And: return (eval(*n.lhs, env) != 0 && eval(*n.rhs, env) != 0) ? 1 : 0;
    case Op::Or: return (eval(*n.lhs, env) != 0 || eval(*n.rhs, env) != 0) ? 1 : 0;
    case Op::Eq: return eval(*n.lhs, env) == eval(*n.rhs, env) ? 1 : 0;
    case Op::Ne: return eval(*n.lhs, env) != eval(*n.rhs, env) ? 1 : 0;
    case Op::Lt: return eval(*n.lhs, env) < eval(*n.rhs, env) ? 1 : 0;
    case Op::Le: return eval(*n.lhs, env) <= eval(*n.rhs, env) ? 1 : 0;
    case Op::Gt: return eval(*n.lhs, env) > eval(*n.rhs, env) ? 1 : 0;
    case Op::Ge: return eval(*n.lhs, env) >= eval(*n.rhs, env) ? 1 : 0;
    case Op::Add: return eval(*n.lhs, env) + eval(*n.rhs, env);
    case Op::Sub: return eval(*n.lhs, env) - eval(*n.rhs, env);
  }
  return 0;
}

ValueRange truth(bool can_true, bool can_false) {
  return {can_false ? 0 : 1, can_true ? 1 : 0};
}

ValueRange range_of(const ExprNode& n, const RangeEnv& env) {
  switch (n.op) {
    case Op::Int: return {n.value, n.value};
    case Op::Var: return env.variable(n.name);
    case Op::Call: return env.call(n.name, n.arg);
    case Op::Not: {
      const ValueRange a = range_of(*n.lhs, env);
      return truth(a.may_be_zero(), a.may_be_nonzero());
    }
    case Op::Neg: {
      const ValueRange a = range_of(*n.lhs, env);
      return {-a.hi, -a.lo};
    }
    case Op::And: {
      const ValueRange a = range_of(*n.lhs, env), b = range_of(*n.rhs, env);
      return truth(a.may_be_nonzero() && b.may_be_nonzero(), a.may_be_zero() || b.may_be_zero());
    }
    case Op::Or: {
      const ValueRange a = range_of(*n.lhs, env), b = range_of(*n.rhs, env);
      return truth(a.may_be_nonzero() || b.may_be_nonzero(), a.may_be_zero() && b.may_be_zero());
    }
    case Op::Add: {
      const ValueRange a = range_of(*n.lhs, env), b = range_of(*n.rhs, env);
      return {a.lo + b.lo, a.hi + b.hi};
    }
    case Op::Sub: {
      const ValueRange a = range_of(*n.lhs, env), b = range_of(*n.rhs, env);
      return {a.lo - b.hi, a.hi - b.lo};
    }
    default: break;
  }
  const ValueRange a = range_of(*n.lhs, env), b = range_of(*n.rhs, env);
  const bool single = a.lo == a.hi && b.lo == b.hi;
  switch (n.op) {
    case Op::Eq: return truth(a.lo <= b.hi && b.lo <= a.hi, !(single && a.lo == b.lo));
    case Op::Ne: return truth(!(single && a.lo == b.lo), a.lo <= b.hi && b.lo <= a.hi);
    case Op::Lt: return truth(a.lo < b.hi, a.hi >= b.lo);
    case Op::Le: return truth(a.lo <= b.hi, a.hi > b.lo);
    case Op::Gt: return truth(a.hi > b.lo, a.lo <= b.hi);
    case Op::Ge: return truth(a.hi >= b.lo, a.lo < b.hi);
    default: return {0, 1};
  }
}

void collect(const ExprNode& n, std::vector<ExprRef>& out) {
  if (n.op == Op::Var) out.push_back({false, n.name, {}, n.column});
  if (n.op == Op::Call) out.push_back({true, n.name, n.arg, n.column});
  if (n.lhs) collect(*n.lhs, out);
  if (n.rhs) collect(*n.rhs, out);
}

}  // namespace

bool Expr::parse(std::string_view text, Expr& out, std::string& error, int& error_column) {
  try {
    Parser parser(text);
    NodePtr root = parser.parse_all();
    out.root_ = std::move(root);
    out.source_ = std::string(text);
    return true;
  } catch (const ParseError& e) {
    error = e.what();
    error_column = e.column;
    return false;
  }
}

int Expr::evaluate(const ExprEnv& env) const {
  if (!root_) return 1;
  const long long v = eval(*root_, env);
  if (v > INT_MAX) return INT_MAX;
  if (v < INT_MIN) return INT_MIN;
  return static_cast<int>(v);
}

ValueRange Expr::range(const RangeEnv& env) const {
  if (!root_) return {1, 1};
  return range_of(*root_, env);
}

std::vector<ExprRef> Expr::references() const {
  std::vector<ExprRef> out;
  if (root_) collect(*root_, out);
  return out;
}

}  // namespace mingle
