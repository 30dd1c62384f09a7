#pragma once
// The subcommands of `mingle`. Each add_* registers one on the app; when the player picks it,
// its callback runs the command and stores the process exit code in *exit_code
// (0 success, 1 the command's own failure such as errors found, 2 usage).
#include <CLI/CLI.hpp>

namespace mingle::cli {

void add_check_command(CLI::App& app, int* exit_code);  // mingle check PATH...
void add_play_command(CLI::App& app, int* exit_code);   // mingle play --text [PATH]
void add_explore_command(CLI::App& app, int* exit_code);  // mingle explore PATH
void add_test_command(CLI::App& app, int* exit_code);     // mingle test PATH
void add_graph_command(CLI::App& app, int* exit_code);    // mingle graph PATH
void add_new_command(CLI::App& app, int* exit_code);      // mingle new DIR
void add_sync_command(CLI::App& app, int* exit_code);   // mingle sync --workshop FILE
void add_report_command(CLI::App& app, int* exit_code); // mingle report FILES... --csv/--html

}  // namespace mingle::cli
