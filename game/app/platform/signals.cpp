#include "app/platform/signals.h"

#include "core/util/stop_request.h"

namespace mingle::app {

void install_quit_signal_handlers() { catch_stop_requests(); }

bool quit_signal_received() { return stop_request() != 0; }

}  // namespace mingle::app
