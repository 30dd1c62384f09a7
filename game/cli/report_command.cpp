#include "cli/commands.h"
namespace mingle::cli { void add_report_command(CLI::App&, int*) {} }
