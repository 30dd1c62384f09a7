#include "app/scenes/menu_panel.h"

#include "app/layout_dump_file.h"

#include <algorithm>
#include <cctype>

namespace mingle::app {

std::string menu_panel(Menu& menu, ImVec2 origin, const MenuRows& rows) {
  const ImGuiIO& io = ImGui::GetIO();
  const bool pointer_moved = io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f;
  const auto& items = menu.items();
  std::string clicked;
  ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.5f, 0.5f));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const MenuItem& item = items[i];
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + rows.pitch * static_cast<float>(i)));
    ImGui::PushID(static_cast<int>(i));
    const bool selected = menu.selected() == static_cast<int>(i);
    const ImGuiSelectableFlags flags = item.enabled ? 0 : ImGuiSelectableFlags_Disabled;
    // Only the selected row is ever highlighted: a pointer resting on another row (it has not
    // moved since the keyboard chose) does not light that one up too.
    if (!selected) {
      ImGui::PushStyleColor(ImGuiCol_HeaderHovered, ImVec4(0, 0, 0, 0));
      ImGui::PushStyleColor(ImGuiCol_HeaderActive, ImVec4(0, 0, 0, 0));
    }
    // A disabled row says why in words, in the smaller font so it fits ("Continue: no saved
    // game yet"), not by its grey alone.
    const bool small = !item.enabled && !item.why_disabled.empty() && !io.Fonts->Fonts.empty();
    std::string label = item.label;
    if (small) {
      std::string why = item.why_disabled;
      if (!why.empty()) why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
      label += ": " + why;
      ImGui::PushFont(io.Fonts->Fonts[0]);
    }
    if (ImGui::Selectable(label.c_str(), selected, flags, ImVec2(rows.width, rows.height)))
      clicked = item.id;
    {  // the row's words, centred in it, for the layout dump
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      const ImVec2 words = ImGui::CalcTextSize(label.c_str(), nullptr, true);
      const bool cut = words.x > b.x - a.x;  // a row cuts its words at its own edges
      const float x = cut ? a.x : (a.x + b.x - words.x) * 0.5f;  // too long: drawn from the left, cut
      layout_text(label, x, (a.y + b.y - words.y) * 0.5f, words.x, words.y, cut);
    }
    if (small) ImGui::PopFont();
    if (!selected) ImGui::PopStyleColor(2);
    if (selected) {
      // The selected row carries a mark as well as its colour: one each side, never over its
      // words (a long label at a large UI scale has them closer, or not at all).
      const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
      const float h = b.y - a.y, y = (a.y + b.y) * 0.5f, s = h * 0.16f;
      if (small) ImGui::PushFont(io.Fonts->Fonts[0]);
      const float words = ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
      if (small) ImGui::PopFont();
      const float room = (b.x - a.x - words) * 0.5f;  // beside the words, each side
      const float gap = s * 1.5f, mark = s * 1.2f;
      if (room >= gap + mark + s) {
        const float x = std::max(a.x + h * 0.7f, (a.x + b.x - words) * 0.5f - gap - mark);
        const float x2 = std::min(b.x - h * 0.7f, (a.x + b.x + words) * 0.5f + gap + mark);
        const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->AddTriangleFilled(ImVec2(x, y - s), ImVec2(x + mark, y), ImVec2(x, y + s), ink);
        dl->AddTriangleFilled(ImVec2(x2, y - s), ImVec2(x2 - mark, y), ImVec2(x2, y + s), ink);
      }
    }
    if (pointer_moved && ImGui::IsItemHovered()) menu.hover(static_cast<int>(i));
    if (!item.enabled && !item.why_disabled.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", item.why_disabled.c_str());
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  return clicked;
}

}  // namespace mingle::app
