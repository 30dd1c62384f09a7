#include "net/sender.h"

#include <algorithm>
#include <chrono>

namespace mingle::net {
namespace {

std::string batch_body(const std::vector<QueuedStatement>& items, std::size_t from, std::size_t n) {
  std::string body = "[";
  for (std::size_t i = from; i < from + n; ++i) {
    if (i > from) body += ',';
    std::string t = items[i].text;
    while (!t.empty() && (t.back() == '\n' || t.back() == '\r')) t.pop_back();
    body += t;
  }
  return body + "]";
}

}  // namespace

SyncReport sync_once(const Outbox& outbox, const LrsTarget& target, std::size_t batch) {
  SyncReport report;
  batch = std::max<std::size_t>(1, batch);
  for (int round = 0; round < 100000; ++round) {
    if (target.abandon && target.abandon->load()) break;
    if (target.deadline != std::chrono::steady_clock::time_point{} &&
        std::chrono::steady_clock::now() >= target.deadline) {
      report.reached = false;
      break;
    }
    const auto items = outbox.pending(batch);
    if (items.empty()) break;
    const HttpReply r = http_post_statements(target, batch_body(items, 0, items.size()));
    const Delivery d = classify(r);
    if (d == Delivery::Delivered) {
      for (const auto& q : items) outbox.remove(q);
      report.sent += items.size();
      continue;
    }
    if (d == Delivery::Wait) {
      report.reached = false;
      report.problems.push_back("The learning record store can't take statements just now (" +
                                reply_message(r) + "); they wait and go at the next chance.");
      break;
    }
    // Refused: find the statements at fault, one by one.
    bool waited = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
      const HttpReply one = http_post_statements(target, batch_body(items, i, 1));
      const Delivery od = classify(one);
      if (od == Delivery::Delivered) {
        outbox.remove(items[i]);
        ++report.sent;
      } else if (od == Delivery::Refused) {
        const std::string why = "The learning record store refused statement " + items[i].id + ": " +
                                reply_message(one) + ". It is kept in " +
                                (outbox.dir() / "rejected").string() + ".";
        std::string error;
        if (!outbox.reject(items[i], why, error)) {
          report.problems.push_back(error);
          waited = true;
          break;
        }
        ++report.rejected;
        report.problems.push_back(why);
      } else {
        report.reached = false;
        report.problems.push_back("The learning record store can't take statements just now (" +
                                  reply_message(one) + "); they wait and go at the next chance.");
        waited = true;
        break;
      }
    }
    if (waited) break;
  }
  report.waiting = outbox.pending_count();
  return report;
}

Sender::Sender(Outbox outbox, LrsTarget target) : outbox_(std::move(outbox)), target_(std::move(target)) {
  target_.abandon = &stop_;
  waiting_ = outbox_.pending_count();
  rejected_ = outbox_.rejected_count();
  thread_ = std::thread([this] { loop(); });
}

Sender::~Sender() {
  stop_ = true;
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void Sender::wake() {
  waiting_ = outbox_.pending_count();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    woken_ = true;
  }
  cv_.notify_all();
}

std::vector<std::string> Sender::take_problems() {
  std::lock_guard<std::mutex> lock(mutex_);
  return std::exchange(problems_, {});
}

void Sender::loop() {
  using namespace std::chrono;
  milliseconds delay{1000};
  while (!stop_) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      cv_.wait_for(lock, delay, [this] { return woken_ || stop_.load(); });
      woken_ = false;
    }
    if (stop_) break;
    const SyncReport r = sync_once(outbox_, target_);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      waiting_ = r.waiting;
    }
    rejected_ = outbox_.rejected_count();
    {
      std::lock_guard<std::mutex> lock(mutex_);
      for (const auto& p : r.problems) {
        // A refusal is told once (it is kept aside); a wait is told when it changes.
        if (!r.reached && p == last_wait_problem_) continue;
        problems_.push_back(p);
        if (!r.reached) last_wait_problem_ = p;
      }
      if (r.reached) last_wait_problem_.clear();
    }
    // Back off while the LRS can't be reached (up to 30 s); otherwise check again shortly.
    delay = r.reached ? milliseconds{2000} : std::min(milliseconds{30000}, delay * 2);
    if (r.reached) delay = milliseconds{2000};
  }
}

}  // namespace mingle::net
