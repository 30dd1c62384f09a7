#include "app/room/popups.h"

#include "app/painting/theme.h"
#include "app/platform/text_log.h"

#include <imgui.h>

namespace mingle::app {

namespace {
// The next button on the same line if it fits the panel, else on the next line (a narrow
// window at a large UI scale).
void same_line_if_fits(const char* next_label) {
  const ImGuiStyle& st = ImGui::GetStyle();
  const float next_w = ImGui::CalcTextSize(next_label, nullptr, true).x + st.FramePadding.x * 2.0f;
  const float right = ImGui::GetItemRectMax().x + st.ItemSpacing.x + next_w;
  // (the content region's edge: the column's, in a panel laid out in columns)
  if (right <= ImGui::GetWindowPos().x + ImGui::GetContentRegionMax().x) ImGui::SameLine();
}
// A list row; the selected one framed, so it never looks like a row the pointer merely rests on.
bool selectable_row(const std::string& label, bool selected) {
  const bool clicked = ImGui::Selectable(label.c_str(), selected);
  if (selected)
    ImGui::GetWindowDrawList()->AddRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                                        ImGui::GetColorU32(ImGuiCol_Text), 0.0f, 0, 2.0f);
  return clicked;
}
}  // namespace

void Popups::begin_frame() {
  popup_open_ = false;  // set again below while a popup is open
  popup_shown_.clear();
}

void Popups::start_introduce(const GameSession& session, const std::string& person) {
  introduce_from_ = person;
  selected_ = -1;
  introduce_options_ = sim::introduce_options(session.campaign(), session.run(), introduce_from_);
}

void Popups::refresh(const GameSession& session) {
  if (!introduce_from_.empty())
    introduce_options_ = sim::introduce_options(session.campaign(), session.run(), introduce_from_);
}

std::string Popups::open_list() const { return !introduce_from_.empty() ? "introduce" : popup_shown_; }

std::vector<sim::Option> Popups::options_on_offer(const GameSession& session) const {
  std::vector<sim::Option> options;
  const bool talking = !sim::talking_with(session.run()).empty();
  if (!introduce_from_.empty() && !talking) {
    options = introduce_options_;
  } else if (talking) {
    const auto view = sim::conversation_view(session.campaign(), session.run());
    const std::string who = view.person ? view.person->id : std::string();
    if (popup_shown_ == "invite") options = sim::invite_options(session.campaign(), session.run(), who);
    else if (popup_shown_ == "ask-intro") options = sim::ask_intro_options(session.campaign(), session.run(), who);
  }
  return options;
}

void Popups::move(int direction, const GameSession& session) {
  int count = 0;
  for (const auto& o : options_on_offer(session)) count += o.available ? 1 : 0;
  if (count == 0) return;
  if (selected_in_ != open_list()) selected_ = -1;
  selected_in_ = open_list();
  selected_ = selected_ < 0 ? (direction > 0 ? 0 : count - 1) : (selected_ + direction + count) % count;
}

bool Popups::activate(const GameSession& session, const SendCommand& send) {
  if (selected_ < 0 || selected_in_ != open_list()) return false;
  return key(selected_ + 1, session, send);
}

bool Popups::key(int number, const GameSession& session, const SendCommand& send) {
  const std::vector<sim::Option> options = options_on_offer(session);
  selected_ = -1;
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

void Popups::conversation_actions(const Person& person, const GameSession& session, const SendCommand& send,
                                  bool compact) {
  ImGui::Spacing();
  // Compact (a panel short of room): shorter words and slimmer buttons, so they share a row.
  const char* invite = compact ? "Invite... (V)" : "Invite...  (V)";
  const char* ask = compact ? "Introductions... (R)" : "Ask for an introduction...  (R)";
  const char* leave = compact ? "Step away (Esc)" : "Step away  (Esc)";
  if (compact) ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(theme::px(6), theme::px(3)));
  if (ImGui::Button(invite)) ImGui::OpenPopup("invite");
  // The popups open just above the buttons, wherever the pointer is (V and R open them too).
  const ImVec2 above(ImGui::GetItemRectMin().x, ImGui::GetItemRectMin().y - 4.0f);
  same_line_if_fits(ask);
  if (ImGui::Button(ask)) ImGui::OpenPopup("ask-intro");
  same_line_if_fits(leave);
  if (ImGui::Button(leave)) send(sim::make_command(sim::Verb::Leave));
  if (compact) ImGui::PopStyleVar();
  if (!popup_request_.empty()) {
    ImGui::OpenPopup(popup_request_.c_str());
    popup_request_.clear();
  }
  // Each option is numbered: its number key picks it, as a click does.
  // Up/Down select one (a frame and a mark, unlike a hover's colour), Return picks it.
  auto option_rows = [&](const std::vector<sim::Option>& options) {
    bool sent = false;
    int n = 0;
    for (const auto& o : options) {
      if (!o.available) continue;
      const bool selected = selected_in_ == popup_shown_ && selected_ == n;
      const std::string label = (selected ? "> " : "") + std::to_string(++n) + ".  " + o.label;
      if (selectable_row(label, selected)) {
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
    option_rows(sim::invite_options(session.campaign(), session.run(), person.id));
    ImGui::EndPopup();
  }
  ImGui::SetNextWindowPos(above, ImGuiCond_Appearing, ImVec2(0.0f, 1.0f));
  if (ImGui::BeginPopup("ask-intro")) {
    popup_open_ = true;
    popup_shown_ = "ask-intro";
    if (popup_close_) ImGui::CloseCurrentPopup();
    const auto options = sim::ask_intro_options(session.campaign(), session.run(), person.id);
    if (options.empty()) ImGui::TextDisabled("%s doesn't know anyone else here.", person.name.c_str());
    option_rows(options);
    ImGui::EndPopup();
  }
  popup_close_ = false;
}

void Popups::introduce_window(const Event& event, const SendCommand& send) {
  const Person* a = event.person(introduce_from_);
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
  // (a copy: a command sent below refreshes the options)
  const std::vector<sim::Option> options = introduce_options_;
  bool any = false;
  int n = 0;
  for (const auto& o : options) {
    if (!o.available) continue;
    any = true;
    const bool selected = selected_in_ == "introduce" && selected_ == n;
    const std::string label = (selected ? "> " : "") + std::to_string(++n) + ".  " + o.label;
    if (selectable_row(label, selected)) {
      send(o.command);
      open = false;
    }
  }
  for (const auto& o : options)
    if (!o.available) ImGui::TextDisabled("%s: %s", o.label.c_str(), o.reason.c_str());
  if (!any && options.empty()) ImGui::TextDisabled("Talk to someone else here first.");
  if (ImGui::Button("Cancel  (Esc)")) open = false;
  ImGui::End();
  if (!open) introduce_from_.clear();
}

}  // namespace mingle::app
