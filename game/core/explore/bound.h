#pragma once
// The explorer's proof of "never": a sound over-approximation of every run of a campaign.
//
// Facts that only grow — a line reached, a choice open, a hint learned, an item held, a flag's
// value, a memory, a person met or introduced, a rung, a follow-up carried out — are gathered to
// a fixpoint, ignoring the order and the cost of conversations (abstract interpretation, after
// Cousot; in practice a small Datalog). Numbers are ranges: regard and rapport with someone go
// no higher than the sum of every raise the content and the rules could give them; the clock,
// enjoyment and value take any value. A condition that cannot hold on these ranges cannot hold
// in any run, so what the bound leaves out is unreachable, and the bound says why in words an
// author can act on. What it keeps may still be unreachable: the exact search
// (core/explore/explore.h) settles those by finding a path.
#include "core/scenario/model.h"

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace mingle::explore {

class Bound {
 public:
  explicit Bound(const Campaign&);

  // During event `step` (0-based): may this line be reached, this choice be open, this person
  // be talked to?
  bool node_possible(std::size_t step, const std::string& dialogue, const std::string& node) const;
  bool choice_possible(std::size_t step, const Choice&) const;
  bool ask_answer_possible(std::size_t step, const Choice&, bool accepted) const;
  bool met_possible(std::size_t step, const std::string& person) const;
  // Ever, in any event.
  bool item_possible(const std::string& item) const { return items_.count(item) > 0; }
  int max_rung(const std::string& person) const;  // rung number, 0 (stranger) to 5 (friend)
  // The highest rung during event `step`: rungs above acquaintance are reached in the time after
  // an event, so only what the events before it could give.
  int rung_during(std::size_t step, const std::string& person) const;
  bool shared_possible(std::size_t step, const Person&, const ValueItem&) const;

  // Why not, as a sentence (only meaningful when the matching *_possible is false).
  std::string why_node(std::size_t step, const Dialogue&, const Node&) const;
  std::string why_choice(std::size_t step, const Dialogue&, const Choice&) const;
  std::string why_item(const std::string& item) const;
  std::string why_rung(const std::string& person, int rung) const;
  std::string why_shared(std::size_t step, const Person&, const ValueItem&) const;
  std::string why_met(std::size_t step, const std::string& person) const;
  std::string why_never_yes(const std::string& person, AskKind) const;

  // Whether an expression holds in every state the bound allows, seen from a conversation with
  // `person` in `dialogue` at event `step`: an `assumes:` proved without a search.
  bool always_holds(std::size_t step, const std::string& person, const std::string& dialogue, const Expr&) const;

  // The highest regard and rapport anyone could have with a person (at most 10).
  int regard_high(const std::string& person) const;
  int rapport_high(const std::string& person) const;

 private:
  friend class BoundBuilder;
  friend class BoundEnv;
  const Campaign& c_;
  struct EventFacts {
    std::set<std::pair<std::string, std::string>> nodes;  // (dialogue, node)
    std::set<const Choice*> choices;
    std::set<std::pair<const Choice*, bool>> answers;  // an ask's answer that may be given
    std::set<std::string> met;
    std::set<std::string> follow_ups;  // people a follow-up may be agreed with
    std::set<std::string> acquainted;  // people an exchange may be had with (or known from the start)
  };
  std::vector<EventFacts> events_;
  std::set<std::string> hints_, items_, visited_, chosen_, ever_met_, introduced_, followed_up_;
  std::map<std::string, std::set<long long>> flags_;
  std::map<std::string, std::set<std::string>> memory_;
  std::map<std::string, std::set<std::string>> written_memory_;  // the content's own remember: effects
  // The same, with where: (event step, person, memory tag, the dialogue whose line or choice leaves it).
  std::set<std::tuple<std::size_t, std::string, std::string, std::string>> memory_writes_;
  std::map<std::string, int> rung_, regard_hi_, rapport_hi_;
  std::vector<std::map<std::string, int>> rung_after_;  // by event: the highest rung once its time after is over

  std::string person_name(const std::string& id) const;
  // The highest regard anyone can have with the person of `d` when `ch` is offered, where every
  // way to its line passes a choice only a stranger can take (see bound.cpp); else kRelationMax.
  int first_meeting_regard(std::size_t step, const Dialogue& d, const Choice& ch, std::string* via = nullptr) const;
  std::string why_requirements(std::size_t step, const Dialogue&, const Choice&) const;
  // The line offering `ch` when it is the conversation's first line and nothing else leads there
  // (see bound.cpp): what is read there is read before the conversation has done anything this
  // event. nullptr otherwise.
  const Node* first_line(const Dialogue&, const Choice&) const;
  // Whether the player may have introduced the conversation's person to anyone (at this event or
  // before) by the time it is at `at` (see bound.cpp).
  bool introduced_by(std::size_t step, const Dialogue&, const Node& at) const;
  int inherited_rapport(std::size_t step, const std::string& person) const;
  // What a choice's condition is read against: the bound, narrowed by where its line is.
  class BoundEnv env_for(std::size_t step, const Dialogue&, const Choice&) const;
};

}  // namespace mingle::explore
