#pragma once
// Writing a file so that a crash, a full disk or a kill at any moment leaves either the old
// file or the new one, never half of each: write a temporary file beside the target, flush it
// to disk, then rename it over the target (rename is atomic within one file system).
#include <filesystem>
#include <string>
#include <string_view>

namespace mingle {

// Writes text to path atomically, creating missing parent folders. On failure returns false,
// leaves any existing file unchanged, removes the temporary file, and sets error to a sentence
// naming the path and the reason.
bool write_file_atomically(const std::filesystem::path& path, std::string_view text,
                           std::string& error);

}  // namespace mingle
