#include "net/lrs_check.h"

#include "net/workshop_session.h"

#include "core/util/stop_request.h"

#include <fstream>

namespace mingle::net {
namespace {

// Where a key of the workshop file's `lrs:` map is written ("key:" inside it), for a diagnostic's
// place; the file's first line when it can't be found.
SourcePos where(const Workshop& w, const std::string& key) {
  std::ifstream in(w.file);
  std::string line;
  bool in_lrs = false;
  for (int n = 1; std::getline(in, line); ++n) {
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    if (first == 0) in_lrs = line.rfind("lrs:", 0) == 0;
    else if (in_lrs && line.compare(first, key.size() + 1, key + ":") == 0)
      return {w.file.string(), n, static_cast<int>(first) + 1};
  }
  return {w.file.string(), 1, 1};
}

}  // namespace

LrsProbe probe_lrs(const Workshop& w, long timeout_ms) {
  if (!w.lrs) return {LrsHealth::NoLrs, {}};
  std::string error;
  auto target = lrs_target(w, error);
  if (!target) return {LrsHealth::SecretUnset, error};
  target->connect_timeout_ms = std::min(target->connect_timeout_ms, timeout_ms);
  target->timeout_ms = timeout_ms;
  target->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  target->abandon = &give_up_request();  // a stop asked for meanwhile (Ctrl-C, SIGTERM) ends the wait at once
  const HttpReply r = http_get(*target, "statements?limit=1");
  if (give_up_request().load()) return {LrsHealth::Fine, {}};  // stopped before an answer: nothing known, nothing said
  if (r.status >= 200 && r.status < 300) return {LrsHealth::Fine, {}};
  if (r.status == 0) return {LrsHealth::Unreachable, reply_message(r)};
  if (r.status == 401 || r.status == 403) return {LrsHealth::KeyRefused, reply_message(r)};
  return {LrsHealth::NotAnLrs, reply_message(r)};
}

std::vector<Diagnostic> probe_diagnostics(const Workshop& w, const LrsProbe& p) {
  if (!w.lrs) return {};
  Diagnostics d;
  const std::string endpoint = w.lrs->endpoint;
  switch (p.health) {
    case LrsHealth::Fine:
    case LrsHealth::NoLrs:
      break;
    case LrsHealth::SecretUnset:
      d.add("E0401", where(w, w.lrs->secret_env.empty() ? "secret" : "secret_env"),
            p.detail.empty() ? "the LRS secret is not available" : p.detail,
            "set it in the environment of every computer trainees play on, before the game starts "
            "(the secret itself is never written in a file Mingle makes)");
      break;
    case LrsHealth::Unreachable:
      d.add("E0402", where(w, "endpoint"), "the learning record store at " + endpoint + " does not answer (" + p.detail + ")",
            "check the address and that this computer can reach it; trainees' runs would wait on their computers");
      break;
    case LrsHealth::KeyRefused:
      d.add("E0403", where(w, "key"),
            "the learning record store at " + endpoint + " refused the key '" + w.lrs->key + "' and its secret (" +
                p.detail + ")",
            "one of the two is wrong: copy them again from the LRS's client settings");
      break;
    case LrsHealth::NotAnLrs:
      d.add("E0404", where(w, "endpoint"),
            "the address " + endpoint + " answered, but not as a learning record store does (" + p.detail + ")",
            "the endpoint is the LRS's xAPI address, the one 'statements' is added to (often ending in /xAPI/)");
      break;
  }
  return d.take();
}

std::string probe_for_trainee(const Workshop& w, const LrsProbe& p) {
  const std::string keep = " Your run is kept safely on this computer all the same, and can be sent later with "
                           "'mingle sync'.";
  switch (p.health) {
    case LrsHealth::Fine:
    case LrsHealth::NoLrs:
      return {};
    case LrsHealth::SecretUnset:
      return "Please tell your facilitator: this computer doesn't have the workshop's LRS secret (" + p.detail +
             "), so your run can't reach the workshop's records." + keep;
    case LrsHealth::Unreachable:
      return "Please tell your facilitator: the workshop's learning record store (" + w.lrs->endpoint +
             ") can't be reached from this computer right now (" + p.detail + ")." + keep;
    case LrsHealth::KeyRefused:
      return "Please tell your facilitator: the workshop's learning record store turned down the workshop's key '" +
             w.lrs->key + "' (" + p.detail + "), so the key or its secret is wrong." + keep;
    case LrsHealth::NotAnLrs:
      return "Please tell your facilitator: the workshop's LRS address (" + w.lrs->endpoint +
             ") answers, but not as a learning record store (" + p.detail + ")." + keep;
  }
  return {};
}

}  // namespace mingle::net
