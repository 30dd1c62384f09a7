#include "core/util/version.h"

namespace mingle {

std::string_view version() { return MINGLE_VERSION; }

}  // namespace mingle
