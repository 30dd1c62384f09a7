#include "core/scenario/expr_names.h"

namespace mingle {

const std::vector<ExprNameInfo>& expr_names() {
  static const std::vector<ExprNameInfo> names{
      {ExprName::Regard, "regard", "how much this person respects your work (-10 to 10)"},
      {ExprName::Rapport, "rapport", "how much this person likes you (-10 to 10)"},
      {ExprName::Familiarity, "familiarity", "how many events you have spoken with them in"},
      {ExprName::Rung, "rung", "the rung reached with them: stranger 0 ... friend 5"},
      {ExprName::Enjoyment, "enjoyment", "the run's enjoyment so far"},
      {ExprName::Value, "value", "the run's value so far"},
      {ExprName::TimeLeft, "time_left", "minutes until the event ends"},
      {ExprName::MinutesElapsed, "minutes_elapsed", "minutes since the event began"},
      {ExprName::Event, "event", "which event of the campaign this is (1, 2, ...)"},
      // What the player has done that anyone in the room may have heard about.
      {ExprName::GoodIntroductions, "good_introductions",
       "introductions you made at earlier events that were a good match"},
      {ExprName::PromisesKept, "promises_kept", "follow-ups you carried out, so far"},
  };
  return names;
}

const std::vector<ExprFunctionInfo>& expr_functions() {
  static const std::vector<ExprFunctionInfo> functions{
      {ExprFunction::Learned, "learned", ExprArg::Hint, "the player has learned this hint"},
      {ExprFunction::Has, "has", ExprArg::Item, "the player holds this item"},
      {ExprFunction::Remembers, "remembers", ExprArg::MemoryTag, "this person remembers this of the player"},
      {ExprFunction::Met, "met", ExprArg::Person, "the player has spoken with this person"},
      {ExprFunction::Visited, "visited", ExprArg::Node, "this conversation has reached this node"},
      {ExprFunction::Chose, "chose", ExprArg::Choice, "the player has taken this choice in this conversation"},
      {ExprFunction::FollowedUp, "followed_up", ExprArg::Person, "the player has followed up with this person"},
      // What a line about the room takes for granted (an `assumes:` most often reads these).
      {ExprFunction::At, "at", ExprArg::Zone, "the person you are talking to stands in this zone now"},
      {ExprFunction::InSlot, "in_slot", ExprArg::Slot, "this part of the evening is under way"},
      {ExprFunction::Knows, "knows", ExprArg::Person,
       "the person you are talking to knows this person (from the start, or you introduced them)"},
      {ExprFunction::Knew, "knew", ExprArg::Person,
       "the person you are talking to knew this person before this event began (from the start, or you "
       "introduced them at an earlier event)"},
      {ExprFunction::Introduced, "introduced", ExprArg::Person,
       "you have been introduced to this person, or knew them from the start"},
  };
  return functions;
}

std::optional<ExprName> find_expr_name(std::string_view name) {
  for (const auto& n : expr_names())
    if (name == n.name) return n.id;
  return std::nullopt;
}

const ExprFunctionInfo* find_expr_function(std::string_view name) {
  for (const auto& f : expr_functions())
    if (name == f.name) return &f;
  return nullptr;
}

}  // namespace mingle
