#include "app/scenes/season_scene.h"

#include "app/app.h"
#include "app/layout_dump_file.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"

#include <SFML/Graphics/RectangleShape.hpp>
#include <imgui.h>

#include <algorithm>
#include <string>

namespace mingle::app {
namespace {

// The strip below the page's columns that holds its button, at any UI scale.
float footer_height() { return ImGui::GetFrameHeightWithSpacing() + ImGui::GetStyle().ItemSpacing.y + 4.0f; }


std::string signed_number(int n) { return (n > 0 ? "+" : "") + std::to_string(n); }

}  // namespace

SeasonScene::SeasonScene(App& app, std::shared_ptr<GameSession> session)
    : app_(app), session_(std::move(session)), view_(sim::season_review(session_->campaign(), session_->run())) {}

bool SeasonScene::handle_event(const sf::Event& event) {
  if (pause_.handle_event(app_, event)) return true;
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Return) {
    app_.return_to_title();
    return true;
  }
  return false;
}

void SeasonScene::draw(sf::RenderWindow& window, float) {
  sf::RectangleShape bg(sf::Vector2f(window.getSize()));
  bg.setFillColor(theme::kWall);
  window.draw(bg);
}

void SeasonScene::ui() {
  const ImGuiIO& io = ImGui::GetIO();
  theme::next_window_centred(std::min(theme::px(1100), io.DisplaySize.x - 40), io.DisplaySize.y - 40);
  ImGui::Begin("##season", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove);
  text_log_window();
  if (pause_.open()) ImGui::BeginDisabled();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "The season in review");
  ImGui::PopFont();
  ImGui::TextDisabled("%s", view_.title.c_str());
  ImGui::Separator();

  const float half = ImGui::GetContentRegionAvail().x * 0.5f - 8.0f;
  ImGui::BeginChild("##season-left", ImVec2(half, -footer_height()), false);
  layout_may_scroll();
  if (first_frame_) ImGui::SetScrollY(0.0f);
  ImGui::PushTextWrapPos(0.0f);  // the heading wraps in a narrow column (a large UI scale)
  ImGui::TextColored(theme::heading_text(), "Three things to take into your next real event");
  ImGui::PopTextWrapPos();
  for (std::size_t i = 0; i < view_.take_away.size(); ++i) {
    ImGui::Text("%d.", static_cast<int>(i + 1));
    ImGui::SameLine();
    ImGui::TextWrapped("%s", view_.take_away[i].c_str());
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Scores by event");
  if (ImGui::BeginTable("##scores", 4, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableSetupColumn("Event", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableSetupColumn("Enjoyment");
    ImGui::TableSetupColumn("Value");
    ImGui::TableSetupColumn("Running total");
    ImGui::TableHeadersRow();
    for (const auto& e : view_.events) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%d. %s", e.event_no, e.title.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s", signed_number(e.score.enjoyment).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s", signed_number(e.score.value).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d  \u00b7  %d", e.score.enjoyment_total, e.score.value_total);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::Indent();
      ImGui::TextWrapped("The weeks after");
      ImGui::Unindent();
      ImGui::TableNextColumn();
      ImGui::Text("%s", signed_number(e.score.after_enjoyment).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%s", signed_number(e.score.after_value).c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d  \u00b7  %d", e.score.after_enjoyment_total, e.score.after_value_total);
    }
    ImGui::EndTable();
  }
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Each evening, then the weeks after it (follow-ups, invitations met); the running total is enjoyment \u00b7 value.");
  ImGui::PopStyleColor();
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "The ideas, and where you met them");
  for (const auto& i : view_.ideas) {
    const bool met = !i.events.empty();
    ImGui::TextColored(met ? theme::good_text() : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled), "%s %s",
                       met ? "[x]" : "[ ]", sim::idea_title(i.idea));
    ImGui::Indent();
    ImGui::TextWrapped("%s", i.where.c_str());
    ImGui::Unindent();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##season-right", ImVec2(0, -footer_height()), false);
  layout_may_scroll();
  if (first_frame_) ImGui::SetScrollY(0.0f);
  ImGui::TextColored(theme::heading_text(), "Your year with each person");
  if (view_.people.empty()) ImGui::TextDisabled("You didn't get to know anyone this time.");
  for (const auto& p : view_.people) {
    ImGui::Text("%s", p.name.c_str());
    ImGui::Indent();
    ImGui::TextWrapped("%s", p.path.c_str());
    ImGui::Unindent();
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "What you found, and who helped");
  if (view_.found.empty()) ImGui::TextDisabled("Nothing this time.");
  for (const auto& f : view_.found) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", f.c_str());
  }
  ImGui::EndChild();
  const bool finish = ImGui::Button("Finish and return to the title  (Return)", ImVec2(theme::px(420), 0));
  ImGui::SameLine();
  ImGui::TextDisabled("Esc: pause or quit");
  if (pause_.open()) ImGui::EndDisabled();
  ImGui::End();
  first_frame_ = false;
  pause_.ui(app_);
  if (finish) app_.return_to_title();
}

}  // namespace mingle::app
