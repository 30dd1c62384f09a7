#include "app/platform/live_reload.h"

#include "core/scenario/loader.h"
#include "core/sim/save.h"

#include <iostream>

namespace mingle::app {

namespace fs = std::filesystem;

LiveReload::LiveReload(fs::path content) : content_(std::move(content)), seen_(stamps()) {}

std::map<std::string, fs::file_time_type> LiveReload::stamps() const {
  std::map<std::string, fs::file_time_type> out;
  std::error_code ec;
  if (fs::is_regular_file(content_, ec)) {
    out[content_.string()] = fs::last_write_time(content_, ec);
    return out;
  }
  for (fs::recursive_directory_iterator it(content_, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    if (ext != ".yaml" && ext != ".yml") continue;
    std::error_code e2;
    out[it->path().string()] = it->last_write_time(e2);
  }
  return out;
}

LiveReload::Result LiveReload::poll(float dt, GameSession& session) {
  since_ += dt;
  if (since_ < kInterval) return Result::Nothing;
  since_ = 0.0f;
  return check_now(session);
}

LiveReload::Result LiveReload::check_now(GameSession& session) {
  auto now = stamps();
  if (now == seen_) return Result::Nothing;
  seen_ = std::move(now);
  LoadResult loaded = load_content(content_);
  if (!loaded.ok() || !loaded.campaign) {
    errors_ = loaded.diagnostics;
    std::cerr << "mingle: " << content_.string() << " has errors; the old version keeps running:\n";
    for (const auto& d : errors_) std::cerr << "  " << format_gcc(d) << "\n";
    return Result::Failed;
  }
  // The run, carried over by id: what no longer exists is dropped, with a note.
  const auto restored = sim::load_run(*loaded.campaign, sim::save_run(session.campaign(), session.run()));
  if (!restored.state) {
    errors_ = {{Severity::Error, "E0101", {content_.string(), 0, 0},
                "the game in progress could not be carried over: " + restored.error, ""}};
    std::cerr << "mingle: " << errors_.front().message << "\n";
    return Result::Failed;
  }
  errors_.clear();
  notes_ = restored.notes;
  session.replace_content(std::move(*loaded.campaign), *restored.state);
  std::cerr << "mingle: reloaded " << content_.string() << "\n";
  for (const auto& n : notes_) std::cerr << "  " << n << "\n";
  return Result::Reloaded;
}

}  // namespace mingle::app
