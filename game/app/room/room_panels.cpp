// The room's ImGui panels: the HUD, the conversation panel and its popups, the prompt, the
// notebook, the briefing, toasts and the pause menu. They draw from the core's views and from
// what the last command did; every button sends a command through RoomScene::send().
#include "app/app.h"
#include "core/util/text_cut.h"
#include "app/scenes/menu_panel.h"
#include "app/room/room_scene.h"
#include "app/scenes/settings_scene.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "core/sim/tuning.h"
#include "core/sim/views.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

namespace {

// The next button on the same line if it fits the panel, else on the next line (a narrow
// window at a large UI scale).
void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float next_w = ImGui::CalcTextSize(next_label, nullptr, true).x + st.FramePadding.x * 2.0f;
  const float right = ImGui::GetItemRectMax().x + st.ItemSpacing.x + next_w;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

// A bullet whose text wraps at the panel's edge (ImGui's BulletText runs off it).
void bullet_wrapped(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
}
}  // namespace

void RoomScene::ui_hud() {
  // Compact, in the top-left corner: the room is what the player should be looking at.
  const auto status = sim::status_view(session_->campaign(), session_->run());
  ImGui::SetNextWindowPos(ImVec2(10, 10));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.8f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(theme::px(8), theme::px(4)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::px(12), theme::px(10)));
  ImGui::Begin("##hud", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  text_log_window();
  // The last minutes (from the core's closing warning on) show in a warning colour.
  // (As the core's rule: only events longer than the warning have one.)
  const bool closing = status.time_left <= sim::tuning::kClosingWarningMinutes &&
                       event_->ends - event_->starts > sim::tuning::kClosingWarningMinutes;
  ImGui::TextColored(closing ? theme::warning_text() : theme::heading_text(), "%s  ·  %d min left%s",
                     status.clock.c_str(), status.time_left, closing ? " (closing soon)" : "");
  const float full = static_cast<float>(sim::tuning::kVeryGoodEveningPoints);  // a very good evening
  auto meter = [&](const char* label, int v, ImVec4 colour) {
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::CalcTextSize("Enjoyment").x + 24.0f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::high_contrast() ? ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram) : colour);
    ImGui::ProgressBar(std::clamp(static_cast<float>(v) / full, 0.0f, 1.0f), ImVec2(150 * ImGui::GetFontSize() / 16.0f, ImGui::GetTextLineHeight() + 2.0f),
                       std::to_string(v).c_str());
    ImGui::PopStyleColor();
  };
  meter("Enjoyment", status.enjoyment, ImVec4(1.0f, 0.67f, 0.27f, 1.0f));
  meter("Value", status.value, ImVec4(0.34f, 0.63f, 0.86f, 1.0f));
  if (status.has_need)
    ImGui::TextColored(status.need_found ? theme::good_text() : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s",
                       status.need_found ? "Found what you came for" : "Still looking for what you came for");
  // The notebook and the pause menu by mouse as well as by key.
  if (ImGui::SmallButton("Notebook  (N)")) notebook_open_ = !notebook_open_;
  ImGui::SameLine();
  if (ImGui::SmallButton("Pause  (Esc)")) paused_ = true;
  ImGui::End();
  ImGui::PopStyleVar(2);
}

