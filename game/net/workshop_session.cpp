#include "net/workshop_session.h"

#include "net/lrs_check.h"

#include "core/sim/scoring.h"
#include "core/util/atomic_file.h"
#include "core/util/text_cut.h"
#include "core/util/xdg.h"

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

namespace mingle::net {
namespace {

constexpr std::size_t kPastRunTextBytes = 200;

std::optional<PastRun> read_past_run(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  auto j = json::parse(ss.str(), nullptr, false);
  if (!j.is_object() || !j.contains("scenario") || !j["scenario"].is_object()) return std::nullopt;
  PastRun r;
  r.file = file;
  // Texts are cut to a line's length: these are shown on the title screen, and a results file
  // may come from anywhere.
  auto str = [](const json& o, const char* k) {
    return o.is_object() && o.contains(k) && o[k].is_string() ? cut_text(o[k].get<std::string>(), kPastRunTextBytes)
                                                              : std::string();
  };
  // Whole numbers within reach only: anything else (a fraction, a wrong type, 1e300) reads as 0.
  auto num = [](const json& o, const char* k) {
    if (!o.is_object() || !o.contains(k) || !o[k].is_number_integer()) return 0;
    if (o[k].is_number_unsigned()) return o[k].get<std::uint64_t>() <= 1000000000ULL ? static_cast<int>(o[k].get<std::uint64_t>()) : 0;
    const long long v = o[k].get<long long>();
    return v >= -1000000000LL && v <= 1000000000LL ? static_cast<int>(v) : 0;
  };
  r.scenario_id = str(j["scenario"], "id");
  r.scenario_title = str(j["scenario"], "title");
  if (j.contains("player")) r.player = str(j["player"], "name");
  if (j.contains("workshop")) {
    const json& w = j["workshop"];
    r.workshop = str(w, "title");
    r.mode = str(w, "mode");
    r.registration = str(w, "registration");
    r.attempt = num(w, "attempt");
  }
  r.enjoyment = num(j, "enjoyment");
  r.value = num(j, "value");
  r.need_found = j.contains("need_found") && j["need_found"].is_boolean() && j["need_found"].get<bool>();
  if (j.contains("ideas_met") && j["ideas_met"].is_array())
    for (const auto& i : j["ideas_met"])
      if (i.is_string() && r.ideas_met.size() < 100) r.ideas_met.push_back(cut_text(i.get<std::string>(), kPastRunTextBytes));
  r.finished = str(j, "phase") == "finished";
  return r;
}

}  // namespace

std::vector<PastRun> all_past_runs(const fs::path& dir) {
  std::vector<std::pair<fs::file_time_type, PastRun>> found;
  std::error_code ec;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ".json" || !it->is_regular_file(ec)) continue;
    if (auto r = read_past_run(it->path())) found.emplace_back(it->last_write_time(ec), *r);
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second.file < b.second.file;
  });
  std::vector<PastRun> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

std::vector<PastRun> past_runs(const fs::path& dir, const std::string& player, const std::string& scenario_id) {
  std::vector<PastRun> out;
  for (auto& r : all_past_runs(dir))
    if (r.player == player && r.scenario_id == scenario_id) out.push_back(std::move(r));
  std::stable_sort(out.begin(), out.end(), [](const PastRun& a, const PastRun& b) { return a.attempt < b.attempt; });
  return out;
}

RunOwner owner_of(const PastRun& r) { return RunOwner{r.player, r.workshop, r.scenario_id}; }

namespace {

// The run about to be played, read as a results file would be (its title cut alike).
RunOwner owner_now(const Workshop* w, const std::string& player, const std::string& scenario_id) {
  return RunOwner{player, w ? cut_text(w->title, kPastRunTextBytes) : std::string(), scenario_id};
}

}  // namespace

