#include "app/signals.h"

#include <csignal>

namespace mingle::app {
namespace {

volatile std::sig_atomic_t g_quit = 0;

extern "C" void on_quit_signal(int) { g_quit = 1; }

}  // namespace

void install_quit_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_quit_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGHUP, &action, nullptr);
}

bool quit_signal_received() { return g_quit != 0; }

}  // namespace mingle::app
