#include "cli/commands.h"

namespace mingle::cli {

// `mingle play --text` arrives with the simulation core (issue 4); until then it is not
// registered.
void add_play_command(CLI::App&, int*) {}

}  // namespace mingle::cli
