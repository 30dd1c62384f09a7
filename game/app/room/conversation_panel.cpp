#include "app/room/conversation_panel.h"

#include "app/painting/theme.h"
#include "app/platform/text_log.h"
#include "app/window_words.h"
#include "core/sim/views.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

void ConversationPanel::said(const std::vector<sim::Beat>& beats) {
  said_before_.clear();
  notes_.clear();
  std::size_t last_line = beats.size();
  for (std::size_t i = 0; i < beats.size(); ++i)
    if (beats[i].kind == sim::BeatKind::Line) last_line = i;
  for (std::size_t i = 0; i < beats.size(); ++i) {
    const auto& beat = beats[i];
    if (beat.kind == sim::BeatKind::Line && i != last_line) said_before_.push_back(beat.text);
    else if (beat.kind != sim::BeatKind::Line && beat.kind != sim::BeatKind::YouSaid) notes_.push_back(line_for(beat));
  }
}

void ConversationPanel::ended(const std::vector<std::string>& lines) {
  closing_ = lines;
  closing_timer_ = 12.0f;
  said_before_.clear();
  notes_.clear();
}

void ConversationPanel::start_talk() {
  reaction_.clear();
  coach_note_.clear();
  closing_timer_ = 0.0f;
}

void ConversationPanel::update(float dt) { closing_timer_ = std::max(0.0f, closing_timer_ - dt); }