void RoomScene::ui_conversation() {
  const auto view = sim::conversation_view(session_->campaign(), session_->run());
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
    ImGui::PushFont(app_.fonts().large);
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
    ImGui::PushFont(app_.fonts().large);
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
    if (view.person) ui_conversation_actions(*view.person);
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

void RoomScene::ui_brief() {
  const ImGuiIO& io = ImGui::GetIO();
  const float width = std::min(theme::px(760), io.DisplaySize.x - 40);
  theme::next_window_centred(width);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y - 24.0f));
  ImGui::Begin("##brief", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  text_log_window();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "%s", event_->title.c_str());
  ImGui::PopFont();
  ImGui::TextDisabled("%s to %s  ·  you are the %s", sim::clock_text(event_->starts).c_str(),
                      sim::clock_text(event_->ends).c_str(), event_->player.role.c_str());
  ImGui::Spacing();
  // A briefing taller than the window (large panels, a long brief) scrolls in a box of its
  // own, so the button stays in view. Its height comes from the last frame.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float room = io.DisplaySize.y - 24.0f - ImGui::GetCursorPosY() - st.WindowPadding.y -
                     ImGui::GetFrameHeightWithSpacing() - 2.0f * st.ItemSpacing.y;
  const bool box = brief_body_h_ > room;
  if (box) ImGui::BeginChild("##brief-body", ImVec2(0, std::max(room, 2.0f * ImGui::GetTextLineHeightWithSpacing())), false);
  const float body_top = ImGui::GetCursorPosY();
  ImGui::TextWrapped("%s", event_->brief.c_str());
  ImGui::Spacing();
  for (const auto& need : event_->player.needs)
    ImGui::TextColored(theme::reaction_text(), "You came for: %s", need.label.c_str());
  for (const auto& goal : event_->player.side_goals)
    ImGui::TextColored(theme::reaction_text(), "It would be nice to find: %s", goal.label.c_str());
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Walk with the arrow keys or WASD, or click where to go. Walk up to someone and press E to "
                     "talk (Tab rings someone else nearby), or click a person to walk over and talk. Choose what "
                     "to say with the number keys. N opens your notebook; Esc pauses.");
  ImGui::PopStyleColor();
  brief_body_h_ = ImGui::GetCursorPosY() - body_top;
  if (box) ImGui::EndChild();
  ImGui::Spacing();
  if (ImGui::Button("Walk in  (Return)", ImVec2(theme::px(240), 0))) brief_open_ = false;
  ImGui::End();
}

// A number key while a popup (Invite, Ask for an introduction) or the Introduce list is open:
// the nth option on offer, as a click on it would.
bool RoomScene::popup_key(int number) {
  std::vector<sim::Option> options;
  if (!introduce_from_.empty() && !session_->run().conversation) {
    options = introduce_options_;
  } else if (session_->run().conversation) {
    const auto view = sim::conversation_view(session_->campaign(), session_->run());
    const std::string who = view.person ? view.person->id : std::string();
    if (popup_shown_ == "invite") options = sim::invite_options(session_->campaign(), session_->run(), who);
    else if (popup_shown_ == "ask-intro") options = sim::ask_intro_options(session_->campaign(), session_->run(), who);
  }
  int n = 0;
  for (const auto& o : options) {
    if (!o.available || ++n != number) continue;
    popup_close_ = true;
    const bool introducing = !introduce_from_.empty();
    send(o.command);
    if (introducing) introduce_from_.clear();
    return true;
  }
  return false;
}

