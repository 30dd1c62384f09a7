#include "net/statements.h"

#include "core/sim/debrief.h"
#include "core/sim/scoring.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <random>

namespace mingle::net {

using nlohmann::json;

namespace {

constexpr const char* kLang = "en";
constexpr const char* kSeriousGame = "https://w3id.org/xapi/seriousgames/activity-types/serious-game";
constexpr const char* kLevel = "https://w3id.org/xapi/seriousgames/activity-types/level";
constexpr const char* kDialogTree = "https://w3id.org/xapi/seriousgames/activity-types/dialog-tree";
constexpr const char* kCharacter = "https://w3id.org/xapi/seriousgames/activity-types/non-player-character";
constexpr const char* kInteraction = "http://adlnet.gov/expapi/activities/interaction";
constexpr const char* kProfile = "https://w3id.org/xapi/seriousgames/v1.0";
// A value of this much in one run counts as full marks in the scaled score (docs/xapi.md).
constexpr double kValueScale = 50.0;

json verb(const char* id, const char* word) { return {{"id", id}, {"display", {{kLang, word}}}}; }

const json& v_initialized() { static const json v = verb("http://adlnet.gov/expapi/verbs/initialized", "initialized"); return v; }
const json& v_completed() { static const json v = verb("http://adlnet.gov/expapi/verbs/completed", "completed"); return v; }
const json& v_terminated() { static const json v = verb("http://adlnet.gov/expapi/verbs/terminated", "terminated"); return v; }
const json& v_selected() { static const json v = verb("https://w3id.org/xapi/adb/verbs/selected", "selected"); return v; }
const json& v_progressed() { static const json v = verb("http://adlnet.gov/expapi/verbs/progressed", "progressed"); return v; }
const json& v_asked() { static const json v = verb("http://adlnet.gov/expapi/verbs/asked", "asked"); return v; }
const json& v_suspended() { static const json v = verb("http://adlnet.gov/expapi/verbs/suspended", "suspended"); return v; }
const json& v_resumed() { static const json v = verb("http://adlnet.gov/expapi/verbs/resumed", "resumed"); return v; }
const json& v_attempted() { static const json v = verb("http://adlnet.gov/expapi/verbs/attempted", "attempted"); return v; }
const json& v_exited() { static const json v = verb("http://adlnet.gov/expapi/verbs/exited", "exited"); return v; }
const json& v_failed() { static const json v = verb("http://adlnet.gov/expapi/verbs/failed", "failed"); return v; }
const json& v_interacted() { static const json v = verb("http://adlnet.gov/expapi/verbs/interacted", "interacted"); return v; }

std::string ext(const char* name) { return std::string(kExtensionBase) + name; }

json activity(const std::string& id, const char* type, const std::string& name) {
  json def = {{"type", type}};
  if (!name.empty()) def["name"] = {{kLang, name}};
  return {{"objectType", "Activity"}, {"id", id}, {"definition", def}};
}

json curve(const std::vector<sim::CurvePoint>& pts) {
  json out = json::array();
  for (const auto& p : pts) out.push_back({{"event", p.event_no}, {"time", sim::clock_text(p.minute)}, {"value", p.value}});
  return out;
}

double clamp_scaled(double v) { return std::max(-1.0, std::min(1.0, v)); }

std::string person_name(const Campaign& c, const sim::RunState& s, const std::string& id) {
  const Person* p = sim::find_person(c, s, id);
  return p && !p->name.empty() ? p->name : id;
}

}  // namespace

std::string new_uuid() {
  static thread_local std::mt19937_64 gen{std::random_device{}() ^
                                          (static_cast<std::uint64_t>(std::random_device{}()) << 32)};
  std::uint64_t hi = gen(), lo = gen();
  hi = (hi & 0xffffffffffff0fffULL) | 0x0000000000004000ULL;  // version 4
  lo = (lo & 0x3fffffffffffffffULL) | 0x8000000000000000ULL;  // variant 1
  char buf[40];
  std::snprintf(buf, sizeof buf, "%08x-%04x-%04x-%04x-%012llx", static_cast<unsigned>(hi >> 32),
                static_cast<unsigned>((hi >> 16) & 0xffff), static_cast<unsigned>(hi & 0xffff),
                static_cast<unsigned>(lo >> 48), static_cast<unsigned long long>(lo & 0xffffffffffffULL));
  return buf;
}

std::string iso_timestamp(std::chrono::system_clock::time_point t) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
  const std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
#ifdef _WIN32
  gmtime_s(&tm, &secs);  // Windows' thread-safe gmtime, its arguments the other way round
#else
  gmtime_r(&secs, &tm);
#endif
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
  return buf;
}

