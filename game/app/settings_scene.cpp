#include "app/settings_scene.h"

#include "app/app.h"

#include <imgui.h>

namespace mingle::app {

SettingsScene::SettingsScene(App& app) : app_(app), edited_(app.settings()) {}

bool SettingsScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed && event.key.code == sf::Keyboard::Escape) {
    app_.scenes().pop();
    return true;
  }
  return false;
}

void SettingsScene::ui() {
  ImGuiIO& io = ImGui::GetIO();
  // Pinned near the top rather than centred, so rows stay put for the player (and the tests).
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, 40.0f), ImGuiCond_Always, ImVec2(0.5f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(740, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##settings", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextUnformatted("Settings");
  ImGui::PopFont();
  ImGui::Separator();
  bool changed = false;
  changed |= ImGui::SliderFloat("Panel size", &edited_.ui_scale, 0.75f, 2.0f, "%.2fx");
  changed |= ImGui::SliderFloat("Text size", &edited_.text_scale, 0.8f, 1.6f, "%.1fx");
  changed |= ImGui::Checkbox("Fullscreen", &edited_.fullscreen);
  changed |= ImGui::SliderInt("Volume", &edited_.volume, 0, 100, "%d%%");
  changed |= ImGui::Checkbox("Mute", &edited_.muted);
  changed |= ImGui::Checkbox("Practice mode: show the coaching notes while you play",
                             &edited_.practice_mode);
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
  ImGui::BulletText("Arrow keys or W A S D: walk; or click a spot");
  ImGui::BulletText("E or Space: talk to the ringed person   ·   Tab: ring the next one");
  ImGui::BulletText("Click a person to walk over and talk; point at someone to ring them");
  ImGui::BulletText("1 to 9: say that choice   ·   Esc: step away, pause, back");
  ImGui::BulletText("J: join a group   ·   I: introduce two people   ·   N: notebook");
  ImGui::BulletText("+ / - or the mouse wheel: zoom   ·   Up / Down, Return: menus");
  ImGui::Spacing();
  if (ImGui::Button("Back  (Esc)", ImVec2(180, 0))) app_.scenes().pop();
  ImGui::End();
}

}  // namespace mingle::app
