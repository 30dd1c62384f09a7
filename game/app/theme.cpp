#include "app/theme.h"

#include <imgui.h>

namespace mingle::app::theme {

std::filesystem::path ui_font_file() {
  static const char* const kCandidates[] = {
      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  };
  std::error_code ec;
  for (const char* c : kCandidates)
    if (std::filesystem::is_regular_file(c, ec)) return c;
  return {};
}

namespace {
ImVec4 rgba(sf::Color c, float a = 1.0f) { return ImVec4(c.r / 255.f, c.g / 255.f, c.b / 255.f, a); }
}  // namespace

void next_window_centred(float width, float height) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  if (width > 0.0f || height > 0.0f) ImGui::SetNextWindowSize(ImVec2(width, height));
  ImGui::SetNextWindowBgAlpha(1.0f);
}

void apply_imgui_style(float ui_scale) {
  ImGuiStyle& style = ImGui::GetStyle();
  style = ImGuiStyle();
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 10.0f;
  style.FrameRounding = 6.0f;
  style.WindowPadding = ImVec2(18, 16);
  style.FramePadding = ImVec2(12, 8);
  style.ItemSpacing = ImVec2(10, 10);
  style.WindowBorderSize = 1.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = rgba(kPanel, 0.94f);
  c[ImGuiCol_Border] = rgba(kGlow, 0.35f);
  c[ImGuiCol_PopupBg] = rgba(kPanel, 0.98f);
  c[ImGuiCol_TitleBg] = rgba(kWall, 1.0f);
  c[ImGuiCol_TitleBgActive] = ImVec4(0.42f, 0.30f, 0.26f, 1.0f);
  c[ImGuiCol_TitleBgCollapsed] = rgba(kWall, 1.0f);
  c[ImGuiCol_ResizeGrip] = rgba(kAccent, 0.3f);
  c[ImGuiCol_ResizeGripHovered] = rgba(kAccent, 0.6f);
  c[ImGuiCol_ResizeGripActive] = rgba(kAccent, 0.9f);
  c[ImGuiCol_Separator] = rgba(kGlow, 0.25f);
  c[ImGuiCol_Text] = rgba(kInk);
  c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.56f, 0.52f, 1.0f);
  c[ImGuiCol_Header] = rgba(kAccent, 0.85f);
  c[ImGuiCol_HeaderHovered] = rgba(kAccent, 0.65f);
  c[ImGuiCol_HeaderActive] = rgba(kAccent, 1.0f);
  c[ImGuiCol_Button] = rgba(kAccentCool, 0.55f);
  c[ImGuiCol_ButtonHovered] = rgba(kAccentCool, 0.8f);
  c[ImGuiCol_ButtonActive] = rgba(kAccentCool, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.30f, 0.24f, 0.27f, 1.0f);
  c[ImGuiCol_SliderGrab] = rgba(kAccent);
  c[ImGuiCol_SliderGrabActive] = rgba(kGlow);
  c[ImGuiCol_CheckMark] = rgba(kAccent);
  style.ScaleAllSizes(ui_scale);
}

}  // namespace mingle::app::theme
