// libFuzzer target: the save loader. Each input is loaded as it is (the check line refuses
// nearly everything) and sealed again (so the decoder behind the check is reached); a run that
// loads must play on.
#include "core/sim/save.h"
#include "fuzz_support.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const mingle::Campaign& c = mingle::fuzz::harbour();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const std::string& attempt : {std::string(text), mingle::sim::reseal_save(text)}) {
    (void)mingle::sim::read_save_header(attempt);
    mingle::sim::LoadedRun r = mingle::sim::load_run(c, attempt);
    if (!r.state) {
      if (r.error.empty()) __builtin_trap();  // a refusal always says why
      continue;
    }
    mingle::sim::RunState& s = *r.state;
    for (const char* line : {"look", "talk priya", "choose 1", "choose 2", "leave", "end", "next"}) {
      mingle::fuzz::play_line(c, s, line);
      mingle::fuzz::look_around(c, s);
    }
    (void)mingle::sim::save_run(c, s);
  }
  return 0;
}
