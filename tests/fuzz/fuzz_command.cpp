// libFuzzer target: the command language (what the terminal reads and the window sends), one
// command a line, each applied to a run of the test content as both front-ends do.
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const mingle::Campaign& c = mingle::fuzz::harbour();
  mingle::sim::RunState s = mingle::sim::start_run(c, size);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  int lines = 0;
  while (!text.empty() && lines++ < 200) {
    const auto end = text.find('\n');
    mingle::fuzz::play_line(c, s, text.substr(0, end));
    mingle::fuzz::look_around(c, s);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
  }
  return 0;
}
