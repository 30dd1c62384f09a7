#include "app/room/toasts.h"

#include "app/painting/theme.h"
#include "app/platform/text_log.h"
#include "core/util/text_cut.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

void Toasts::refuse(std::string why, float seconds) {
  refusal_ = std::move(why);
  refusal_timer_ = seconds;
}

void Toasts::news(std::vector<std::string> lines, bool warning) {
  news_ = std::move(lines);
  news_warning_ = warning;
  news_timer_ = warning ? 12.0f : 6.0f;  // the closing warning stays up longer
}

void Toasts::update(float dt) {
  refusal_timer_ = std::max(0.0f, refusal_timer_ - dt);
  news_timer_ = std::max(0.0f, news_timer_ - dt);
}

void Toasts::ui(GameSession& session, float top, float right) {
  for (auto& problem : session.take_problems()) refuse(cut_text(problem), 8.0f);
  if (news_timer_ > 0.0f && !news_.empty() && refusal_timer_ <= 0.0f) {
    ImGui::SetNextWindowPos(ImVec2(right - 16.0f, top + 8.0f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.85f));
    ImGui::Begin("##news", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    text_log_window();
    ImGui::PushTextWrapPos(std::min(theme::px(420), right * 0.45f));
    for (const auto& n : news_)
      if (news_warning_) ImGui::TextColored(theme::warning_text(), "%s", n.c_str());
      else ImGui::TextUnformatted(n.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
  }
  if (refusal_timer_ <= 0.0f || refusal_.empty()) return;
  // With no HUD this frame (a talk at a large UI scale fills the window below a strip at the
  // top, where the camera keeps the player in the middle) the toast stands at the right of the
  // strip, in less than half its width, not over the player.
  const bool strip = top <= 0.0f;
  if (strip) ImGui::SetNextWindowPos(ImVec2(right - 16.0f, 8.0f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  else ImGui::SetNextWindowPos(ImVec2(right * 0.5f, top + 8.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.92f));
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
  text_log_window();
  ImGui::PushTextWrapPos(std::min(theme::px(560), strip ? right * 0.4f : right - 60.0f));
  ImGui::TextUnformatted(refusal_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace mingle::app
