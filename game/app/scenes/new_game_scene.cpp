#include "app/scenes/new_game_scene.h"

#include "app/app.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "core/scenario/loader.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <optional>

namespace fs = std::filesystem;

namespace mingle::app {

NewGameScene::NewGameScene(App& app) : app_(app) {
  if (const Workshop* w = app_.workshop()) {  // a workshop plays its own scenario, nothing else
    // On a shared computer the name starts empty: the last trainee's name would be the next
    // one's by a press of Return, and would show them the last trainee's runs.
    options_.push_back({"Workshop: " + w->title, w->scenario_path.string()});
    return;
  }
  // What the bundled content offers: the campaign (if any), then each event on its own.
  const fs::path dialogues = app_.options().data_dir / "dialogues";
  std::error_code ec;
  std::optional<Campaign> campaign;
  if (fs::exists(dialogues / "campaign.yaml", ec)) {
    LoadResult r = load_content(dialogues);
    const std::string title = r.campaign ? r.campaign->title : "The bundled campaign";
    options_.push_back({"The whole campaign: " + title, dialogues.string()});
    campaign = std::move(r.campaign);
  }
  // Then each event on its own, by its title, in the campaign's order; event folders the
  // campaign does not list come after, by title.
  std::vector<fs::path> events;
  for (const auto& entry : fs::directory_iterator(dialogues, ec))
    if (entry.is_directory() && fs::exists(entry.path() / "event.yaml", ec)) events.push_back(entry.path());
  std::vector<std::pair<std::string, fs::path>> listed, others;  // title, folder
  if (campaign)
    for (const auto& step : campaign->steps) {
      const std::string name = fs::path(step.event.folder).filename().string();
      for (const auto& e : events)
        if (e.filename().string() == name || e.filename().string() == step.event.id)
        {
          listed.push_back({step.event.title.empty() ? name : step.event.title, e});
          break;
        }
    }
  for (const auto& e : events) {
    if (std::any_of(listed.begin(), listed.end(), [&](const auto& l) { return l.second == e; })) continue;
    const LoadResult r = load_content(e);
    const bool titled = r.campaign && !r.campaign->steps.empty() && !r.campaign->steps[0].event.title.empty();
    others.push_back({titled ? r.campaign->steps[0].event.title : e.filename().string(), e});
  }
  std::sort(others.begin(), others.end());
  for (const auto& l : listed) options_.push_back({"One event: " + l.first, l.second.string()});
  for (const auto& o : others) options_.push_back({"One event: " + o.first, o.second.string()});
  std::strncpy(name_, app_.last_player_name().c_str(), sizeof(name_) - 1);
}

// In a workshop: the runs of the trainee whose name is typed, newest first (read again when the
// name changes), as many as fit in `room` pixels. The title screen shows nobody's there
// (core/workshop/trainee_runs.h).
void NewGameScene::own_past_runs(float room) {
  list_h_ = 0.0f;
  if (!app_.workshop()) return;
  if (past_for_ != name_) {
    past_for_ = name_;
    past_ = app_.past_runs(past_for_);
  }
  if (past_.empty()) return;
  const float top = ImGui::GetCursorPosY();
  ImGui::TextColored(theme::heading_text(), "Your past runs");
  ImGui::PushTextWrapPos(0.0f);
  const float line = ImGui::GetTextLineHeightWithSpacing();
  for (std::size_t n = 0; n < past_.size(); ++n) {
    // One workshop plays one scenario: the lines leave its title out.
    const std::string text = net::past_run_line(past_[past_.size() - 1 - n], false);
    const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x).y;
    if (n > 0 && ImGui::GetCursorPosY() - top + h + 2.0f * line > room) {
      ImGui::TextDisabled("and %zu before %s", past_.size() - n, n == 1 ? "that" : "those");
      break;
    }
    ImGui::Bullet();
    ImGui::TextWrapped("%s", text.c_str());
  }
  ImGui::PopTextWrapPos();
  list_h_ = ImGui::GetCursorPosY() - top;
}

