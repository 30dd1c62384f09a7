#include "net/replay_script.h"

namespace mingle::net {

std::optional<ReplayScript> read_replay_script(const std::string& text, const std::string& name,
                                               std::string& error) {
  using nlohmann::ordered_json;
  const ordered_json j = ordered_json::parse(text, nullptr, false);
  if (!j.is_object() || !j.contains("commands") || !j["commands"].is_array() || !j.contains("seed") ||
      !j["seed"].is_number_unsigned()) {
    error = "'" + name + "' is not a results file with a seed and commands to replay";
    return std::nullopt;
  }
  auto text_at = [](const ordered_json& o, const char* key) {
    return o.is_object() && o.contains(key) && o[key].is_string() ? o[key].get<std::string>() : std::string();
  };
  ReplayScript r;
  r.seed = j["seed"].get<std::uint64_t>();
  const ordered_json& commands = j["commands"];
  if (commands.size() > kMaxReplayCommands) {
    error = "'" + name + "' holds " + std::to_string(commands.size()) + " commands, more than the " +
            std::to_string(kMaxReplayCommands) + " a replay plays (docs/limits.md)";
    return std::nullopt;
  }
  for (std::size_t i = 0; i < commands.size(); ++i) {
    if (!commands[i].is_string()) continue;
    std::string c = commands[i].get<std::string>();
    if (c.size() > kMaxReplayCommandBytes) {
      error = "command " + std::to_string(i + 1) + " in '" + name + "' is " + std::to_string(c.size()) +
              " bytes long, more than the " + std::to_string(kMaxReplayCommandBytes) +
              " a command may be (docs/limits.md); this file was not written by Mingle as it stands";
      return std::nullopt;
    }
    r.commands.push_back(std::move(c));
  }
  if (j.contains("player")) r.player = text_at(j["player"], "name");
  r.stop_reason = text_at(j, "stopped_because");
  if (j.contains("scenario")) {
    r.scenario_folder = text_at(j["scenario"], "folder");
    r.scenario_id = text_at(j["scenario"], "id");
  }
  r.original = j;
  return r;
}

}  // namespace mingle::net
