#include "app/room/conversation_panel.h"

#include "app/painting/theme.h"
#include "app/platform/text_log.h"
#include "app/window_words.h"
#include "core/sim/views.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

void ConversationPanel::said(const std::vector<sim::Beat>& beats) {
  selected_choice_ = 0;  // new choices: none selected
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
  selected_choice_ = 0;
  reaction_.clear();
  coach_note_.clear();
  closing_timer_ = 0.0f;
}

void ConversationPanel::update(float dt) { closing_timer_ = std::max(0.0f, closing_timer_ - dt); }

void ConversationPanel::ui(GameSession& session, const imgui_sfml::Fonts& fonts, Popups& popups,
                           const std::function<void(int)>& choose, const SendCommand& send, float top_limit, float right_edge) {
  const auto view = sim::conversation_view(session.campaign(), session.run());
  const ImGuiIO& io = ImGui::GetIO();
  // The last words of a conversation that just closed stay up until the player moves on.
  if (!view.active && closing_timer_ <= 0.0f) return;
  // As wide as 920 points at the player's UI scale allow, never wider than the window left of
  // `right_edge` (an author panel docked there); never taller than the window below the HUD bar
  // (`top_limit`), so at any scale and any window size the panel stays whole on screen.
  const float width = std::min(theme::px(920), right_edge - 40.0f);
  const float max_height = std::max(120.0f, io.DisplaySize.y - 24.0f - top_limit);
  ImGui::SetNextWindowPos(ImVec2(right_edge * 0.5f, io.DisplaySize.y - 16.0f),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, max_height));
  ImGui::SetNextWindowBgAlpha(1.0f);
  const bool slim = compact_ && view.active;  // compact: a slimmer frame too
  if (slim) ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::px(14), theme::px(8)));
  ImGui::Begin("##conversation", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  text_log_window();
  // The reaction to the last choice and the coach's note about it.
  auto reaction_and_note = [&] {
    if (!reaction_.empty()) ImGui::TextColored(theme::reaction_text(), "%s", reaction_.c_str());
    if (!coach_note_.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextColored(theme::coach_text(), "Coach: %s", coach_note_.c_str());
      ImGui::PopTextWrapPos();
    }
  };
  if (view.active) {
    if (!compact_) ImGui::PushFont(fonts.large);  // (compact: every line counts)
    ImGui::TextColored(theme::heading_text(), "%s", view.speaker_name.c_str());
    if (!compact_) ImGui::PopFont();
    if (view.person) {
      ImGui::SameLine();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s, %s", view.person->role.c_str(), view.person->organisation.c_str());
      ImGui::PopTextWrapPos();
    }
    // What was said, then the choices and buttons, in the panel itself: no box of its own
    // inside it. Where the window is short for the UI scale (1.5 at 720 pixels), or the panel
    // came out taller than 60% of the window, it is compact: the line in the body's font, and
    // two columns, what was said on the left and the choices on the right, the reaction with
    // the coach's note and the buttons each going under the shorter column (by last frame's
    // heights). Only a panel too tall even so scrolls (as a whole, from the new line's start).
    ImGui::PushTextWrapPos(0.0f);
    for (const auto& l : said_before_) ImGui::TextDisabled("%s", l.c_str());
    const bool new_line = conv_line_shown_ != view.line;
    conv_line_shown_ = view.line;
    // Compact from the start where the window is short for the UI scale (1.5 at 720 pixels).
    if (new_line) compact_ = io.DisplaySize.y < theme::px(600);
    if (new_line && ImGui::GetScrollMaxY() > 0.0f) ImGui::SetScrollHereY(0.0f);
    // Which column the reaction and note, and the buttons, go under: the bigger first, each
    // under whichever column is shorter then. The columns' own heights are measured from
    // this frame's words (the buttons' from the last frame: they do not change).
    bool note_left = true, buttons_left = true;
    if (compact_) {
      const ImGuiStyle& st = ImGui::GetStyle();
      const float col_w = ImGui::GetContentRegionAvail().x * 0.5f - 2.0f * st.ItemSpacing.x;
      const float gap = theme::px(5);
      auto tall = [&](const std::string& text, float w) { return ImGui::CalcTextSize(text.c_str(), nullptr, false, w).y + gap; };
      col_h_[0] = tall(view.line, col_w);
      for (const auto& n : notes_) col_h_[0] += tall(n, col_w);
      const float number_w = ImGui::CalcTextSize("9.  ").x;
      col_h_[1] = 0.0f;
      for (const auto& c : view.choices) {
        col_h_[1] += tall(c.choice ? c.choice->text : std::string(), col_w - number_w);
        if (!c.available) col_h_[1] += tall("(" + c.reason + ")", col_w - number_w);
      }
      note_h_ = (reaction_.empty() ? 0.0f : tall(reaction_, col_w)) +
                (coach_note_.empty() ? 0.0f : tall("Coach: " + coach_note_, col_w));
    }
    {
      float left_h = col_h_[0], right_h = col_h_[1];
      const bool note_first = note_h_ >= buttons_h_;
      for (int k = 0; k < 2; ++k) {
        const bool is_note = (k == 0) == note_first;
        const float h = is_note ? note_h_ : buttons_h_;
        const bool to_left = left_h <= right_h;
        (to_left ? left_h : right_h) += h;
        (is_note ? note_left : buttons_left) = to_left;
      }
    }
    auto measured = [](float& into, auto&& draw) {
      const float y0 = ImGui::GetCursorPosY();
      draw();
      into = ImGui::GetCursorPosY() - y0;
    };
    if (compact_) {
      ImGui::Columns(2, "##said-and-choices", false);
      ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, theme::px(5)));
    }
    if (!compact_) ImGui::PushFont(fonts.large);
    ImGui::TextWrapped("%s", view.line.c_str());
    if (!compact_) ImGui::PopFont();
    // What else the last command did: an item received, a hint noted, a follow-up agreed, the
    // answer to an invitation or a request for an introduction.
    for (const auto& n : notes_) ImGui::TextColored(theme::note_text(), "%s", n.c_str());
    ImGui::PopTextWrapPos();
    if (compact_) {
      if (note_left) reaction_and_note();
      if (buttons_left && view.person) measured(buttons_h_, [&] { popups.conversation_actions(*view.person, session, send, true); });
      ImGui::NextColumn();
    } else {
      ImGui::Separator();
    }
    int clicked = 0;
    // Each choice is a selectable row as tall as its wrapped text, so long lines wrap inside
    // the panel (or its column) instead of running off its edge.
    const float row_width = ImGui::GetContentRegionAvail().x - (compact_ ? 0.0f : ImGui::GetStyle().ScrollbarSize);
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
      const bool selected = c.number == selected_choice_;
      if (ImGui::Selectable("##choice", selected, flags, ImVec2(row_width, h)) && c.available) clicked = c.number;
      if (selected)  // framed, so the keyboard's choice never looks like a row the pointer rests on
        ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                            ImGui::GetColorU32(ImGuiCol_Text), 0.0f, 0, 2.0f);
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
    if (compact_) {
      if (!note_left) reaction_and_note();
      if (!buttons_left && view.person)
        measured(buttons_h_, [&] { popups.conversation_actions(*view.person, session, send, true); });
      ImGui::PopStyleVar();
      ImGui::Columns(1);
    } else if (view.person) {
      popups.conversation_actions(*view.person, session, send);
    }
    if (clicked) choose(clicked);
  } else {
    ImGui::PushTextWrapPos(0.0f);
    for (const auto& m : closing_) ImGui::TextWrapped("%s", m.c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("The conversation has ended. Press any key or click to close this.");
  }
  if (!view.active || !compact_) reaction_and_note();
  // Too tall to leave the room a fair share of the window (or scrolling): compact from now on.
  if (ImGui::GetScrollMaxY() > 0.0f || ImGui::GetWindowHeight() > io.DisplaySize.y * 0.6f) compact_ = true;
  // An ended conversation's panel closes with a click on it (clicks elsewhere reach the room).
  if (!view.active && ImGui::IsWindowHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) close_recap();
  ImGui::End();
  if (slim) ImGui::PopStyleVar();
}

}  // namespace mingle::app
