// The window's side of workshops and progress: the run's statements go to the workshop's LRS
// (net/workshop_session.h) from a background thread, the results file gains the player, the
// ideas met and the workshop's part, and a quiet line says how many records wait to be sent.
#include "app/app.h"
#include "app/platform/text_log.h"
#include "core/sim/commands.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

namespace fs = std::filesystem;

namespace mingle::app {

std::vector<net::PastRun> App::past_runs(const std::string& player) const {
  if (options_.results_dir.empty()) return {};
  return net::runs_shown(options_.results_dir, workshop(), player);
}

std::string App::attempt_words() const { return workshop_session_ ? workshop_session_->attempt_words() : std::string(); }

std::vector<std::string> App::since_last_attempt(const Campaign& c, const sim::RunState& s) const {
  if (!last_attempt_) return {};
  return net::changes_since(*last_attempt_, c, s);
}

// Beside the save: what Continue needs to go on with a workshop run under its registration.
fs::path App::workshop_note() const {
  return options_.save_file.empty() ? fs::path() : options_.save_file.parent_path() / "workshop-run.json";
}

void App::prepare_to_close() {
  if (workshop_session_ && !workshop_note().empty()) workshop_session_->suspend_into(workshop_note());
}

void App::suspend_workshop_run() {
  if (!workshop_session_ || !session_) return;
  sim::RunState stopped = session_->run();
  const sim::CommandResult result = sim::stop_run(session_->campaign(), stopped, "back to the title");
  if (!result.ok) return;  // the run was over already
  prepare_to_close();
  workshop_session_->after_command(session_->campaign(), stopped, result);
}

void App::attach_workshop(const fs::path& content, bool continued) {
  workshop_session_.reset();
  last_attempt_.reset();
  if (!session_) return;
  const Campaign& c = session_->campaign();
  const std::string player = session_->player();
  std::error_code ec;
  const bool in_workshop =
      options_.workshop && fs::weakly_canonical(content, ec) == fs::weakly_canonical(options_.workshop->scenario_path, ec);
  // The last attempt at this scenario by this player, for the debrief (in a workshop, their
  // attempts in it only: core/workshop/trainee_runs.h).
  if (!player.empty() && !options_.results_dir.empty()) {
    auto past = in_workshop ? net::earlier_attempts(options_.results_dir, *options_.workshop, player, c.id)
                            : net::past_runs(options_.results_dir, player, c.id);
    const fs::path own = session_->files().results;
    past.erase(std::remove_if(past.begin(), past.end(),
                              [&](const net::PastRun& r) { return fs::equivalent(r.file, own, ec); }),
               past.end());
    if (!past.empty()) last_attempt_ = past.back();
  }
  if (in_workshop) {
    const int attempt = net::next_attempt(options_.results_dir, *options_.workshop, player, c.id).number;
    workshop_session_ = std::make_shared<net::WorkshopSession>(*options_.workshop, player.empty() ? "Trainee" : player,
                                                               c, attempt);
    if (continued) workshop_session_->continued(c, session_->run(), workshop_note());
    std::weak_ptr<net::WorkshopSession> weak = workshop_session_;
    session_->observe([weak](const Campaign& camp, const sim::RunState& run, const sim::CommandResult& r) {
      if (auto ws = weak.lock()) ws->after_command(camp, run, r);
    });
    workshop_session_->begin(c, session_->run());  // "initialized", or "resumed"
    if (!continued && !workshop_note().empty()) workshop_session_->write_note(workshop_note(), c.id);
  }
  // Whatever writes the results file, the player, the ideas met and the workshop's part are
  // added to it (read back, then written again atomically).
  std::shared_ptr<net::WorkshopSession> ws = workshop_session_;
  session_->add_to_results([ws](const Campaign& camp, const sim::RunState& run, const std::string& who,
                                const fs::path& file, std::string& error) {
    return net::decorate_results_file(file, camp, run, who, ws.get(), error);
  });
}

void App::draw_workshop_status(float dt) {
  if (!workshop_session_) return;
  for (auto& p : workshop_session_->take_problems()) {
    std::cerr << "mingle: " << p << "\n";  // the details, for the facilitator
    // What the start of a run found (net/lrs_check.h) is already in words to pass on: shown as
    // it is, for longer. Otherwise, for the player, a quiet word: nothing is lost either way.
    const bool for_facilitator = p.rfind("Please tell your facilitator", 0) == 0;
    status_problem_ = for_facilitator ? p
                      : p.find("refused") != std::string::npos
                          ? "The record store turned down one record; it is kept for your facilitator."
                          : "The record store can't be reached just now; your records are kept and go later.";
    status_problem_left_ = for_facilitator ? 20.0f : 8.0f;
  }
  // Records that could not be kept on this computer are lost to the record store: said for as
  // long as the run lasts, never covered by "kept and go later".
  if (workshop_session_->unqueued() > 0) {
    status_problem_ = "Some of your records could not be kept on this computer, so the record store won't have "
                      "all of this run; your facilitator can see why in the terminal.";
    status_problem_left_ = 1.0f;
  }
  status_problem_left_ = std::max(0.0f, status_problem_left_ - dt);
  const std::size_t waiting = workshop_session_->waiting();
  if (waiting == 0 && status_problem_left_ <= 0.0f) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 10, io.DisplaySize.y - 10), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowBgAlpha(0.45f);
  ImGui::Begin("##workshop-status", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  text_log_window();
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.85f, 0.8f, 0.8f));
  if (waiting > 0)
    ImGui::Text("%zu %s waiting to reach the workshop's record store", waiting, waiting == 1 ? "record" : "records");
  if (status_problem_left_ > 0.0f) {
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 18.0f);
    ImGui::TextWrapped("%s", status_problem_.c_str());
    ImGui::PopTextWrapPos();
  }
  ImGui::PopStyleColor();
  ImGui::End();
}

void App::finish_workshop() {
  if (!workshop_session_ || !workshop_session_->has_lrs()) return;
  // A short, bounded wait for the last statements (the closing ones were queued just now);
  // what does not go now waits on disk for the next game or 'mingle sync'.
  for (int i = 0; i < 40 && workshop_session_->waiting() > 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  const std::size_t waiting = workshop_session_->waiting();
  if (waiting > 0)
    std::cerr << "mingle: " << waiting << (waiting == 1 ? " statement waits" : " statements wait")
              << " on this computer for the workshop's learning record store; they go next time, or with "
                 "'mingle sync --workshop "
              << options_.workshop->file.string() << "'.\n";
  workshop_session_.reset();
}

}  // namespace mingle::app
