// `mingle graph PATH [--event ID] [--dialogue ID] [--path RESULTS.json] [--svg FILE]`: the
// scenario's conversations as Graphviz DOT (cli/graph_dot.h) on standard output, or drawn as
// SVG into FILE by Graphviz's `dot` (Debian's graphviz package). --path draws the route a
// player took, from their results file, in bold.
// Exit codes: 0 written; 1 the content has errors, the results file can't be read, or dot
// failed; 2 usage.
#include "cli/commands.h"
#include "cli/graph_dot.h"
#include "core/diag/diagnostic.h"
#include "core/scenario/loader.h"
#include "core/util/atomic_file.h"

#include <nlohmann/json.hpp>

#ifndef _WIN32
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <chrono>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

namespace mingle::cli {
namespace {

namespace fs = std::filesystem;

struct GraphArgs {
  std::string path, event, dialogue, route, svg;
};

constexpr int kDotSeconds = 60;
constexpr int kDotTimedOut = -2;

// Runs `dot -Tsvg` with `input` on its standard input; its standard output and errors go to
// `output`. Returns its wait status, -1 when it could not be started, kDotTimedOut when it ran
// past `seconds` (it is then killed).
#ifdef _WIN32
// Windows: running Graphviz with a time limit is not written for it yet; the DOT text (without
// --svg) can be drawn with Graphviz's own tools there.
int run_dot(const std::string&, std::string& output, int) {
  output = "drawing with Graphviz is not available in the Windows build yet";
  return -1;
}
#else
int run_dot(const std::string& input, std::string& output, int seconds) {
  int in[2], out[2];
  if (::pipe2(in, O_CLOEXEC) != 0) return -1;
  if (::pipe2(out, O_CLOEXEC) != 0) {
    ::close(in[0]);
    ::close(in[1]);
    return -1;
  }
  const pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {in[0], in[1], out[0], out[1]}) ::close(fd);
    return -1;
  }
  if (pid == 0) {
    ::dup2(in[0], 0);
    ::dup2(out[1], 1);
    ::dup2(out[1], 2);
    ::execlp("dot", "dot", "-Tsvg", static_cast<char*>(nullptr));
    static const char msg[] = "dot: not found\n";
    (void)!::write(1, msg, sizeof msg - 1);
    ::_exit(127);
  }
  ::close(in[0]);
  ::close(out[1]);
  ::fcntl(in[1], F_SETFL, O_NONBLOCK);
  // A dot that stops reading early must not end Mingle with SIGPIPE.
  struct sigaction ignore {}, old_pipe {};
  ignore.sa_handler = SIG_IGN;
  ::sigaction(SIGPIPE, &ignore, &old_pipe);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  std::size_t sent = 0;
  int to_dot = in[1];
  bool timed_out = false;
  if (input.empty()) {
    ::close(to_dot);
    to_dot = -1;
  }
  while (true) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      timed_out = true;
      break;
    }
    pollfd fds[2] = {{out[0], POLLIN, 0}, {to_dot, POLLOUT, 0}};
    const int n = ::poll(fds, to_dot >= 0 ? 2 : 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
    if (n < 0 && errno != EINTR) break;
    if (to_dot >= 0 && (fds[1].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t w = ::write(to_dot, input.data() + sent, input.size() - sent);
      if (w > 0)
        sent += static_cast<std::size_t>(w);
      else if (w < 0 && errno != EAGAIN && errno != EINTR)
        sent = input.size();  // dot stopped reading: what it says tells why
      if (sent >= input.size()) {
        ::close(to_dot);
        to_dot = -1;
      }
    }
    if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
      char buf[8192];
      const ssize_t r = ::read(out[0], buf, sizeof buf);
      if (r > 0) output.append(buf, static_cast<std::size_t>(r));
      else if (r == 0) break;  // dot closed its output: done
      else if (errno != EINTR && errno != EAGAIN) break;
    }
  }
  if (to_dot >= 0) ::close(to_dot);
  ::close(out[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  ::sigaction(SIGPIPE, &old_pipe, nullptr);
  return timed_out ? kDotTimedOut : status;
}
#endif

// The choices of a results file (docs/results.md), with each ask's answer from its `asks`.
bool read_route(const Campaign& c, const std::string& file, Route& route, std::string& error) {
  std::ifstream in(file);
  if (!in) {
    error = "cannot read the results file " + file;
    return false;
  }
  nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("choices") || !j["choices"].is_array()) {
    error = file + " is not a Mingle results file (it has no \"choices\" list; see docs/results.md)";
    return false;
  }
  for (const auto& ch : j["choices"]) {
    if (!ch.is_object()) continue;
    const int ev = ch.value("event", 0);
    const std::string d = ch.value("dialogue", ""), n = ch.value("node", ""), id = ch.value("choice", "");
    std::string via;
    if (ev >= 1 && static_cast<std::size_t>(ev) <= c.steps.size())
      if (const Dialogue* dl = c.steps[static_cast<std::size_t>(ev - 1)].event.dialogue(d))
        if (const Node* node = dl->find(n))
          for (const Choice& x : node->choices)
            if (x.id == id && x.ask) {
              via = "yes";
              for (const auto& a : j.value("asks", nlohmann::json::array()))
                if (a.is_object() && a.value("event", 0) == ev && a.value("time", "") == ch.value("time", "") &&
                    a.value("person", "") == ch.value("person", ""))
                  via = a.value("accepted", false) ? "yes" : "no";
            }
    route.choices.insert({ev, d, n, id, via});
  }
  return true;
}

