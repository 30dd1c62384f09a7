#pragma once
// MINGLE_TEXT_LOG=FILE: the text the player's panels draw, written to FILE for tests that read
// it (tests/gui/player_words.sh). Dear ImGui logs a window's text from the moment logging starts
// until that window ends, handing it over as "clipboard" text; so each player-facing window calls
// text_log_window() right after ImGui::Begin, and the frame's text is written once per change.
// Off (and free) unless the variable is set; the real clipboard is then left alone.
namespace mingle::app {

// Reads MINGLE_TEXT_LOG once the ImGui context exists; true when logging.
bool text_log_open();
// Starts logging the current window's text (after ImGui::Begin), when the log is open.
void text_log_window();
// After the frame's windows: writes the frame's text if it differs from the last frame's.
void text_log_frame_end();

}  // namespace mingle::app
