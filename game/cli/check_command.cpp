#include "cli/commands.h"

namespace mingle::cli {

// `mingle check` arrives with the scenario format (issue 3); until then it is not registered.
void add_check_command(CLI::App&, int*) {}

}  // namespace mingle::cli