std::vector<PastRun> runs_shown(const fs::path& dir, const Workshop* w, const std::string& player) {
  const RunViewer viewer{owner_now(w, player, {}).workshop, player};
  std::vector<PastRun> out;
  for (auto& r : all_past_runs(dir))
    if (run_shown_to(owner_of(r), viewer)) out.push_back(std::move(r));
  return out;
}

std::vector<PastRun> earlier_attempts(const fs::path& dir, const Workshop& w, const std::string& player,
                                      const std::string& scenario_id) {
  const RunOwner now = owner_now(&w, player, scenario_id);
  std::vector<PastRun> out;
  for (auto& r : all_past_runs(dir))
    if (earlier_attempt(owner_of(r), now)) out.push_back(std::move(r));
  std::stable_sort(out.begin(), out.end(), [](const PastRun& a, const PastRun& b) { return a.attempt < b.attempt; });
  return out;
}

Attempt next_attempt(const fs::path& dir, const Workshop& w, const std::string& player, const std::string& scenario_id) {
  std::vector<RunOwner> owners;
  for (const auto& r : all_past_runs(dir)) owners.push_back(owner_of(r));
  return next_attempt(owners, owner_now(&w, player, scenario_id), w.mode);
}

std::optional<LrsTarget> lrs_target(const Workshop& w, std::string& error) {
  if (!w.lrs) {
    error = "the workshop names no learning record store ('lrs')";
    return std::nullopt;
  }
  const std::string secret = lrs_secret(*w.lrs, error);
  if (secret.empty()) return std::nullopt;
  LrsTarget t;
  t.endpoint = w.lrs->endpoint;
  t.key = w.lrs->key;
  t.secret = secret;
  return t;
}

static RunContext make_context(const Workshop& w, const std::string& player, const Campaign& c, int attempt) {
  (void)c;
  RunContext ctx;
  ctx.player = player;
  ctx.home_page = w.home_page;
  ctx.registration = new_uuid();
  ctx.workshop_title = w.title;
  ctx.mode = to_string(w.mode);
  ctx.seed = w.seed.value_or(0);
  ctx.attempt = std::max(1, attempt);
  ctx.counted = attempt_counts(w.mode, ctx.attempt);
  return ctx;
}

WorkshopSession::WorkshopSession(Workshop workshop, std::string player, const Campaign& c, int attempt,
                                 fs::path outbox_dir, bool background)
    : workshop_(std::move(workshop)), tracker_(make_context(workshop_, player, c, attempt)) {
  if (!workshop_.lrs) return;
  if (outbox_dir.empty()) outbox_dir = default_outbox_dir(workshop_.lrs->endpoint);
  if (outbox_dir.empty()) {
    ++unqueued_;  // nowhere to keep them: the end never says the run arrived
    problems_.push_back("This run's records can't be kept on this computer: " + user_dirs_problem());
    return;
  }
  outbox_.emplace(outbox_dir);
  std::string error;
  target_ = lrs_target(workshop_, error);
  // Fail early: as the run starts, ask the LRS once (a few seconds at most) whether it answers
  // and takes the workshop's key, so a trainee hears at the start, in words to pass on, what
  // would otherwise be found at the end. In its own thread: the game goes on meanwhile.
  if (background) {
    start_check_ = std::async(std::launch::async, [w = workshop_] {
      return probe_for_trainee(w, probe_lrs(w, kStartProbeMs));
    });
  } else if (!target_) {
    problems_.push_back("Statements are kept on this computer and not sent: " + error + ".");
  }
  if (!target_) return;
  if (background) sender_ = std::make_unique<Sender>(*outbox_, *target_);
}

WorkshopSession::~WorkshopSession() = default;

std::string WorkshopSession::attempt_words() const {
  const RunContext& ctx = tracker_.context();
  return mingle::attempt_words(workshop_.mode, Attempt{ctx.attempt, ctx.counted});
}

void WorkshopSession::begin(const Campaign& c, const sim::RunState& s) { after_command(c, s, sim::CommandResult{}); }

