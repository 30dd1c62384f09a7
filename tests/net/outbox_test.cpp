// The on-disk queue, and a delivery pass when the LRS cannot be reached: nothing is lost.
#include "net/outbox.h"
#include "net/sender.h"

#include "core/util/atomic_file.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

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

TEST_CASE("statements handed to the sender reach the disk, even when it stops at once") {
  test::TempDir tmp;
  net::LrsTarget target;
  target.endpoint = "http://127.0.0.1:1/xAPI/";  // nothing listens: they must wait on disk
  target.key = "k";
  target.secret = "s";
  {
    net::Sender sender(net::Outbox(tmp.path() / "q"), target);
    sender.enqueue({statement("h1"), statement("h2"), statement("h3")});
    CHECK(sender.waiting() >= 3);
  }
  net::Outbox box(tmp.path() / "q");
  auto items = box.pending(10);
  REQUIRE(items.size() == 3);
  CHECK(items[0].id == "h1");
  CHECK(items[2].id == "h3");
}
