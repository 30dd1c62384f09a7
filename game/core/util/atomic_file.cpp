#include "core/util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace fs = std::filesystem;

namespace mingle {

bool write_file_atomically(const fs::path& path, std::string_view text, std::string& error) {
  std::error_code ec;
  if (path.has_parent_path()) {
    fs::create_directories(path.parent_path(), ec);
    if (ec) {
      error = "could not create the folder " + path.parent_path().string() + ": " + ec.message();
      return false;
    }
  }
  // A unique temporary name in the same folder, so the final rename stays on one file system.
  std::string tmpl = path.string() + ".tmp-XXXXXX";
  const int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    error = "could not write beside " + path.string() + ": " + std::strerror(errno);
    return false;
  }
  const fs::path tmp = tmpl;
  auto give_up = [&](const std::string& what) {
    error = what + " " + path.string() + ": " + std::strerror(errno);
    ::close(fd);
    fs::remove(tmp, ec);
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
    data += n;
    left -= static_cast<std::size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0) return give_up("could not set permissions on");
  if (::fsync(fd) != 0) return give_up("could not flush");
  if (::close(fd) != 0) {
    error = "could not finish writing " + path.string() + ": " + std::strerror(errno);
    fs::remove(tmp, ec);
    return false;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    error = "could not replace " + path.string() + ": " + std::strerror(errno);
    fs::remove(tmp, ec);
    return false;
  }
  return true;
}

}  // namespace mingle