bool NewGameScene::handle_event(const sf::Event& event) {
  // (Esc is read in ui(): it must work while the name field has the keyboard too.)
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
  const int rows = static_cast<int>(options_.size()) + (app_.workshop() ? 0 : 1);
  // Up and Down choose what to play even while the name field has the keyboard (a one-line
  // field has no use for them), so the whole screen works from the keyboard.
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) choice_ = (choice_ + rows - 1) % rows;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) choice_ = (choice_ + 1) % rows;
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
    app_.scenes().pop();
    return;
  }
  const float width = std::min(theme::px(720), io.DisplaySize.x - 40.0f);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y - 24.0f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##newgame", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  text_log_window();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "A new game");
  ImGui::PopFont();
  // A window short for the UI scale (1280x720 at 1.5) puts the name's label beside its box and
  // the folder's box beside its row, so the buttons stay in view with a problem shown too.
  const bool compact = io.DisplaySize.y < theme::px(600);
  if (compact) {
    ImGui::AlignTextToFramePadding();
    ImGui::Text("Your name, for your badge:");
    ImGui::SameLine();
  } else {
    ImGui::Text("Your name, for your badge and your results");
  }
  if (focus_name_) {
    ImGui::SetKeyboardFocusHere();
    focus_name_ = false;
  }
  ImGui::SetNextItemWidth(std::min(theme::px(420), compact ? ImGui::GetContentRegionAvail().x : width - 40.0f));
  if (ImGui::InputTextWithHint("##name", "e.g. Sam", name_, sizeof(name_), ImGuiInputTextFlags_EnterReturnsTrue))
    start();
  // The past runs take what the window leaves (heights from the last frame), so the buttons
  // stay in view at any UI scale.
  own_past_runs(io.DisplaySize.y - 24.0f - rest_h_);
  if (!compact) ImGui::Spacing();
  ImGui::Text("What to play");
  ImGui::SameLine();
  ImGui::TextDisabled("(Up / Down, or click)");
  // The chosen row has a filled button and a mark before it, not only a colour. Rows a little
  // tighter than elsewhere, so the page fits a 720-pixel window at UI scale 1.5.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, theme::px(4)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, theme::px(6)));
  auto row = [&](const std::string& label, int i) {
    const bool chosen = choice_ == i;
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(chosen ? theme::kSelectedMark : "   ");
    ImGui::SameLine(ImGui::CalcTextSize(theme::kSelectedMark).x + ImGui::GetStyle().WindowPadding.x + 4.0f);
    ImGui::RadioButton(label.c_str(), &choice_, i);
  };
  for (std::size_t i = 0; i < options_.size(); ++i) row(options_[i].first, static_cast<int>(i));
  if (!app_.workshop()) row("A scenario folder of your own:", static_cast<int>(options_.size()));
  const bool own_folder = !app_.workshop() && choice_ == static_cast<int>(options_.size());
  if (own_folder && compact) ImGui::SameLine();
  ImGui::PopStyleVar(2);
  if (own_folder) {
    ImGui::SetNextItemWidth(compact ? ImGui::GetContentRegionAvail().x : width - theme::px(60));
    if (ImGui::InputTextWithHint("##folder", "/home/you/scenarios/our-reception", folder_, sizeof(folder_),
                                 ImGuiInputTextFlags_EnterReturnsTrue))
      start();
  }
  ImGui::PushTextWrapPos(0.0f);
  for (const auto& p : problems_) ImGui::TextColored(theme::warning_text(), "%s", p.c_str());
  ImGui::PopTextWrapPos();
  if (!compact) ImGui::Spacing();
  if (ImGui::Button("Walk in  (Return)", ImVec2(theme::px(240), 0))) start();
  ImGui::SameLine();
  if (ImGui::Button("Back  (Esc)", ImVec2(theme::px(160), 0))) app_.scenes().pop();
  rest_h_ = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - list_h_;
  ImGui::End();
}

}  // namespace mingle::app
