#include "app/scenes/settings_scene.h"

#include "app/app.h"
#include "app/platform/text_log.h"
#include "app/painting/theme.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace mingle::app {

SettingsScene::SettingsScene(App& app) : app_(app), edited_(app.settings()) {}

bool SettingsScene::handle_event(const sf::Event& event) {
  if (event.type != sf::Event::KeyPressed) return false;
  switch (event.key.code) {
    case sf::Keyboard::Escape: app_.scenes().pop(); return true;
    case sf::Keyboard::Up:
    case sf::Keyboard::W: row_ = (row_ + kRows - 1) % kRows; scroll_to_row_ = true; return true;
    case sf::Keyboard::Down:
    case sf::Keyboard::S: row_ = (row_ + 1) % kRows; scroll_to_row_ = true; return true;
    case sf::Keyboard::Left:
    case sf::Keyboard::A: step(row_, -1); return true;
    case sf::Keyboard::Right:
    case sf::Keyboard::D: step(row_, +1); return true;
    case sf::Keyboard::Space:
    case sf::Keyboard::Return: step(row_, 0); return true;
    default: return false;
  }
}

void SettingsScene::step(int row, int d) {
  auto round_to = [](float v, float unit) { return std::round(v / unit) * unit; };
  switch (row) {
    case kUiScale: edited_.ui_scale = std::clamp(round_to(edited_.ui_scale + 0.25f * static_cast<float>(d), 0.25f), 0.75f, 2.0f); break;
    case kTextScale: edited_.text_scale = std::clamp(round_to(edited_.text_scale + 0.1f * static_cast<float>(d), 0.1f), 0.8f, 1.6f); break;
    case kVolume: edited_.volume = std::clamp(edited_.volume + 10 * d, 0, 100); break;
    case kFullscreen: edited_.fullscreen = !edited_.fullscreen; break;
    case kMute: edited_.muted = !edited_.muted; break;
    case kPractice: edited_.practice_mode = !edited_.practice_mode; break;
    case kContrast: edited_.high_contrast = !edited_.high_contrast; break;
    case kMotion: edited_.reduced_motion = !edited_.reduced_motion; break;
    case kBack:
      if (d == 0) app_.scenes().pop();
      return;
    default: return;
  }
  if (d == 0 && (row == kUiScale || row == kTextScale || row == kVolume)) return;  // a slider: Left/Right
  apply();
}

void SettingsScene::apply() { app_.change_settings(edited_, /*save=*/true); }

void SettingsScene::ui() {
  ImGuiIO& io = ImGui::GetIO();
  // Pinned near the top rather than centred, so rows stay put for the player (and the tests).
  const float width = std::min(theme::px(740), io.DisplaySize.x - 24.0f);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, std::min(40.0f, io.DisplaySize.y * 0.06f)), ImGuiCond_Always,
                          ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  // Taller than the window (big panels, a small window): it scrolls, and the keyboard's row
  // is scrolled into view.
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y - std::min(40.0f, io.DisplaySize.y * 0.06f) - 12.0f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##settings", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  text_log_window();
  // The keyboard's row: a mark in the margin and a frame around it, besides the colours.
  auto mark = [&](int row) {
    if (row_ != row) return;
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 ink = ImGui::GetColorU32(theme::heading_text());
    const float h = b.y - a.y, y = (a.y + b.y) * 0.5f, s = h * 0.25f;
    const float x = ImGui::GetWindowPos().x + 3.0f;
    dl->PushClipRect(ImGui::GetWindowPos(), ImVec2(ImGui::GetWindowPos().x + ImGui::GetWindowWidth(),
                                                    ImGui::GetWindowPos().y + ImGui::GetWindowHeight()));
    dl->AddTriangleFilled(ImVec2(x, y - s), ImVec2(x + s * 1.3f, y), ImVec2(x, y + s), ink);
    dl->PopClipRect();
    dl->AddRect(ImVec2(a.x - 3, a.y - 3), ImVec2(b.x + 3, b.y + 3), ink, 4.0f, 0, 2.0f);
    if (scroll_to_row_) {
      ImGui::SetScrollHereY(0.5f);
      scroll_to_row_ = false;
    }
  };
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextColored(theme::heading_text(), "Settings");
  ImGui::PopFont();
  // Back sits on the heading's row, at its right: in view at any UI scale, however far the
  // page below it scrolls. The keys' hint goes between them when it fits, else below.
  const char* hint = "  Up/Down: a row   Left/Right: change it   Space: tick";
  const float back_w = theme::px(180);
  const float back_x = ImGui::GetWindowContentRegionMax().x - back_w;
  const bool hint_fits = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ImGui::CalcTextSize(hint).x +
                             2 * ImGui::GetStyle().ItemSpacing.x <= back_x;
  if (hint_fits) {
    ImGui::SameLine();
    ImGui::TextDisabled("%s", hint);
  }
  ImGui::SameLine(back_x);
  if (ImGui::Button("Back  (Esc)", ImVec2(back_w, 0))) app_.scenes().pop();
  mark(kBack);
  if (!hint_fits) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextDisabled("%s", hint + 2);
    ImGui::PopTextWrapPos();
  }
  ImGui::Separator();
  bool changed = false;
  // Rows a little tighter than elsewhere, so the page fits a 720-pixel window at scale 1.
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x, theme::px(5)));
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, theme::px(7)));
  changed |= ImGui::SliderFloat("Panel size (UI scale)", &edited_.ui_scale, 0.75f, 2.0f, "%.2fx");
  mark(kUiScale);
  changed |= ImGui::SliderFloat("Text size", &edited_.text_scale, 0.8f, 1.6f, "%.1fx");
  mark(kTextScale);
  changed |= ImGui::Checkbox("Fullscreen  (F11 anywhere)", &edited_.fullscreen);
  mark(kFullscreen);
  changed |= ImGui::SliderInt("Volume", &edited_.volume, 0, 100, "%d%%");
  mark(kVolume);
  changed |= ImGui::Checkbox("Mute", &edited_.muted);
  mark(kMute);
  changed |= ImGui::Checkbox("Practice mode: show the coaching notes while you play",
                             &edited_.practice_mode);
  mark(kPractice);
  changed |= ImGui::Checkbox("High contrast: white on black, strong outlines", &edited_.high_contrast);
  mark(kContrast);
  changed |= ImGui::Checkbox("Reduced motion: no swaying, bobbing or rising text", &edited_.reduced_motion);
  mark(kMotion);
  ImGui::PopStyleVar(2);
  // Apply every step of a drag at once, but write the file once the player lets go.
  if (changed) {
    app_.change_settings(edited_, /*save=*/false);
    unsaved_ = true;
  }
  if (unsaved_ && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    app_.change_settings(edited_, /*save=*/true);
    unsaved_ = false;
  }
  ImGui::Spacing();
  ImGui::TextDisabled("Keys");
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, theme::px(3)));
  ImGui::BulletText("Arrow keys or W A S D: walk; or click a spot");
  ImGui::BulletText("E or Space: talk to the ringed person   ·   Tab: ring the next one");
  ImGui::BulletText("Click a person to walk over and talk; point at someone to ring them");
  ImGui::BulletText("1 to 9: say that choice   ·   V: invite   ·   R: ask for an introduction");
  ImGui::BulletText("J: join a group   ·   I: introduce two people   ·   N: notebook");
  ImGui::BulletText("Esc: step away, pause, back   ·   F11: fullscreen   ·   + / -: zoom");
  ImGui::PopStyleVar();
  ImGui::End();
}

}  // namespace mingle::app
