#include "app/platform/text_log.h"

#include "core/util/atomic_file.h"

#include <imgui.h>
#include <imgui_internal.h>  // GImGui->LogEnabled: a window nested in another is already logged

#include <cstdlib>
#include <filesystem>
#include <string>

namespace mingle::app {
namespace {

// The log is written whole through the core's atomic writer each time a frame's text changes, so
// a game killed mid-write leaves the previous log, never half of one.
bool g_open = false;
std::filesystem::path g_path;
std::string g_all, g_frame, g_last;

// Dear ImGui hands a window's logged text to the clipboard function when the window ends.
void collect(void*, const char* text) {
  g_frame += text;
  g_frame += "\n";
}

}  // namespace

bool text_log_open() {
  const char* path = std::getenv("MINGLE_TEXT_LOG");
  if (path == nullptr || *path == '\0') return false;
  g_path = path;
  std::string error;
  if (!write_file_atomically(g_path, g_all, error)) return false;
  g_open = true;
  ImGui::GetIO().SetClipboardTextFn = collect;
  return true;
}

void text_log_window() {
  if (g_open && !GImGui->LogEnabled) ImGui::LogToClipboard();
}

void text_log_frame_end() {
  if (!g_open) return;
  if (GImGui->LogEnabled) ImGui::LogFinish();
  if (g_frame != g_last) {
    g_all += "--- frame\n" + g_frame;
    std::string error;
    write_file_atomically(g_path, g_all, error);  // a test's log: a failed write only loses a frame
  }
  g_last.swap(g_frame);
  g_frame.clear();
}

}  // namespace mingle::app
