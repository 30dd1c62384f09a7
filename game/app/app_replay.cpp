// `mingle --replay RESULTS.json`: a trainee's run played back in the window from its seed and
// commands, so a facilitator can show the room what happened. Each command goes to the screen
// that took it in the run: in the room the figure walks over to whom the player talked to (and
// to the door to leave); the debrief, the weeks after each event and the season's review follow
// as they did; the end is a panel saying how the run ended (core/sim/run_end.h). Space pauses
// and resumes, S (or the right arrow) plays one step, + and - change the speed, Return hides and
// shows the ending. Nothing of the player's is touched: no save, and a results file only where
// --results says.
#include "app/app.h"
#include "core/util/text_cut.h"
#include "app/painting/theme.h"
#include "app/platform/text_log.h"
#include "app/room/room_scene.h"
#include "app/scenes/debrief_scene.h"
#include "core/sim/run_end.h"
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"
#include "core/util/atomic_file.h"
#include "net/replay_script.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::ordered_json;

namespace mingle::app {

struct App::Replay {
  std::vector<std::string> commands;
  std::size_t next = 0;
  bool paused = false;
  float speed = 1.0f;
  float timer = 0.0f;
  std::string player, stop_reason;
  ordered_json original;
  bool announced = false;
  std::optional<sim::RunEndView> end;  // once every command is played: how the run ended
  bool end_hidden = false;             // Return hides the ending to look at the screen behind
  bool stepping = false;               // S while paused: this step's walk goes on to its end
  static constexpr float kSecondsPerCommand = 1.5f;
  static constexpr float kStepsOnDebrief = 3.0f;  // a debrief stays up for three steps' time
  static constexpr int kMostWalkSteps = 32;       // a walk goes at most this much faster than life
};

std::string App::replay_stop_reason() const {
  return replay_ && !replay_->stop_reason.empty() ? replay_->stop_reason : "the replay was closed";
}

bool App::start_replay(std::string& error) {
  std::string text;
  if (!read_file_capped(options_.replay, net::kMaxReplayFileBytes, "the results file", text, error)) return false;
  std::optional<net::ReplayScript> script = net::read_replay_script(text, options_.replay.string(), error);
  if (!script) return false;
  const ordered_json& j = script->original;
  fs::path content = options_.scenario;
  if (content.empty()) content = script->scenario_folder;
  if (content.empty()) {
    error = "the results file does not say where its scenario is; name it with --scenario PATH";
    return false;
  }
  const LoadResult loaded = load_content(content);
  if (!loaded.ok() || !loaded.campaign || loaded.campaign->steps.empty()) {
    error = "the scenario '" + content.string() + "' does not load ('mingle check' says why)";
    return false;
  }
  const std::string& scenario_id = script->scenario_id;
  if (!scenario_id.empty() && scenario_id != loaded.campaign->id) {
    error = "the results file is a run of '" + scenario_id + "', not of '" + loaded.campaign->id + "'";
    return false;
  }
  auto r = std::make_shared<Replay>();
  r->commands = script->commands;
  r->player = script->player;
  r->stop_reason = script->stop_reason;
  r->speed = std::isfinite(options_.replay_speed) ? std::clamp(options_.replay_speed, 0.25f, 1000.0f) : 1.0f;
  r->original = j;

  SessionFiles files;  // never the player's save
  files.results = options_.results_file;
  session_ = std::make_shared<GameSession>(*loaded.campaign, sim::start_run(*loaded.campaign, script->seed),
                                           fs::absolute(content).string(), r->player, files);
  // The replayed file is written as the original was: the core's results, what the game adds,
  // and the original's workshop part as it stands.
  const ordered_json workshop = j.contains("workshop") ? j["workshop"] : ordered_json();
  session_->add_to_results([workshop](const Campaign& c, const sim::RunState& run, const std::string& who,
                                      const fs::path& file, std::string& err) {
    std::ifstream back(file, std::ios::binary);
    std::ostringstream written;
    written << back.rdbuf();
    back.close();  // before the file is replaced: Windows refuses to replace a file still open
    ordered_json out = ordered_json::parse(written.str(), nullptr, false);
    if (!out.is_object()) {
      err = "couldn't read back '" + file.string() + "'";
      return false;
    }
    net::decorate_results(out, c, run, who, nullptr);
    if (!workshop.is_null()) out["workshop"] = workshop;
    return write_file_atomically(file, out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n", err);
  });
  replay_ = r;  // before the room: it asks replaying()
  scenes_.reset(std::make_unique<RoomScene>(*this, session_));
  return true;
}

void App::replay_step() {
  if (!replay_ || !session_ || replay_->next >= replay_->commands.size()) return;
  Scene* top = scenes_.top();
  if (auto* room = dynamic_cast<RoomScene*>(top); room && room->replay_busy()) return;  // a walk first
  if (auto* debrief = dynamic_cast<DebriefScene*>(top)) {
    // Read, and on as Return would (no command of its own): to the weeks after or the next event.
    if (sim::status_view(session_->campaign(), session_->run()).phase != sim::Phase::Finished) {
      debrief->go_on();
      return;
    }
  }
  const std::string command = replay_->commands[replay_->next++];
  if (auto* room = dynamic_cast<RoomScene*>(top)) {
    room->replay(command);
  } else if (auto* weeks = dynamic_cast<FollowUpScene*>(top)) {
    weeks->replay(command);
  } else {
    const auto r = session_->send(command);
    if (!r.ok) std::cerr << "mingle: the replay's command '" << command << "' was refused: " << r.reason << "\n";
    if (sim::status_view(session_->campaign(), session_->run()).phase == sim::Phase::Event)
      scenes_.reset(std::make_unique<RoomScene>(*this, session_));
  }
}

void App::update_replay(float dt) {
  Replay& r = *replay_;
  if (r.end) return;
  auto* room = dynamic_cast<RoomScene*>(scenes_.top());
  if (room && !room->replay_busy()) r.stepping = false;
  if (room) room->hold_replay_walk(r.paused && !r.stepping);  // paused: the figure stops where it is
  if (room && room->replay_busy()) {
    // A walk under way: the next command waits for it. At a higher speed the figure walks
    // faster, in the room's own steps (so it walks round what is in the way as in play).
    if (!r.paused || r.stepping) {
      const int extra = std::clamp(static_cast<int>(r.speed) - 1, 0, Replay::kMostWalkSteps - 1);
      for (int i = 0; i < extra && room->replay_busy(); ++i) room->update(kStep);
    }
    return;
  }
  if (r.paused) return;
  r.timer += dt * r.speed;
  const bool debrief = dynamic_cast<DebriefScene*>(scenes_.top()) != nullptr;
  const float due = Replay::kSecondsPerCommand * (debrief ? Replay::kStepsOnDebrief : 1.0f);
  // At high speed several commands may fall due in one frame; the scene stack applies a change
  // of scene between frames, so at most one command is played per frame.
  if (r.timer < due) return;
  r.timer = std::min(r.timer - due, Replay::kSecondsPerCommand);
  if (r.next < r.commands.size()) {
    replay_step();
    return;
  }
  // Every command played, and the last one's screen seen for a step: the ending.
  r.end = sim::run_end_view(session_->campaign(), session_->run(), r.stop_reason);
  if (!r.announced) {
    r.announced = true;
    std::cout << "mingle: the replay is done (" << r.commands.size() << " commands): "
              << sim::run_end_word(r.end->kind) << ". " << r.end->where << "\n"
              << std::flush;
  }
}

bool App::replay_event(const sf::Event& event) {
  Replay& r = *replay_;
  if (event.type == sf::Event::KeyPressed) {
    switch (event.key.code) {
      case sf::Keyboard::Space: r.paused = !r.paused; return true;
      case sf::Keyboard::S:
      case sf::Keyboard::Right:
        r.paused = true;
        r.stepping = true;  // a walk this step begins (or one under way) goes on to its end
        replay_step();
        return true;
      case sf::Keyboard::Add:
      case sf::Keyboard::Equal: r.speed = std::min(r.speed * 2.0f, 64.0f); return true;
      case sf::Keyboard::Subtract:
      case sf::Keyboard::Hyphen: r.speed = std::max(r.speed / 2.0f, 0.25f); return true;
      case sf::Keyboard::Return: r.end_hidden = !r.end_hidden; return true;
      case sf::Keyboard::Escape: request_quit(); return true;
      default: return true;
    }
  }
  // Watching, not playing: clicks and typing do not reach the room.
  return event.type == sf::Event::KeyReleased || event.type == sf::Event::TextEntered ||
         event.type == sf::Event::MouseButtonPressed || event.type == sf::Event::MouseButtonReleased;
}

void App::draw_replay_panel() {
  const Replay& r = *replay_;
  const ImGuiIO& io = ImGui::GetIO();
  // In the room, at the left under the HUD (the news hangs at the right); over a page (a debrief,
  // the weeks after, the season), in the bottom right corner, where only the page's keys are.
  if (const auto* room = dynamic_cast<const RoomScene*>(scenes_.top()))
    ImGui::SetNextWindowPos(ImVec2(10, room->hud_bottom() + 8), ImGuiCond_Always, ImVec2(0, 0));
  else
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 10, io.DisplaySize.y - 10), ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::Begin("##replay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());  // over the debrief's and the season's pages too
  const std::string who = r.player.empty() ? std::string("a run") : cut_text(r.player, 200) + "'s run";
  if (r.end)
    ImGui::Text("Replay of %s: all %zu played (%s)", who.c_str(), r.commands.size(), sim::run_end_word(r.end->kind));
  else if (r.next >= r.commands.size())
    ImGui::Text("Replay of %s: all %zu played%s", who.c_str(), r.commands.size(), r.paused ? " (paused)" : "");
  else
    ImGui::Text("Replay of %s: %zu of %zu%s  ·  next: %s", who.c_str(), r.next, r.commands.size(),
                r.paused ? " (paused)" : "", cut_text(r.commands[r.next], 200).c_str());
  if (r.end)
    ImGui::TextDisabled("Return %s the ending  ·  Esc close", r.end_hidden ? "shows" : "hides");
  else
    ImGui::TextDisabled("Space pause  ·  S step  ·  +/- speed (x%g)  ·  Esc close", static_cast<double>(r.speed));
  ImGui::End();
}

void App::draw_replay_end() {
  if (!replay_ || !replay_->end || replay_->end_hidden) return;
  const Replay& r = *replay_;
  const sim::RunEndView& v = *r.end;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(io.DisplaySize.x - 40.0f, theme::px(760)), 0), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(1.0f);  // read on its own, not through the page behind
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::px(24), theme::px(18)));
  ImGui::Begin("##replay-end", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  ImGui::BringWindowToDisplayFront(ImGui::GetCurrentWindow());  // over the screen the run ended on
  text_log_window();
  const std::string whose = r.player.empty() ? std::string("How the run ended") : "How " + cut_text(r.player, 200) + "'s run ended";
  ImGui::TextDisabled("%s", whose.c_str());
  ImGui::PushFont(fonts_.large);
  ImGui::TextColored(theme::heading_text(), "%s", v.heading.c_str());
  ImGui::PopFont();
  ImGui::PushTextWrapPos(0.0f);
  for (const std::string* line : {&v.where, &v.why, &v.scores})
    if (!line->empty()) ImGui::TextUnformatted(cut_text(*line).c_str());
  ImGui::Spacing();
  ImGui::TextDisabled("The recorded run stops here.  Return: the screen behind  ·  Esc: close");
  ImGui::PopTextWrapPos();
  ImGui::End();
  ImGui::PopStyleVar(2);
}

}  // namespace mingle::app
