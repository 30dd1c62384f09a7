#pragma once
// The results file's `season` (docs/results.md): the season in review as JSON, for
// results_file.cpp. Only core sources include this (nlohmann-json is private to the core).
#include "core/sim/season.h"

#include <nlohmann/json.hpp>

namespace mingle::sim {

nlohmann::ordered_json season_json(const SeasonReview&);

}  // namespace mingle::sim
