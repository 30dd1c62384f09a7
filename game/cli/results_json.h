#pragma once
// The results file as JSON (docs/results.md). Kept in the command-line library because
// mingle_core links only yaml-cpp and the standard library.
#include "core/sim/results.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>

namespace mingle::cli {

// Keys keep the order docs/results.md lists them in.
nlohmann::ordered_json results_json(const sim::Results&);

// The text written to a results file: the JSON indented by two, with a final newline. The same
// results always give the same bytes.
std::string results_text(const sim::Results&);

// Writes the results file; returns an empty string, or a sentence saying why it failed.
std::string write_results(const std::filesystem::path&, const sim::Results&);

}  // namespace mingle::cli
