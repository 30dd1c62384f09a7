#include "app/new_game_scene.h"

#include "app/app.h"
#include "core/scenario/loader.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <filesystem>

namespace fs = std::filesystem;

namespace mingle::app {

NewGameScene::NewGameScene(App& app) : app_(app) {
  std::strncpy(name_, app_.last_player_name().c_str(), sizeof(name_) - 1);
  if (const Workshop* w = app_.workshop()) {  // a workshop plays its own scenario, nothing else
    options_.push_back({"Workshop: " + w->title, w->scenario_path.string()});
    return;
  }
  // What the bundled content offers: the campaign (if any), then each event on its own.
  const fs::path dialogues = app_.options().data_dir / "dialogues";
  std::error_code ec;
  if (fs::exists(dialogues / "campaign.yaml", ec)) {
    const LoadResult r = load_content(dialogues);
    const std::string title = r.campaign ? r.campaign->title : "The bundled campaign";
    options_.push_back({"The whole campaign: " + title, dialogues.string()});
  }
  std::vector<fs::path> events;
  for (const auto& entry : fs::directory_iterator(dialogues, ec))
    if (entry.is_directory() && fs::exists(entry.path() / "event.yaml", ec)) events.push_back(entry.path());
  std::sort(events.begin(), events.end());
  for (const auto& e : events) options_.push_back({"One event: " + e.filename().string(), e.string()});
  std::strncpy(name_, app_.last_player_name().c_str(), sizeof(name_) - 1);
}

bool NewGameScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
    app_.scenes().pop();
    return true;
  }
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Return) {
    start();
    return true;
  }
  return false;
}

void NewGameScene::start() {
  const std::string path = choice_ < static_cast<int>(options_.size())
                               ? options_[static_cast<std::size_t>(choice_)].second
                               : std::string(folder_);
  if (path.empty()) {
    problems_ = {"Type the path of a scenario folder first."};
    return;
  }
  if (app_.workshop() && std::string(name_).find_first_not_of(' ') == std::string::npos) {
    problems_ = {"Type your name first: the workshop's records are kept under it."};
    return;
  }
  problems_ = app_.start_game(path, name_);
}

void NewGameScene::ui() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.55f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(720, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##newgame", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextUnformatted("A new game");
  ImGui::PopFont();
  ImGui::Text("Your name, for your badge and your results");
  if (focus_name_) {
    ImGui::SetKeyboardFocusHere();
    focus_name_ = false;
  }
  ImGui::SetNextItemWidth(420);
  if (ImGui::InputTextWithHint("##name", "e.g. Sam", name_, sizeof(name_), ImGuiInputTextFlags_EnterReturnsTrue))
    start();
  ImGui::Spacing();
  ImGui::Text("What to play");
  for (std::size_t i = 0; i < options_.size(); ++i)
    ImGui::RadioButton(options_[i].first.c_str(), &choice_, static_cast<int>(i));
  if (!app_.workshop())
    ImGui::RadioButton("A scenario folder of your own:", &choice_, static_cast<int>(options_.size()));
  if (!app_.workshop() && choice_ == static_cast<int>(options_.size())) {
    ImGui::SetNextItemWidth(660);
    if (ImGui::InputTextWithHint("##folder", "/home/you/scenarios/our-reception", folder_, sizeof(folder_),
                                 ImGuiInputTextFlags_EnterReturnsTrue))
      start();
  }
  for (const auto& p : problems_) ImGui::TextColored(ImVec4(1.0f, 0.72f, 0.5f, 1.0f), "%s", p.c_str());
  ImGui::Spacing();
  if (ImGui::Button("Walk in  (Return)", ImVec2(240, 0))) start();
  ImGui::SameLine();
  if (ImGui::Button("Back  (Esc)", ImVec2(160, 0))) app_.scenes().pop();
  ImGui::End();
}

}  // namespace mingle::app
