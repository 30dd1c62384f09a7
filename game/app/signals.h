#pragma once
// SIGTERM and SIGINT ask the game to leave; the main loop notices and takes the same path as
// closing the window (later: save the run, write results), then exits 0.

namespace mingle::app {

void install_quit_signal_handlers();
bool quit_signal_received();

}  // namespace mingle::app
