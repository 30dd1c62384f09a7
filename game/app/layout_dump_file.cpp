#include "app/layout_dump_file.h"

#include "app/layout/layout_dump.h"
#include "core/util/atomic_file.h"

#include <imgui.h>
#include <imgui_internal.h>  // the frame's windows, their scroll limits and scroll bars

#include <iostream>
#include <set>

namespace mingle::app {

namespace {
std::set<ImGuiID> g_may_scroll;  // this frame's panels that scroll by design
}  // namespace

void layout_may_scroll() {
  if (layout_frame().on()) g_may_scroll.insert(ImGui::GetCurrentWindow()->ID);
}

void layout_text(const std::string& text, float x, float y, float w, float h, bool cut) {
  if (!layout_frame().on()) return;
  const ImGuiWindow* win = ImGui::GetCurrentWindow();
  const ImRect clip = win->InnerClipRect;
  const bool scrolls = win->ScrollbarY && g_may_scroll.count(win->ID) > 0;
  const bool above = y + h <= clip.Min.y, below = y >= clip.Max.y;
  if (scrolls && (above || below)) return;  // scrolled out of view: not on screen at all
  const bool cut_side = x < clip.Min.x - 0.5f || x + w > clip.Max.x + 0.5f;
  const bool cut_end = y < clip.Min.y - 0.5f || y + h > clip.Max.y + 0.5f;
  layout_frame().add({"text", x, y, w, h, cut || cut_side || (cut_end && !scrolls), text, win->Name});
}

void layout_item_text(const std::string& text) {
  const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
  layout_text(text, a.x, a.y, b.x - a.x, b.y - a.y);
}

bool LayoutDumpFile::open(const std::filesystem::path& path, std::string& error) {
  path_ = path;
  if (!write_file_atomically(path_, "", error)) return false;
  open_ = true;
  layout_frame().enable(true);
  layout_frame().clear();
  since_flush_.restart();
  return true;
}

void LayoutDumpFile::end_frame(float ui_scale) {
  if (!open_) return;
  ++frame_;
  // Each panel drawn this frame (child boxes inside panels too). Its text is cut when what it
  // holds is bigger than the panel shows — it runs past its side, or past its bottom unless the
  // panel scrolls by design and shows its scroll bar — or when the panel runs off the window.
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  for (const ImGuiWindow* w : GImGui->Windows) {
    if (!w->Active || w->Hidden) continue;
    const std::string name = w->Name;
    if (name.rfind("Debug##", 0) == 0) continue;
    const bool scrolls = w->ScrollbarY && g_may_scroll.count(w->ID) > 0;
    const bool overflows = w->ScrollMax.x > 0.5f || (w->ScrollMax.y > 0.5f && !scrolls);
    const bool off_window = w->Pos.x < -0.5f || w->Pos.y < -0.5f || w->Pos.x + w->Size.x > display.x + 0.5f ||
                            w->Pos.y + w->Size.y > display.y + 0.5f;
    layout_frame().add({"panel", w->Pos.x, w->Pos.y, w->Size.x, w->Size.y, overflows || off_window, name});
  }
  // A frame like the one before it (told apart by its line with no frame number) is not kept.
  std::string same = layout_json_line(0, ui_scale, layout_frame().rects());
  if (same != last_rects_) {
    all_ += layout_json_line(frame_, ui_scale, layout_frame().rects()) + "\n";
    last_rects_.swap(same);
    dirty_ = true;
  }
  layout_frame().clear();
  g_may_scroll.clear();
  if (dirty_ && since_flush_.getElapsedTime().asSeconds() >= 1.0f) flush();
}

void LayoutDumpFile::flush() {
  std::string error;
  if (!write_file_atomically(path_, all_, error)) std::cerr << "mingle: the layout dump: " << error << "\n";
  dirty_ = false;
  since_flush_.restart();
}

void LayoutDumpFile::close() {
  if (open_ && dirty_) flush();
  open_ = false;
  layout_frame().enable(false);
}

}  // namespace mingle::app
