#pragma once
// The per-user folders the XDG Base Directory specification names: settings go to
// $XDG_CONFIG_HOME/mingle (default ~/.config/mingle), saves and results to
// $XDG_DATA_HOME/mingle (default ~/.local/share/mingle). A relative XDG_* value is ignored, as
// the specification asks. Windows has no XDG folders: both are %APPDATA%\mingle there (the
// roaming profile folder, so a trainee's saves follow them between a venue's machines), unless
// an absolute XDG_* variable names another (as the tests do, on both systems).
#include <filesystem>

namespace mingle {

std::filesystem::path config_dir();
std::filesystem::path user_data_dir();

}  // namespace mingle
