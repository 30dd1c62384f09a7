// mingle: the game and its tools in one executable.
//   mingle [--scenario PATH | --load FILE] [--seed N] [--results FILE]   open the window
//   mingle check PATH...                                   check scenario files
//   mingle play --text [PATH]                              play in the terminal
#include "app/app.h"
#include "cli/commands.h"
#include "core/util/atomic_file.h"
#include "core/util/paths.h"
#include "core/util/xdg.h"
#include "core/util/version.h"
#include "core/workshop/workshop.h"
#include "core/diag/diagnostic.h"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>
#include <new>

namespace {

int run_main(int argc, char** argv) {
  CLI::App cli{"Mingle: practise working a conference room.\n"
               "With no subcommand, opens the game's window."};
  cli.set_version_flag("--version", std::string("mingle ") + std::string(mingle::version()));
  cli.require_subcommand(0, 1);
  std::string scenario, results_file, load_file;
  std::uint64_t seed = 0;
  cli.add_option("--scenario", scenario,
                 "Open this scenario or campaign folder straight in the room, without the title screen")
      ->check(CLI::ExistingDirectory);
  cli.add_option("--load", load_file,
                 "Open this saved game straight in the window (a save from the window or from 'mingle play "
                 "--text'); the game goes on saving there")
      ->check(CLI::ExistingFile)
      ->excludes("--scenario");
  auto* seed_option = cli.add_option("--seed", seed, "The seed for this run's chances (asks, refusals)");
  cli.add_option("--results", results_file,
                 "Write the results file here (default: ~/.local/share/mingle/results/)");
  int bench_frames = 0;
  cli.add_option("--bench-frames", bench_frames,
                 "Draw this many frames as fast as possible, print frame timings and leave (benchmarks)")
      ->check(CLI::Range(1, 1000000));
  std::string workshop_file;
  cli.add_option("--workshop", workshop_file,
                 "Play this workshop (workshop.yaml): its scenario, mode and seed; runs go to its "
                 "learning record store (docs/workshops.md)")
      ->check(CLI::ExistingFile);
  std::string replay_file;
  cli.add_option("--replay", replay_file,
                 "Play a results file back in the window (with --scenario PATH when the file does not "
                 "say where its scenario is); Space pauses, S steps, + and - change the speed")
      ->check(CLI::ExistingFile);
  float replay_speed = 1.0f;
  cli.add_option("--replay-speed", replay_speed, "How fast a replay starts (1: a command every 1.5 s)")
      ->check(CLI::Range(0.25f, 1000.0f));
  std::string layout_dump;
  cli.add_option("--layout-dump", layout_dump,
                 "Write where each frame put its panels, words and people (one JSON line a frame) to this "
                 "file, for the layout tests");
  bool sound_check = false;
  cli.add_flag("--sound-check", sound_check,
               "Play the game's sounds for three seconds through the default sound device, say so, and exit "
               "(1 when there is no device)");
  bool print_data_dir = false;
  cli.add_flag("--print-data-dir", print_data_dir,
               "Print the folder the game takes its assets and dialogues from, and exit");

  int exit_code = 0;
  mingle::cli::add_check_command(cli, &exit_code);
  mingle::cli::add_play_command(cli, &exit_code);
  mingle::cli::add_explore_command(cli, &exit_code);
  mingle::cli::add_test_command(cli, &exit_code);
  mingle::cli::add_graph_command(cli, &exit_code);
  mingle::cli::add_new_command(cli, &exit_code);
  mingle::cli::add_sync_command(cli, &exit_code);
  mingle::cli::add_report_command(cli, &exit_code);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    cli.exit(e);
    std::cerr << "Run 'mingle --help' to see what mingle accepts.\n";
    return 2;  // a usage mistake, whatever CLI11's own code for it
  }
  if (cli.get_subcommands().size() > 0) return exit_code;
  if (sound_check) return mingle::app::sound_check(std::cout);

  const auto exe_dir = mingle::executable_dir();
  const auto data_dir = mingle::find_data_dir(exe_dir);
  if (!data_dir) {
    std::cerr << "mingle: " << mingle::data_dir_help(exe_dir) << "\n";
    return 1;
  }
  if (print_data_dir) {
    std::cout << data_dir->string() << "\n";
    return 0;
  }

  if (const std::string problem = mingle::app::display_problem(); !problem.empty()) {
    std::cerr << "mingle: " << problem << ".\n"
                 "Play from a desktop session, or play the same game in this terminal with "
                 "'mingle play --text'.\n";
    return 1;
  }
  mingle::app::GuiOptions options;
  if (!workshop_file.empty()) {
    if (!scenario.empty()) {
      std::cerr << "mingle: a workshop names its own scenario; give --workshop or --scenario, not both.\n";
      return 2;
    }
    const mingle::WorkshopLoad w = mingle::load_workshop(workshop_file);
    for (const auto& d : w.diagnostics) std::cerr << mingle::format_gcc(d) << "\n";
    if (!w.ok()) {
      std::cerr << "mingle: the workshop file '" << workshop_file
                << "' can't be used until the errors above are fixed ('mingle check' lists them).\n";
      return 1;
    }
    options.workshop = *w.workshop;
  }
  options.data_dir = *data_dir;
  // Where the player's files go is never silent when HOME is missing, and never a shared place.
  if (const std::string where = mingle::user_dirs_problem(); !where.empty()) std::cerr << "mingle: " << where << "\n";
  if (mingle::config_dir().empty() || mingle::user_data_dir().empty()) return 1;
  options.settings_file = mingle::config_dir() / "settings.yaml";
  options.save_file = mingle::user_data_dir() / "save.yaml";
  options.results_dir = mingle::results_dir();
  options.results_file = results_file;
  options.scenario = scenario;
  options.load = load_file;
  options.replay = replay_file;
  options.replay_speed = replay_speed;
  options.layout_dump = layout_dump;
  options.bench_frames = bench_frames;
  if (*seed_option) options.seed = seed;
  // Temporary files a killed game left beside its saves and results are cleared at start.
  for (const auto& folder : {options.save_file, options.results_dir / "x", options.settings_file})
    mingle::remove_stale_temp_files(folder);
  return mingle::app::run_gui(options);
}

}  // namespace

// Nothing escapes main: an exception (out of memory included) becomes a sentence and exit 1.
// The window and terminal play catch their own first, so that the run's results are written.
int main(int argc, char** argv) {
  try {
    return run_main(argc, argv);
  } catch (const std::bad_alloc&) {
    std::cerr << "mingle: the game ran out of memory and had to stop.\n";
  } catch (const std::exception& e) {
    std::cerr << "mingle: something went wrong and the game had to stop: " << e.what() << "\n";
  }
  return 1;
}
