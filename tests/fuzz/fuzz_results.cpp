// libFuzzer target: results files, as the two readers meet them: `mingle report` (rows, the
// CSV and the HTML page) and `mingle --replay` (the seed and commands). Whatever the bytes,
// neither aborts; every link in the page is relative and percent-encoded (no scheme can
// appear in one), no CSV cell starts a formula, and a replay never holds an over-long command.
#include "cli/report.h"
#include "net/replay_script.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  if (auto script = mingle::net::read_replay_script(text, "fuzz.json", error)) {
    for (const auto& c : script->commands)
      if (c.size() > mingle::net::kMaxReplayCommandBytes) __builtin_trap();
  } else if (error.empty()) {
    __builtin_trap();  // a refusal always says why
  }
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (!j.is_object()) return 0;
  // The file's own name is hostile too: it becomes the page's link.
  std::string name = "javascript:alert(1)//";
  if (j.contains("player") && j["player"].is_object() && j["player"].contains("name") && j["player"]["name"].is_string())
    name = j["player"]["name"].get<std::string>();
  std::vector<mingle::cli::ReportRun> runs = {mingle::cli::run_from_results(j, "/tmp/report/" + name + ".json")};
  mingle::cli::sort_runs(runs);
  const std::string csv = mingle::cli::report_csv(runs);
  for (std::size_t at = 0; at < csv.size(); ++at) {
    const bool cell_start = at == 0 || csv[at - 1] == ',' || csv[at - 1] == '\n';
    if (cell_start && (csv[at] == '=' || csv[at] == '+' || csv[at] == '@')) __builtin_trap();
  }
  const std::string html = mingle::cli::report_html(runs, "fuzz", "/tmp/report");
  for (std::size_t at = html.find("href=\""); at != std::string::npos; at = html.find("href=\"", at + 1)) {
    const std::size_t end = html.find('"', at + 6);
    const std::string href = html.substr(at + 6, end - at - 6);
    if (href.find(':') != std::string::npos || href.rfind("//", 0) == 0) __builtin_trap();
  }
  return 0;
}