void ConversationPanel::ui(GameSession& session, const imgui_sfml::Fonts& fonts, Popups& popups,
                           const std::function<void(int)>& choose, const SendCommand& send) {
  const auto view = sim::conversation_view(session.campaign(), session.run());
  const ImGuiIO& io = ImGui::GetIO();
  // The last words of a conversation that just closed stay up until the player moves on.
  if (!view.active && closing_timer_ <= 0.0f) return;
  // As wide as 920 points at the player's UI scale allow, never wider than the window; never
  // taller than the window less the HUD's strip at the top (it scrolls instead), so at any
  // scale and any window size the panel stays whole on screen.
  const float width = std::min(theme::px(920), io.DisplaySize.x - 40.0f);
  const float max_height = std::max(120.0f, io.DisplaySize.y - 16.0f - std::min(theme::px(140), io.DisplaySize.y * 0.3f));
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 16.0f),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, max_height));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##conversation", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  text_log_window();
  if (view.active) {
    ImGui::PushFont(fonts.large);
    ImGui::TextColored(theme::heading_text(), "%s", view.speaker_name.c_str());
    ImGui::PopFont();
    if (view.person) {
      ImGui::SameLine();
      ImGui::PushTextWrapPos(width - 30.0f);
      ImGui::TextDisabled("%s, %s", view.person->role.c_str(), view.person->organisation.c_str());
      ImGui::PopTextWrapPos();
    }
    // What was said goes in a box of its own that scrolls when the whole panel would outgrow
    // its room (a large UI scale, a small window, a long speech), so the choices and the
    // buttons below always stay in view. Sizes come from the last frame.
    const ImGuiStyle& st = ImGui::GetStyle();
    const float room_for_text = max_height - st.WindowPadding.y - conv_rest_h_ -
                                ImGui::GetCursorPosY() - st.ItemSpacing.y;
    const bool box = conv_text_h_ > 0.0f && conv_text_h_ > room_for_text;
    if (box)
      ImGui::BeginChild("##said", ImVec2(0, std::max(room_for_text, 2.0f * ImGui::GetTextLineHeightWithSpacing())),
                        false);
    const float text_top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(box ? 0.0f : width - 30.0f);
    for (const auto& l : said_before_) ImGui::TextDisabled("%s", l.c_str());
    // A new line: the box shows it from its start. Something new under the same line (an
    // answer, an item): the box shows its end, where that is.
    const std::string last_note = notes_.empty() ? std::string() : notes_.back();
    const bool new_line = conv_line_shown_ != view.line;
    const bool new_note = !new_line && conv_note_shown_ != last_note;
    conv_line_shown_ = view.line;
    conv_note_shown_ = last_note;
    if (new_line) conv_scroll_ = 1;
    if (new_note) conv_scroll_ = 2;
    if (box && conv_scroll_ == 1) {
      ImGui::SetScrollHereY(0.0f);
      conv_scroll_ = 0;
    }
    ImGui::PushFont(fonts.large);
    ImGui::TextWrapped("%s", view.line.c_str());
    ImGui::PopFont();
    // What else the last command did: an item received, a hint noted, a follow-up agreed, the
    // answer to an invitation or a request for an introduction.
    for (const auto& n : notes_) ImGui::TextColored(theme::note_text(), "%s", n.c_str());
    ImGui::PopTextWrapPos();
    conv_text_h_ = ImGui::GetCursorPosY() - text_top;
    if (box && conv_scroll_ == 2) {
      ImGui::SetScrollHereY(1.0f);
      conv_scroll_ = 0;
    }
    if (box) ImGui::EndChild();
    const float rest_top = ImGui::GetCursorPosY();
    ImGui::Separator();
    int clicked = 0;
    // Each choice is a selectable row as tall as its wrapped text, so long lines wrap inside
    // the panel instead of running off its edge.
    const float row_width = width - 2.0f * ImGui::GetStyle().WindowPadding.x - ImGui::GetStyle().ScrollbarSize;
    const float number_width = ImGui::CalcTextSize("9.  ").x;
    for (const auto& c : view.choices) {
      const std::string text = c.choice ? c.choice->text : std::string();
      const std::string reason = c.available ? std::string() : "(" + c.reason + ")";
      const float text_width = row_width - number_width;
      const float h = ImGui::CalcTextSize(text.c_str(), nullptr, false, text_width).y +
                      (reason.empty() ? 0.0f
                                      : ImGui::GetStyle().ItemSpacing.y +
                                            ImGui::CalcTextSize(reason.c_str(), nullptr, false, text_width).y);
      ImGui::PushID(c.number);
      const ImVec2 top = ImGui::GetCursorPos();
      const ImGuiSelectableFlags flags = c.available ? 0 : ImGuiSelectableFlags_Disabled;
      if (ImGui::Selectable("##choice", false, flags, ImVec2(row_width, h)) && c.available) clicked = c.number;
      const ImVec2 after = ImGui::GetCursorPos();
      if (!c.available) ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
      ImGui::SetCursorPos(top);
      ImGui::Text("%d.", c.number);
      ImGui::SetCursorPos(ImVec2(top.x + number_width, top.y));
      ImGui::PushTextWrapPos(top.x + row_width);
      ImGui::TextWrapped("%s", text.c_str());
      if (!reason.empty()) {
        ImGui::SetCursorPosX(top.x + number_width);
        ImGui::TextWrapped("%s", reason.c_str());
      }
      ImGui::PopTextWrapPos();
      if (!c.available) ImGui::PopStyleColor();
      ImGui::SetCursorPos(after);
      ImGui::PopID();
    }
    if (view.choices.empty()) ImGui::TextDisabled("(Esc to step away)");
    if (view.person) popups.conversation_actions(*view.person, session, send);
    if (clicked) choose(clicked);
    // (what follows: the reaction and the coach's note, measured below with the rest)
    conv_rest_h_ = -rest_top;
  } else {
    ImGui::PushTextWrapPos(width - 30.0f);
    for (const auto& m : closing_) ImGui::TextWrapped("%s", m.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("The conversation has ended. Press any key or click to close this.");
  }
  if (!reaction_.empty()) ImGui::TextColored(theme::reaction_text(), "%s", reaction_.c_str());
  if (!coach_note_.empty()) {
    ImGui::PushTextWrapPos(width - 30.0f);
    ImGui::TextColored(theme::coach_text(), "Coach: %s", coach_note_.c_str());
    ImGui::PopTextWrapPos();
  }
  if (view.active) conv_rest_h_ += ImGui::GetCursorPosY();
  // An ended conversation's panel closes with a click on it (clicks elsewhere reach the room).
  if (!view.active && ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) close_recap();
  ImGui::End();
}

}  // namespace mingle::app
