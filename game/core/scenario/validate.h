#pragma once
// The checks that need the whole loaded campaign: every id written resolves to something
// defined, and the story can be played (nodes reachable, no dead ends, needs held by someone,
// people reachable, conditions that can hold). Internal to the loader.
#include "core/diag/diagnostic.h"
#include "core/scenario/model.h"
#include "core/scenario/parse.h"

namespace mingle {

void validate_campaign(const Campaign& campaign, ParseContext& ctx);

// Checks one conversation's graph: unreachable nodes, nodes from which no end can be
// reached, nodes where every choice has a condition. Needs nothing outside the dialogue.
void check_dialogue_graph(const Dialogue& dialogue, Diagnostics& diags, bool has_errors = false);

}  // namespace mingle
