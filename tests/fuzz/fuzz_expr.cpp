// libFuzzer target: the expression parser (conditions in dialogue files), then its evaluation
// and its references, with an environment that answers everything.
#include "core/scenario/expr.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {
struct AnyEnv : mingle::ExprEnv {
  int variable(std::string_view name) const override { return static_cast<int>(name.size()) - 3; }
  int call(std::string_view, std::string_view arg) const override { return arg.size() % 2 == 0; }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  mingle::Expr e;
  std::string error;
  int column = 0;
  if (mingle::Expr::parse(text, e, error, column)) {
    (void)e.evaluate(AnyEnv{});
    (void)e.references();
  } else if (error.empty() || column < 1) {
    __builtin_trap();  // a refusal names what and where
  }
  return 0;
}
