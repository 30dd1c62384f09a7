#pragma once
// The names and functions an expression may use, in one table read by both the checker (which
// names exist; which kind of id each function takes) and the simulation (what each evaluates
// to: core/sim/conversation.cpp switches over these enums, so a name added here and not given
// a meaning there is a compiler warning, and tests/core/scenario/expr_test.cpp checks every
// entry evaluates).
#include <optional>
#include <string_view>
#include <vector>

namespace mingle {

enum class ExprName {
  Regard,
  Rapport,
  Familiarity,
  Rung,
  Enjoyment,
  Value,
  TimeLeft,
  MinutesElapsed,
  Event,
  GoodIntroductions,
  PromisesKept
};
enum class ExprFunction { Learned, Has, Remembers, Met, Visited, Chose, FollowedUp, At, InSlot, Knows, Knew, Introduced };

// What a function's id names, for the checker to look it up.
enum class ExprArg { Hint, Item, MemoryTag, Person, Node, Choice, Zone, Slot };

struct ExprNameInfo {
  ExprName id;
  const char* name;
  const char* meaning;  // for docs and the checker's messages
};
struct ExprFunctionInfo {
  ExprFunction id;
  const char* name;
  ExprArg arg;
  const char* meaning;
};

const std::vector<ExprNameInfo>& expr_names();
const std::vector<ExprFunctionInfo>& expr_functions();
std::optional<ExprName> find_expr_name(std::string_view);
const ExprFunctionInfo* find_expr_function(std::string_view);

}  // namespace mingle
