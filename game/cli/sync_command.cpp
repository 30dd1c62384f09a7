// `mingle sync --workshop FILE [--queue DIR] [--verify]`: send the statements waiting on this
// computer to the workshop's learning record store, now. With --verify, also ask the LRS for
// every statement this computer sent before (the queue's sent/) and send again, once, any it
// does not hold. Exit codes: 0 nothing waits any more (and, with --verify, the LRS holds every
// statement sent); 1 some still wait (the LRS could not be reached), were refused and kept
// aside, or are still missing; 2 usage.
#include "cli/commands.h"
#include "core/diag/diagnostic.h"
#include "core/util/xdg.h"
#include "core/workshop/workshop.h"
#include "net/outbox.h"
#include "net/sender.h"
#include "net/workshop_session.h"

#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <set>

namespace mingle::cli {
namespace {

struct SyncArgs {
  std::string workshop;
  std::string queue;
  bool verify = false;
};

// The ids the LRS holds of the statements this computer sent, asked registration by
// registration. False with a sentence in error when the LRS cannot be read.
bool held_ids(const net::LrsTarget& target, const std::vector<net::QueuedStatement>& sent, std::set<std::string>& held,
              std::string& error) {
  std::set<std::string> registrations;
  for (const auto& q : sent) {
    const auto j = nlohmann::json::parse(q.text, nullptr, false);
    const auto& ctx = j.is_object() && j.contains("context") ? j["context"] : nlohmann::json();
    registrations.insert(ctx.is_object() && ctx.contains("registration") && ctx["registration"].is_string()
                             ? ctx["registration"].get<std::string>()
                             : std::string());
  }
  for (const auto& reg : registrations) {
    // A registration is a UUID, which needs no encoding in a query; anything else (or none) is
    // looked for among all the statements the LRS holds.
    bool uuid = !reg.empty();
    for (char ch : reg) uuid = uuid && (std::isxdigit(static_cast<unsigned char>(ch)) || ch == '-');
    const std::string query = uuid ? "registration=" + reg : "";
    std::vector<nlohmann::json> got;
    if (!net::fetch_statements(target, query, got, error)) return false;
    for (const auto& st : got)
      if (st.is_object() && st.contains("id") && st["id"].is_string()) held.insert(st["id"].get<std::string>());
  }
  return true;
}

// --verify: what was sent and is missing goes back into the queue. Returns how many, or -1
// (with the reason said) when the LRS could not be asked.
long requeue_missing(const net::Outbox& outbox, const net::LrsTarget& target, std::size_t& checked) {
  const auto sent = outbox.sent();
  checked = sent.size();
  std::set<std::string> held;
  std::string error;
  if (!held_ids(target, sent, held, error)) {
    std::cerr << "mingle sync: couldn't ask the learning record store what it holds: " << error << ".\n";
    return -1;
  }
  long missing = 0;
  for (const auto& q : sent) {
    if (held.count(q.id)) continue;
    if (!outbox.requeue(q, error)) {
      std::cerr << "mingle sync: " << error << "\n";
      continue;
    }
    ++missing;
  }
  return missing;
}

int run_sync(const SyncArgs& a) {
  WorkshopLoad w = load_workshop(a.workshop);
  for (const auto& d : w.diagnostics) std::cerr << format_gcc(d) << "\n";
  if (!w.ok()) return 1;
  if (!w.workshop->lrs) {
    std::cerr << "mingle sync: the workshop names no learning record store ('lrs'), so there is "
                 "nothing to send.\n";
    return 1;
  }
  std::string error;
  auto target = net::lrs_target(*w.workshop, error);
  if (!target) {
    std::cerr << "mingle sync: " << error << ".\n";
    return 1;
  }
  const std::filesystem::path queue =
      a.queue.empty() ? net::default_outbox_dir(w.workshop->lrs->endpoint) : std::filesystem::path(a.queue);
  if (queue.empty()) {
    std::cerr << "mingle sync: " << user_dirs_problem() << "\n";
    return 1;
  }
  const net::Outbox outbox(queue);
  if (!outbox.readable(error)) {
    std::cerr << "mingle sync: " << error << ".\n";
    return 1;
  }
  std::size_t checked = 0;
  long missing = 0;
  std::size_t before = outbox.pending_count(), sent_first = 0;
  if (a.verify) {
    // What waits goes first, so that only what the LRS acknowledged and then lost is sent again.
    const net::SyncReport first = net::sync_once(outbox, *target);
    for (const auto& p : first.problems) std::cout << p << "\n";
    sent_first = first.sent;
    missing = requeue_missing(outbox, *target, checked);
    if (missing < 0) return 1;
    before += static_cast<std::size_t>(missing);
  }
  net::SyncReport r = net::sync_once(outbox, *target);
  r.sent += sent_first;
  for (const auto& p : r.problems) std::cout << p << "\n";
  std::cout << "Sent " << r.sent << " of " << before << (before == 1 ? " statement" : " statements")
            << " to " << w.workshop->lrs->endpoint << "; " << r.waiting << " still waiting";
  const std::size_t aside = outbox.rejected_count();
  if (aside > 0) std::cout << ", " << aside << " kept aside in " << (outbox.dir() / "rejected").string();
  std::cout << ".\n";
  if (!a.verify) return r.waiting == 0 && r.rejected == 0 ? 0 : 1;
  // Checked again, so that "all there" is said only when the LRS says so.
  std::size_t rechecked = 0;
  const long still = requeue_missing(outbox, *target, rechecked);
  if (still < 0) return 1;
  std::cout << "Checked the " << checked << (checked == 1 ? " statement" : " statements")
            << " this computer had sent: " << missing << (missing == 1 ? " was" : " were")
            << " missing from the learning record store and " << (missing == 1 ? "was" : "were") << " sent again. ";
  if (still == 0)
    std::cout << "It holds every one of them now.\n";
  else
    std::cout << still << " still missing; they wait in the queue for the next 'mingle sync'.\n";
  return r.waiting == 0 && r.rejected == 0 && still == 0 ? 0 : 1;
}

}  // namespace

void add_sync_command(CLI::App& app, int* exit_code) {
  auto args = std::make_shared<SyncArgs>();
  CLI::App* cmd = app.add_subcommand(
      "sync", "Send the statements waiting on this computer to the workshop's learning record store.");
  cmd->add_option("--workshop", args->workshop, "the workshop file (it names the LRS and its key)")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--queue", args->queue, "the queue folder (default: ~/.local/share/mingle/outbox/<LRS>)");
  cmd->add_flag("--verify", args->verify,
                "also ask the LRS for every statement this computer sent, and send again (once) any it does not hold");
  cmd->callback([args, exit_code] { *exit_code = run_sync(*args); });
}

}  // namespace mingle::cli
