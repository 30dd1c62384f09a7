#pragma once
// `mingle check --online` and the start of a workshop run: before anyone plays, ask the
// workshop's learning record store whether it answers, and to the workshop's key and secret.
// What is wrong is said as the checker says it (file:line:col, a code, a hint), and for a
// trainee in words they can pass on to their facilitator.
#include "core/diag/diagnostic.h"
#include "core/workshop/workshop.h"
#include "net/lrs_client.h"

#include <string>
#include <vector>

namespace mingle::net {

enum class LrsHealth {
  Fine,           // it answered a read of statements with the workshop's key (2xx)
  NoLrs,          // the workshop names none: nothing to ask
  SecretUnset,    // the variable named by secret_env is not set (or the file names no secret)
  Unreachable,    // no answer: no network, refused, timed out, a wrong host
  KeyRefused,     // 401 or 403: the key or the secret is wrong
  NotAnLrs,       // it answered, but not as an LRS does there (404, 5xx, anything else)
};

struct LrsProbe {
  LrsHealth health = LrsHealth::Fine;
  std::string detail;  // the LRS's or the network's own words, when there are some
};

// Reads one statement (statements?limit=1) with the workshop's key; `timeout_ms` bounds the
// whole call, and a stop request (give_up_request) ends it at once. Never prints or returns the
// secret.
LrsProbe probe_lrs(const Workshop&, long timeout_ms = 8000);

// The probe's finding as the checker's diagnostics (codes E0401..E0404), placed at the line of
// the workshop file it concerns. Empty when all is well or there is no LRS.
std::vector<Diagnostic> probe_diagnostics(const Workshop&, const LrsProbe&);

// The finding for the trainee at the start of a run: what is wrong, what happens to their run,
// and what to tell the facilitator. Empty when all is well or there is no LRS.
std::string probe_for_trainee(const Workshop&, const LrsProbe&);

}  // namespace mingle::net
