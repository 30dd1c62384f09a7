#pragma once
// Loading authored content: a campaign folder, an event folder, or one file on its own.
//
//   LoadResult r = load_content("dialogues/first-steps");
//   for (const auto& d : r.diagnostics) std::cerr << format_gcc(d) << '\n';
//   if (r.ok()) play(*r.campaign);
//
// Every mistake found is in `diagnostics` (all of them, sorted by file and line); nothing
// throws. `campaign` is filled whenever a campaign or event was loaded, even with errors, but
// only a result that is ok() is fit to play: then every id resolves, defaults are applied,
// each Person.dialogue names its Dialogue and every expression is parsed.
#include "core/diag/diagnostic.h"
#include "core/scenario/model.h"
#include "core/yaml/yaml_tree.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace mingle {

struct LoadOptions {
  YamlLimits limits;
};

struct LoadResult {
  std::optional<Campaign> campaign;  // an event folder loads as a one-step campaign
  std::vector<Diagnostic> diagnostics;
  bool ok() const { return !has_errors(diagnostics); }  // warnings allowed
};

// `path` is a folder holding campaign.yaml or event.yaml, or a single file, whose kind comes
// from its name (campaign.yaml, event.yaml, room.yaml, people.yaml) or, inside a folder named
// `dialogues`, a conversation. A single file is checked alone: references to other files are
// not resolved and `campaign` stays empty. Diagnostics name files by `path` joined with the
// file's place in the folder.
LoadResult load_content(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace mingle
