#pragma once
// Delivering the queue: one pass by hand (`mingle sync`), or a background thread that keeps
// trying while the game runs, so a slow or absent network never stalls a frame.
#include "net/lrs_client.h"
#include "net/outbox.h"

#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace mingle::net {

struct SyncReport {
  std::size_t sent = 0;      // now held by the LRS
  std::size_t rejected = 0;  // refused by the LRS and kept aside in this pass
  std::size_t waiting = 0;   // still in the queue
  bool reached = true;       // false: the LRS could not be reached, or asked us to wait
  std::vector<std::string> problems;  // one sentence each, the LRS's own message included
};

// Sends what waits, oldest first, in batches. A batch the LRS refuses is sent again one
// statement at a time, so only the statements at fault are kept aside. Stops at the first
// batch that has to wait.
SyncReport sync_once(const Outbox&, const LrsTarget&, std::size_t batch = 50);

class Sender {
 public:
  Sender(Outbox outbox, LrsTarget target);
  ~Sender();  // stops the thread; a request in flight is abandoned (its statements stay queued)
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  // Something new was queued (by the caller, on disk, before this): try now. The sender only
  // ever reads the queue on disk, so a kill at any moment loses nothing it was given.
  void wake();
  std::size_t waiting() const { return waiting_.load(); }
  std::size_t rejected() const { return rejected_.load(); }
  std::vector<std::string> take_problems();  // each problem once

 private:
  void loop();
  Outbox outbox_;
  LrsTarget target_;
  std::atomic<bool> stop_{false};
  std::atomic<std::size_t> waiting_{0}, rejected_{0};
  std::mutex mutex_;
  std::condition_variable cv_;
  bool woken_ = true;
  std::vector<std::string> problems_;
  std::string last_wait_problem_;
  std::thread thread_;
};

}  // namespace mingle::net
