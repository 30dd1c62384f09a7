#pragma once
// Where something was written in an authored file, for messages: the YAML reader, the model and
// the diagnostics all carry one, so it lives here, below all three.
#include <string>

namespace mingle {

// 1-based line and column; 0 when unknown.
struct SourcePos {
  std::string file;
  int line = 0;
  int column = 0;
};

}  // namespace mingle
