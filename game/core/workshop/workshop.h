#pragma once
// A workshop: one file a facilitator writes so a cohort of trainees plays the same scenario in
// the same mode, with the same chances, and their runs reach the association's learning record
// store (docs/workshops.md, schema docs/schema/workshop.json).
//
//   title: Spring induction, group B
//   scenario: ../dialogues/harbour-reception   # relative to this file
//   mode: practice                             # or assessed
//   seed: 42                                   # optional: everyone plays the same chances
//   home_page: https://learning.example.org    # optional: names trainees' xAPI accounts
//   lrs:                                       # optional
//     endpoint: https://lrs.example.org/xAPI/
//     key: mingle
//     secret_env: MINGLE_LRS_SECRET            # or secret: ...
//
// The secret is never printed: diagnostics and messages name the key and the variable only.
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mingle {

enum class WorkshopMode { Practice, Assessed };
const char* to_string(WorkshopMode);

struct LrsConfig {
  std::string endpoint;    // the xAPI base, ending in '/': statements go to endpoint + "statements"
  std::string key;
  std::string secret;      // written in the file; empty when secret_env is used
  std::string secret_env;  // the environment variable holding the secret
};

struct Workshop {
  std::filesystem::path file;      // the workshop file itself
  std::string title;
  std::string scenario;            // as written
  std::filesystem::path scenario_path;  // resolved from the file's folder
  WorkshopMode mode = WorkshopMode::Practice;
  std::optional<std::uint64_t> seed;
  std::string home_page;           // the association's home page, for xAPI accounts and ids
  std::optional<LrsConfig> lrs;
};

struct WorkshopLoad {
  std::optional<Workshop> workshop;  // filled when the file itself reads cleanly
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return workshop.has_value() && !has_errors(diagnostics); }
};

// True for a file named workshop.yaml or ending in .workshop.yaml.
bool is_workshop_file(const std::filesystem::path&);

// Reads a workshop file and reports every mistake with file:line:col. Does not load the
// scenario; load_workshop_content does both.
WorkshopLoad load_workshop(const std::filesystem::path& file);

// The workshop and the scenario it names, as `mingle check` and the front-ends load them.
struct WorkshopContent {
  WorkshopLoad workshop;
  LoadResult content;  // empty when the workshop file could not be read
  std::vector<Diagnostic> diagnostics() const;  // both lists, the workshop's first
  bool ok() const { return workshop.ok() && content.ok() && content.campaign.has_value(); }
};
WorkshopContent load_workshop_content(const std::filesystem::path& file);

// The LRS secret: from the file, or from the environment variable it names. Empty with a
// sentence in error (naming the variable, never a value) when it cannot be had.
std::string lrs_secret(const LrsConfig&, std::string& error);

}  // namespace mingle
