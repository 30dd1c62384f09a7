#pragma once
// Shared by the fuzz targets: the test content, loaded once, and a short play on a run so that
// whatever a target produced is also exercised by the simulation and the views.
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace mingle::fuzz {

// tests/play/scenarios/harbour: small, and it has every kind of person and line.
inline const Campaign& harbour() {
  static const Campaign campaign = [] {
    LoadResult r = load_content(std::filesystem::path(MINGLE_TESTS_DIR) / "play/scenarios/harbour");
    if (!r.campaign) std::abort();
    return *r.campaign;
  }();
  return campaign;
}

// Applies one line of the command language, as both front-ends do; refusals are fine.
inline void play_line(const Campaign& c, sim::RunState& s, std::string_view line) {
  std::string error;
  if (auto cmd = sim::parse_command(line, error)) {
    const sim::CommandResult r = sim::apply(c, s, *cmd);
    if (!r.ok && r.reason.empty()) std::abort();  // a refusal always says why
  }
}

// A few moves through every view: the things a front-end draws after each command.
inline void look_around(const Campaign& c, sim::RunState& s) {
  (void)sim::room_view(c, s);
  (void)sim::conversation_view(c, s);
  (void)sim::notebook_view(c, s);
  (void)sim::status_view(c, s);
}

}  // namespace mingle::fuzz
