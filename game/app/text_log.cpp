#include "app/text_log.h"

#include <imgui.h>
#include <imgui_internal.h>  // GImGui->LogEnabled: a window nested in another is already logged

#include <cstdlib>
#include <fstream>
#include <string>

namespace mingle::app {
namespace {

std::ofstream g_log;
std::string g_frame, g_last;

// Dear ImGui hands a window's logged text to the clipboard function when the window ends.
void collect(void*, const char* text) {
  g_frame += text;
  g_frame += "\n";
}

}  // namespace

bool text_log_open() {
  const char* path = std::getenv("MINGLE_TEXT_LOG");
  if (path == nullptr || *path == '\0') return false;
  g_log.open(path, std::ios::app);
  if (!g_log) return false;
  ImGui::GetIO().SetClipboardTextFn = collect;
  return true;
}

void text_log_window() {
  if (g_log.is_open() && !GImGui->LogEnabled) ImGui::LogToClipboard();
}

void text_log_frame_end() {
  if (!g_log.is_open()) return;
  if (GImGui->LogEnabled) ImGui::LogFinish();
  if (g_frame != g_last) g_log << "--- frame\n" << g_frame << std::flush;
  g_last.swap(g_frame);
  g_frame.clear();
}

}  // namespace mingle::app
