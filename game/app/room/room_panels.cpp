// The room's smaller ImGui panels: the HUD, the prompt, the notebook, the briefing and the pause
// menu (the conversation panel, the popups and the toasts have files of their own). They draw
// from the core's views; every button sends a command through RoomScene::send().
#include "app/app.h"
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
  // The last minutes (the core's closing warning on) show in a warning colour.
  const bool closing = status.closing_soon;
  ImGui::TextColored(closing ? theme::warning_text() : theme::heading_text(), "%s  ·  %d min left%s",
                     status.clock.c_str(), status.time_left, closing ? " (closing soon)" : "");
  // Each meter is full at what the core calls a very good evening (the status view's shares).
  auto meter = [&](const char* label, int v, float share, ImVec4 colour) {
    ImGui::TextUnformatted(label);
    ImGui::SameLine(ImGui::CalcTextSize("Enjoyment").x + 24.0f);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, theme::high_contrast() ? ImGui::GetStyleColorVec4(ImGuiCol_PlotHistogram) : colour);
    ImGui::ProgressBar(share, ImVec2(150 * ImGui::GetFontSize() / 16.0f, ImGui::GetTextLineHeight() + 2.0f),
                       std::to_string(v).c_str());
    ImGui::PopStyleColor();
  };
  meter("Enjoyment", status.enjoyment, status.enjoyment_share, ImVec4(1.0f, 0.67f, 0.27f, 1.0f));
  meter("Value", status.value, status.value_share, ImVec4(0.34f, 0.63f, 0.86f, 1.0f));
  if (status.has_need)
    ImGui::TextColored(status.need_found ? theme::good_text() : ImGui::GetStyleColorVec4(ImGuiCol_Text), "%s",
                       status.need_found ? "Found what you came for" : "Still looking for what you came for");
  // The notebook and the pause menu by mouse as well as by key.
  if (ImGui::SmallButton("Notebook  (N)")) notebook_fresh_ = notebook_open_ = !notebook_open_;
  ImGui::SameLine();
  if (ImGui::SmallButton("Pause  (Esc)")) paused_ = true;
  ImGui::End();
  ImGui::PopStyleVar(2);
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
  ImGui::TextWrapped("Walk with the arrow keys or WASD, or click where to go. E talks to the person ringed at "
                     "their feet, walking you over first if they are a few steps away (Tab rings someone else); "
                     "a click on a person or their badge does the same. Choose what to say with the number keys. "
                     "N opens your notebook; Esc pauses.");
  ImGui::PopStyleColor();
  brief_body_h_ = ImGui::GetCursorPosY() - body_top;
  if (box) ImGui::EndChild();
  ImGui::Spacing();
  if (ImGui::Button("Walk in  (Return)", ImVec2(theme::px(240), 0))) brief_open_ = false;
  ImGui::End();
}

void RoomScene::ui_prompt() {
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
    if (ImGui::Button("Join their group  (J)")) send(sim::make_command(sim::Verb::Join, {id}));
    ImGui::SameLine();
    if (ImGui::Button("Introduce...  (I)")) popups_.start_introduce(*session_, id);
    if (in_reach().size() > 1) {
      ImGui::SameLine();
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
  if (notebook_fresh_) {  // opens at the top, wherever it was scrolled to last time
    ImGui::SetScrollY(0.0f);
    notebook_fresh_ = false;
  }
  ImGui::TextColored(theme::heading_text(), "What you came for");
  for (const auto& n : nb.needs) bullet_wrapped(n);
  ImGui::Spacing();
  ImGui::TextColored(theme::heading_text(), "Promises and dates");
  if (nb.agreed.empty())
    ImGui::TextDisabled("None yet. A follow-up or an invitation agreed in conversation shows here.");
  for (const auto& a : nb.agreed) {
    ImGui::Bullet();
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted((a.what + ": ").c_str());
    ImGui::SameLine(0.0f, 0.0f);
    if (a.open) ImGui::TextColored(theme::heading_text(), "%s", a.stands.c_str());
    else ImGui::TextDisabled("%s", a.stands.c_str());
    ImGui::PopTextWrapPos();
  }
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
  const ImVec2 origin(ImGui::GetWindowPos().x + pad, ImGui::GetWindowPos().y + heading);
  const std::string clicked = menu_panel(menu, origin, rows);
  ImGui::PopFont();
  ImGui::End();
  if (!clicked.empty()) pause_activate(clicked);
}

}  // namespace mingle::app
