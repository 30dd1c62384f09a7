#include "app/game_session.h"

#include "core/sim/save.h"
#include "core/util/atomic_file.h"

#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

namespace mingle::app {

GameSession::GameSession(Campaign campaign, sim::RunState run, std::string content_path,
                         std::string player, SessionFiles files, ResultsWriter writer)
    : campaign_(std::move(campaign)),
      run_(std::move(run)),
      content_path_(std::move(content_path)),
      player_(std::move(player)),
      files_(std::move(files)),
      writer_(std::move(writer)) {
  save();
}

sim::CommandResult GameSession::send(const std::string& command_text) {
  std::string error;
  const auto command = sim::parse_command(command_text, error);
  if (!command) {
    sim::CommandResult refused;
    refused.reason = error.empty() ? "That is not a command." : error;
    return refused;
  }
  sim::CommandResult result = sim::apply(campaign_, run_, *command);
  if (!result.ok) return result;
  if (observer_) observer_(campaign_, run_);
  if (result.event_ended || result.run_finished) write_results(run_);
  save();
  return result;
}

void GameSession::close(const std::string& why) {
  sim::RunState stopped = run_;
  sim::stop_run(campaign_, stopped, why);
  if (observer_) observer_(campaign_, stopped);
  write_results(stopped);
  save();
}

std::vector<std::string> GameSession::take_problems() {
  std::vector<std::string> out;
  out.swap(problems_);
  return out;
}

void GameSession::save() {
  if (files_.save.empty()) return;
  std::string error;
  if (!write_file_atomically(files_.save, session_save_text(*this), error))
    problems_.push_back("Your game could not be saved: " + error);
}

void GameSession::write_results(const sim::RunState& run) {
  if (files_.results.empty() || !writer_) return;
  std::string error;
  if (!writer_(campaign_, run, player_, files_.results, error))
    problems_.push_back("The results file could not be written: " + error);
}

std::string session_save_text(const GameSession& session) {
  YAML::Emitter out;
  out << YAML::BeginMap;
  out << YAML::Key << "mingle_save" << YAML::Value << 1;
  out << YAML::Key << "content" << YAML::Value << session.content_path();
  out << YAML::Key << "player" << YAML::Value << session.player();
  out << YAML::Key << "run" << YAML::Value << YAML::Literal
      << sim::save_run(session.campaign(), session.run());
  out << YAML::EndMap;
  return std::string(out.c_str()) + "\n";
}

std::optional<SavedSession> read_session_save(const std::filesystem::path& file, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "there is no saved game at " + file.string();
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    const YAML::Node root = YAML::Load(text.str());
    if (!root.IsMap() || !root["mingle_save"] || !root["content"] || !root["run"]) {
      error = file.string() + " is not a Mingle save";
      return std::nullopt;
    }
    SavedSession s;
    s.content_path = root["content"].as<std::string>();
    s.player = root["player"] ? root["player"].as<std::string>() : std::string();
    s.run_text = root["run"].as<std::string>();
    return s;
  } catch (const YAML::Exception& e) {
    error = file.string() + " could not be read: " + e.msg;
    return std::nullopt;
  }
}

}  // namespace mingle::app
