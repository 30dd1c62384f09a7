#pragma once
// SIGTERM and SIGINT (on Windows: the console's Ctrl+C, Ctrl+Break and close events) ask the game
// to leave; the main loop notices and takes the same path as closing the window (later: save
// the run, write results), then exits 0. core/util/stop_request.h knows the two systems.

namespace mingle::app {

void install_quit_signal_handlers();
bool quit_signal_received();

}  // namespace mingle::app
