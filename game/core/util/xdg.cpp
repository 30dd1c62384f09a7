#include "core/util/xdg.h"

#ifndef _WIN32
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

#include <cstdlib>

namespace fs = std::filesystem;

namespace mingle {
namespace {

#ifdef _WIN32
// Windows has no XDG folders: both are under %APPDATA% (the roaming profile folder, so a
// trainee's saves follow them between a venue's machines).
fs::path base(const char*, std::string* note) {
  const wchar_t* a = _wgetenv(L"APPDATA");
  if (a && *a) return fs::path(a);
  if (note)
    *note = "APPDATA is not set, so Mingle has nowhere of its own to keep your files; set APPDATA (or "
            "XDG_DATA_HOME and XDG_CONFIG_HOME) and start it again.";
  return {};
}
fs::path checked(const fs::path& dir, std::string*) { return dir; }
#else
// HOME, or the user database's home for this user; empty when neither names a folder.
fs::path home(std::string* note) {
  const char* h = std::getenv("HOME");
  if (h && *h && fs::path(h).is_absolute()) return fs::path(h);
  const struct passwd* pw = ::getpwuid(::getuid());
  if (pw && pw->pw_dir && *pw->pw_dir && fs::path(pw->pw_dir).is_absolute() && fs::path(pw->pw_dir) != "/") {
    if (note) *note = std::string("HOME is not set, so Mingle keeps your files under ") + pw->pw_dir + ", your home folder in the user database.";
    return fs::path(pw->pw_dir);
  }
  if (note)
    *note = "HOME is not set and the user database names no home folder for you, so Mingle has nowhere of "
            "its own to keep your files; set HOME (or XDG_DATA_HOME and XDG_CONFIG_HOME) and start it again.";
  return {};
}

// The mingle folder, when it is safe to write into: missing (it will be made, private to this
// user), or a real folder of this user's that nobody else can write to.
fs::path checked(const fs::path& dir, std::string* note) {
  struct stat st {};
  if (::lstat(dir.c_str(), &st) != 0) return dir;  // made on first write
  std::string why;
  if (S_ISLNK(st.st_mode))
    why = "is a symbolic link";
  else if (!S_ISDIR(st.st_mode))
    why = "is not a folder";
  else if (st.st_uid != ::geteuid())
    why = "belongs to someone else";
  else if (st.st_mode & S_IWOTH)
    why = "can be written by anyone";
  if (why.empty()) return dir;
  if (note)
    *note = dir.string() + " " + why + ", so Mingle will not keep your files there; move it aside, or set "
            "XDG_DATA_HOME and XDG_CONFIG_HOME to folders of your own.";
  return {};
}

fs::path base(const char* below_home, std::string* note) {
  const fs::path h = home(note);
  return h.empty() ? h : h / below_home;
}
#endif

fs::path folder(const char* var, const char* below_home, std::string* note) {
  const char* v = std::getenv(var);
  if (v && *v && fs::path(v).is_absolute()) return checked(fs::path(v) / "mingle", note);
  const fs::path b = base(below_home, note);
  if (b.empty()) return {};
  return checked(b / "mingle", note);
}

}  // namespace

fs::path config_dir() { return folder("XDG_CONFIG_HOME", ".config", nullptr); }
fs::path user_data_dir() { return folder("XDG_DATA_HOME", ".local/share", nullptr); }

std::string user_dirs_problem() {
  std::string data_note, config_note;
  folder("XDG_DATA_HOME", ".local/share", &data_note);
  folder("XDG_CONFIG_HOME", ".config", &config_note);
  if (data_note.empty()) return config_note;
  if (config_note.empty() || config_note == data_note) return data_note;
  return data_note + " " + config_note;
}

}  // namespace mingle
