#pragma once
// The results file (docs/results.md): one writer, used by the window and the terminal alike,
// so that both give the same file, byte for byte, for the same run. It is written through the
// atomic writer (core/util/atomic_file.h): a failed write keeps the previous file.
#include "core/scenario/model.h"
#include "core/sim/results.h"
#include "core/sim/run_state.h"

#include <filesystem>
#include <string>

namespace mingle::sim {

// The text of a results file: JSON indented by two, keys in the order docs/results.md lists
// them, with a final newline. The same results always give the same bytes. Text that is not
// valid UTF-8 (which checked content should not hold) is replaced, never thrown on.
std::string results_text(const Results&);

// Builds the results of a run for the named player and writes them to path atomically. Returns
// false with a sentence in error (the path and the system's reason) when it could not.
bool write_results_file(const std::filesystem::path& path, const Campaign&, const RunState&,
                        const std::string& player_name, std::string& error);

}  // namespace mingle::sim
