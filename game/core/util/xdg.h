#pragma once
// The per-user folders the XDG Base Directory specification names: settings go to
// $XDG_CONFIG_HOME/mingle (default ~/.config/mingle), saves and results to
// $XDG_DATA_HOME/mingle (default ~/.local/share/mingle). A relative XDG_* value is ignored, as
// the specification asks. Windows has no XDG folders: both are %APPDATA%\mingle there (the
// roaming profile folder, so a trainee's saves follow them between a venue's machines), unless
// an absolute XDG_* variable names another (as the tests do, on both systems).
//
// Without HOME, the home folder is the one the user database names for this user (never a
// shared place such as /tmp). With neither, or when the mingle folder exists but is a symlink,
// belongs to someone else or can be written by anyone, there is no folder: the functions
// return an empty path and user_dirs_problem() says why, so a caller refuses rather than
// writing where someone else could read or redirect it.
#include <filesystem>
#include <string>

namespace mingle {

std::filesystem::path config_dir();
std::filesystem::path user_data_dir();

// A sentence for the player when the folders above are empty, or when HOME was not set and
// the user database's home is used instead (where, so it is never silent); empty otherwise.
std::string user_dirs_problem();

}  // namespace mingle
