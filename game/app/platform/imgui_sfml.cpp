#include "app/platform/imgui_sfml.h"

#include <SFML/OpenGL.hpp>
#include <SFML/Window/Clipboard.hpp>
#include <SFML/Window/Mouse.hpp>
#include <backends/imgui_impl_opengl2.h>
#include <imgui.h>

#include <array>
#include <cstdint>
#include <string>

namespace mingle::app::imgui_sfml {
namespace {

// A press and its release can arrive within one frame (xdotool does that; so do fast typists).
// ImGui 1.86 samples key and button state once per frame, so such a tap would be lost: we keep
// the key down for the frame in which it was pressed and release it on the next one.
struct TapLatch {
  std::array<bool, sf::Keyboard::KeyCount> key_pressed_this_frame{};
  std::array<bool, sf::Keyboard::KeyCount> key_release_pending{};
  std::array<bool, 3> mouse_held{};
  std::array<bool, 3> mouse_pressed_this_frame{};
};

TapLatch g_latch;
std::string g_clipboard;  // keeps the pointer returned to ImGui alive until the next call

const char* get_clipboard(void*) {
  g_clipboard = sf::Clipboard::getString().toAnsiString();
  return g_clipboard.c_str();
}
void set_clipboard(void*, const char* text) { sf::Clipboard::setString(sf::String::fromUtf8(text, text + std::char_traits<char>::length(text))); }

int mouse_index(sf::Mouse::Button b) {
  switch (b) {
    case sf::Mouse::Left: return 0;
    case sf::Mouse::Right: return 1;
    case sf::Mouse::Middle: return 2;
    default: return -1;
  }
}

void update_modifiers(ImGuiIO& io) {
  auto down = [&](sf::Keyboard::Key k) { return k >= 0 && io.KeysDown[k]; };
  io.KeyCtrl = down(sf::Keyboard::LControl) || down(sf::Keyboard::RControl);
  io.KeyShift = down(sf::Keyboard::LShift) || down(sf::Keyboard::RShift);
  io.KeyAlt = down(sf::Keyboard::LAlt) || down(sf::Keyboard::RAlt);
  io.KeySuper = down(sf::Keyboard::LSystem) || down(sf::Keyboard::RSystem);
}

}  // namespace

Fonts init(sf::RenderWindow& window, const std::filesystem::path& font_file, float body_px,
           float large_px) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.BackendPlatformName = "mingle_imgui_sfml";
  io.IniFilename = nullptr;  // the game owns its settings; no imgui.ini in the player's folder
  io.GetClipboardTextFn = get_clipboard;
  io.SetClipboardTextFn = set_clipboard;

  io.KeyMap[ImGuiKey_Tab] = sf::Keyboard::Tab;
  io.KeyMap[ImGuiKey_LeftArrow] = sf::Keyboard::Left;
  io.KeyMap[ImGuiKey_RightArrow] = sf::Keyboard::Right;
  io.KeyMap[ImGuiKey_UpArrow] = sf::Keyboard::Up;
  io.KeyMap[ImGuiKey_DownArrow] = sf::Keyboard::Down;
  io.KeyMap[ImGuiKey_PageUp] = sf::Keyboard::PageUp;
  io.KeyMap[ImGuiKey_PageDown] = sf::Keyboard::PageDown;
  io.KeyMap[ImGuiKey_Home] = sf::Keyboard::Home;
  io.KeyMap[ImGuiKey_End] = sf::Keyboard::End;
  io.KeyMap[ImGuiKey_Insert] = sf::Keyboard::Insert;
  io.KeyMap[ImGuiKey_Delete] = sf::Keyboard::Delete;
  io.KeyMap[ImGuiKey_Backspace] = sf::Keyboard::BackSpace;
  io.KeyMap[ImGuiKey_Space] = sf::Keyboard::Space;
  io.KeyMap[ImGuiKey_Enter] = sf::Keyboard::Return;
  io.KeyMap[ImGuiKey_Escape] = sf::Keyboard::Escape;
  io.KeyMap[ImGuiKey_KeyPadEnter] = sf::Keyboard::Return;
  io.KeyMap[ImGuiKey_A] = sf::Keyboard::A;
  io.KeyMap[ImGuiKey_C] = sf::Keyboard::C;
  io.KeyMap[ImGuiKey_V] = sf::Keyboard::V;
  io.KeyMap[ImGuiKey_X] = sf::Keyboard::X;
  io.KeyMap[ImGuiKey_Y] = sf::Keyboard::Y;
  io.KeyMap[ImGuiKey_Z] = sf::Keyboard::Z;

  Fonts fonts;
  std::error_code ec;
  // Latin with its extensions (names such as Zoë, Łucja, Şule), the typographer's punctuation
  // facilitators paste in (curly quotes, dashes, the ellipsis), the euro sign and the arrows (the
  // season's review draws a relationship's path with →).
  static const ImWchar kRanges[] = {0x0020, 0x024F, 0x2010, 0x205E, 0x20AC, 0x20AC, 0x2190, 0x2193, 0};
  if (!font_file.empty() && std::filesystem::is_regular_file(font_file, ec)) {
    fonts.body = io.Fonts->AddFontFromFileTTF(font_file.string().c_str(), body_px, nullptr, kRanges);
    fonts.large = io.Fonts->AddFontFromFileTTF(font_file.string().c_str(), large_px, nullptr, kRanges);
  }
  if (fonts.body && fonts.large) {
    fonts.from_system = true;
  } else {
    io.Fonts->Clear();
    ImFontConfig config;
    config.SizePixels = 13.0f * 1.5f;  // ImGui's own font is small; scale it up for legibility
    fonts.body = io.Fonts->AddFontDefault(&config);
    fonts.large = fonts.body;
  }

