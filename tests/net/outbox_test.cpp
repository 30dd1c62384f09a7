// The on-disk queue, and a delivery pass when the LRS cannot be reached: nothing is lost.
#include "net/outbox.h"
#include "net/sender.h"

#include "core/util/atomic_file.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace mingle;
using nlohmann::json;

namespace {
json statement(const std::string& id) { return {{"id", id}, {"verb", {{"id", "http://adlnet.gov/expapi/verbs/initialized"}}}}; }
}  // namespace

TEST_CASE("queued statements come back oldest first, and leave only when removed") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("a1"), statement("b2"), statement("c3")}, error));
  CHECK(box.pending_count() == 3);
  auto first = box.pending(2);
  REQUIRE(first.size() == 2);
  CHECK(first[0].id == "a1");
  CHECK(first[1].id == "b2");
  box.remove(first[0]);
  CHECK(box.pending_count() == 2);
  CHECK(box.pending(10).front().id == "b2");
}

TEST_CASE("a delivered statement is kept in sent/, and can go back into the queue (sync --verify)") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("a1"), statement("b2")}, error));
  for (const auto& q : box.pending(10)) box.remove(q);
  CHECK(box.pending_count() == 0);
  auto sent = box.sent();
  REQUIRE(sent.size() == 2);
  CHECK(sent[0].id == "a1");
  CHECK(sent[1].id == "b2");
  REQUIRE(box.requeue(sent[1], error));
  CHECK(box.sent().size() == 1);
  REQUIRE(box.pending_count() == 1);
  CHECK(box.pending(10).front().id == "b2");
  CHECK(box.pending(10).front().text == sent[1].text);  // the same statement, the same id
}

TEST_CASE("a refused statement is kept aside with the reason, not dropped") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("bad")}, error));
  auto items = box.pending(1);
  REQUIRE(box.reject(items[0], "400: Missing required value", error));
  CHECK(box.pending_count() == 0);
  CHECK(box.rejected_count() == 1);
  bool reason = false;
  for (const auto& e : std::filesystem::directory_iterator(tmp.path() / "q" / "rejected"))
    reason = reason || e.path().extension() == ".txt";
  CHECK(reason);
}

TEST_CASE("a damaged queue file is moved aside, and the rest still go") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(write_file_atomically(tmp.path() / "q" / "pending" / "000000000000000-000000-x.json", "{not json", error));
  REQUIRE(box.add({statement("ok")}, error));
  auto items = box.pending(10);
  REQUIRE(items.size() == 1);
  CHECK(items[0].id == "ok");
  CHECK(box.rejected_count() == 1);
}

TEST_CASE("with no LRS listening, a delivery pass keeps everything and says it waits") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("s1"), statement("s2")}, error));
  net::LrsTarget target;
  target.endpoint = "http://127.0.0.1:1/xAPI/";  // port 1: nothing listens there
  target.key = "k";
  target.secret = "s";
  target.connect_timeout_ms = 2000;
  const auto r = net::sync_once(box, target);
  CHECK_FALSE(r.reached);
  CHECK(r.sent == 0);
  CHECK(r.waiting == 2);
  CHECK(box.pending_count() == 2);
  REQUIRE(!r.problems.empty());
}

TEST_CASE("a sender stopped while a server stays silent gives up at once, and the statements stay queued") {
  // A socket that listens but never accepts: the kernel completes the connection, nobody answers.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  REQUIRE(fd >= 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
  REQUIRE(::listen(fd, 8) == 0);
  socklen_t len = sizeof addr;
  REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("h1"), statement("h2")}, error));
  net::LrsTarget target;
  target.endpoint = "http://127.0.0.1:" + std::to_string(ntohs(addr.sin_port)) + "/xAPI/";
  target.key = "k";
  target.secret = "s";
  target.timeout_ms = 3600 * 1000;  // were the request not abandoned, the test would time out
  {
    net::Sender sender(box, target);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));  // the request is in flight
  }
  ::close(fd);
  auto items = box.pending(10);
  REQUIRE(items.size() == 2);
  CHECK(items[0].id == "h1");
  CHECK(items[1].id == "h2");
}

TEST_CASE("a delivery pass stops at its deadline") {
  test::TempDir tmp;
  net::Outbox box(tmp.path() / "q");
  std::string error;
  REQUIRE(box.add({statement("d1")}, error));
  net::LrsTarget target;
  target.endpoint = "http://127.0.0.1:1/xAPI/";
  target.key = "k";
  target.secret = "s";
  target.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);  // already past
  const auto r = net::sync_once(box, target);
  CHECK_FALSE(r.reached);
  CHECK(r.sent == 0);
  CHECK(r.waiting == 1);
}
