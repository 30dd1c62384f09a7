#pragma once
// The results file's `season` (docs/results.md): the season in review as JSON. Kept apart from
// results_json.cpp so it can move with it into the core unchanged.
#include "core/sim/season.h"

#include <nlohmann/json.hpp>

namespace mingle::cli {

nlohmann::ordered_json season_json(const sim::SeasonReview&);

}  // namespace mingle::cli