void WorkshopSession::after_command(const Campaign& c, const sim::RunState& s, const sim::CommandResult& r) {
  if (!outbox_) return;
  auto statements = tracker_.collect(c, s, r, std::chrono::system_clock::now());
  if (!suspend_note_.empty() && r.run_finished) write_note(suspend_note_, c.id);
  if (statements.empty()) return;
  // On disk (flushed) here, in the caller's thread, before the command is answered: a kill at
  // any moment after loses nothing. The network is the sender's business, never this one's.
  std::string error;
  if (!outbox_->add(statements, error)) {
    ++unqueued_;  // counted once per failed command: the end never says the run arrived
    problems_.push_back("Couldn't keep this run's records on this computer, so they can't reach the "
                        "learning record store: " + error + ".");
  }
  if (sender_) sender_->wake();
}

void WorkshopSession::continued(const Campaign& c, const sim::RunState& s, const fs::path& note) {
  RunContext ctx = tracker_.context();
  int sequence = 0;
  std::ifstream in(note, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const json j = json::parse(text.str(), nullptr, false);
  if (in && j.is_object() && j.value("workshop", std::string()) == workshop_.title &&
      j.value("player", std::string()) == ctx.player && j.value("scenario", std::string()) == c.id) {
    ctx.registration = j.value("registration", ctx.registration);
    ctx.attempt = j.value("attempt", ctx.attempt);
    ctx.counted = j.value("counted", ctx.counted);
    sequence = j.value("sequence", 0);
  }
  tracker_ = StatementTracker(ctx);
  tracker_.skip_past(c, s);
  tracker_.resume_from(sequence);
}

void WorkshopSession::write_note(const fs::path& note, const std::string& scenario_id) {
  const RunContext& ctx = tracker_.context();
  const json j = {{"workshop", workshop_.title}, {"player", ctx.player},   {"scenario", scenario_id},
                  {"registration", ctx.registration}, {"attempt", ctx.attempt},
                  {"counted", ctx.counted},        {"sequence", tracker_.sequence()}};
  std::string error;
  if (!write_file_atomically(note, j.dump(2) + "\n", error)) problems_.push_back(error);
}

void WorkshopSession::suspend_into(const fs::path& note) {
  tracker_.set_suspending(true);
  suspend_note_ = note;
}

std::size_t WorkshopSession::waiting() const {
  if (sender_) return sender_->waiting();
  return outbox_ ? outbox_->pending_count() : 0;
}

void WorkshopSession::wait_for_start_check() {
  if (start_check_.valid()) start_check_.wait();
}

std::vector<std::string> WorkshopSession::take_problems() {
  if (start_check_.valid() && start_check_.wait_for(std::chrono::seconds(0)) == std::future_status::ready) {
    std::string said = start_check_.get();
    if (!said.empty()) problems_.insert(problems_.begin(), std::move(said));
  }
  auto out = std::exchange(problems_, {});
  if (sender_)
    for (auto& p : sender_->take_problems()) out.push_back(std::move(p));
  return out;
}

SyncReport WorkshopSession::deliver_now(const std::atomic<bool>* abandon, std::chrono::milliseconds budget) {
  SyncReport r;
  if (!outbox_ || !target_) {
    r.reached = false;
    r.waiting = outbox_ ? outbox_->pending_count() : 0;
    return r;
  }
  std::string unreadable;
  if (!outbox_->readable(unreadable)) {  // never "nothing waits" when the queue can't be seen
    r.reached = false;
    r.problems.push_back("Couldn't check this run's records on this computer: " + unreadable + ".");
    ++unqueued_;  // so the end never says the run arrived
    return r;
  }
  sender_.reset();  // one sender at a time (its request in flight is abandoned at once)
  LrsTarget t = *target_;
  t.abandon = abandon;
  if (budget.count() > 0) t.deadline = std::chrono::steady_clock::now() + budget;
  return sync_once(*outbox_, t);
}

ordered_json WorkshopSession::results_part(const Campaign& c, const sim::RunState& s) const {
  const RunContext& ctx = tracker_.context();
  ordered_json w;
  w["title"] = workshop_.title;
  w["mode"] = ctx.mode;
  w["attempt"] = ctx.attempt;
  w["counted"] = ctx.counted;
  w["registration"] = ctx.registration;
  w["home_page"] = workshop_.home_page;
  (void)c;
  (void)s;
  return w;
}

void decorate_results(ordered_json& j, const Campaign& c, const sim::RunState& s, const std::string& player,
                      const WorkshopSession* session) {
  if (!j.is_object()) return;
  if (!player.empty()) {
    if (!j.contains("player") || !j["player"].is_object()) j["player"] = ordered_json::object();
    j["player"]["name"] = player;
  }
  if (session) j["workshop"] = session->results_part(c, s);
}

}  // namespace mingle::net

