#include "app/painting/theme.h"

#include "core/util/paths.h"

#include <imgui.h>

namespace mingle::app::theme {

std::filesystem::path ui_font_file() {
  std::error_code ec;
#ifdef _WIN32
  // Windows has no DejaVu: the zip carries Debian's copy in fonts\ beside mingle.exe.
  const auto bundled = executable_dir() / "fonts" / "DejaVuSans.ttf";
  if (std::filesystem::is_regular_file(bundled, ec)) return bundled;
#endif
  static const char* const kCandidates[] = {
      "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
      "/usr/share/fonts/dejavu/DejaVuSans.ttf",
  };
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


namespace {
float g_scale = 1.0f;
bool g_contrast = false;
bool g_still = false;
}  // namespace

void set_look(float scale, bool contrast, bool still) {
  g_scale = scale > 0.0f ? scale : 1.0f;
  g_contrast = contrast;
  g_still = still;
}
float ui_scale() { return g_scale; }
bool high_contrast() { return g_contrast; }
bool reduced_motion() { return g_still; }
float panel_alpha(float normal) { return g_contrast ? 1.0f : normal; }

ImVec4 heading_text() { return g_contrast ? ImVec4(1.0f, 0.86f, 0.2f, 1.0f) : ImVec4(1.0f, 0.77f, 0.47f, 1.0f); }
ImVec4 note_text() { return g_contrast ? ImVec4(0.55f, 1.0f, 0.55f, 1.0f) : ImVec4(0.62f, 0.88f, 0.62f, 1.0f); }
ImVec4 warning_text() { return g_contrast ? ImVec4(1.0f, 0.55f, 0.45f, 1.0f) : ImVec4(1.0f, 0.42f, 0.30f, 1.0f); }
ImVec4 reaction_text() { return g_contrast ? ImVec4(0.6f, 0.88f, 1.0f, 1.0f) : ImVec4(0.55f, 0.8f, 1.0f, 1.0f); }
ImVec4 coach_text() { return g_contrast ? ImVec4(1.0f, 1.0f, 1.0f, 1.0f) : ImVec4(0.8f, 0.9f, 0.7f, 1.0f); }
ImVec4 good_text() { return g_contrast ? ImVec4(0.55f, 1.0f, 0.55f, 1.0f) : ImVec4(0.55f, 0.85f, 0.55f, 1.0f); }

namespace {
void high_contrast_colours(ImGuiStyle& style) {
  const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1.0f, 0.86f, 0.2f, 1.0f);
  const ImVec4 blue(0.0f, 0.27f, 0.75f, 1.0f), blue_light(0.1f, 0.4f, 0.95f, 1.0f);
  style.WindowBorderSize = 2.0f;
  style.FrameBorderSize = 2.0f;
  style.PopupBorderSize = 2.0f;
  ImVec4* c = style.Colors;
  c[ImGuiCol_WindowBg] = black;
  c[ImGuiCol_ChildBg] = black;
  c[ImGuiCol_PopupBg] = black;
  c[ImGuiCol_Border] = yellow;
  c[ImGuiCol_TitleBg] = black;
  c[ImGuiCol_TitleBgActive] = blue;
  c[ImGuiCol_TitleBgCollapsed] = black;
  c[ImGuiCol_Text] = white;
  c[ImGuiCol_TextDisabled] = ImVec4(0.78f, 0.78f, 0.78f, 1.0f);
  c[ImGuiCol_Separator] = yellow;
  c[ImGuiCol_Header] = blue;
  c[ImGuiCol_HeaderHovered] = blue_light;
  c[ImGuiCol_HeaderActive] = blue_light;
  c[ImGuiCol_Button] = black;
  c[ImGuiCol_ButtonHovered] = blue;
  c[ImGuiCol_ButtonActive] = blue_light;
  c[ImGuiCol_FrameBg] = black;
  c[ImGuiCol_FrameBgHovered] = blue;
  c[ImGuiCol_FrameBgActive] = blue_light;
  c[ImGuiCol_SliderGrab] = yellow;
  c[ImGuiCol_SliderGrabActive] = white;
  c[ImGuiCol_CheckMark] = yellow;
  c[ImGuiCol_PlotHistogram] = blue_light;
  c[ImGuiCol_ScrollbarBg] = black;
  c[ImGuiCol_ScrollbarGrab] = ImVec4(0.8f, 0.8f, 0.8f, 1.0f);
  c[ImGuiCol_ResizeGrip] = yellow;
  c[ImGuiCol_NavHighlight] = yellow;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.8f);
}
}  // namespace

void apply_imgui_style(float ui_scale, bool high_contrast) {
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
  if (high_contrast) high_contrast_colours(style);
  style.ScaleAllSizes(ui_scale);
}

}  // namespace mingle::app::theme
