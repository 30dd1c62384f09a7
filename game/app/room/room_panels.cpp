// The room's smaller ImGui panels: the HUD, the prompt, the notebook, the briefing and the pause
// menu (the conversation panel, the popups and the toasts have files of their own). They draw
// from the core's views; every button sends a command through RoomScene::send().
#include "app/app.h"
#include "app/layout_dump_file.h"
#include "app/scenes/menu_panel.h"
#include "app/room/room_scene.h"
#include "app/scenes/settings_scene.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"
#include "core/sim/views.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

namespace {

// A bullet whose text wraps at the panel's edge (ImGui's BulletText runs off it).
void bullet_wrapped(const std::string& text) {
  ImGui::Bullet();
  ImGui::TextWrapped("%s", text.c_str());
  layout_item_text(text);
}

// A heading in the notebook, told to the layout dump.
void heading(const char* text) {
  ImGui::TextColored(theme::heading_text(), "%s", text);
  layout_item_text(text);
}

// Greyed words that wrap, told to the layout dump.
void disabled_wrapped(const std::string& text) {
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("%s", text.c_str());
  ImGui::PopTextWrapPos();
  layout_item_text(text);
}
}  // namespace

void RoomScene::ui_hud() {
  // A conversation panel short of room (a large UI scale in a small window) takes the whole
  // height: the bar steps aside until the talk ends (the panel shows what each choice changed).
  if (talking() && conversation_.compact()) return;
  // A bar across the top: the clock, the two meters, what you came for and the buttons, on one
  // row when the window is wide enough (each part goes to the next row when it is not). The
  // camera frames the room below it (note_cover), so it never covers anyone who matters.
  const auto status = sim::status_view(session_->campaign(), session_->run());
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x, 0));
  ImGui::SetNextWindowBgAlpha(theme::panel_alpha(0.85f));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(theme::px(8), theme::px(4)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(theme::px(12), theme::px(6)));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
  ImGui::Begin("##hud", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_NoNav);
  text_log_window();
  const float gap = theme::px(28);
  // The next part on this row if it fits, else on the next.
  auto next_part = [&](float width) {
    const float right = ImGui::GetItemRectMax().x + gap + width;
    if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine(0.0f, gap);
  };
  // The last minutes (the core's closing warning on) show in a warning colour.
  const bool closing = status.closing_soon;
  // In a conversation the bar is one line of words, so the panel below has the height it needs.
  if (talking() || conversation_.recap_open()) {
    ImGui::TextColored(closing ? theme::warning_text() : theme::heading_text(), "%s  ·  %d min left%s",
                       status.clock.c_str(), status.time_left, closing ? " (closing soon)" : "");
    ImGui::SameLine(0.0f, gap);
    ImGui::Text("Enjoyment %d", status.enjoyment);
    ImGui::SameLine(0.0f, gap);
    ImGui::Text("Value %d", status.value);
    ImGui::End();
    ImGui::PopStyleVar(3);
    return;
  }
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(closing ? theme::warning_text() : theme::heading_text(), "%s  ·  %d min left%s",
                     status.clock.c_str(), status.time_left, closing ? " (closing soon)" : "");
  const float bar_w = theme::px(120);
  // Each meter is full at what the core calls a very good evening (the status view's shares).
  auto meter = [&](const char* label, int v, float share, ImVec4 colour) {
    next_part(ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + bar_w);
    ImGui::BeginGroup();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::high_contrast() ? ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram) : colour);
    ImGui::ProgressBar(share, ImVec2(bar_w, ImGui::GetFrameHeight()),
                       std::to_string(v).c_str());
    ImGui::PopStyleColor();
    ImGui::EndGroup();
  };
  meter("Enjoyment", status.enjoyment, status.enjoyment_share, ImVec4(1.0f, 0.67f, 0.27f, 1.0f));
  meter("Value", status.value, status.value_share, ImVec4(0.34f, 0.63f, 0.86f, 1.0f));
  if (status.has_need) {
    const char* need = status.need_found ? "Found what you came for" : "Still looking for what you came for";
    next_part(ImGui::CalcTextSize(need).x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(status.need_found ? theme::good_text() : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s", need);
  }
  // The notebook and the pause menu by mouse as well as by key.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float buttons_w = ImGui::CalcTextSize("Notebook  (N)").x + ImGui::CalcTextSize("Pause  (Esc)").x +
                          4 * st.FramePadding.x + st.ItemSpacing.x;
  next_part(buttons_w);
  if (ImGui::Button("Notebook  (N)")) notebook_fresh_ = notebook_open_ = !notebook_open_;
  ImGui::SameLine();
  if (ImGui::Button("Pause  (Esc)")) paused_ = true;
  ImGui::End();
  ImGui::PopStyleVar(3);
}

void RoomScene::ui_brief() {
  const ImGuiIO& io = ImGui::GetIO();
  if (!brief_laid_out_) {  // the first frame: two columns at once where the window is short for the scale
    brief_columns_ = io.DisplaySize.y < theme::px(600);
    brief_laid_out_ = true;
  }
  // In two columns the briefing takes the window's width, and its button sits on the times' row.
  const float width = brief_columns_ ? io.DisplaySize.x - 24.0f : std::min(theme::px(760), io.DisplaySize.x - 40);
  theme::next_window_centred(width);
  if (brief_columns_)  // pinned at the top: its button is always in the same place
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, 12.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y - 24.0f));
  ImGui::Begin("##brief", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings);
  text_log_window();
  const float button_w = theme::px(240);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "%s", event_->title.c_str());
  layout_item_text(event_->title);
  ImGui::PopFont();
  if (brief_columns_) ImGui::AlignTextToFramePadding();
  ImGui::TextDisabled("%s to %s  ·  you are the %s", sim::clock_text(event_->starts).c_str(),
                      sim::clock_text(event_->ends).c_str(), event_->player.role.c_str());
  layout_item_text("(the times)");
  if (brief_columns_) {  // on the times' row, at its right
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - button_w);
    if (ImGui::Button("Walk in  (Return)", ImVec2(button_w, 0))) brief_open_ = false;
    layout_item_text("Walk in  (Return)");
  }
  ImGui::Spacing();
  // A briefing taller than the window (large panels, a long brief) is laid out in two columns
  // — the brief beside what you came for and how to move — and, only if that is still too
  // tall, scrolls in a box of its own so the button stays in view. Heights from the last frame.
  const ImGuiStyle& st = ImGui::GetStyle();
  const float foot = brief_columns_ ? 0.0f : ImGui::GetFrameHeightWithSpacing() + st.ItemSpacing.y;
  const float room = io.DisplaySize.y - 24.0f - ImGui::GetCursorPosY() - st.WindowPadding.y - foot - st.ItemSpacing.y;
  if (brief_body_h_ > room && !brief_columns_) {
    brief_columns_ = true;
    brief_body_h_ = 0.0f;
  }
  const bool box = brief_body_h_ > room;
  if (box) {
    ImGui::BeginChild("##brief-body", ImVec2(0, std::max(room, 2.0f * ImGui::GetTextLineHeightWithSpacing())), false);
    layout_may_scroll();
  }
  const float body_top = ImGui::GetCursorPosY();
  // In a workshop: which try this is, and whether it counts (core/workshop/trainee_runs.h). In
  // two columns it goes under the shorter one (heights from the last frame, without it).
  const std::string attempt = app_.attempt_words();
  const bool attempt_left = brief_columns_ && brief_left_h_ < brief_right_h_;
  float attempt_h = 0.0f;
  auto attempt_line = [&] {
    if (attempt.empty()) return;
    const float top = ImGui::GetCursorPosY();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme::heading_text(), "%s", attempt.c_str());
    layout_item_text(attempt);
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    attempt_h = ImGui::GetCursorPosY() - top;
  };
  if (brief_columns_) ImGui::Columns(2, "##brief-columns", false);
  ImGui::TextWrapped("%s", event_->brief.c_str());
  layout_item_text(event_->brief);
  brief_left_h_ = ImGui::GetCursorPosY() - body_top;
  if (attempt_left) {
    ImGui::Spacing();
    attempt_line();
  }
  if (brief_columns_) ImGui::NextColumn();
  else ImGui::Spacing();
  const float right_top = ImGui::GetCursorPosY();
  if (!attempt_left) attempt_line();
  ImGui::PushTextWrapPos(0.0f);
  for (const auto& need : event_->player.needs) {
    ImGui::TextColored(theme::reaction_text(), "You came for: %s", need.label.c_str());
    layout_item_text(need.label);
  }
  for (const auto& goal : event_->player.side_goals) {
    ImGui::TextColored(theme::reaction_text(), "It would be nice to find: %s", goal.label.c_str());
    layout_item_text(goal.label);
  }
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("Walk with the arrow keys or WASD, or click a spot. E, or a click on someone, walks you "
                     "over to talk (Tab rings someone else). Number keys choose what to say; N opens your "
                     "notebook, Esc pauses.");
  layout_item_text("(how to move)");
  ImGui::PopStyleColor();
  brief_right_h_ = ImGui::GetCursorPosY() - right_top - (attempt_left ? 0.0f : attempt_h);
  if (brief_columns_) ImGui::Columns(1);
  brief_body_h_ = ImGui::GetCursorPosY() - body_top;
  if (box) ImGui::EndChild();
  if (!brief_columns_) {
    ImGui::Spacing();
    if (ImGui::Button("Walk in  (Return)", ImVec2(button_w, 0))) brief_open_ = false;
    layout_item_text("Walk in  (Return)");
  }
  ImGui::End();
}

