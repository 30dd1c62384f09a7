#include "app/room/author_panel.h"

#include "app/painting/theme.h"

#include "core/author/author.h"
#include "core/sim/conversation.h"
#include "core/sim/views.h"

#include <imgui.h>

#include <algorithm>

namespace mingle::app {

bool AuthorPanel::open_ = false;

namespace {
const ImVec4 kHeading(1.0f, 0.77f, 0.47f, 1.0f);
const ImVec4 kFails(1.0f, 0.45f, 0.4f, 1.0f);
const ImVec4 kHolds(0.55f, 0.85f, 0.55f, 1.0f);
}  // namespace

AuthorPanel::AuthorPanel(const GameSession& session) : reload_(session.content_path()) {}

bool AuthorPanel::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::F1) {
    open_ = !open_;
    return true;
  }
  return false;
}

bool AuthorPanel::update(float dt, GameSession& session) {
  const auto r = reload_.poll(dt, session);
  if (r == LiveReload::Result::Reloaded) {
    message_ = "Reloaded.";
    for (const auto& n : reload_.notes()) message_ += " " + n;
  }
  return r == LiveReload::Result::Reloaded;
}

float AuthorPanel::width() {
  const ImGuiIO& io = ImGui::GetIO();
  return open_ ? std::min(theme::px(480), io.DisplaySize.x * 0.4f) : 0.0f;
}

void AuthorPanel::ui(GameSession& session, float top) {
  top_ = top;
  if (!reload_.errors().empty()) ui_errors();
  if (open_) ui_panel(session);
}

void AuthorPanel::ui_errors() {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y - 20), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(1000.0f, io.DisplaySize.x - 40), 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.35f, 0.08f, 0.08f, 0.95f));
  ImGui::Begin("##author-errors", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                   ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoNav);
  ImGui::TextColored(kHeading, "Your last save has mistakes, so the version before it is still running.");
  ImGui::TextWrapped("Fix them and save again; this goes away by itself.");
  std::size_t shown = 0;
  for (const auto& d : reload_.errors()) {
    if (++shown > 12) {
      ImGui::TextDisabled("…and %zu more ('mingle check' lists them all).", reload_.errors().size() - 12);
      break;
    }
    ImGui::TextWrapped("%s", format_gcc(d).c_str());
  }
  ImGui::End();
  ImGui::PopStyleColor();
}

void AuthorPanel::ui_panel(GameSession& session) {
  const Campaign& c = session.campaign();
  const sim::RunState& s = session.run();
  const ImGuiIO& io = ImGui::GetIO();
  // Docked at the right, under the HUD bar, the whole height of the window: the room's panels
  // (conversation, prompt, toasts) lay themselves out in what is left beside it. Its text wraps.
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x, top_), ImGuiCond_Always, ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width(), io.DisplaySize.y - top_));
  ImGui::SetNextWindowBgAlpha(1.0f);
  if (!ImGui::Begin("Author  (F1 to close)", &open_,
                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                        ImGuiWindowFlags_NoCollapse)) {
    ImGui::End();
    return;
  }
  ImGui::PushTextWrapPos(0.0f);
  const Event& e = sim::current_event(c, s);
  const author::RunInspection at = author::inspect(c, s);
  ImGui::TextColored(kHeading, "%s", e.id.c_str());
  ImGui::SameLine();
  ImGui::TextDisabled("%s, %s to %s, %d min left", sim::to_string(at.phase), at.clock.c_str(),
                      sim::clock_text(e.ends).c_str(), at.minutes_left);
  ImGui::TextDisabled("Save a file of this scenario and it reloads here; F1 closes this panel.");
  if (!message_.empty()) ImGui::TextWrapped("%s", message_.c_str());

  // The conversation and its choices, each with its conditions and their values now.
  if (!at.dialogue.empty()) {
    const Dialogue* d = e.dialogue(at.dialogue);
    const Node* n = d ? d->find(at.node) : nullptr;
    ImGui::Separator();
    ImGui::TextColored(kHeading, "At %s/%s", at.dialogue.c_str(), at.node.c_str());
    if (n) {
      ImGui::TextDisabled("%s:%d", n->pos.file.c_str(), n->pos.line);
      for (const auto& ch : n->choices) {
        const std::string blocked = sim::choice_blocked(c, s, *d, ch);
        ImGui::TextColored(blocked.empty() ? kHolds : kFails, "%s %s%s", blocked.empty() ? "open " : "greyed",
                           ch.id.c_str(), ch.hidden_when_unavailable && !blocked.empty() ? " (hidden)" : "");
        for (const auto& part : author::explain_choice(c, s, *d, ch))
          ImGui::TextColored(part.holds ? kHolds : kFails, "    %s %s", part.holds ? "yes" : "no ", part.text.c_str());
      }
    }
  }

  // Jump to any line.
  ImGui::Separator();
  ImGui::TextColored(kHeading, "Jump to a line");
  if (jump_dialogue_.empty() && !e.dialogues.empty()) jump_dialogue_ = e.dialogues.front().id;
  // The box leaves room for its label inside the docked panel.
  ImGui::SetNextItemWidth(-(ImGui::CalcTextSize("conversation").x + ImGui::GetStyle().ItemInnerSpacing.x + 2.0f));
  if (ImGui::BeginCombo("conversation", jump_dialogue_.c_str())) {
    for (const auto& d : e.dialogues)
      if (ImGui::Selectable(d.id.c_str(), d.id == jump_dialogue_)) jump_dialogue_ = d.id;
    ImGui::EndCombo();
  }
  if (const Dialogue* d = e.dialogue(jump_dialogue_)) {
    ImGui::BeginChild("##nodes", ImVec2(0, 120), true);
    for (const auto& n : d->nodes)
      if (ImGui::Selectable(n.id.c_str(), at.dialogue == d->id && at.node == n.id)) {
        std::string why;
        session.author_change([&](const Campaign& cc, sim::RunState& rs) {
          if (!author::jump_to(cc, rs, d->id, n.id, why)) message_ = why;
          else message_ = "Jumped to " + d->id + "/" + n.id + ".";
        });
      }
    ImGui::EndChild();
  }

  // Relationships, flags, hints.
  ImGui::Separator();
  ImGui::TextColored(kHeading, "Relationships");
  ImGui::PushTextWrapPos(-1.0f);  // in the table only the memories wrap (whole words stay whole)
  if (ImGui::BeginTable("##rels", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("person");
    ImGui::TableSetupColumn("regard");
    ImGui::TableSetupColumn("rapport");
    ImGui::TableSetupColumn("rung");
    ImGui::TableSetupColumn("remembers");
    ImGui::TableHeadersRow();
    for (const auto& p : at.people) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(p.id.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%d", p.regard);
      ImGui::TableNextColumn();
      ImGui::Text("%d", p.rapport);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(to_string(p.rung));
      ImGui::TableNextColumn();
      std::string mem;
      for (const auto& m : p.memories) mem += (mem.empty() ? "" : ", ") + m;
      ImGui::TextWrapped("%s", mem.c_str());
    }
    ImGui::EndTable();
  }
  ImGui::PopTextWrapPos();
  ImGui::TextColored(kHeading, "Flags");
  if (at.flags.empty()) ImGui::TextDisabled("none set");
  for (const auto& [k, v] : at.flags) ImGui::Text("%s = %d", k.c_str(), v);
  ImGui::TextColored(kHeading, "Hints learned");
  if (at.learned.empty()) ImGui::TextDisabled("none yet");
  for (const auto& h : at.learned) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", h.c_str());
  }
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace mingle::app
