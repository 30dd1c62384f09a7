#include "app/menu_panel.h"

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
    if (ImGui::Selectable(item.label.c_str(), selected, flags, ImVec2(rows.width, rows.height)))
      clicked = item.id;
    if (!selected) ImGui::PopStyleColor(2);
    if (pointer_moved && ImGui::IsItemHovered()) menu.hover(static_cast<int>(i));
    if (!item.enabled && !item.why_disabled.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
      ImGui::SetTooltip("%s", item.why_disabled.c_str());
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  return clicked;
}

}  // namespace mingle::app
