// `mingle explore PATH [--json] [--ways-in] [--max-states N] [--max-seconds S]`: load a
// scenario or campaign as `mingle check` does, then search every path of each event through the
// core's commands (core/explore/explore.h) and report what can and cannot happen.
// Exit codes: 0 explored; 1 the content has errors (they are printed, nothing is explored); 2 usage.
#include "cli/commands.h"
#include "cli/explore_json.h"
#include "core/diag/diagnostic.h"
#include "core/explore/explore.h"
#include "core/scenario/loader.h"
#include "core/sim/run_state.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

namespace mingle::cli {
namespace {

struct ExploreArgs {
  std::string path;
  bool json = false;
  bool ways_in = false;
  std::size_t max_states = explore::Budget{}.max_states;
  double max_seconds = explore::Budget{}.max_seconds;
  int max_talks = explore::Budget{}.max_talks;
};

std::string at(const SourcePos& p) {
  return p.file + ":" + std::to_string(p.line) + ":" + std::to_string(p.column);
}

std::string path_text(const explore::Path& p) {
  std::string out;
  for (const auto& c : p) out += (out.empty() ? "" : "; ") + c;
  return out.empty() ? "(from the start)" : out;
}

void print_text(const explore::Report& r, bool ways_in, std::ostream& out) {
  for (const auto& e : r.events) {
    out << "== " << e.event << ": " << (e.complete ? "every path explored" : "search cut short by its " + e.cut_short_by + " budget")
        << " (" << e.states << " states";
    if (!e.complete) out << ", then " << e.focus_states << " in a focused pass, one conversation at a time";
    out << ")\n";
    if (e.unreached_nodes.empty()) out << "Every line can be reached.\n";
    for (const auto& n : e.unreached_nodes)
      out << at(n.pos) << ": never reached: " << n.dialogue << "/" << n.node << "\n";
    for (const auto& c : e.unavailable_choices)
      out << at(c.pos) << ": never open: " << c.dialogue << "/" << c.node << "/" << c.choice << " (\"" << c.text << "\")\n";
    for (const auto& c : e.impossible_conditions)
      out << at(c.pos) << ": never holds: " << c.where << ": " << c.condition << "\n";
    for (const auto& s : e.stuck)
      out << at(s.pos) << ": no way forward (no choice open): " << s.dialogue << "/" << s.node << "; reached by: "
          << path_text(s.path) << "\n";
    out << "Items:\n";
    for (const auto& i : e.items) {
      out << "  " << i.item << " (" << i.role << "): ";
      if (i.obtainable)
        out << "obtainable " << i.earliest_minute << " minutes in, by: " << path_text(i.path) << "\n";
      else
        out << "never obtainable\n";
    }
    out << "People (highest rung):\n";
    for (const auto& p : e.people)
      out << "  " << p.id << ": " << to_string(p.max_rung) << (p.max_rung == Rung::Stranger ? "" : ", by: " + path_text(p.path)) << "\n";
    out << "At the end: enjoyment " << e.enjoyment_min << " to " << e.enjoyment_max << ", value " << e.value_min
        << " to " << e.value_max << "\n";
    if (ways_in) {
      out << "Ways in:\n";
      for (const auto& n : e.ways_in) {
        out << "  " << n.dialogue << "/" << n.node << " (" << at(n.pos) << ")" << (n.reached ? "" : " [never reached]")
            << " says: \"" << n.say << "\"\n";
        for (const auto& w : n.ways) {
          if (!w.seen) out << "    [never taken]";
          if (w.via == "talk" || w.via == "resume")
            out << "    <- " << (w.via == "talk" ? "talking to them" : "picking up where you left off") << "\n";
          else if (w.via == "continues")
            out << "    <- after " << w.from_node << (w.text.empty() ? "" : ", from \"" + w.text + "\"") << "\n";
          else
            out << "    <- " << w.from_node << ": \"" << w.text << "\"" << (w.via == "choice" ? "" : " (" + w.via + ")") << "\n";
        }
      }
    }
    out << "\n";
  }
  out << (r.complete() ? "Complete: every path was explored.\n"
                       : "Not complete: a budget cut the search short; 'never' above means 'not found'.\n");
}

int run_explore(const ExploreArgs& a) {
  LoadResult loaded = load_content(a.path);
  if (!loaded.ok() || !loaded.campaign) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_gcc(d) << "\n";
    std::cerr << "mingle explore: fix the errors above first ('mingle check " << a.path << "').\n";
    return 1;
  }
  explore::Budget budget;
  budget.max_states = a.max_states;
  budget.max_seconds = a.max_seconds;
  budget.max_talks = a.max_talks;
  const explore::Report r = explore::explore(*loaded.campaign, budget);
  if (a.json)
    std::cout << explore_json(r, *loaded.campaign, a.ways_in).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  else
    print_text(r, a.ways_in, std::cout);
  return 0;
}

}  // namespace

void add_explore_command(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<ExploreArgs>();
  CLI::App* cmd = app.add_subcommand(
      "explore",
      "Search every path of a scenario through the game's own commands and report lines never "
      "reached, choices never open, conditions that never hold, places with no way forward, when "
      "each item can be had and how far each relationship can go. Exits 0, or 1 when the "
      "content has errors.");
  cmd->add_option("PATH", a->path, "campaign folder or event folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_flag("--json", a->json, "print the report as JSON (docs/authoring.md lists its keys)");
  cmd->add_flag("--ways-in", a->ways_in,
                "also list, for every line, each choice that can lead to it, so you can check the reply follows");
  cmd->add_option("--max-states", a->max_states, "states to search per event before stopping")
      ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(10000000)));
  cmd->add_option("--max-seconds", a->max_seconds, "seconds to search per event before stopping")
      ->check(CLI::Range(0.01, 3600.0));
  cmd->add_option("--max-talks", a->max_talks, "conversations with one person per event (default 2)")
      ->check(CLI::Range(1, 20));
  cmd->callback([a, exit_code] { *exit_code = run_explore(*a); });
}

}  // namespace mingle::cli
