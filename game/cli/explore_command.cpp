// `mingle explore PATH [--json] [--ways-in] [--max-states N] [--max-seconds S]`: load a
// scenario or campaign as `mingle check` does, then search every path of each event through the
// core's commands (core/explore/explore.h) and report what can and cannot happen.
// Exit codes: 0 explored; 1 the content has errors (printed, nothing explored), or a line is
// unreachable, a need never obtained, an assumption broken or a conversation stuck (unless
// allowed); 2 usage.
#include "cli/commands.h"
#include "cli/explore_json.h"
#include "core/diag/diagnostic.h"
#include "core/explore/explore.h"
#include "core/scenario/loader.h"
#include "core/sim/run_state.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <map>
#include <memory>

namespace mingle::cli {
namespace {

struct ExploreArgs {
  std::string path;
  bool json = false;
  bool ways_in = false;
  bool allow_unreachable = false, allow_never_obtained = false, allow_broken = false, allow_stuck = false;
  std::size_t max_states = explore::Budget{}.max_states;
  std::size_t max_focus_states = explore::Budget{}.max_focus_states;
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

std::string witness_text(const explore::Path& p, std::uint64_t seed) {
  return path_text(p) + (seed > 1 ? " (with --seed " + std::to_string(seed) + ")" : seed == 0 ? " (no seed in 4096 gives these answers)" : "");
}

// The verdicts of one event, kind by kind: counts, then what is unreachable (with why) and what is
// undecided; every category is said, "none" included.
void print_verdicts(const explore::Report& r, const std::string& event, std::ostream& out) {
  struct Kind {
    const char* kind;
    const char* title;
  };
  for (const Kind k : {Kind{"node", "Lines"}, Kind{"choice", "Choices"}, Kind{"ask", "Ask answers"},
                       Kind{"need", "Needs"}, Kind{"item", "Items"}, Kind{"rung", "Rungs"}}) {
    std::size_t n[3] = {0, 0, 0};
    for (const auto& q : r.questions)
      if (q.event == event && q.kind == k.kind) ++n[static_cast<int>(q.verdict)];
    out << k.title << ": " << n[0] << " reachable, " << n[1] << " unreachable, " << n[2] << " undecided\n";
    for (const auto& q : r.questions) {
      if (q.event != event || q.kind != k.kind || q.verdict == explore::Verdict::Reachable) continue;
      if (q.kind == std::string("rung") && q.verdict == explore::Verdict::Unreachable) continue;  // summed below
      out << "  " << at(q.pos) << ": " << explore::to_string(q.verdict) << ": " << q.key << ": " << q.reason << "\n";
    }
    if (k.kind == std::string("rung")) {
      std::map<std::string, std::string> highest;
      for (const auto& q : r.questions)
        if (q.event == event && q.kind == k.kind && q.verdict != explore::Verdict::Unreachable)
          highest[q.key.substr(0, q.key.find('/'))] = q.key.substr(q.key.find('/') + 1);
      for (const auto& q : r.questions)
        if (q.event == event && q.kind == k.kind && q.verdict == explore::Verdict::Unreachable) {
          const std::string who = q.key.substr(0, q.key.find('/'));
          if (highest.count(who) == 0) highest[who] = "stranger";
        }
      std::string line;
      for (const auto& [who, rung] : highest) line += (line.empty() ? "" : ", ") + who + " " + rung;
      if (!line.empty()) out << "  the most each relationship can reach: " << line << "\n";
    }
  }
  std::size_t broken = 0;
  for (const auto& b : r.broken_assumptions)
    if (b.event == event) {
      if (broken++ == 0) out << "Broken assumptions:\n";
      out << "  " << at(b.pos) << ": " << b.where << " assumes '" << b.assumption << "', but this way in breaks it: "
          << witness_text(b.witness, b.seed) << "\n";
    }
  if (broken == 0) out << "Broken assumptions: none\n";
}

void print_text(const explore::Report& r, bool ways_in, std::ostream& out) {
  for (const auto& e : r.events) {
    out << "== " << e.event << ": " << (e.complete ? "every path explored" : "search cut short by its " + e.cut_short_by + " budget")
        << " (" << e.states << " states";
    if (e.focus_states) out << ", then " << e.focus_states << " in searches aimed at one person at a time";
    out << ")\n";
    print_verdicts(r, e.event, out);
    if (e.stuck.empty()) out << "Places with no way forward: none\n";
    for (const auto& s : e.stuck)
      out << at(s.pos) << ": no way forward (no choice open): " << s.dialogue << "/" << s.node << "; reached by: "
          << path_text(s.path) << "\n";
    out << "When each item can be had:\n";
    for (const auto& i : e.items) {
      out << "  " << i.item << " (" << i.role << "): ";
      if (i.obtainable)
        out << "obtainable " << i.earliest_minute << " minutes in, by: " << path_text(i.path) << "\n";
      else
        out << "not obtained at this event\n";
    }
    out << "People (highest rung found):\n";
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
          const std::string never = w.seen ? "" : "   [written, never taken]";
          if (w.via == "talk")
            out << "    <- talking to them" << never << "\n";
          else if (w.via == "again")
            out << "    <- talking to them again at the same event (again:)" << never << "\n";
          else if (w.via == "resume")
            out << "    <- picking up where you left off" << never << "\n";
          else if (w.via == "continues")
            out << "    <- after " << w.from_node << (w.text.empty() ? "" : ", from \"" + w.text + "\"") << never << "\n";
          else
            out << "    <- " << w.from_node << ": \"" << w.text << "\"" << (w.via == "choice" ? "" : " (" + w.via + ")")
                << never << "\n";
        }
      }
    }
    out << "\n";
  }
  const std::size_t undecided = r.undecided();
  out << "Summary: " << r.questions.size() << " questions, " << undecided << " undecided; " << r.assumptions
      << " assumptions, " << r.broken_assumptions.size() << " broken, " << r.assumptions_unproven << " unproven.\n";
  out << (r.complete() ? "Complete: every question has a verdict.\n"
                       : "Not complete: what is undecided above was neither found nor ruled out within the budget "
                         "(try --max-states).\n");
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
  budget.max_focus_states = a.max_focus_states;
  budget.max_seconds = a.max_seconds;
  budget.max_talks = a.max_talks;
  const explore::Report r = explore::explore(*loaded.campaign, budget);
  if (a.json)
    std::cout << explore_json(r, *loaded.campaign, a.ways_in).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
  else
    print_text(r, a.ways_in, std::cout);
  // What fails a check in CI, unless allowed.
  std::vector<std::string> failures;
  for (const auto& q : r.questions) {
    if (q.verdict != explore::Verdict::Unreachable) continue;
    if (q.kind == std::string("need") && !a.allow_never_obtained) failures.push_back("a need can never be obtained (" + q.key + ")");
    if (q.kind == std::string("node") && !a.allow_unreachable) failures.push_back("a line can never be reached (" + q.key + ")");
  }
  if (!r.broken_assumptions.empty() && !a.allow_broken)
    failures.push_back("an assumption is broken (" + r.broken_assumptions.front().where + ")");
  for (const auto& e : r.events)
    if (!e.stuck.empty() && !a.allow_stuck) failures.push_back("a conversation can get stuck (" + e.stuck.front().node + ")");
  if (failures.empty()) return 0;
  std::cerr << "mingle explore: " << failures.front();
  if (failures.size() > 1) std::cerr << ", and " << failures.size() - 1 << " more";
  std::cerr << ".\n";
  return 1;
}

}  // namespace