std::string iso_minutes(int minutes) { return "PT" + std::to_string(std::max(0, minutes)) + "M"; }

std::string iri_segment(const std::string& s) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : s) {
    if (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~') {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  return out;
}

ActivityIds::ActivityIds(const std::string& home_page, const std::string& campaign_id) {
  std::string home = home_page;
  while (!home.empty() && home.back() == '/') home.pop_back();
  base = home + "/mingle/scenarios/" + iri_segment(campaign_id);
}
std::string ActivityIds::event(const std::string& e) const { return base + "/events/" + iri_segment(e); }
std::string ActivityIds::node(const std::string& e, const std::string& d, const std::string& n) const {
  return event(e) + "/dialogues/" + iri_segment(d) + "/nodes/" + iri_segment(n);
}
std::string ActivityIds::person(const std::string& p) const { return base + "/people/" + iri_segment(p); }
std::string ActivityIds::introduction(const std::string& e, const std::string& a, const std::string& b) const {
  return event(e) + "/introductions/" + iri_segment(a) + "/" + iri_segment(b);
}
std::string ActivityIds::workshop(const std::string& home_page, const std::string& title) {
  std::string home = home_page;
  while (!home.empty() && home.back() == '/') home.pop_back();
  std::string slug;
  for (unsigned char ch : title) {
    if (std::isalnum(ch))
      slug += static_cast<char>(std::tolower(ch));
    else if (!slug.empty() && slug.back() != '-')
      slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return home + "/mingle/workshops/" + (slug.empty() ? std::string("workshop") : slug);
}

StatementTracker::StatementTracker(RunContext context) : ctx_(std::move(context)) {}

void StatementTracker::skip_past(const Campaign& c, const sim::RunState& s) {
  if (c.steps.empty()) return;
  initialized_ = true;
  seed_ = sim::build_results(c, s).seed;
  const sim::StatusView now = sim::status_view(c, s);
  for (int e = 1; e <= now.event_no; ++e) {
    events_started_.insert(e);
    if (e < now.event_no || now.phase != sim::Phase::Event) events_completed_.insert(e);
  }
  finished_ = now.phase == sim::Phase::Finished;
}

std::vector<json> StatementTracker::collect(const Campaign& c, const sim::RunState& s, const sim::CommandResult& r,
                                            std::chrono::system_clock::time_point now) {
  return build(c, s, r, iso_timestamp(now));
}

std::vector<json> StatementTracker::build(const Campaign& c, const sim::RunState& s, const sim::CommandResult& r,
                                          const std::string& stamp) {
  std::vector<json> out;
  if (c.steps.empty()) return out;
  const ActivityIds ids(ctx_.home_page, c.id);
  const json actor = {{"objectType", "Agent"},
                      {"name", ctx_.player},
                      {"account", {{"homePage", ctx_.home_page}, {"name", ctx_.player}}}};
  json grouping = json::array({activity(ids.scenario(), kSeriousGame, c.title)});
  if (!ctx_.workshop_title.empty())
    grouping.push_back({{"objectType", "Activity"},
                        {"id", ActivityIds::workshop(ctx_.home_page, ctx_.workshop_title)},
                        {"definition", {{"type", "http://adlnet.gov/expapi/activities/meeting"},
                                        {"name", {{kLang, ctx_.workshop_title}}}}}});
  // The run as it began (people known already have their rungs): from the core's results.
  std::optional<sim::Results> at_start;
  if (!initialized_) {
    at_start = sim::build_results(c, s);
    seed_ = at_start->seed;
  }
  auto context = [&](int event_no) {
    json x = {{ext("seed"), std::to_string(seed_)},
              {ext("attempt"), ctx_.attempt},
              {ext("counted"), ctx_.counted}};
    if (!ctx_.mode.empty()) x[ext("mode")] = ctx_.mode;
    if (!ctx_.workshop_title.empty()) x[ext("workshop")] = ctx_.workshop_title;
    if (event_no > 0) x[ext("event")] = event_no;
    json ctx = {{"registration", ctx_.registration},
                {"platform", "Mingle"},
                {"language", kLang},
                {"contextActivities",
                 {{"grouping", grouping}, {"category", json::array({{{"objectType", "Activity"}, {"id", kProfile}}})}}},
                {"extensions", x}};
    if (event_no > 0 && event_no <= static_cast<int>(c.steps.size()))
      ctx["contextActivities"]["parent"] = json::array(
          {activity(ids.event(c.steps[event_no - 1].event.id), kLevel, c.steps[event_no - 1].event.title)});
    return ctx;
  };
  auto push = [&](const json& v, json object, json result, int event_no) {
    json st = {{"id", new_uuid()}, {"timestamp", stamp}, {"actor", actor}, {"verb", v}, {"object", std::move(object)}};
    if (!result.is_null()) st["result"] = std::move(result);
    st["context"] = context(event_no);
    st["context"]["extensions"][ext("sequence")] = ++sequence_;
    out.push_back(std::move(st));
  };
  const json game = activity(ids.scenario(), kSeriousGame, c.title);

  if (!initialized_) {
    initialized_ = true;
    push(v_initialized(), game, nullptr, 0);
  }
  if (resume_pending_) {
    resume_pending_ = false;
    push(v_resumed(), game, nullptr, 0);
  }
  const sim::StatusView status = sim::status_view(c, s);
  const int current = status.event_no;
  // Events begun, in order; records of each event follow its start.
  auto start_event = [&](int e) {
    if (events_started_.count(e)) return;
    events_started_.insert(e);
    const Event& ev = c.steps[e - 1].event;
    push(v_initialized(), activity(ids.event(ev.id), kLevel, ev.title), nullptr, e);
  };
  for (int e = 1; e <= current && e <= static_cast<int>(c.steps.size()); ++e) start_event(e);

  for (const auto& ch : r.choices) {
    const Event& ev = c.steps[ch.event_no - 1].event;
    json result = {{"response", ch.choice},
                   {"extensions", {{ext("choice-text"), ch.text},
                                   {ext("person"), ch.person},
                                   {ext("person-name"), person_name(c, s, ch.person)},
                                   {ext("dialogue"), ch.dialogue},
                                   {ext("node"), ch.node},
                                   {ext("coach"), ch.coach},
                                   {ext("ending"), sim::choice_ending(c, s, ch)},
                                   {ext("time"), sim::clock_text(ch.minute)}}}};
    push(v_selected(), activity(ids.node(ev.id, ch.dialogue, ch.node), kDialogTree, ch.node), result, ch.event_no);
  }
  for (const auto& a : r.asks) {
    json factors = json::array();
    for (const auto& f : a.factors) factors.push_back({{"factor", f.name}, {"points", f.points}});
    json result = {{"success", a.accepted},
                   {"extensions", {{ext("ask-kind"), to_string(a.kind)},
                                   {ext("ask-total"), a.total},
                                   {ext("ask-roll"), a.roll},
                                   {ext("ask-threshold"), a.threshold},
                                   {ext("ask-factors"), factors},
                                   {ext("time"), sim::clock_text(a.minute)}}}};
    push(v_asked(), activity(ids.person(a.person), kCharacter, person_name(c, s, a.person)), result, a.event_no);
  }
  for (const auto& i : r.introductions) {
    const Event& ev = c.steps[i.event_no - 1].event;
    json result = {{"success", i.good_match},
                   {"extensions", {{ext("introduced"), json::array({i.a, i.b})},
                                   {ext("why"), i.why},
                                   {ext("time"), sim::clock_text(i.minute)}}}};
    push(v_interacted(),
         activity(ids.introduction(ev.id, i.a, i.b), kInteraction,
                  person_name(c, s, i.a) + " and " + person_name(c, s, i.b)),
         result, i.event_no);
  }
  // Where the player got stuck (sim::StuckPoint): a refused attempt, a talk left or cut off,
  // a need never found. The object is the line they were at, else the person, else the event.
  for (const auto& p : r.stuck) {
    if (p.event_no < 1 || p.event_no > static_cast<int>(c.steps.size())) continue;
    const Event& ev = c.steps[p.event_no - 1].event;
    const auto slash = p.node.find('/');
    json object = slash != std::string::npos
                      ? activity(ids.node(ev.id, p.node.substr(0, slash), p.node.substr(slash + 1)), kDialogTree,
                                 p.node.substr(slash + 1))
                  : !p.person.empty() ? activity(ids.person(p.person), kCharacter, person_name(c, s, p.person))
                                      : activity(ids.event(ev.id), kLevel, ev.title);
    const json& v = p.kind == sim::StuckKind::Refused  ? v_attempted()
                    : p.kind == sim::StuckKind::Left   ? v_exited()
                    : p.kind == sim::StuckKind::CutOff ? v_terminated()
                                                       : v_failed();
    json result = {{"success", false},
                   {"extensions", {{ext("stuck-kind"), sim::to_string(p.kind)},
                                   {ext("stuck-detail"), p.detail},
                                   {ext("person"), p.person},
                                   {ext("person-name"), p.person.empty() ? "" : person_name(c, s, p.person)},
                                   {ext("node"), p.node},
                                   {ext("minute"), std::max(0, p.minute - ev.starts)},
                                   {ext("time"), sim::clock_text(p.minute)}}}};
    push(v, std::move(object), std::move(result), p.event_no);
  }
  auto progressed = [&](const std::string& id, Rung rung, const std::string& how, int minute, int event_no) {
    json result = {{"extensions", {{ext("rung"), to_string(rung)},
                                   {ext("how"), how},
                                   {ext("time"), sim::clock_text(minute)}}}};
    push(v_progressed(), activity(ids.person(id), kCharacter, person_name(c, s, id)), result, event_no);
  };
  if (at_start) {  // people known already when the run began, by id
    std::vector<const sim::PersonResult*> known;
    for (const auto& p : at_start->people)
      if (!p.ladder.empty()) known.push_back(&p);
    std::sort(known.begin(), known.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    for (const auto* p : known)
      for (const auto& step : p->ladder) progressed(p->id, step.rung, step.how, step.minute, step.event_no);
  }
  for (const auto& g : r.rungs) progressed(g.person, g.rung, g.how, g.minute, g.event_no);

  const bool run_over = r.run_finished;
  const bool finished_well = run_over && r.stopped_because == "finished";
  if (run_over && !finished_well && suspending_) {
    // Closed mid-run: suspended, to be resumed; no event or run is closed.
    if (!suspended_) {
      suspended_ = true;
      json result = {{"duration", iso_minutes(status.minutes_played)},
                     {"extensions", {{ext("game-minutes"), status.minutes_played},
                                     {ext("stopped-because"), r.stopped_because}}}};
      push(v_suspended(), game, result, 0);
    }
    return out;
  }
  if (r.event_ended && !events_completed_.count(current)) {
    const int e = current;
    events_completed_.insert(e);
    const Event& ev = c.steps[e - 1].event;
    const sim::DebriefView d = sim::debrief_view(c, s, e);
    bool found_all = true, any_need = false;
    std::string found_at;
    for (const auto& n : sim::needs_status(c, s)) {
      if (n.event_no != e || n.side_goal) continue;
      any_need = true;
      found_all = found_all && n.found;
      if (n.found && found_at.empty()) found_at = sim::clock_text(n.found->minute);
    }
    // Cut short when the run stopped inside this event (quit, input ran out).
    const bool cut_short = run_over && !finished_well;
    json ideas = json::array();
    for (const auto& idea : d.ideas)
      if (idea.exercised) ideas.push_back(sim::idea_title(idea.idea));
    const int minutes = status.minute - ev.starts;
    json result = {{"success", any_need && found_all},
                   {"completion", !cut_short},
                   {"duration", iso_minutes(minutes)},
                   {"score", {{"raw", d.value}, {"scaled", clamp_scaled(d.value / kValueScale)}}},
                   {"extensions", {{ext("enjoyment"), d.enjoyment},
                                   {ext("enjoyment-scaled"), clamp_scaled(d.enjoyment / kValueScale)},
                                   {ext("value"), d.value},
                                   {ext("event-enjoyment"), d.event_enjoyment},
                                   {ext("event-value"), d.event_value},
                                   {ext("need-found-at"), found_at},
                                   {ext("ideas-met"), ideas},
                                   {ext("went-well"), d.went_well},
                                   {ext("to-try"), d.to_try},
                                   {ext("game-minutes"), minutes}}}};
    push(cut_short ? v_terminated() : v_completed(), activity(ids.event(ev.id), kLevel, ev.title), result, e);
  }

  if (run_over && !finished_) {
    finished_ = true;
    const sim::Results res = sim::build_results(c, s);
    json by_kind = json::object();
    for (const auto& [k, v] : res.value_by_kind) by_kind[k] = v;
    std::vector<const sim::PersonResult*> met;  // by id
    for (const auto& p : res.people)
      if (!p.ladder.empty()) met.push_back(&p);
    std::sort(met.begin(), met.end(), [](const auto* a, const auto* b) { return a->id < b->id; });
    json rungs = json::array();
    for (const auto* p : met)
      rungs.push_back({{"person", p->id}, {"name", person_name(c, s, p->id)}, {"rung", to_string(p->stage)}});
    json intros = json::array();
    for (const auto& i : res.introductions)
      intros.push_back({{"a", i.a}, {"a_name", person_name(c, s, i.a)}, {"b", i.b},
                        {"b_name", person_name(c, s, i.b)}, {"good_match", i.good_match}});
    std::string found_at;
    int found_event = 0;
    for (const auto& n : sim::needs_status(c, s))
      if (!n.side_goal && n.found && found_at.empty()) {
        found_at = sim::clock_text(n.found->minute);
        found_event = n.found->event_no;
      }
    json ideas = json::array();
    for (const auto& i : res.ideas_met) ideas.push_back(i);
    json result = {{"success", res.need_found},
                   {"completion", finished_well},
                   {"duration", iso_minutes(res.duration_minutes)},
                   {"score", {{"raw", res.value}, {"scaled", clamp_scaled(res.value / kValueScale)}}},
                   {"extensions", {{ext("enjoyment"), res.enjoyment},
                                   {ext("enjoyment-scaled"), clamp_scaled(res.enjoyment / kValueScale)},
                                   {ext("value"), res.value},
                                   {ext("value-by-kind"), by_kind},
                                   {ext("need-found"), res.need_found},
                                   {ext("need-found-at"), found_at},
                                   {ext("need-found-in-event"), found_event},
                                   {ext("rungs"), rungs},
                                   {ext("introductions"), intros},
                                   {ext("ideas-met"), ideas},
                                   {ext("game-minutes"), res.duration_minutes},
                                   {ext("events-played"), current},
                                   {ext("enjoyment-curve"), curve(res.enjoyment_curve)},
                                   {ext("value-curve"), curve(res.value_curve)},
                                   {ext("stopped-because"), res.stopped_because}}}};
    push(finished_well ? v_completed() : v_terminated(), game, result, 0);
  }
  return out;
}

}  // namespace mingle::net