  window.setActive(true);
  ImGui_ImplOpenGL2_Init();
  return fonts;
}

void process_event(const sf::Event& event) {
  ImGuiIO& io = ImGui::GetIO();
  switch (event.type) {
    case sf::Event::KeyPressed:
      if (event.key.code >= 0 && event.key.code < sf::Keyboard::KeyCount) {
        io.KeysDown[event.key.code] = true;
        g_latch.key_pressed_this_frame[event.key.code] = true;
        g_latch.key_release_pending[event.key.code] = false;
      }
      break;
    case sf::Event::KeyReleased:
      if (event.key.code >= 0 && event.key.code < sf::Keyboard::KeyCount) {
        if (g_latch.key_pressed_this_frame[event.key.code])
          g_latch.key_release_pending[event.key.code] = true;
        else
          io.KeysDown[event.key.code] = false;
      }
      break;
    case sf::Event::TextEntered:
      // Control characters (backspace, return, tab…) arrive as keys, not text.
      if (event.text.unicode >= 0x20 && event.text.unicode != 0x7F)
        io.AddInputCharacter(event.text.unicode);
      break;
    case sf::Event::MouseMoved:
      io.MousePos = ImVec2(static_cast<float>(event.mouseMove.x), static_cast<float>(event.mouseMove.y));
      break;
    case sf::Event::MouseButtonPressed:
      if (int i = mouse_index(event.mouseButton.button); i >= 0) {
        io.MousePos = ImVec2(static_cast<float>(event.mouseButton.x), static_cast<float>(event.mouseButton.y));
        g_latch.mouse_held[i] = true;
        g_latch.mouse_pressed_this_frame[i] = true;
      }
      break;
    case sf::Event::MouseButtonReleased:
      if (int i = mouse_index(event.mouseButton.button); i >= 0) g_latch.mouse_held[i] = false;
      break;
    case sf::Event::MouseWheelScrolled:
      if (event.mouseWheelScroll.wheel == sf::Mouse::VerticalWheel)
        io.MouseWheel += event.mouseWheelScroll.delta;
      else
        io.MouseWheelH += event.mouseWheelScroll.delta;
      break;
    case sf::Event::MouseLeft:
      io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
      break;
    case sf::Event::LostFocus:
      // Keys released while another window had focus never reach us: forget them all.
      for (bool& k : io.KeysDown) k = false;
      g_latch = TapLatch{};
      break;
    default:
      break;
  }
  update_modifiers(io);
}

namespace {

// The font atlas as an alpha-only texture (issue 15, memory). The OpenGL 2 backend would
// upload it as RGBA (four bytes a pixel, 8 MiB for our two sizes of a font covering Latin
// Extended) and keep its own RGBA and alpha copies in memory besides; one byte a pixel in the
// texture and no copy kept is 17 MiB less. Drawn the same: the backend's GL_MODULATE takes the
// colour from the vertices and multiplies in the texture's alpha.
GLuint g_font_texture = 0;

void ensure_font_texture() {
  ImGuiIO& io = ImGui::GetIO();
  if (g_font_texture != 0 && io.Fonts->IsBuilt() && io.Fonts->TexID != nullptr) return;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  GLint last = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &last);
  if (g_font_texture == 0) glGenTextures(1, &g_font_texture);
  glBindTexture(GL_TEXTURE_2D, g_font_texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_ALPHA, width, height, 0, GL_ALPHA, GL_UNSIGNED_BYTE, pixels);
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(last));
  io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(g_font_texture)));
  io.Fonts->ClearTexData();  // the pixels live in the texture now
}

}  // namespace

void new_frame(sf::RenderWindow& window, float dt_seconds) {
  ImGuiIO& io = ImGui::GetIO();
  const sf::Vector2u size = window.getSize();
  io.DisplaySize = ImVec2(static_cast<float>(size.x), static_cast<float>(size.y));
  io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  io.DeltaTime = dt_seconds > 0.0f ? dt_seconds : 1.0f / 60.0f;
  for (int i = 0; i < 3; ++i) io.MouseDown[i] = g_latch.mouse_held[i] || g_latch.mouse_pressed_this_frame[i];
  ensure_font_texture();  // instead of ImGui_ImplOpenGL2_NewFrame(), which would make an RGBA one
  ImGui::NewFrame();
}

void render(sf::RenderWindow& window) {
  ImGui::Render();
  window.pushGLStates();
  ImGui_ImplOpenGL2_RenderDrawData(ImGui::GetDrawData());
  window.popGLStates();

  // The frame has seen this frame's taps: now let latched releases through.
  ImGuiIO& io = ImGui::GetIO();
  for (std::size_t k = 0; k < g_latch.key_release_pending.size(); ++k) {
    if (g_latch.key_release_pending[k]) io.KeysDown[k] = false;
    g_latch.key_release_pending[k] = false;
    g_latch.key_pressed_this_frame[k] = false;
  }
  g_latch.mouse_pressed_this_frame = {};
  update_modifiers(io);
}

void shutdown() {
  if (g_font_texture != 0) {
    glDeleteTextures(1, &g_font_texture);
    g_font_texture = 0;
    ImGui::GetIO().Fonts->SetTexID(nullptr);
  }
  ImGui_ImplOpenGL2_Shutdown();
  ImGui::DestroyContext();
}

bool wants_keyboard() { return ImGui::GetIO().WantCaptureKeyboard; }
bool wants_mouse() { return ImGui::GetIO().WantCaptureMouse; }

}  // namespace mingle::app::imgui_sfml
