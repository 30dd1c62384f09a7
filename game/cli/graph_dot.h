#pragma once
// A scenario's conversations as a Graphviz DOT graph (`mingle graph`): one cluster per
// conversation, a box per node (its id and the start of its line), an edge per choice
// labelled with its text and its conditions, asks as two edges (yes, no), `next` as a dashed
// edge, and ends as small ovals. A player's route (the `choices` and `asks` of a results file)
// can be drawn over it in bold.
#include "core/scenario/model.h"

#include <set>
#include <string>
#include <tuple>

namespace mingle::cli {

struct GraphOptions {
  std::string event;     // only this event (id); empty: all
  std::string dialogue;  // only this conversation (id); empty: all
};

// A player's route: (event number, dialogue, node, choice id, via) for each choice taken, via
// being "" or, for an ask, "yes"/"no".
struct Route {
  std::set<std::tuple<int, std::string, std::string, std::string, std::string>> choices;
  bool empty() const { return choices.empty(); }
};

std::string to_dot(const Campaign&, const GraphOptions&, const Route& route = {});

}  // namespace mingle::cli
