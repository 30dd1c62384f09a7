// libFuzzer target: the YAML loader and the checker, on an event folder written from the input.
// The input is up to four files separated by a line "%%%": a conversation (dialogues/a.yaml),
// people.yaml, event.yaml and room.yaml; a part not given is the test content's own file. When
// the content loads, a short play runs on it.
#include "fuzz_support.h"

#include <stdlib.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct Folder {
  fs::path dir;
  std::vector<std::pair<std::string, std::string>> defaults;  // file, text
  Folder() {
    std::string tmpl = (fs::temp_directory_path() / "mingle-fuzz-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) std::abort();
    dir = tmpl;
    fs::create_directories(dir / "dialogues");
    const fs::path harbour = fs::path(MINGLE_TESTS_DIR) / "play/scenarios/harbour";
    for (const char* f : {"dialogues/priya.yaml", "people.yaml", "event.yaml", "room.yaml"})
      defaults.emplace_back(f, slurp(harbour / f));
    // The other conversations stay as they are, so that people.yaml still finds them.
    for (const auto& e : fs::directory_iterator(harbour / "dialogues"))
      if (e.path().filename() != "priya.yaml") fs::copy_file(e.path(), dir / "dialogues" / e.path().filename());
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static Folder folder;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (std::size_t i = 0; i < folder.defaults.size(); ++i) {
    std::string part = folder.defaults[i].second;
    if (!text.empty() || i == 0) {
      const auto end = text.find("\n%%%\n");
      part = std::string(text.substr(0, end));
      text = end == std::string_view::npos ? std::string_view() : text.substr(end + 5);
    }
    std::ofstream(folder.dir / folder.defaults[i].first, std::ios::binary | std::ios::trunc) << part;
  }
  const mingle::LoadResult r = mingle::load_content(folder.dir);
  for (const auto& d : r.diagnostics)
    if (d.message.empty()) __builtin_trap();  // every diagnostic says something
  if (r.ok() && r.campaign && !r.campaign->steps.empty()) {
    const mingle::Campaign& c = *r.campaign;
    mingle::sim::RunState s = mingle::sim::start_run(c, 1);
    for (const auto& p : c.steps.front().event.people) {
      for (const std::string& line : {"talk " + p.id, std::string("choose 1"), std::string("choose 2"), std::string("leave")}) {
        mingle::fuzz::play_line(c, s, line);
        mingle::fuzz::look_around(c, s);
      }
    }
    mingle::fuzz::play_line(c, s, "end");
  }
  return 0;
}
