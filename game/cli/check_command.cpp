// `mingle check PATH...`: load each path as the game would and print every diagnostic.
// Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 usage (set by main for CLI11
// parse errors, and here for an empty path list).
#include "cli/commands.h"
#include "core/diag/diagnostic.h"
#include "core/journey/journey.h"
#include "core/scenario/loader.h"
#include "core/scenario/stats.h"
#include "core/workshop/workshop.h"
#include "net/lrs_check.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace mingle::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  bool json = false;
  bool stats = false;
  bool online = false;  // also ask each workshop's LRS, with its key
};

nlohmann::json stats_json(const ContentStats& s) {
  return {{"events", s.events},
          {"people", s.people},
          {"dialogues", s.dialogues},
          {"nodes", s.nodes},
          {"choices", s.choices},
          {"words", s.words},
          {"choices_with_coaching", s.choices_with_coaching},
          {"endings", s.endings},
          {"asks", s.asks},
          {"value_kinds", std::vector<std::string>(s.value_kinds.begin(), s.value_kinds.end())}};
}

int run_check(const CheckOptions& opt) {
  std::vector<Diagnostic> all;
  ContentStats totals;
  for (const auto& path : opt.paths) {
    if (is_workshop_file(path)) {  // a workshop file, and the scenario it names
      const WorkshopContent w = load_workshop_content(path);
      if (w.content.campaign) totals += compute_stats(*w.content.campaign);
      const auto found = w.diagnostics();
      all.insert(all.end(), found.begin(), found.end());
      if (opt.online && w.workshop.workshop) {
        const auto probe = net::probe_lrs(*w.workshop.workshop);
        const auto online = net::probe_diagnostics(*w.workshop.workshop, probe);
        all.insert(all.end(), online.begin(), online.end());
        if (probe.health == net::LrsHealth::Fine && !opt.json)
          (opt.stats ? std::cerr : std::cout) << path << ": the learning record store at "
                                              << w.workshop.workshop->lrs->endpoint << " answered, and took the key '"
                                              << w.workshop.workshop->lrs->key << "'.\n";
      }
      continue;
    }
    LoadResult r = load_content(path);
    if (r.campaign) totals += compute_stats(*r.campaign);
    all.insert(all.end(), r.diagnostics.begin(), r.diagnostics.end());
    if (r.ok() && r.campaign) {  // the journeys, against content that loads
      const auto found = journey::check_journeys(*r.campaign, path);
      all.insert(all.end(), found.begin(), found.end());
    }
  }
  const std::size_t errors = count(all, Severity::Error);
  const std::size_t warnings = count(all, Severity::Warning);
  const std::size_t notes = count(all, Severity::Info);
  if (opt.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const Diagnostic& d : all)
      list.push_back({{"file", d.pos.file},
                      {"line", d.pos.line},
                      {"column", d.pos.column},
                      {"severity", to_string(d.severity)},
                      {"code", d.code},
                      {"message", d.message},
                      {"hint", d.hint}});
    nlohmann::json out = {{"diagnostics", list}, {"errors", errors}, {"warnings", warnings}, {"notes", notes}};
    if (opt.stats) out["stats"] = stats_json(totals);
    std::cout << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    // With --stats, stdout carries only the JSON, so the lines go to stderr.
    std::ostream& lines = opt.stats ? std::cerr : std::cout;
    for (const Diagnostic& d : all) lines << format_gcc(d) << "\n";
    if (opt.stats) std::cout << stats_json(totals).dump(2) << "\n";
    std::cout.flush();  // the lines first, then the count, when both go to a terminal
    std::cerr << errors << (errors == 1 ? " error, " : " errors, ") << warnings
              << (warnings == 1 ? " warning" : " warnings");
    if (notes > 0) std::cerr << ", " << notes << (notes == 1 ? " note" : " notes");
    std::cerr << "\n";
  }
  return errors > 0 ? 1 : 0;
}

}  // namespace

void add_check_command(CLI::App& app, int* exit_code) {
  auto opt = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Check scenario folders, campaign folders or single files, and report every mistake as "
      "file:line:col: error|warning|info: message [code]. Exits 0 when there are no errors, 1 when "
      "there are, 2 on a usage mistake.");
  // A path that does not exist is a mistake in the command, not in the content: exit 2.
  cmd->add_option("PATH", opt->paths, "campaign folder, event folder, single .yaml file, or a workshop file (workshop.yaml)")
      ->required()
      ->check(CLI::ExistingPath);
  cmd->add_flag("--json", opt->json,
                "print {diagnostics, errors, warnings, notes} as JSON instead of lines");
  cmd->add_flag("--online", opt->online,
                "for a workshop file, also ask its learning record store (with its key and secret) whether it "
                "answers: a wrong key, an address that does not answer or an unset secret variable is an error");
  cmd->add_flag("--stats", opt->stats,
                "also print numbers about the content as JSON (events, people, nodes, choices, "
                "words, choices_with_coaching, value_kinds, …)");
  cmd->callback([opt, exit_code] { *exit_code = run_check(*opt); });
}

}  // namespace mingle::cli
