#pragma once
// The game's version, as set by the project() call in the top-level CMakeLists.txt.
#include <string_view>

namespace mingle {

std::string_view version();

}  // namespace mingle
