#pragma once
// Journeys: a facilitator's tests of their own scenario, written as YAML in the scenario's
// journeys/ folder and run by `mingle test PATH`. A journey is a seed, the steps a player
// takes, and what should be true at the end:
//
//   name: The friendly way to the need
//   seed: 7
//   steps:
//     - talk grace
//     - choose introduce-yourself        # a choice by its id…
//     - choose Ask what her own year      # …or by words from its text
//     - { do: choose ask-coffee, answer: yes }   # an ask answered yes, whatever the seed
//     - end
//   expect:
//     found: [win-back-ideas]             # items the player holds
//     rung: { grace: acquaintance }       # at least this rung
//     enjoyment: { min: 2 }               # within a range (min, max or both)
//     value: { min: 10, max: 40 }
//     saw: ["We finally fixed our renewals"]   # text some line the player read contains
//     learned: [grace-fixed-renewals]     # hints learned
//     missing: [board-view]               # items the player does not hold
//     not_saw: ["Lovely to see you again"]  # words no line the player read contains
//     rung_at_most: { grace: acquaintance }  # no higher than this rung
//
// Steps are the terminal's command language (docs/playing-in-a-terminal.md), sent through the
// core's apply(); `choose` also takes a choice's id or words from its text. A refused step
// fails the journey there. Every failure names the journey file's line and column.
#include "core/diag/diagnostic.h"
#include "core/scenario/model.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mingle::journey {

struct Failure {
  SourcePos pos;
  std::string message;
};

struct Outcome {
  std::string file;
  std::string name;
  std::vector<Failure> failures;  // empty: the journey passed
  std::vector<Diagnostic> diagnostics;  // the journey file's own mistakes (then it is not run)
  bool passed() const { return failures.empty() && !has_errors(diagnostics); }
};

// Runs one journey file against a loaded campaign (which must have loaded without errors).
Outcome run_file(const Campaign&, const std::filesystem::path& file, const std::string& display);

// The journey files of a scenario or campaign folder: `journeys/*.yaml`, sorted.
std::vector<std::filesystem::path> journey_files(const std::filesystem::path& folder);

// What `mingle check` says of a folder's journeys: each file's own mistakes, and every failure
// of a journey that no longer plays against the content (E0345), so a journey gone stale is
// caught by `check`, not only by `mingle test`. The campaign must have loaded without errors.
std::vector<Diagnostic> check_journeys(const Campaign&, const std::filesystem::path& folder);

}  // namespace mingle::journey
