#include "app/game_session.h"

#include "core/sim/results_file.h"
#include "core/sim/save.h"

namespace mingle::app {

GameSession::GameSession(Campaign campaign, sim::RunState run, std::string content_path,
                         std::string player, SessionFiles files)
    : campaign_(std::move(campaign)),
      run_(std::move(run)),
      content_path_(std::move(content_path)),
      player_(std::move(player)),
      files_(std::move(files)) {
  save();
}

sim::CommandResult GameSession::send(const std::string& command_text) {
  sim::CommandResult unread;
  const auto command = sim::parse_command(command_text, unread);
  if (!command) {
    if (unread.reason.empty()) unread.reason = "That is not a command.";
    return unread;
  }
  return send(*command);
}

sim::CommandResult GameSession::send(const sim::Command& command) {
  sim::CommandResult result = sim::apply(campaign_, run_, command);
  if (!result.ok) {
    sim::note_refused(campaign_, run_, command, result);  // for the facilitator: where they got stuck
    if (observer_) observer_(campaign_, run_, result);
    save();
    return result;
  }
  if (observer_) observer_(campaign_, run_, result);
  if (result.event_ended || result.run_finished) write_results(run_);
  save();
  return result;
}

void GameSession::close(const std::string& why) {
  sim::RunState stopped = run_;
  const sim::CommandResult result = sim::stop_run(campaign_, stopped, why);
  if (observer_ && result.ok) observer_(campaign_, stopped, result);
  write_results(stopped);
  save();
}

void GameSession::replace_content(Campaign campaign, sim::RunState run) {
  campaign_ = std::move(campaign);
  run_ = std::move(run);
  save();
}

void GameSession::author_change(const std::function<void(const Campaign&, sim::RunState&)>& change) {
  change(campaign_, run_);
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
  if (!sim::write_save_file(files_.save, campaign_, run_, sim::SaveInfo{content_path_, player_}, error))
    problems_.push_back("Your game could not be saved: " + error);
}

void GameSession::write_results(const sim::RunState& run) {
  if (files_.results.empty()) return;
  std::string error;
  if (!sim::write_results_file(files_.results, campaign_, run, player_, error) ||
      (addition_ && !addition_(campaign_, run, player_, files_.results, error)))
    problems_.push_back("The results file could not be written: " + error);
}

}  // namespace mingle::app
