#pragma once
// Conversations: the expression environment over a run, and which choices are open.
//
// A conversation's cursor (RunState::conversation, and RunState::cursors for ones left
// mid-way) names a dialogue and a node by id. A choice is open when every typed requirement
// and its `if:` expression hold; otherwise it is shown greyed with a reason (the author's
// `unavailable:` sentence, or one made from the first requirement that failed), or hidden when
// the author asked for that.
#include "core/scenario/expr.h"
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <string>
#include <vector>

namespace mingle::sim {

// The names and functions of docs/format.md, read from a run, seen from a conversation with
// `person` in `dialogue` (either may be empty outside a conversation).
class SimEnv : public ExprEnv {
 public:
  SimEnv(const Campaign& c, const RunState& s, std::string person, std::string dialogue)
      : campaign_(c), state_(s), person_(std::move(person)), dialogue_(std::move(dialogue)) {}
  int variable(std::string_view name) const override;
  int call(std::string_view function, std::string_view arg) const override;

 private:
  const Campaign& campaign_;
  const RunState& state_;
  std::string person_;
  std::string dialogue_;
};

struct ChoiceView {
  int number = 0;  // 1-based, as the player types it
  const Choice* choice = nullptr;
  bool available = true;
  std::string reason;  // why not, when unavailable
};

// Why a choice is not open right now; empty when it is.
std::string choice_blocked(const Campaign&, const RunState&, const Dialogue&, const Choice&);

// The choices the player sees at a node (hidden-when-unavailable ones left out), numbered.
std::vector<ChoiceView> visible_choices(const Campaign&, const RunState&, const Dialogue&,
                                        const Node&);

// Whether a person is willing to give an item now (its `shared_when:`). True when the person
// does not hold it (the author gave it anyway).
bool willing_to_share(const Campaign&, const RunState&, const Person&, const std::string& item);

}  // namespace mingle::sim
