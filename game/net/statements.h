#pragma once
// xAPI 1.0.3 statements for a run, as docs/xapi.md describes them: built on ADL verbs and the
// xAPI Application Profile for Serious Games. Pure data: what each command did (its
// sim::CommandResult: the choices, asks, introductions, stuck points and rungs it recorded, the
// event or run it ended) and the core's views of the run (status, debrief, results), turned
// into JSON. Nothing here sends anything (see outbox.h and sender.h).
#include "core/scenario/model.h"
#include "core/sim/results.h"
#include "core/sim/outcome.h"
#include "core/sim/run_state.h"
#include "core/sim/views.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace mingle::net {

// The vocabulary's own IRIs (docs/xapi.md).
inline constexpr const char* kExtensionBase = "https://w3id.org/xapi/mingle/extensions/";

// Who plays, in which workshop, under which registration.
struct RunContext {
  std::string player;          // the trainee's name (the actor's account name)
  std::string home_page;       // the association's home page (the account's homePage, the ids' base)
  std::string registration;    // a UUID per run, so an LRS can group a run's statements
  std::string workshop_title;  // empty outside a workshop
  std::string mode;            // "practice" or "assessed"
  std::uint64_t seed = 0;
  int attempt = 1;             // 1 for the first run of this scenario by this player
  bool counted = true;         // assessed mode counts the first attempt only
};

// A random (version 4) UUID, lower case.
std::string new_uuid();
// "2026-12-01T01:02:03.456Z"
std::string iso_timestamp(std::chrono::system_clock::time_point);
// "PT45M" for 45 minutes.
std::string iso_minutes(int minutes);
// Percent-encodes what an IRI path segment may not hold as it is.
std::string iri_segment(const std::string&);

// The activity ids of a scenario's parts: stable, from the authors' own ids.
struct ActivityIds {
  std::string base;  // <home_page>/mingle/scenarios/<campaign id>
  ActivityIds(const std::string& home_page, const std::string& campaign_id);
  std::string scenario() const { return base; }
  std::string event(const std::string& event_id) const;
  std::string node(const std::string& event_id, const std::string& dialogue, const std::string& node) const;
  std::string person(const std::string& person_id) const;
  std::string introduction(const std::string& event_id, const std::string& a, const std::string& b) const;
  static std::string workshop(const std::string& home_page, const std::string& title);
};

// Follows a run and gives, after each command, the statements for what that command did.
// Each statement comes once: a record comes in one command's result only, and the tracker
// keeps which events it has begun and closed.
class StatementTracker {
 public:
  explicit StatementTracker(RunContext context);

  // The statements for what `result` did (a command's, a refusal noted with note_refused, or
  // stop_run's), stamped with `now` and each with a fresh UUID; `s` is the run after it. The
  // first call also states the run's beginning (an empty result will do): initialized, its
  // first event, and the rungs of people known already.
  std::vector<nlohmann::json> collect(const Campaign&, const sim::RunState&, const sim::CommandResult& result,
                                      std::chrono::system_clock::time_point now);
  // Counts the run so far as already stated: for a run continued from a save, whose statements
  // were queued by the session that played it.
  void skip_past(const Campaign&, const sim::RunState&);

  const RunContext& context() const { return ctx_; }

  // The window closing mid-run is a pause, not an end: with this set, a run stopped for any
  // reason but finishing is stated as suspended (ADL), once, and its events stay open.
  void set_suspending(bool on) { suspending_ = on; }
  // A run continued from a save: its statements go on from this sequence number, and the next
  // collect begins with "resumed".
  void resume_from(int sequence) {
    sequence_ = sequence;
    resume_pending_ = true;
  }
  int sequence() const { return sequence_; }

 private:
  std::vector<nlohmann::json> build(const Campaign&, const sim::RunState&, const sim::CommandResult&,
                                    const std::string& stamp);
  RunContext ctx_;
  int sequence_ = 0;  // the run's statements in order, for readers that need it
  bool initialized_ = false;
  bool finished_ = false;
  bool suspending_ = false, suspended_ = false, resume_pending_ = false;
  std::set<int> events_started_, events_completed_;
  std::uint64_t seed_ = 0;  // the run's, from the core's results as the tracker starts
};

// What the results file holds too (core/sim/results.h), for the statements.
using sim::choice_endings;
using sim::debriefs;
using sim::EventDebrief;
using sim::ideas_met;

}  // namespace mingle::net