void add_explore_command(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<ExploreArgs>();
  CLI::App* cmd = app.add_subcommand(
      "explore",
      "Decide, for every line, choice, ask answer, need, item and rung, whether some run reaches it "
      "(with a path the game replays), no run can (with the reason), or the budget ran out "
      "(undecided); check every assumes:. Exits 0; 1 when the content has errors, a line can "
      "never be reached, a need can never be obtained, an assumption is broken or a conversation "
      "can get stuck (each can be allowed: --allow-...); 2 on a usage error.");
  cmd->add_option("PATH", a->path, "campaign folder or event folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_flag("--json", a->json, "print the report as JSON (docs/authoring.md lists its keys)");
  cmd->add_flag("--ways-in", a->ways_in,
                "also list, for every line, each choice that can lead to it, so you can check the reply follows");
  cmd->add_option("--max-states", a->max_states, "states to search per event before stopping")
      ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(10000000)));
  cmd->add_option("--max-focus-states", a->max_focus_states,
                  "states for each further search, aimed at one person whose lines or choices are still open")
      ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(10000000)));
  cmd->add_option("--max-seconds", a->max_seconds,
                  "a safety net: seconds per event for each pass before stopping (the budget is --max-states; "
                  "an answer cut short by time may differ between machines)")
      ->check(CLI::Range(0.01, 3600.0));
  cmd->add_flag("--allow-unreachable", a->allow_unreachable, "exit 0 even when a line can never be reached");
  cmd->add_flag("--allow-never-obtained", a->allow_never_obtained, "exit 0 even when a need can never be obtained");
  cmd->add_flag("--allow-broken-assumptions", a->allow_broken, "exit 0 even when an assumes: is broken");
  cmd->add_flag("--allow-stuck", a->allow_stuck, "exit 0 even when a conversation can get stuck");
  cmd->add_option("--max-talks", a->max_talks, "conversations with one person per event (default 2)")
      ->check(CLI::Range(1, 20));
  cmd->callback([a, exit_code] { *exit_code = run_explore(*a); });
}

}  // namespace mingle::cli
