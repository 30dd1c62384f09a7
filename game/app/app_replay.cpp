// `mingle --replay RESULTS.json`: a trainee's run played back in the window from its seed and
// commands, so a facilitator can show the room what happened. Space pauses and resumes, S (or
// the right arrow) plays one command, + and - change the speed. Nothing of the player's is
// touched: no save, and a results file only where --results says.
#include "app/app.h"
#include "core/util/text_cut.h"
#include "app/room/room_scene.h"
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"
#include "core/sim/commands.h"
#include "core/sim/views.h"
#include "core/util/atomic_file.h"
#include "net/replay_script.h"

#include <imgui.h>
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
  static constexpr float kSecondsPerCommand = 1.5f;
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
    std::ostringstream text;
    text << back.rdbuf();
    back.close();  // before the file is replaced: Windows refuses to replace a file still open
    ordered_json out = ordered_json::parse(text.str(), nullptr, false);
    if (!out.is_object()) {
      err = "couldn't read back '" + file.string() + "'";
      return false;
    }
    net::decorate_results(out, c, run, who, nullptr);
    if (!workshop.is_null()) out["workshop"] = workshop;
    return write_file_atomically(file, out.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n", err);
  });
  replay_ = r;
  auto room = std::make_unique<RoomScene>(*this, session_);
  room->set_replaying(true);
  scenes_.reset(std::move(room));
  return true;
}

void App::replay_step() {
  if (!replay_ || !session_ || replay_->next >= replay_->commands.size()) return;
  const std::string command = replay_->commands[replay_->next++];
  if (auto* room = dynamic_cast<RoomScene*>(scenes_.top())) {
    room->replay(command);
  } else {
    const auto r = session_->send(command);
    if (!r.ok) std::cerr << "mingle: the replay's command '" << command << "' was refused: " << r.reason << "\n";
    if (sim::status_view(session_->campaign(), session_->run()).phase == sim::Phase::Event) {
      auto next_room = std::make_unique<RoomScene>(*this, session_);
      next_room->set_replaying(true);
      scenes_.reset(std::move(next_room));
    }
  }
}

void App::update_replay(float dt) {
  Replay& r = *replay_;
  if (r.next >= r.commands.size()) {
    if (!r.announced) {
      r.announced = true;
      std::cout << "mingle: the replay is done (" << r.commands.size() << " commands).\n" << std::flush;
    }
    return;
  }
  if (r.paused) return;
  r.timer += dt * r.speed;
  // At high speed several commands may fall due in one frame; the scene stack applies a change
  // of scene between frames, so at most one command is played per frame.
  if (r.timer >= Replay::kSecondsPerCommand) {
    r.timer = std::min(r.timer - Replay::kSecondsPerCommand, Replay::kSecondsPerCommand);
    replay_step();
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
        replay_step();
        return true;
      case sf::Keyboard::Add:
      case sf::Keyboard::Equal: r.speed = std::min(r.speed * 2.0f, 64.0f); return true;
      case sf::Keyboard::Subtract:
      case sf::Keyboard::Hyphen: r.speed = std::max(r.speed / 2.0f, 0.25f); return true;
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
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, 10), ImGuiCond_Always, ImVec2(0.5f, 0));
  ImGui::SetNextWindowBgAlpha(0.8f);
  ImGui::Begin("##replay", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoFocusOnAppearing);
  const std::string who = r.player.empty() ? std::string("a run") : cut_text(r.player, 200) + "'s run";
  if (r.next >= r.commands.size())
    ImGui::Text("Replay of %s: all %zu commands played.  Esc to close", who.c_str(), r.commands.size());
  else
    ImGui::Text("Replay of %s: %zu of %zu%s  ·  next: %s", who.c_str(), r.next, r.commands.size(),
                r.paused ? " (paused)" : "", cut_text(r.commands[r.next], 200).c_str());
  ImGui::TextDisabled("Space pause/play  ·  S step  ·  + / - speed (x%g)  ·  Esc close", static_cast<double>(r.speed));
  ImGui::End();
}

}  // namespace mingle::app
