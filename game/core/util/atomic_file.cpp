#include "core/util/atomic_file.h"

// The one place that knows how each system replaces a file safely: POSIX (write, fsync, rename,
// fsync the folder) and Windows (write through, flush, MoveFileExW with MOVEFILE_REPLACE_EXISTING
// and MOVEFILE_WRITE_THROUGH). Everything above those two steps is shared.
#ifdef _WIN32
#define WIN32_LEAN_AND_MEAN
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

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

#ifndef _WIN32
std::string reason() { return std::strerror(errno); }
#endif

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

// What both systems check before writing: the path names a file, its folder exists (made when
// missing), and nothing but a regular file is in the way: a folder or a device is never replaced.
bool ready_to_write(const fs::path& path, std::string& error) {
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
  const fs::file_status st = fs::status(path, ec);
  if (fs::exists(st) && !fs::is_regular_file(st)) {
    error = "could not write " + path.string() + ": " +
            (fs::is_directory(st) ? "it is a folder" : "it is not a regular file") + ", and Mingle only replaces files";
    return false;
  }
  return true;
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

#ifdef _WIN32

namespace {

// The system's own words for the last Win32 error, like strerror on POSIX.
std::string win_reason(DWORD code = GetLastError()) {
  char* text = nullptr;
  const DWORD n = FormatMessageA(FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM |
                                     FORMAT_MESSAGE_IGNORE_INSERTS,
                                 nullptr, code, 0, reinterpret_cast<char*>(&text), 0, nullptr);
  std::string out = n && text ? std::string(text, n) : "error " + std::to_string(code);
  if (text) LocalFree(text);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r' || out.back() == '.')) out.pop_back();
  return out;
}

}  // namespace

bool write_file_atomically(const fs::path& path, std::string_view text, std::string& error) {
  if (!ready_to_write(path, error)) return false;
  std::error_code ec;
  const fs::path folder = folder_of(path);
  clean_once(folder);
  // A new temporary file beside the target (so the replace stays on one volume), written
  // through the cache.
  HANDLE h = INVALID_HANDLE_VALUE;
  fs::path tmp;
  for (unsigned attempt = 0; attempt < 100 && h == INVALID_HANDLE_VALUE; ++attempt) {
    char suffix[8];
    const unsigned long long mix = GetTickCount64() * 2654435761ULL + GetCurrentProcessId() * 40503ULL + attempt * 7919ULL;
    for (int i = 0; i < 6; ++i)
      suffix[i] = "abcdefghijklmnopqrstuvwxyz0123456789"[(mix >> (i * 5)) % 36];
    suffix[6] = '\0';
    tmp = folder / ("." + path.filename().string() + kTempMark + suffix);
    h = CreateFileW(tmp.wstring().c_str(), GENERIC_WRITE, 0, nullptr, CREATE_NEW,
                    FILE_ATTRIBUTE_NORMAL | FILE_FLAG_WRITE_THROUGH, nullptr);
    if (h == INVALID_HANDLE_VALUE && GetLastError() != ERROR_FILE_EXISTS) break;
  }
  if (h == INVALID_HANDLE_VALUE) {
    error = "could not write beside " + path.string() + ": " + win_reason();
    return false;
  }
  auto give_up = [&](const std::string& what) {
    error = what + " " + path.string() + ": " + win_reason();
    CloseHandle(h);
    std::error_code rm;
    fs::remove(tmp, rm);
    return false;
  };
  const char* data = text.data();
  std::size_t left = text.size();
  while (left > 0) {
    const DWORD chunk = static_cast<DWORD>(std::min<std::size_t>(left, 1u << 30));
    DWORD n = 0;
    if (!WriteFile(h, data, chunk, &n, nullptr)) return give_up("could not write");
    if (n == 0) return give_up("could not write");
    data += n;
    left -= n;
  }
  if (!FlushFileBuffers(h)) return give_up("could not flush");
  LARGE_INTEGER size{};
  if (!GetFileSizeEx(h, &size)) return give_up("could not check");
  if (static_cast<std::size_t>(size.QuadPart) != text.size()) {
    SetLastError(ERROR_WRITE_FAULT);
    return give_up("could not write all of");
  }
  CloseHandle(h);
  // MoveFileExW replaces the old file in one step and, with MOVEFILE_WRITE_THROUGH, returns only
  // once the move is on disk. (ReplaceFileW would keep the old file's attributes, but when it
  // fails it leaves its own rfXXXX.tmp backups beside the file, as seen under Wine.) A virus
  // scanner or search indexer may hold the old file for a moment: try a few times.
  const std::wstring target = path.wstring(), temp = tmp.wstring();
  bool replaced = false;
  for (int attempt = 0; attempt < 10 && !replaced; ++attempt) {
    replaced = MoveFileExW(temp.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    if (!replaced && GetLastError() != ERROR_ACCESS_DENIED && GetLastError() != ERROR_SHARING_VIOLATION) break;
    if (!replaced) Sleep(50);
  }
  if (!replaced) {
    error = "could not replace " + path.string() + ": " + win_reason();
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

bool read_file_capped(const fs::path& path, std::size_t max_bytes, const std::string& what, std::string& text,
                      std::string& error) {
  const std::string name = what + " '" + path.string() + "'";
  std::error_code ec;
  const fs::file_status st = fs::status(path, ec);
  if (ec || !fs::exists(st)) {
    error = "Couldn't read " + name + ": " + (ec ? ec.message() : std::string("No such file or directory")) + ".";
    return false;
  }
  if (fs::is_directory(st)) {
    error = "Couldn't read " + name + ": it is a folder, not a file.";
    return false;
  }
  if (!fs::is_regular_file(st)) {
    error = "Couldn't read " + name + ": it is not a regular file.";
    return false;
  }
  HANDLE h = CreateFileW(path.wstring().c_str(), GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                         nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
  if (h == INVALID_HANDLE_VALUE) {
    error = "Couldn't read " + name + ": " + win_reason() + ".";
    return false;
  }
  LARGE_INTEGER size{};
  if (GetFileSizeEx(h, &size) && static_cast<unsigned long long>(size.QuadPart) > max_bytes) {
    CloseHandle(h);
    error = "Couldn't read " + name + ": it is " + std::to_string(size.QuadPart) + " bytes, and the limit is " +
            std::to_string(max_bytes) + " (docs/limits.md).";
    return false;
  }
  // Read at most one byte past the limit, in case the file grew since it was measured.
  std::string out;
  char buffer[1 << 16];
  for (;;) {
    DWORD n = 0;
    if (!ReadFile(h, buffer, sizeof buffer, &n, nullptr)) {
      error = "Couldn't read " + name + ": " + win_reason() + ".";
      CloseHandle(h);
      return false;
    }
    if (n == 0) break;
    out.append(buffer, n);
    if (out.size() > max_bytes) break;
  }
  CloseHandle(h);
  if (out.size() > max_bytes) {
    error = "Couldn't read " + name + ": it is over " + std::to_string(max_bytes) +
            " bytes, the limit (docs/limits.md).";
    return false;
  }
  text = std::move(out);
  return true;
}

#else  // POSIX

bool write_file_atomically(const fs::path& path, std::string_view text, std::string& error) {
  if (!ready_to_write(path, error)) return false;
  std::error_code ec;
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

#endif  // POSIX

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
