#pragma once
// The explorer's report as JSON (`mingle explore --json`), kept apart so tests and other
// front-ends can build the same document. Keys: complete, unreached_nodes, unavailable_choices,
// items, people, enjoyment, value, stuck, impossible_conditions, events, and with ways_in,
// ways_in. docs/authoring.md describes each.
#include "core/explore/explore.h"

#include <nlohmann/json.hpp>

namespace mingle::cli {

nlohmann::ordered_json explore_json(const explore::Report&, const Campaign&, bool ways_in);

}  // namespace mingle::cli
