#pragma once
// The season in review, as the terminal player prints it after the last event.
#include "core/sim/season.h"

#include <ostream>

namespace mingle::cli {

void print_season(std::ostream&, const sim::SeasonReview&);

}  // namespace mingle::cli
