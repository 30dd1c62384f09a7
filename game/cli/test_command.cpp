// `mingle test PATH`: load a scenario or campaign as `mingle check` does, then run every journey
// in PATH/journeys/*.yaml (core/journey/journey.h). Each failure is printed as
// file:line:col: error: message, like `check`. Exit codes: 0 every journey passed; 1 a journey
// failed, a journey file has mistakes, the content has errors, or there are no journeys; 2 usage.
#include "cli/commands.h"
#include "core/diag/diagnostic.h"
#include "core/journey/journey.h"
#include "core/scenario/loader.h"

#include <iostream>
#include <memory>

namespace mingle::cli {
namespace {

int run_test(const std::string& path) {
  LoadResult loaded = load_content(path);
  if (!loaded.ok() || !loaded.campaign) {
    for (const auto& d : loaded.diagnostics) std::cout << format_gcc(d) << "\n";
    std::cerr << "mingle test: the scenario has errors; fix them first ('mingle check " << path << "').\n";
    return 1;
  }
  const auto files = journey::journey_files(path);
  if (files.empty()) {
    std::cerr << "mingle test: no journeys in " << path
              << "/journeys/. Write one (docs/authoring.md, \"Journeys\") and run this again.\n";
    return 1;
  }
  std::string base = path;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  int failed = 0;
  for (const auto& f : files) {
    const std::string display = base + "/journeys/" + f.filename().string();
    const auto o = journey::run_file(*loaded.campaign, f, display);
    for (const auto& d : o.diagnostics) std::cout << format_gcc(d) << "\n";
    for (const auto& x : o.failures)
      std::cout << x.pos.file << ":" << x.pos.line << ":" << x.pos.column << ": error: " << x.message
                << " (journey '" << o.name << "')\n";
    if (!o.passed()) ++failed;
    std::cerr << (o.passed() ? "pass: " : "FAIL: ") << o.name << "\n";
  }
  std::cout.flush();
  std::cerr << files.size() - static_cast<std::size_t>(failed) << " of " << files.size()
            << (files.size() == 1 ? " journey" : " journeys") << " passed\n";
  return failed > 0 ? 1 : 0;
}

}  // namespace

void add_test_command(CLI::App& app, int* exit_code) {
  auto path = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand(
      "test",
      "Run the journeys in a scenario's journeys/ folder: each plays the scenario with its steps "
      "and checks what it expects; every failure is reported as file:line:col. Exits 0 when all "
      "pass, 1 otherwise.");
  cmd->add_option("PATH", *path, "campaign folder or event folder holding journeys/")
      ->required()
      ->check(CLI::ExistingDirectory);
  cmd->callback([path, exit_code] { *exit_code = run_test(*path); });
}

}  // namespace mingle::cli
