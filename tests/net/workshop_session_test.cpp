// A workshop run's start: the one question to the LRS runs beside the game, so an LRS that
// hangs never freezes the window; its answer is said as soon as it comes (or, in the terminal,
// before the first prompt).
#include "net/workshop_session.h"

#include "core/scenario/loader.h"
#include "support/temp_dir.h"

#include <doctest/doctest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;
using namespace mingle;

namespace {

// An LRS that takes the connection and never says a word.
struct SilentLrs {
  int fd = -1;
  int port = 0;
  SilentLrs() {
    fd = ::socket(AF_INET, SOCK_STREAM, 0);
    REQUIRE(fd >= 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    a.sin_port = 0;
    REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    REQUIRE(::listen(fd, 8) == 0);
    socklen_t len = sizeof a;
    REQUIRE(::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    port = ntohs(a.sin_port);
  }
  ~SilentLrs() { ::close(fd); }
};

Workshop workshop_at(const std::string& endpoint) {
  Workshop w;
  w.file = "workshop.yaml";
  w.title = "Spring induction";
  w.home_page = "https://learning.example.org";
  w.lrs = LrsConfig{endpoint, "trainee-key", "not-a-real-secret", ""};
  return w;
}

}  // namespace

TEST_CASE("a run starts at once beside an LRS that never answers, and the trainee hears of it when the wait ends") {
  LoadResult content = load_content(fs::path(MINGLE_TESTS_DIR) / "workshop" / "harbour");
  REQUIRE(content.ok());
  SilentLrs lrs;
  test::TempDir outbox;
  net::WorkshopSession session(workshop_at("http://127.0.0.1:" + std::to_string(lrs.port) + "/xAPI/"), "Ann Lee",
                               *content.campaign, 1, outbox.path());
  // Straight after the start: the LRS has had no chance to answer (it waits up to
  // kStartProbeMs), and the session did not wait for it.
  CHECK(session.take_problems().empty());
  session.wait_for_start_check();
  const auto said = session.take_problems();
  REQUIRE(said.size() == 1);
  CHECK(said[0].rfind("Please tell your facilitator", 0) == 0);
  CHECK(said[0].find("can't be reached") != std::string::npos);
  CHECK(session.take_problems().empty());  // said once
}

TEST_CASE("an LRS that refuses the connection at once is said too, once the start's question has its answer") {
  LoadResult content = load_content(fs::path(MINGLE_TESTS_DIR) / "workshop" / "harbour");
  REQUIRE(content.ok());
  // Nothing listens on this port: the connection is refused at once, which is an answer too.
  int port = 0;
  {
    SilentLrs taken;
    port = taken.port;
  }
  test::TempDir outbox;
  net::WorkshopSession session(workshop_at("http://127.0.0.1:" + std::to_string(port) + "/xAPI/"), "Ann Lee",
                               *content.campaign, 1, outbox.path());
  session.wait_for_start_check();
  const auto said = session.take_problems();
  REQUIRE(said.size() == 1);
  CHECK(said[0].find("can't be reached") != std::string::npos);
}