int run_graph(const GraphArgs& a) {
  LoadResult loaded = load_content(a.path);
  if (!loaded.ok() || !loaded.campaign) {
    for (const auto& d : loaded.diagnostics) std::cerr << format_gcc(d) << "\n";
    std::cerr << "mingle graph: fix the errors above first ('mingle check " << a.path << "').\n";
    return 1;
  }
  const Campaign& c = *loaded.campaign;
  bool event_found = a.event.empty(), dialogue_found = a.dialogue.empty();
  for (const auto& step : c.steps) {
    if (!a.event.empty() && step.event.id == a.event) event_found = true;
    for (const auto& d : step.event.dialogues)
      if (d.id == a.dialogue && (a.event.empty() || step.event.id == a.event)) dialogue_found = true;
  }
  if (!event_found || !dialogue_found) {
    std::cerr << "mingle graph: there is no " << (!event_found ? "event '" + a.event : "conversation '" + a.dialogue)
              << "' in " << a.path << ".\n";
    return 2;
  }
  Route route;
  std::string error;
  if (!a.route.empty() && !read_route(c, a.route, route, error)) {
    std::cerr << "mingle graph: " << error << "\n";
    return 1;
  }
  const std::string dot = to_dot(c, GraphOptions{a.event, a.dialogue}, route);
  if (a.svg.empty()) {
    std::cout << dot;
    return 0;
  }
  // dot reads the graph on its standard input and writes the SVG to its standard output: no
  // temporary file to leave behind, and a dot that takes too long is stopped.
  std::string svg;
  // MINGLE_DOT_SECONDS shortens (or lengthens) the limit, for a huge graph or a test.
  int seconds = kDotSeconds;
  if (const char* v = std::getenv("MINGLE_DOT_SECONDS"); v && std::atoi(v) > 0) seconds = std::min(std::atoi(v), 3600);
  const int status = run_dot(dot, svg, seconds);
  if (status == kDotTimedOut) {
    std::cerr << "mingle graph: Graphviz's 'dot' took longer than " << seconds
              << (seconds == 1 ? " second" : " seconds") << " and was stopped. Draw one event or dialogue at a time (--event, --dialogue), or "
                 "without --svg print the DOT text to draw elsewhere.\n";
    return 1;
  }
  if (status != 0 || svg.find("<svg") == std::string::npos) {
    std::cerr << "mingle graph: Graphviz's 'dot' could not draw the graph"
              << (status == 127 * 256 || svg.find("not found") != std::string::npos
                      ? ": it is not installed (on Debian: apt-get install graphviz)"
                      : ": " + svg.substr(0, 300))
              << ". Without --svg, the DOT text is printed for you to draw elsewhere.\n";
    return 1;
  }
  if (!write_file_atomically(a.svg, svg, error)) {
    std::cerr << "mingle graph: " << error << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

void add_graph_command(CLI::App& app, int* exit_code) {
  auto a = std::make_shared<GraphArgs>();
  CLI::App* cmd = app.add_subcommand(
      "graph",
      "Print a scenario's conversations as a Graphviz DOT graph (lines, choices with their "
      "conditions, asks, ends), or draw it as SVG with --svg. --path draws a player's route "
      "from their results file.");
  cmd->add_option("PATH", a->path, "campaign folder or event folder")->required()->check(CLI::ExistingDirectory);
  cmd->add_option("--event", a->event, "only this event (its id)");
  cmd->add_option("--dialogue", a->dialogue, "only this conversation (its id)");
  cmd->add_option("--path", a->route, "a results file (JSON): draw the route that player took")
      ->check(CLI::ExistingFile);
  cmd->add_option("--svg", a->svg, "draw the graph as SVG into this file, with Graphviz's dot");
  cmd->callback([a, exit_code] { *exit_code = run_graph(*a); });
}

}  // namespace mingle::cli