void RoomScene::ui_prompt(float right) {
  if (talking() || conversation_.recap_open() || paused_ || notebook_open_) return;
  const Guest* g = highlighted();
  if (!g) return;
  const Person* person = event_->person(g->id);
  if (!person) return;
  const sim::RoomView& room_view = room_;
  const bool near = room::approach(obstacles_, player_, g->pos) == room::Approach::TalkNow;
  std::string text = near ? person->name + ":" : "E or click: walk over to " + person->name + " and talk";
  bool available = true;
  for (const auto& p : room_view.people)
    if (p.person->id == g->id && !p.available) {
      text = person->name + ": " + p.reason;
      available = false;
    }
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(right * 0.5f, io.DisplaySize.y - 40.0f), ImGuiCond_Always,
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
  // Never wider than the window beside the author panel: the words wrap, and a button that
  // would run past the edge starts the next row (a large UI scale).
  const ImGuiStyle& st = ImGui::GetStyle();
  const float widest = right - 40.0f - 2.0f * st.WindowPadding.x;
  auto next_fits = [&](const char* label, bool button) {
    const float w = ImGui::CalcTextSize(label, nullptr, true).x + (button ? 2.0f * st.FramePadding.x : 0.0f);
    if (ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x - st.WindowPadding.x + st.ItemSpacing.x + w <= widest)
      ImGui::SameLine();
  };
  if (buttons) ImGui::AlignTextToFramePadding();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + widest);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  if (buttons) {
    const std::string id = g->id;
    next_fits("Talk  (E)", true);
    if (ImGui::Button("Talk  (E)")) try_talk(id);
    next_fits("Join their group  (J)", true);
    if (ImGui::Button("Join their group  (J)")) send(sim::make_command(sim::Verb::Join, {id}));
    next_fits("Introduce...  (I)", true);
    if (ImGui::Button("Introduce...  (I)")) popups_.start_introduce(*session_, id);
    if (in_reach().size() > 1) {
      next_fits("Tab: someone else", false);
      ImGui::TextDisabled("Tab: someone else");
    }
  }
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
  layout_may_scroll();
  if (notebook_fresh_) {  // opens at the top, wherever it was scrolled to last time
    ImGui::SetScrollY(0.0f);
    notebook_fresh_ = false;
  }
  heading("What you came for");
  for (const auto& n : nb.needs) bullet_wrapped(n);
  ImGui::Spacing();
  heading("Promises and dates");
  if (nb.agreed.empty()) disabled_wrapped("None yet. A follow-up or an invitation agreed in conversation shows here.");
  for (const auto& a : nb.agreed) {
    ImGui::Bullet();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((a.what + ": ").c_str());
    layout_item_text(a.what);
    ImGui::SameLine(0.0f, 0.0f);
    if (a.open) ImGui::TextColored(theme::heading_text(), "%s", a.stands.c_str());
    else ImGui::TextDisabled("%s", a.stands.c_str());
    layout_item_text(a.stands);
    ImGui::PopTextWrapPos();
  }
  ImGui::Spacing();
  heading("People");
  if (nb.people.empty()) disabled_wrapped("Nobody yet. Walk up to someone and say hello.");
  for (const auto& e : nb.people) {
    if (!e.person) continue;
    ImGui::Separator();
    ImGui::Text("%s", e.person->name.c_str());
    layout_item_text(e.person->name);
    ImGui::SameLine();
    disabled_wrapped(e.person->role + ", " + e.person->organisation);
    ImGui::Text("%s  ·  regard %d  ·  rapport %d", rung_title(e.rung), e.regard, e.rapport);
    layout_item_text(rung_title(e.rung));
    if (!e.how.empty()) disabled_wrapped(e.how);
    for (const auto& n : e.needs) bullet_wrapped("Needs: " + n);
    for (const auto& n : e.needs_met) bullet_wrapped("Needed: " + n);
    for (const auto& h : e.holds) bullet_wrapped("Has: " + h);
    for (const auto& r : e.received) bullet_wrapped("Gave you: " + r);
    for (const auto& f : e.promises) bullet_wrapped(f);
    for (const auto& d : e.dates) bullet_wrapped(d);
  }
  ImGui::Spacing();
  heading("Hints");
  if (nb.hints.empty()) disabled_wrapped("None yet: conversations turn them up.");
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
    send(sim::make_command(sim::Verb::End));
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
  layout_item_text(confirm_end_ ? "End this event?" : "Paused");
  const ImVec2 origin(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + heading);
  const std::string clicked = menu_panel(menu, origin, rows);
  ImGui::PopFont();
  ImGui::End();
  if (!clicked.empty()) pause_activate(clicked);
}

}  // namespace mingle::app
