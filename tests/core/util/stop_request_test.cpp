// Being asked to stop (core/util/stop_request.h): once caught, SIGTERM, SIGINT and SIGHUP
// leave the process running and say which one came.
#include "core/util/stop_request.h"

#include <doctest/doctest.h>

#include <csignal>
#include <initializer_list>

#ifndef _WIN32
TEST_CASE("a caught stop request is recorded, not fatal, and says which signal came") {
  mingle::catch_stop_requests();
  for (int sig : {SIGTERM, SIGHUP, SIGINT}) {
    CAPTURE(sig);
    std::raise(sig);  // without the handler, the test process would end here
    CHECK(mingle::stop_request() == sig);
  }
}

TEST_CASE("a closed output is ignored, so a write to it fails instead of ending the process") {
  mingle::ignore_closed_output();
  struct sigaction now {};
  REQUIRE(sigaction(SIGPIPE, nullptr, &now) == 0);
  CHECK((now.sa_handler == SIG_IGN));  // doctest cannot print a function pointer
}
#endif
