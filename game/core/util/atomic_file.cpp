#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <mutex>
#include <set>
#include <system_error>

namespace fs = std::filesystem;

namespace mingle {

namespace {

constexpr const char* kTempMark = ".mingle-tmp-";

std::string reason() { return std::strerror(errno); }

fs::path folder_of(const fs::path& path) {
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

// The first write into a folder in this process clears what an earlier, killed process left.
void clean_once(const fs::path& folder) {
  static std::mutex mutex;
  static std::set<std::string> cleaned;
  std::error_code ec;
  const std::string key = fs::absolute(folder, ec).lexically_normal().string();
  {
    std::lock_guard<std::mutex> lock(mutex);
    if (!cleaned.insert(key).second) return;
  }
  remove_stale_temp_files(folder / "x");
}

}  // namespace

bool is_atomic_temp_name(const std::string& name) {
  if (name.size() > 1 && name[0] == '.' && name.find(kTempMark) != std::string::npos) return true;
  // The names an earlier Mingle used: "save.yaml.tmp-XXXXXX".
  for (const char* ext : {".yaml.tmp-", ".json.tmp-"}) {
    const auto at = name.rfind(ext);
    if (at != std::string::npos && at + std::strlen(ext) + 6 == name.size()) return true;
  }
  return false;
}

int remove_stale_temp_files(const fs::path& file_in_folder) {
  int removed = 0;
  try {
    std::error_code ec;
    const fs::path folder = folder_of(file_in_folder);
    const auto now = fs::file_time_type::clock::now();
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
      if (!is_atomic_temp_name(it->path().filename().string())) continue;
      std::error_code fe;
      if (!it->is_regular_file(fe)) continue;
      const auto written = fs::last_write_time(it->path(), fe);
      if (fe || now - written < std::chrono::minutes(1)) continue;
      if (fs::remove(it->path(), fe)) ++removed;
    }
  } catch (const std::exception&) {
    // Tidying is a courtesy: it never stops a write.
  }
  return removed;
}

bool write_file_atomically(const fs::path& path, std::string_view text, std::string& error) {
  if (path.empty() || path.filename().empty()) {
    error = "could not write '" + path.string() + "': that names a folder, not a file";
    return false;
  }
  std::error_code ec;
  if (path.has_parent_path()) {
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      error = "could not create the folder " + path.parent_path().string() + ": " + ec.message();
      return false;
    }
  }
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode)) {
    error = "could not write " + path.string() + ": " +
            (S_ISDIR(st.st_mode) ? "it is a folder" : "it is not a regular file") +
            ", and Mingle only replaces files";
    return false;
  }
  const fs::path folder = folder_of(path);
  clean_once(folder);
  // A unique temporary name in the same folder, so the final rename stays on one file system.
  std::string tmpl = (folder / ("." + path.filename().string() + kTempMark + "XXXXXX")).string();
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = "could not write beside " + path.string() + ": " + reason();
    return false;
  }
  const fs::path tmp = tmpl;
  auto give_up = [&](const std::string& what) {
    error = what + " " + path.string() + ": " + reason();
    ::close(fd);
    std::error_code rm;
    fs::remove(tmp, rm);
    return false;
  };
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return give_up("could not write");
    }
    if (n == 0) {
      errno = ENOSPC;
      return give_up("could not write");
    }
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return give_up("could not set permissions on");
  if (::fsync(fd) != 0) return give_up("could not flush");
  // Every byte must be on disk: a short file is never renamed into place.
  struct stat written {};
  if (::fstat(fd, &written) != 0) return give_up("could not check");
  if (static_cast<std::size_t>(written.st_size) != text.size()) {
    errno = EIO;
    return give_up("could not write all of");
  }
  if (::close(fd) != 0) {
    error = "could not finish writing " + path.string() + ": " + reason();
    fs::remove(tmp, ec);
    return false;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "could not replace " + path.string() + ": " + reason();
    fs::remove(tmp, ec);
    return false;
  }
  // The rename lives in the folder: flush it too. Some file systems cannot flush a folder
  // (EINVAL); the rename is then as safe as they make it.
  const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    const int rc = ::fsync(dir);
    const int saved = errno;
    ::close(dir);
    if (rc != 0 && saved != EINVAL && saved != EROFS) {
      errno = saved;
      error = "wrote " + path.string() + " but could not flush its folder to disk: " + reason();
      return false;
    }
  }
  return true;
}

bool read_file_capped(const fs::path& path, std::size_t max_bytes, const std::string& what, std::string& text,
                      std::string& error) {
  const std::string name = what + " '" + path.string() + "'";
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    error = "Couldn't read " + name + ": " + reason() + ".";
    return false;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "Couldn't read " + name + ": it is a folder, not a file.";
    return false;
  }
  if (!S_ISREG(st.st_mode)) {
    error = "Couldn't read " + name + ": it is not a regular file.";
    return false;
  }
  if (static_cast<std::size_t>(st.st_size) > max_bytes) {
    error = "Couldn't read " + name + ": it is " + std::to_string(st.st_size) + " bytes, and the limit is " +
            std::to_string(max_bytes) + " (docs/limits.md).";
    return false;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = "Couldn't read " + name + ": " + reason() + ".";
    return false;
  }
  // Read at most one byte past the limit, in case the file grew since it was measured.
  std::string out(std::min<std::size_t>(static_cast<std::size_t>(st.st_size), max_bytes) + 1, '\0');
  std::size_t got = 0;
  while (true) {
    if (got == out.size()) {
      if (out.size() > max_bytes) break;
      out.resize(std::min(out.size() * 2, max_bytes + 1));
    }
    const ssize_t n = ::read(fd, out.data() + got, out.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = "Couldn't read " + name + ": " + reason() + ".";
      ::close(fd);
      return false;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (got > max_bytes) {
    error = "Couldn't read " + name + ": it is over " + std::to_string(max_bytes) +
            " bytes, the limit (docs/limits.md).";
    return false;
  }
  out.resize(got);
  text = std::move(out);
  return true;
}

bool check_path_text(std::string_view text, std::string& error) {
  if (text.empty()) {
    error = "No file was named.";
    return false;
  }
  if (text.find('\0') != std::string_view::npos) {
    error = "That file name holds a NUL character, which no file name can; nothing was read or written.";
    return false;
  }
  return true;
}

}  // namespace mingle
