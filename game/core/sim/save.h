#pragma once
// Saves: a run written as YAML text, at any point, mid-conversation included. There is one
// save format, written and read here for both front-ends: a save made in the terminal
// continues in the window (`mingle --load FILE`) and the other way round.
//
// Everything is keyed by the ids authors wrote, never by positions, so a save made before the
// scenario was edited still loads: whatever names something that no longer exists (a person, a
// dialogue or line, an event) is dropped, and each drop is reported in a plain sentence.
//
// Each kind of record has its own pair of functions in save.cpp (encode/decode side by side),
// writing a map with named keys. The last line of a save is a check line: the length of
// everything before it and a checksum, so that a file cut short (a full disk, a killed copy) or
// changed by accident is refused with a sentence instead of being loaded in part. Saves of the
// earlier format (version 1: the terminal's bare save and the window's wrapped one) still load.
#include "core/scenario/model.h"
#include "core/sim/run_state.h"

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mingle::sim {

inline constexpr int kSaveVersion = 2;
// A save bigger than this is refused before it is read (docs/limits.md). A whole campaign
// played to the end saves in well under 100 KB.
inline constexpr std::size_t kMaxSaveBytes = 4 * 1024 * 1024;

// What a save says beside the run, so that either front-end can resume it.
struct SaveInfo {
  std::string content;  // the content played (a folder, absolute); empty when not known
  std::string player;   // the player's name (results' player.name); may be empty
};

std::string save_run(const Campaign&, const RunState&, const SaveInfo& info = {});

struct LoadedRun {
  std::optional<RunState> state;   // nothing when the save could not be read at all
  std::vector<std::string> notes;  // what was dropped, one sentence each
  std::string error;               // why it could not be read, when state is empty
  SaveInfo info;                   // the save's content and player
};

// Reads a save against a campaign (perhaps edited since the save was made). Never throws.
LoadedRun load_run(const Campaign&, std::string_view text);

// What a save says about itself, read (and its check verified) without a campaign: the window
// needs the content folder before it can load the campaign to play.
struct SaveHeader {
  bool ok = false;
  std::string error;  // a sentence, when not ok
  SaveInfo info;
  std::string scenario;  // the campaign's id
  int version = 0;
};
SaveHeader read_save_header(std::string_view text);

// Files. Writing goes through the atomic writer: a failed save keeps the previous file and
// says why. Reading refuses a file over kMaxSaveBytes, a folder or a device before reading it.
bool write_save_file(const std::filesystem::path&, const Campaign&, const RunState&, const SaveInfo&,
                     std::string& error);
bool read_save_file(const std::filesystem::path&, std::string& text, std::string& error);

// The check line for a save's text (with or without one already): for tests and tools that
// change a save on purpose. A save edited by hand is refused until it is sealed again.
std::string reseal_save(std::string_view text);

}  // namespace mingle::sim