namespace mingle::net {

std::vector<std::string> changes_since(const PastRun& last, const Campaign& c, const sim::RunState& s) {
  std::vector<std::string> out;
  auto delta = [](int now, int then, const char* what) {
    const int d = now - then;
    if (d == 0) return "Your " + std::string(what) + " is the same as last time (" + std::to_string(now) + ").";
    return "Your " + std::string(what) + " is " + std::to_string(now) + ", " + (d > 0 ? "up " : "down ") +
           std::to_string(d > 0 ? d : -d) + " on last time.";
  };
  const sim::StatusView status = sim::status_view(c, s);
  out.push_back(delta(status.enjoyment, last.enjoyment, "enjoyment"));
  out.push_back(delta(status.value, last.value, "value"));
  const bool found = sim::all_needs_found(c, s);
  if (found && !last.need_found) out.push_back("This time you found what you came for.");
  if (!found && last.need_found) out.push_back("Last time you found what you came for; it is still out there.");
  const auto now = ideas_met(c, s);
  std::vector<std::string> fresh, dropped;
  for (const auto& i : now)
    if (std::find(last.ideas_met.begin(), last.ideas_met.end(), i) == last.ideas_met.end()) fresh.push_back(i);
  for (const auto& i : last.ideas_met)
    if (std::find(now.begin(), now.end(), i) == now.end()) dropped.push_back(i);
  auto join = [](const std::vector<std::string>& v) {
    std::string t;
    for (std::size_t i = 0; i < v.size(); ++i) t += (i ? (i + 1 == v.size() ? " and " : ", ") : "") + v[i];
    return t;
  };
  if (!fresh.empty()) out.push_back("New this time: " + join(fresh) + ".");
  if (!dropped.empty()) out.push_back("Met last time but not yet this time: " + join(dropped) + ".");
  return out;
}

std::string past_run_line(const PastRun& r, bool with_title) {
  std::string line = !with_title ? "" : r.scenario_title.empty() ? r.scenario_id : r.scenario_title;
  if (r.attempt > 0) line += (line.empty() ? "Attempt " : ", attempt ") + std::to_string(r.attempt);
  if (line.empty()) line = "A run";
  line += ": enjoyment " + std::to_string(r.enjoyment) + ", value " + std::to_string(r.value);
  if (r.need_found) line += ", found what you came for";
  line += "; " + std::to_string(r.ideas_met.size()) + (r.ideas_met.size() == 1 ? " idea met" : " ideas met");
  return line;
}

bool decorate_results_file(const fs::path& file, const Campaign& c, const sim::RunState& s, const std::string& player,
                           const WorkshopSession* session, std::string& error) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  auto j = ordered_json::parse(ss.str(), nullptr, false);
  const bool read = static_cast<bool>(in);
  in.close();  // before the file is replaced: Windows refuses to replace a file still open
  if (!read || !j.is_object()) {
    error = "couldn't read back '" + file.string() + "' to add the workshop's part";
    return false;
  }
  decorate_results(j, c, s, player, session);
  return write_file_atomically(file, j.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n", error);
}

}  // namespace mingle::net
