#include "app/notice_scene.h"

#include "app/app.h"

#include <imgui.h>

namespace mingle::app {

NoticeScene::NoticeScene(App& app, std::string heading, std::string text)
    : app_(app), heading_(std::move(heading)), text_(std::move(text)) {}

bool NoticeScene::handle_event(const sf::Event& event) {
  if (event.type == sf::Event::KeyPressed &&
      (event.key.code == sf::Keyboard::Escape || event.key.code == sf::Keyboard::Return)) {
    app_.scenes().pop();
    return true;
  }
  return false;
}

void NoticeScene::ui() {
  const ImGuiIO& io = ImGui::GetIO();
  const float width = 620.0f;
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f),
                          ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::SetNextWindowBgAlpha(1.0f);
  ImGui::Begin("##notice", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
  ImGui::PushFont(app_.fonts().large);
  ImGui::TextUnformatted(heading_.c_str());
  ImGui::PopFont();
  ImGui::Spacing();
  ImGui::PushTextWrapPos(width - 24.0f);
  ImGui::TextUnformatted(text_.c_str());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button("Back  (Esc)", ImVec2(180, 0))) app_.scenes().pop();
  ImGui::End();
}

}  // namespace mingle::app
