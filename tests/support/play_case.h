#pragma once
// Plays a scripted run kept as data under tests/play/<case>/ (docs: tests/play/README.md)
// through the core, as the terminal would send it: its scenario and seed, then each command of
// script.txt in turn (comments, blank lines and the terminal's own look/status/notebook/help/
// debrief skipped). `each` sees the campaign, the run before the command, the command and what
// it did. Lines that are not commands (a case about typing mistakes) fail the test unless
// `skip_unparsed`.
#include "core/sim/commands.h"
#include "support/fixtures.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace mingle::test {

inline std::string first_line(const std::filesystem::path& p, const std::string& fallback) {
  std::ifstream in(p);
  std::string line;
  if (in && std::getline(in, line) && !line.empty()) return line;
  return fallback;
}

using CaseStep = std::function<void(const Campaign&, const sim::RunState& before, const std::string& line,
                                    const sim::Command&, const sim::RunState& after, const sim::CommandResult&)>;

inline void play_case(const std::filesystem::path& dir, const CaseStep& each, bool skip_unparsed = false) {
  namespace fs = std::filesystem;
  const Campaign c = load_fixture(
      fs::relative(dir / first_line(dir / "scenario", "."), MINGLE_TESTS_DIR).lexically_normal().string());
  sim::RunState s = sim::start_run(c, std::stoull(first_line(dir / "seed", "1")));
  std::ifstream script(dir / "script.txt");
  std::string line;
  while (std::getline(script, line)) {
    std::istringstream words(line);
    std::string head;
    words >> head;
    if (head.empty() || head[0] == '#' || head == "look" || head == "status" || head == "notebook" ||
        head == "help" || head == "debrief")
      continue;
    std::string error;
    auto cmd = sim::parse_command(line, error);
    if (!cmd && skip_unparsed) continue;
    const std::string why = dir.string() + ": " + line + ": " + error;
    REQUIRE_MESSAGE(cmd, why);
    const sim::RunState before = s;
    const sim::CommandResult r = sim::apply(c, s, *cmd);
    each(c, before, line, *cmd, s, r);
  }
}

}  // namespace mingle::test
