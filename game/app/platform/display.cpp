// Whether the window can open: asked of the X server itself, before SFML (which aborts when
// it cannot open a display). Kept apart from the rest of the app: Xlib's header defines macros
// (None, Status, Bool) that clash with ordinary names.
#include "app/app.h"

#include <cstdlib>

#ifdef _WIN32

namespace mingle::app {

// A Windows desktop session always has a display to draw on; a window that cannot get an
// OpenGL context is reported by SFML itself.
std::string display_problem() { return {}; }

}  // namespace mingle::app

#else

#include <X11/Xlib.h>

namespace mingle::app {

std::string display_problem() {
  const char* x = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  if (!x || !*x) {
    if (wayland && *wayland)
      return "there is only a Wayland display here (WAYLAND_DISPLAY is set, DISPLAY is not), and the game's "
             "window needs X11: start it where XWayland runs, so that DISPLAY is set";
    return "there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the game's "
           "window cannot open";
  }
  Display* display = XOpenDisplay(x);
  if (!display)
    return std::string("the graphical display DISPLAY=") + x + " does not answer (no X server is there, or this "
           "user may not use it), so the game's window cannot open";
  XCloseDisplay(display);
  return {};
}

}  // namespace mingle::app

#endif  // _WIN32
