#pragma once
// Being asked from outside to stop: on Linux the signals SIGINT (Ctrl-C), SIGTERM and SIGHUP; on
// Windows the console's control events (Ctrl+C, Ctrl+Break, closing the console window, logging
// off, shutting down), reported as SIGINT, SIGTERM and SIGHUP so that the front-ends never ask
// which system they run on. The one place that knows the difference.
#include <atomic>
#include <csignal>

#ifndef SIGHUP
#define SIGHUP 1  // Windows' C library has no SIGHUP; a closed console is reported with POSIX's number
#endif

namespace mingle {

// Starts catching them: from now on they set stop_request() instead of ending the process. A
// pending read is not restarted (POSIX: no SA_RESTART), so a loop waiting for input sees it.
void catch_stop_requests();

// 0 until a stop is asked for; then the signal's number (SIGINT, SIGTERM or SIGHUP).
const volatile std::sig_atomic_t& stop_request();

// Set by every stop request (the first, and any after it): work that may wait at the end of a
// run, such as a last delivery to the LRS, gives up when it is set. Clear it to allow one more
// short try after the request that ended the run; another request then stops that try at once.
std::atomic<bool>& give_up_request();

// A closed output (SIGPIPE on POSIX; Windows has none) becomes a failed write, not the end of
// the process, so the caller can notice it and finish cleanly.
void ignore_closed_output();

}  // namespace mingle
