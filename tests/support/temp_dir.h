#pragma once
// A fresh, uniquely named folder under the system's temporary directory, removed with
// everything in it when the object goes out of scope. Tests run in parallel processes, so a
// fixed name would let two of them trample each other.
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace mingle::test {

class TempDir {
 public:
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "mingle-test-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path operator/(const std::filesystem::path& p) const { return path_ / p; }

 private:
  std::filesystem::path path_;
};

}  // namespace mingle::test