void RoomScene::ui_conversation_actions(const Person& person) {
  ImGui::Spacing();
  if (ImGui::Button("Invite...  (V)")) ImGui::OpenPopup("invite");
  // The popups open just above the buttons, wherever the pointer is (V and R open them too).
  const ImVec2 above(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y - 4.0f);
  same_line_if_fits("Ask for an introduction...  (R)");
  if (ImGui::Button("Ask for an introduction...  (R)")) ImGui::OpenPopup("ask-intro");
  same_line_if_fits("Step away  (Esc)");
  if (ImGui::Button("Step away  (Esc)")) send("leave");
  if (!popup_request_.empty()) {
    ImGui::OpenPopup(popup_request_.c_str());
    popup_request_.clear();
  }
  // Each option is numbered: its number key picks it, as a click does.
  auto option_rows = [&](const std::vector<sim::Option>& options) {
    bool sent = false;
    int n = 0;
    for (const auto& o : options) {
      if (!o.available) continue;
      const std::string label = std::to_string(++n) + ".  " + o.label;
      if (ImGui::Selectable(label.c_str())) {
        send(o.command);
        sent = true;
      }
    }
    for (const auto& o : options) {
      if (o.available) continue;
      ImGui::TextDisabled("%s: %s", o.label.c_str(), o.reason.c_str());
    }
    return sent;
  };
  ImGui::SetNextWindowPos(above, ImGuiCond_Appearing, ImVec2(0.0f, 1.0f));
  if (ImGui::BeginPopup("invite")) {
    popup_open_ = true;
    popup_shown_ = "invite";
    if (popup_close_) ImGui::CloseCurrentPopup();
    ImGui::TextDisabled("Each asks a little more of %s", person.name.c_str());
    option_rows(sim::invite_options(session_->campaign(), session_->run(), person.id));
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(above, ImGuiCond_Appearing, ImVec2(0.0f, 1.0f));
  if (ImGui::BeginPopup("ask-intro")) {
    popup_open_ = true;
    popup_shown_ = "ask-intro";
    if (popup_close_) ImGui::CloseCurrentPopup();
    const auto options = sim::ask_intro_options(session_->campaign(), session_->run(), person.id);
    if (options.empty()) ImGui::TextDisabled("%s doesn't know anyone else here.", person.name.c_str());
    option_rows(options);
    ImGui::EndPopup();
  }
  popup_close_ = false;
}

void RoomScene::ui_introduce_popup() {
  const Person* a = event_->person(introduce_from_);
  if (!a) {
    introduce_from_.clear();
    return;
  }
  theme::next_window_centred(0.0f);
  bool open = true;
  ImGui::Begin("Introduce", &open,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  text_log_window();
  ImGui::Text("Introduce %s to...", a->name.c_str());
  ImGui::TextDisabled("Connecting members who need each other is part of your job.");
  bool any = false;
  int n = 0;
  for (const auto& o : introduce_options_) {
    if (!o.available) continue;
    any = true;
    const std::string label = std::to_string(++n) + ".  " + o.label;
    if (ImGui::Selectable(label.c_str())) {
      send(o.command);
      open = false;
    }
  }
  for (const auto& o : introduce_options_)
    if (!o.available) ImGui::TextDisabled("%s: %s", o.label.c_str(), o.reason.c_str());
  if (!any && introduce_options_.empty()) ImGui::TextDisabled("Talk to someone else here first.");
  if (ImGui::Button("Cancel  (Esc)")) open = false;
  ImGui::End();
  if (!open) introduce_from_.clear();
}

void RoomScene::ui_prompt() {
  if (session_->run().conversation || closing_timer_ > 0.0f || paused_ || notebook_open_) return;
  const Guest* g = highlighted();
  if (!g) return;
  const Person* person = event_->person(g->id);
  if (!person) return;
  const sim::RoomView& room_view = room_;
  const bool near = room::distance(g->pos, player_) <= kTalkReach;
  std::string text = near ? person->name + ":" : "E or click: walk over to " + person->name;
  bool available = true;
  for (const auto& p : room_view.people)
    if (p.person->id == g->id && !p.available) {
      text = person->name + ": " + p.reason;
      available = false;
    }
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 40.0f), ImGuiCond_Always,
                          ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.9f));
  // Near someone, what can be done with them is a row of buttons (each with its key), so the
  // mouse alone can talk, join a group and introduce; from afar, a hint without inputs.
  const bool buttons = near && available;
  ImGui::Begin("##prompt", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav |
                   (buttons ? 0 : ImGuiWindowFlags_NoInputs));
  text_log_window();
  if (buttons) ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.c_str());
  if (buttons) {
    const std::string id = g->id;
    ImGui::SameLine();
    if (ImGui::Button("Talk  (E)")) try_talk(id);
    ImGui::SameLine();
    if (ImGui::Button("Join their group  (J)")) send("join " + id);
    ImGui::SameLine();
    if (ImGui::Button("Introduce...  (I)")) {
      introduce_from_ = id;
      introduce_options_ = sim::introduce_options(session_->campaign(), session_->run(), introduce_from_);
    }
    if (in_reach().size() > 1) {
      ImGui::SameLine();
      ImGui::TextDisabled("Tab: someone else");
    }
  }
  ImGui::End();
}

