#include "core/util/stop_request.h"

#include <atomic>
#include <initializer_list>

#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#endif

namespace mingle {
namespace {

volatile std::sig_atomic_t g_stop = 0;
// Set by every stop request, and cleared by whoever gave one more short try after the first.
std::atomic<bool> g_give_up{false};
static_assert(std::atomic<bool>::is_always_lock_free, "set from a signal handler");

#ifdef _WIN32
// Windows runs this on a thread of its own. Returning TRUE keeps the process alive for now;
// after a close, log-off or shut-down event it is ended anyway a few seconds later, which is
// time enough to write the results.
BOOL WINAPI on_console_event(DWORD event) {
  switch (event) {
    case CTRL_C_EVENT: g_stop = SIGINT; break;
    case CTRL_BREAK_EVENT: g_stop = SIGTERM; break;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT: g_stop = SIGHUP; break;
    default: return FALSE;
  }
  g_give_up.store(true);
  return TRUE;
}
#else
extern "C" void on_stop_signal(int sig) {
  g_stop = sig;
  g_give_up.store(true);
}
#endif

}  // namespace

void catch_stop_requests() {
#ifdef _WIN32
  SetConsoleCtrlHandler(on_console_event, TRUE);
#else
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &action, nullptr);
  // A stop signal that came before the handler was in place (blocked by whoever started us, or
  // during start-up) is taken now rather than lost or left pending.
  sigset_t stops;
  sigemptyset(&stops);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&stops, sig);
  sigprocmask(SIG_UNBLOCK, &stops, nullptr);
#endif
}

const volatile std::sig_atomic_t& stop_request() { return g_stop; }
std::atomic<bool>& give_up_request() { return g_give_up; }

void ignore_closed_output() {
#ifndef _WIN32
  struct sigaction ignore {};
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  sigaction(SIGPIPE, &ignore, nullptr);
#endif
}

}  // namespace mingle
