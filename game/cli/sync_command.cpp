// `mingle sync --workshop FILE [--queue DIR]`: send the statements waiting on this computer to
// the workshop's learning record store, now. Exit codes: 0 nothing waits any more; 1 some still
// wait (the LRS could not be reached) or were refused and kept aside; 2 usage.
#include "cli/commands.h"
#include "core/diag/diagnostic.h"
#include "core/util/xdg.h"
#include "core/workshop/workshop.h"
#include "net/outbox.h"
#include "net/sender.h"
#include "net/workshop_session.h"

#include <iostream>
#include <memory>

namespace mingle::cli {
namespace {

struct SyncArgs {
  std::string workshop;
  std::string queue;
};

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
  const std::size_t before = outbox.pending_count();
  const net::SyncReport r = net::sync_once(outbox, *target);
  for (const auto& p : r.problems) std::cout << p << "\n";
  std::cout << "Sent " << r.sent << " of " << before << (before == 1 ? " statement" : " statements")
            << " to " << w.workshop->lrs->endpoint << "; " << r.waiting << " still waiting";
  const std::size_t aside = outbox.rejected_count();
  if (aside > 0) std::cout << ", " << aside << " kept aside in " << (outbox.dir() / "rejected").string();
  std::cout << ".\n";
  return r.waiting == 0 && r.rejected == 0 ? 0 : 1;
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
  cmd->callback([args, exit_code] { *exit_code = run_sync(*args); });
}

}  // namespace mingle::cli