void RoomScene::ui_toasts() {
  for (auto& problem : session_->take_problems()) {
    refusal_ = cut_text(problem);
    refusal_timer_ = 8.0f;
  }
  if (news_timer_ > 0.0f && !news_.empty() && refusal_timer_ <= 0.0f) {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - 16.0f, 16.0f), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
    ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.85f));
    ImGui::Begin("##news", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
    text_log_window();
    ImGui::PushTextWrapPos(std::min(theme::px(420), io.DisplaySize.x * 0.45f));
    for (const auto& n : news_)
      if (news_warning_) ImGui::TextColored(theme::warning_text(), "%s", n.c_str());
      else ImGui::TextUnformatted(n.c_str());
    ImGui::PopTextWrapPos();
    ImGui::End();
  }
  if (refusal_timer_ <= 0.0f || refusal_.empty()) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, 16.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.92f));
  ImGui::Begin("##toast", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoInputs);
  text_log_window();
  ImGui::PushTextWrapPos(std::min(theme::px(560), io.DisplaySize.x - 60.0f));
  ImGui::TextUnformatted(refusal_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
}

void RoomScene::ui_notebook() {
  const auto nb = sim::notebook_view(session_->campaign(), session_->run());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.45f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(theme::px(900), io.DisplaySize.x - 60), io.DisplaySize.y * 0.7f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("Notebook  (N or Esc to close)", &notebook_open_,
               ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoResize);
  text_log_window();
  ImGui::TextColored(theme::heading_text(), "What you came for");
  for (const auto& n : nb.needs) bullet_wrapped(n);
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "People");
  if (nb.people.empty()) ImGui::TextDisabled("Nobody yet. Walk up to someone and say hello.");
  for (const auto& e : nb.people) {
    if (!e.person) continue;
    ImGui::Separator();
    ImGui::Text("%s", e.person->name.c_str());
    ImGui::SameLine();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s, %s", e.person->role.c_str(), e.person->organisation.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Text("%s  ·  regard %d  ·  rapport %d", rung_title(e.rung), e.regard, e.rapport);
    if (!e.how.empty()) {
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextDisabled("%s", e.how.c_str());
      ImGui::PopTextWrapPos();
    }
    for (const auto& n : e.needs) bullet_wrapped("Needs: " + n);
    for (const auto& n : e.needs_met) bullet_wrapped("Needed: " + n);
    for (const auto& h : e.holds) bullet_wrapped("Has: " + h);
    for (const auto& r : e.received) bullet_wrapped("Gave you: " + r);
    for (const auto& f : e.promises) bullet_wrapped(f);
    for (const auto& d : e.dates) bullet_wrapped(d);
  }
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Hints");
  if (nb.hints.empty()) ImGui::TextDisabled("None yet: conversations turn them up.");
  for (const auto& h : nb.hints) bullet_wrapped(h);
  ImGui::End();
}

void RoomScene::pause_activate(const std::string& id) {
  app_.sound().click();
  if (id == "resume") {
    paused_ = false;
  } else if (id == "settings") {
    app_.scenes().push(std::make_unique<SettingsScene>(app_));
  } else if (id == "end") {
    confirm_end_ = true;
    confirm_menu_ = Menu({{"yes", "Yes, say goodbye and end it"}, {"no", "Not yet"}});
  } else if (id == "no") {
    confirm_end_ = false;
  } else if (id == "yes") {
    paused_ = confirm_end_ = false;
    send("end");
  } else if (id == "title") {
    app_.return_to_title();
  } else if (id == "quit") {
    app_.request_quit();
  }
}

void RoomScene::ui_pause() {
  Menu& menu = confirm_end_ ? confirm_menu_ : pause_menu_;
  const MenuRows rows{theme::px(420), theme::px(46), theme::px(54)};
  const float pad = theme::px(18), heading = theme::px(56);
  const float height = heading + rows.pitch * static_cast<float>(menu.items().size()) + pad;
  theme::next_window_centred(rows.width + 2 * pad, height + pad);
  ImGui::Begin("##pause", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoNav);
  text_log_window();
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextUnformatted(confirm_end_ ? "End this event?" : "Paused");
  const ImVec2 origin(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + heading);
  const std::string clicked = menu_panel(menu, origin, rows);
  ImGui::PopFont();
  ImGui::End();
  if (!clicked.empty()) pause_activate(clicked);
}

}  // namespace mingle::app
