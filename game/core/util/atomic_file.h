#pragma once
// Writing a file so that a crash, a full disk or a kill at any moment leaves either the old
// file or the new one, never half of each: write a temporary file beside the target, check that
// every byte went out, flush it to disk, rename it over the target (rename is atomic within one
// file system), then flush the folder so that the rename itself survives a power cut.
//
// Every file Mingle writes (saves, results, settings) goes through write_file_atomically; no
// other code opens a file for writing.
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace mingle {

// Writes text to path atomically, creating missing parent folders. On failure returns false,
// leaves any existing file unchanged, removes the temporary file, and sets error to a sentence
// naming the path and the reason (the system's own words, from strerror). A path that names a
// folder or a device (anything but a regular file or nothing) is refused, never replaced.
bool write_file_atomically(const std::filesystem::path& path, std::string_view text,
                           std::string& error);

// The temporary files the writer makes are named ".<file>.mingle-tmp-XXXXXX" beside the file.
// One left behind by a process that was killed mid-write is removed by this, for the folder
// the given file is in, when it is older than a minute (so that another Mingle writing there at
// this moment is left alone). Returns how many were removed. Never throws.
int remove_stale_temp_files(const std::filesystem::path& file_in_folder);

// True when the name is one of the writer's temporary files.
bool is_atomic_temp_name(const std::string& filename);

// Reads a whole regular file, refusing before reading it when it is bigger than max_bytes, is a
// folder or a device, or cannot be opened. On failure returns false with a sentence in error
// (naming the path, the reason and, for size, the limit). `what` names the file in the
// sentence ("the save", "the script").
bool read_file_capped(const std::filesystem::path& path, std::size_t max_bytes, const std::string& what,
                      std::string& text, std::string& error);

// A path given by the player as text (a typed command): refused with a sentence when it is
// empty or holds a NUL character, which no file name can. Spaces are kept as written.
bool check_path_text(std::string_view text, std::string& error);

}  // namespace mingle
