#include "cli/report.h"

#include "cli/report_charts.h"

#include "core/sim/debrief.h"
#include "core/util/atomic_file.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;
using nlohmann::json;

namespace mingle::cli {
namespace {

constexpr const char* kExt = "https://w3id.org/xapi/mingle/extensions/";

std::string str(const json& o, const char* k) {
  return o.is_object() && o.contains(k) && o[k].is_string() ? o[k].get<std::string>() : std::string();
}
// The numbers a results file holds that are not whole numbers within reach (a wrong type, a
// fraction, NaN, or beyond ±1,000,000,000): named here, shown as 0, and told in a note.
thread_local std::vector<std::string>* g_odd_numbers = nullptr;
int whole(const json& v, const char* k) {
  if (v.is_null()) return 0;
  if (v.is_number_integer()) {
    const long long n = v.is_number_unsigned() && v.get<unsigned long long>() > 1000000000ULL
                            ? 1000000001LL
                            : v.get<long long>();
    if (n >= -1000000000LL && n <= 1000000000LL) return static_cast<int>(n);
  }
  if (g_odd_numbers) g_odd_numbers->push_back(k);
  return 0;
}
int num(const json& o, const char* k) {
  return o.is_object() && o.contains(k) ? whole(o[k], k) : 0;
}
bool flag(const json& o, const char* k) {
  return o.is_object() && o.contains(k) && o[k].is_boolean() && o[k].get<bool>();
}
const json& sub(const json& o, const char* k) {
  static const json none;
  return o.is_object() && o.contains(k) ? o[k] : none;
}
std::vector<std::string> strings(const json& a) {
  std::vector<std::string> out;
  if (a.is_array())
    for (const auto& v : a)
      if (v.is_string()) out.push_back(v.get<std::string>());
  return out;
}
std::vector<ReportPoint> points(const json& a) {
  std::vector<ReportPoint> out;
  if (a.is_array())
    for (const auto& p : a) out.push_back({num(p, "event"), str(p, "time"), num(p, "value")});
  return out;
}
std::string intro_text(const std::string& a, const std::string& b, bool good) {
  return a + " & " + b + (good ? " (good match)" : " (not a match)");
}
std::string when(int event, const std::string& time) {
  if (time.empty()) return {};
  return "event " + std::to_string(event) + " at " + time;
}
// An extension of a statement's part, by the name after the vocabulary's base.
const json& ext(const json& part, const char* name) {
  static const json none;
  const json& x = sub(part, "extensions");
  const std::string key = std::string(kExt) + name;
  return x.is_object() && x.contains(key) ? x[key] : none;
}
std::string ext_str(const json& part, const char* name) {
  const json& v = ext(part, name);
  return v.is_string() ? v.get<std::string>() : std::string();
}
int ext_num(const json& part, const char* name) {
  return whole(ext(part, name), name);
}
std::string verb_word(const json& st) {
  const std::string id = str(sub(st, "verb"), "id");
  const auto slash = id.rfind('/');
  return slash == std::string::npos ? id : id.substr(slash + 1);
}
std::string object_type(const json& st) { return str(sub(sub(st, "object"), "definition"), "type"); }

}  // namespace

ReportRun run_from_results(const json& j, const std::string& source) {
  ReportRun r;
  r.source = source;
  r.player = str(sub(j, "player"), "name");
  r.scenario_id = str(sub(j, "scenario"), "id");
  r.scenario_title = str(sub(j, "scenario"), "title");
  const json& w = sub(j, "workshop");
  r.workshop = str(w, "title");
  r.mode = str(w, "mode");
  r.registration = str(w, "registration");
  r.attempt = num(w, "attempt");
  r.counted = !w.is_object() || !w.contains("counted") || flag(w, "counted");
  if (j.contains("seed") && j["seed"].is_number_unsigned()) r.seed = std::to_string(j["seed"].get<std::uint64_t>());
  else if (j.contains("seed") && j["seed"].is_number_integer()) r.seed = std::to_string(j["seed"].get<long long>());
  r.need_found = flag(j, "need_found");
  const json& need = sub(j, "need");
  if (r.need_found && need.is_object()) {
    r.need_event = num(need, "found_in_event");
    r.need_time = str(need, "time");
    r.need_found_when = when(r.need_event, r.need_time);
  }
  r.enjoyment = num(j, "enjoyment");
  r.value = num(j, "value");
  if (sub(j, "value_by_kind").is_object())
    for (const auto& [k, v] : j["value_by_kind"].items())
      r.value_by_kind[k] = whole(v, "value_by_kind");
  std::map<std::string, std::string> names;
  if (sub(j, "people").is_array())
    for (const auto& p : j["people"]) {
      names[str(p, "id")] = str(p, "name");
      const std::string stage = str(p, "stage");
      if (!stage.empty() && stage != "stranger") r.rungs.emplace_back(str(p, "name"), stage);
    }
  auto name = [&](const std::string& id) { return names.count(id) && !names[id].empty() ? names[id] : id; };
  if (sub(j, "introductions").is_array())
    for (const auto& i : j["introductions"])
      r.introductions.push_back(intro_text(name(str(i, "a")), name(str(i, "b")), flag(i, "good_match")));
  r.ideas = strings(sub(j, "ideas_met"));
  r.game_minutes = num(sub(j, "duration"), "game_minutes");
  r.events_played = num(sub(j, "duration"), "events_played");
  r.stopped_because = str(j, "stopped_because");
  r.enjoyment_curve = points(sub(j, "enjoyment_curve"));
  r.value_curve = points(sub(j, "value_curve"));
  const auto endings = strings(sub(j, "choice_endings"));
  if (sub(j, "choices").is_array()) {
    std::size_t i = 0;
    for (const auto& c : j["choices"]) {
      ReportChoice ch{num(c, "event"), str(c, "time"),   name(str(c, "person")), str(c, "node"),
                      str(c, "choice"), str(c, "text"), str(c, "coach"),          "",
                      str(c, "dialogue")};
      if (i < endings.size()) ch.ending = endings[i];
      r.choices.push_back(ch);
      ++i;
    }
  }
  if (sub(j, "stuck_points").is_array())
    for (const auto& p : j["stuck_points"]) {
      if (r.stuck.size() >= kMaxStuckPerRun) break;
      const std::string who = str(p, "person_name").empty() ? name(str(p, "person")) : str(p, "person_name");
      r.stuck.push_back({num(p, "event"), str(p, "time"), who, str(p, "node"), str(p, "kind"), str(p, "detail")});
    }
  if (sub(j, "debrief").is_array())
    for (const auto& d : j["debrief"]) {
      r.went_well.emplace_back(num(d, "event"), strings(sub(d, "went_well")));
      r.to_try.emplace_back(num(d, "event"), strings(sub(d, "to_try")));
      r.event_scores.push_back({num(d, "event"), num(d, "enjoyment"), num(d, "value"), num(d, "enjoyment_total"),
                                num(d, "value_total")});
    }
  std::sort(r.rungs.begin(), r.rungs.end());
  return r;
}

std::vector<ReportRun> runs_from_files(const std::vector<fs::path>& paths, std::vector<std::string>& notes,
                                       std::size_t* left_out) {
  std::size_t skipped = 0;
  std::vector<fs::path> files;
  for (const auto& p : paths) {
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> inside;
      for (fs::directory_iterator it(p, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().extension() == ".json" && it->is_regular_file(ec)) inside.push_back(it->path());
      std::sort(inside.begin(), inside.end());
      files.insert(files.end(), inside.begin(), inside.end());
    } else {
      files.push_back(p);
    }
  }
  std::vector<ReportRun> out;
  for (const auto& f : files) {
    std::string text, error;
    // read_file_capped refuses folders, devices and FIFOs before opening them, and big files
    // before reading them.
    if (!read_file_capped(f, kMaxResultsFileBytes, "the results file", text, error)) {
      notes.push_back(error + " It is left out.");
      ++skipped;
      continue;
    }
    json j;
    try {
      j = json::parse(text);
    } catch (const json::parse_error& e) {
      notes.push_back("'" + f.string() + "' is not whole JSON (at byte " + std::to_string(e.byte) +
                      "; cut short?); it is left out.");
      ++skipped;
      continue;
    }
    if (!j.is_object() || !j.contains("schema_version") || !j.contains("scenario")) {
      notes.push_back("'" + f.string() + "' is not a Mingle results file (no schema_version or scenario); it is left out.");
      ++skipped;
      continue;
    }
    std::vector<std::string> odd;
    g_odd_numbers = &odd;
    out.push_back(run_from_results(j, f.string()));
    g_odd_numbers = nullptr;
    if (!odd.empty()) {
      std::sort(odd.begin(), odd.end());
      odd.erase(std::unique(odd.begin(), odd.end()), odd.end());
      std::string names;
      for (const auto& n : odd) names += (names.empty() ? "" : ", ") + n;
      notes.push_back("'" + f.string() + "': " + names +
                      " not a whole number between -1,000,000,000 and 1,000,000,000; shown as 0.");
    }
  }
  if (left_out) *left_out = skipped;
  return out;
}

std::vector<ReportRun> runs_from_statements(const std::vector<json>& statements, std::vector<std::string>& notes,
                                            bool with_open) {
  std::map<std::string, std::vector<const json*>> by_reg;
  for (const auto& st : statements) {
    const std::string reg = str(sub(st, "context"), "registration");
    if (!reg.empty()) by_reg[reg].push_back(&st);
  }
  std::vector<ReportRun> out;
  std::size_t open = 0;
  for (auto& [reg, list] : by_reg) {
    std::stable_sort(list.begin(), list.end(), [](const json* a, const json* b) {
      return ext_num(sub(*a, "context"), "sequence") < ext_num(sub(*b, "context"), "sequence");
    });
    const json* closing = nullptr;
    for (const json* st : list) {
      const std::string v = verb_word(*st);
      if (object_type(*st).find("/serious-game") != std::string::npos && (v == "completed" || v == "terminated"))
        closing = st;
    }
    if (!closing && !with_open) {
      ++open;
      continue;
    }
    ReportRun r;
    r.source = "LRS";
    r.registration = reg;
    if (!closing) {  // still being played: who, what, and what its statements say so far
      r.playing = true;
      closing = list.front();
      for (const json* st : list)
        if (object_type(*st).find("/serious-game") != std::string::npos) closing = st;
    }
    const json& actor = sub(*closing, "actor");
    r.player = str(sub(actor, "account"), "name");
    if (r.player.empty()) r.player = str(actor, "name");
    const json& object = sub(*closing, "object");
    const std::string id = str(object, "id");
    const auto at = id.rfind("/scenarios/");
    r.scenario_id = at == std::string::npos ? id : id.substr(at + 11);
    r.scenario_title = str(sub(sub(object, "definition"), "name"), "en");
    const json& ctx = sub(*closing, "context");
    r.workshop = ext_str(ctx, "workshop");
    r.mode = ext_str(ctx, "mode");
    r.seed = ext_str(ctx, "seed");
    r.attempt = ext_num(ctx, "attempt");
    r.counted = !ext(ctx, "counted").is_boolean() || ext(ctx, "counted").get<bool>();
    const json& res = sub(*closing, "result");
    r.need_found = ext(res, "need-found").is_boolean() && ext(res, "need-found").get<bool>();
    if (r.need_found) {
      r.need_event = ext_num(res, "need-found-in-event");
      r.need_time = ext_str(res, "need-found-at");
      r.need_found_when = when(r.need_event, r.need_time);
    }
    r.enjoyment = ext_num(res, "enjoyment");
    r.value = ext_num(res, "value");
    if (ext(res, "value-by-kind").is_object())
      for (const auto& [k, v] : ext(res, "value-by-kind").items())
        r.value_by_kind[k] = whole(v, "value_by_kind");
    if (ext(res, "rungs").is_array())
      for (const auto& x : ext(res, "rungs")) r.rungs.emplace_back(str(x, "name"), str(x, "rung"));
    std::sort(r.rungs.begin(), r.rungs.end());
    if (ext(res, "introductions").is_array())
      for (const auto& i : ext(res, "introductions"))
        r.introductions.push_back(intro_text(str(i, "a_name"), str(i, "b_name"), flag(i, "good_match")));
    r.ideas = strings(ext(res, "ideas-met"));
    r.game_minutes = ext_num(res, "game-minutes");
    r.events_played = ext_num(res, "events-played");
    r.stopped_because = ext_str(res, "stopped-because");
    r.enjoyment_curve = points(ext(res, "enjoyment-curve"));
    r.value_curve = points(ext(res, "value-curve"));
    for (const json* st : list) {
      const std::string v = verb_word(*st);
      const json& sres = sub(*st, "result");
      const int event = ext_num(sub(*st, "context"), "event");
      if (v == "selected") {
        r.choices.push_back({event, ext_str(sres, "time"), ext_str(sres, "person-name"), ext_str(sres, "node"),
                             str(sres, "response"), ext_str(sres, "choice-text"), ext_str(sres, "coach"),
                             ext_str(sres, "ending"), ext_str(sres, "dialogue")});
      } else if (!ext_str(sres, "stuck-kind").empty()) {
        if (r.stuck.size() < kMaxStuckPerRun)
          r.stuck.push_back({event, ext_str(sres, "time"), ext_str(sres, "person-name"), ext_str(sres, "node"),
                             ext_str(sres, "stuck-kind"), ext_str(sres, "stuck-detail")});
      } else if (object_type(*st).find("/level") != std::string::npos && (v == "completed" || v == "terminated")) {
        r.went_well.emplace_back(event, strings(ext(sres, "went-well")));
        r.to_try.emplace_back(event, strings(ext(sres, "to-try")));
        r.event_scores.push_back({event, ext_num(sres, "event-enjoyment"), ext_num(sres, "event-value"),
                                  ext_num(sres, "enjoyment"), ext_num(sres, "value")});
      }
    }
    if (r.playing && !r.event_scores.empty()) {  // the totals as the last event ended
      r.enjoyment = r.event_scores.back().enjoyment_total;
      r.value = r.event_scores.back().value_total;
      r.events_played = r.event_scores.back().event;
    }
    out.push_back(std::move(r));
  }
  if (open > 0)
    notes.push_back(std::to_string(open) + (open == 1 ? " run has" : " runs have") +
                    " not finished yet (no closing statement); left out.");
  return out;
}

void sort_runs(std::vector<ReportRun>& runs) {
  std::stable_sort(runs.begin(), runs.end(), [](const ReportRun& a, const ReportRun& b) {
    return std::tie(a.player, a.scenario_id, a.attempt, a.registration) <
           std::tie(b.player, b.scenario_id, b.attempt, b.registration);
  });
}

namespace {

// A plain number ("-3", "12"): safe in a spreadsheet as it is, and kept a number.
bool plain_number(const std::string& s) {
  std::size_t i = s.size() > 1 && s[0] == '-' ? 1 : 0;
  if (i == s.size()) return false;
  for (; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

}  // namespace

// One CSV cell. A cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab
// or a carriage return) is neutralised as OWASP recommends: a single quote before it, and the
// cell in quotes; plain numbers are kept as numbers.
std::string csv_field(const std::string& s) {
  const bool formula = !s.empty() && std::string("=+-@\t\r").find(s[0]) != std::string::npos && !plain_number(s);
  if (!formula && s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = formula ? "\"'" : "\"";
  for (char ch : s) {
    if (ch == '"') out += '"';
    out += ch;
  }
  return out + "\"";
}

// A link from the report's folder to a file: always a relative path, every byte but letters,
// digits, "-._~" and "/" percent-encoded, so that no file name can become a scheme
// ("javascript:"), a query or a fragment. Empty when no relative path can be made.
std::string relative_link(const fs::path& target, const fs::path& base) {
  const fs::path rel = target.lexically_relative(base);
  if (rel.empty() || rel.is_absolute()) return {};
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char ch : rel.generic_string()) {
    if (std::isalnum(ch) || ch == '-' || ch == '.' || ch == '_' || ch == '~' || ch == '/') {
      out += static_cast<char>(ch);
    } else {
      out += '%';
      out += hex[ch >> 4];
      out += hex[ch & 15];
    }
  }
  if (out.empty() || out[0] == '/') return {};
  return out;
}

namespace {

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

std::string by_kind_text(const std::map<std::string, int>& m) {
  std::vector<std::string> parts;
  for (const auto& [k, v] : m) parts.push_back(k + "=" + std::to_string(v));
  return join(parts, "; ");
}

std::string rungs_text(const std::vector<std::pair<std::string, std::string>>& rungs) {
  std::vector<std::string> parts;
  for (const auto& [name, rung] : rungs) parts.push_back(name + ": " + rung);
  return join(parts, "; ");
}

// "refused=2; left=1": how many stuck points of each kind, in the results' order of kinds.
std::string stuck_text(const std::vector<ReportStuck>& stuck) {
  std::vector<std::string> parts;
  for (const char* kind : {"refused", "left", "cut_off", "need_not_found"}) {
    const auto n = std::count_if(stuck.begin(), stuck.end(), [&](const ReportStuck& s) { return s.kind == kind; });
    if (n > 0) parts.push_back(std::string(kind) + "=" + std::to_string(n));
  }
  return join(parts, "; ");
}

}  // namespace

std::string report_csv(const std::vector<ReportRun>& runs) {
  std::string out =
      "name,scenario,workshop,mode,attempt,counted,seed,registration,need_found,need_found_when,enjoyment,value,"
      "value_by_kind,rungs,introductions,ideas_met,game_minutes,events_played,stopped_because,stuck_points\n";
  for (const auto& r : runs) {
    const std::vector<std::string> row = {r.player,
                                          r.scenario_id,
                                          r.workshop,
                                          r.mode,
                                          std::to_string(r.attempt),
                                          r.counted ? "true" : "false",
                                          r.seed,
                                          r.registration,
                                          r.need_found ? "yes" : "no",
                                          r.need_found_when,
                                          std::to_string(r.enjoyment),
                                          std::to_string(r.value),
                                          by_kind_text(r.value_by_kind),
                                          rungs_text(r.rungs),
                                          join(r.introductions, "; "),
                                          join(r.ideas, "; "),
                                          std::to_string(r.game_minutes),
                                          std::to_string(r.events_played),
                                          r.stopped_because,
                                          stuck_text(r.stuck)};
    std::string line;
    for (std::size_t i = 0; i < row.size(); ++i) line += (i ? "," : "") + csv_field(row[i]);
    out += line + "\n";
  }
  return out;
}

std::string interrupted_why(const ReportRun& r) {
  if (r.stopped_because == "finished") return {};
  if (r.playing) return "playing now";
  if (r.stopped_because.empty()) return "not finished yet";
  return r.stopped_because;
}

std::string live_page(std::string page, int every_seconds, const std::string& updated, std::size_t playing) {
  const std::string refresh = every_seconds > 0 ? "<meta http-equiv=\"refresh\" content=\"" +
                                                      std::to_string(every_seconds) + "\">"
                                                : std::string();
  if (const auto at = page.find("<meta charset=\"utf-8\">"); at != std::string::npos)
    page.insert(at + 22, refresh);
  std::string line = "<p id=\"live\" class=\"live\">";
  if (every_seconds > 0)
    line += "Live: updated at " + html_escape(updated) + ", again every " + std::to_string(every_seconds) +
            " seconds. " + std::to_string(playing) + (playing == 1 ? " run is" : " runs are") +
            " being played now; where people got stuck includes them as they go.</p>\n";
  else
    line += "Last updated at " + html_escape(updated) + ", when watching stopped.</p>\n";
  if (const auto at = page.find("</h1>\n"); at != std::string::npos) page.insert(at + 6, line);
  return page;
}

// ---- HTML -------------------------------------------------------------------------------------

std::string html_escape(const std::string& s) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += ch;
    }
  }
  return out;
}

namespace {

std::string esc(const std::string& s) { return html_escape(s); }

std::string signed_text(int v) { return (v > 0 ? "+" : "") + std::to_string(v); }

std::string fmt(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// At most this many places in "Where people got stuck"; each trainee's section lists all theirs.
constexpr std::size_t kMaxStuckPlaces = 25;

// How a conversation ended right after a choice (the results' choice_endings), in words.
std::string ending_words(const std::string& ending) {
  if (ending == "parted-well") return "it ended well";
  if (ending == "parted-politely") return "you left politely";
  if (ending == "cut-short") return "you walked off";
  if (ending == "awkward") return "it turned awkward";
  return "it ended (" + ending + ")";
}

// A stuck point's kind, in words.
std::string stuck_words(const std::string& kind) {
  if (kind == "refused") return "tried something that was refused";
  if (kind == "left") return "walked away mid-talk";
  if (kind == "cut_off") return "cut off mid-talk";
  if (kind == "need_not_found") return "did not find the need";
  return kind;
}

std::string label(const ReportRun& r) {
  std::string l = r.player.empty() ? std::string("(no name)") : r.player;
  if (r.attempt > 1) l += " (attempt " + std::to_string(r.attempt) + ")";
  return l;
}

// Enjoyment and value for every run, side by side.
std::string scores_chart(const std::vector<ReportRun>& runs) {
  int top = 1;
  for (const auto& r : runs) top = std::max({top, r.enjoyment, r.value});
  const int row = 34, left = 190, width = 520, h = 30 + row * static_cast<int>(runs.size());
  std::ostringstream o;
  o << "<svg class=\"chart\" id=\"scores-chart\" role=\"img\" aria-label=\"Enjoyment and value for each run\" "
       "width=\"" << left + width + 60 << "\" height=\"" << h << "\" viewBox=\"0 0 " << left + width + 60 << " " << h
    << "\">";
  o << "<rect x=\"" << left << "\" y=\"4\" width=\"12\" height=\"12\" class=\"enjoy\"/><text x=\"" << left + 18
    << "\" y=\"15\">enjoyment</text><rect x=\"" << left + 110 << "\" y=\"4\" width=\"12\" height=\"12\" class=\"value\"/><text x=\""
    << left + 128 << "\" y=\"15\">value</text>";
  int y = 28;
  for (const auto& r : runs) {
    const double we = width * std::max(0, r.enjoyment) / static_cast<double>(top);
    const double wv = width * std::max(0, r.value) / static_cast<double>(top);
    o << "<g class=\"run-bars\"><text x=\"" << left - 8 << "\" y=\"" << y + 18 << "\" text-anchor=\"end\">"
      << esc(label(r)) << "</text>";
    o << "<rect class=\"enjoy\" x=\"" << left << "\" y=\"" << y + 2 << "\" width=\"" << fmt(we) << "\" height=\"13\"/>";
    o << "<text class=\"num\" x=\"" << fmt(left + we + 4) << "\" y=\"" << y + 13 << "\">" << r.enjoyment << "</text>";
    o << "<rect class=\"value\" x=\"" << left << "\" y=\"" << y + 16 << "\" width=\"" << fmt(wv) << "\" height=\"13\"/>";
    o << "<text class=\"num\" x=\"" << fmt(left + wv + 4) << "\" y=\"" << y + 27 << "\">" << r.value << "</text></g>";
    y += row;
  }
  o << "</svg>";
  return o.str();
}

// The game's ideas in their order, then any others the runs name.
std::vector<std::string> idea_list(const std::vector<ReportRun>& runs) {
  std::vector<std::string> ideas;
  for (int i = 0; i <= static_cast<int>(sim::Idea::ConnectingPeople); ++i)
    ideas.push_back(sim::idea_title(static_cast<sim::Idea>(i)));
  for (const auto& r : runs)
    for (const auto& i : r.ideas)
      if (std::find(ideas.begin(), ideas.end(), i) == ideas.end()) ideas.push_back(i);
  return ideas;
}

std::string ideas_chart(const std::vector<ReportRun>& runs) {
  const std::vector<std::string> ideas = idea_list(runs);
  const int row = 26, left = 260, width = 420, total = std::max<int>(1, static_cast<int>(runs.size()));
  const int h = 10 + row * static_cast<int>(ideas.size());
  std::ostringstream o;
  o << "<svg class=\"chart\" id=\"ideas-chart\" role=\"img\" aria-label=\"How many runs met each idea\" width=\""
    << left + width + 80 << "\" height=\"" << h << "\" viewBox=\"0 0 " << left + width + 80 << " " << h << "\">";
  int y = 6;
  for (const auto& idea : ideas) {
    int n = 0;
    for (const auto& r : runs) n += std::count(r.ideas.begin(), r.ideas.end(), idea) > 0 ? 1 : 0;
    const double w = width * n / static_cast<double>(total);
    o << "<g class=\"idea-bar\" data-idea=\"" << esc(idea) << "\" data-count=\"" << n << "\"><text x=\"" << left - 8
      << "\" y=\"" << y + 15 << "\" text-anchor=\"end\">" << esc(idea) << "</text><rect class=\"track\" x=\"" << left
      << "\" y=\"" << y + 3 << "\" width=\"" << width << "\" height=\"16\"/><rect class=\"idea\" x=\"" << left
      << "\" y=\"" << y + 3 << "\" width=\"" << fmt(w) << "\" height=\"16\"/><text class=\"num\" x=\""
      << left + width + 6 << "\" y=\"" << y + 15 << "\">" << n << " of " << runs.size() << "</text></g>";
    y += row;
  }
  o << "</svg>";
  return o.str();
}

}  // namespace

std::string report_html(const std::vector<ReportRun>& every_run, const std::string& title, const fs::path& link_base,
                        bool all_runs) {
  return report_pages(every_run, title, link_base, all_runs, "runs.html").page;
}

ReportPages report_pages(const std::vector<ReportRun>& every_run, const std::string& title, const fs::path& link_base,
                         bool all_runs, const std::string& details_name) {
  // A big cohort's runs, each in full, go to a page of their own beside the cohort's.
  const bool apart = every_run.size() > kRunsOnOnePage;
  const std::string run_page = apart ? relative_link(fs::path("/") / details_name, fs::path("/")) : std::string();
  auto run_href = [&](std::size_t index) { return run_page + "#run-" + std::to_string(index + 1); };
  // The cohort's figures use these; each run's own row and section keep their place in
  // every_run (anchors run-1, run-2, ... count every run).
  std::vector<ReportRun> runs;
  std::vector<std::size_t> anchor;  // runs[i] is every_run[anchor[i]]
  for (std::size_t i = 0; i < every_run.size(); ++i)
    if (all_runs || every_run[i].counted) {
      runs.push_back(every_run[i]);
      anchor.push_back(i);
    }
  const std::size_t not_counted = static_cast<std::size_t>(
      std::count_if(every_run.begin(), every_run.end(), [](const ReportRun& r) { return !r.counted; }));
  std::ostringstream o;
  const std::string style = "<style>\n"
       "body{font-family:'DejaVu Sans',Arial,sans-serif;margin:24px 32px;color:#222;background:#fbfaf7;max-width:1100px}\n"
       "h1{font-size:26px;margin-bottom:4px}h2{font-size:20px;margin-top:32px;border-bottom:2px solid #d9d3c7}\n"
       "h3{font-size:17px}table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #d9d3c7;padding:4px 8px;"
       "text-align:left;vertical-align:top;font-size:14px}th{background:#efe9de}\n"
       ".chart text,.curve text{font-size:12px;fill:#333}.enjoy{fill:#e0913a}.value{fill:#3a7fbf}.idea{fill:#5b9a5b}"
       ".track{fill:#ece7dc}.num{fill:#555}\n"
       ".enjoy-line{fill:none;stroke:#e0913a;stroke-width:2}.value-line{fill:none;stroke:#3a7fbf;stroke-width:2}"
       ".frame{fill:#fff;stroke:#d9d3c7}\n"
       ".curves{display:flex;flex-wrap:wrap;gap:16px}.curves figure{margin:0}.curves figcaption{font-size:13px}\n"
       ".trainee{border-top:3px solid #d9d3c7;margin-top:36px;page-break-before:always}.muted{color:#777}\n"
       ".stuck{color:#a33}\n"
       ".grid,.axis{stroke:#ddd6c8;stroke-width:0.6}.axis{stroke:#888}.tick{font-size:9px;fill:#555}"
       ".panel-title{font-size:11px;font-weight:bold;fill:#333}.range{fill:#d4d0c8;opacity:0.7}"
       ".median{fill:none;stroke:#555;stroke-width:1.2;stroke-dasharray:4 3}.end-value{font-size:10px;fill:#222}\n"
       ".grid-table td.met{background:#dcefd9;text-align:center}.grid-table td.not-met{color:#aaa;text-align:center}"
       ".idea-col{font-size:12px;max-width:90px}a.sort{text-decoration:none;padding:0 2px}\n"
       "@media print{a.sort{display:none}.range{fill:#ccc;opacity:1}body{background:#fff}}\n"
       "</style>\n";
  o << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << esc(title) << "</title>\n"
    << style << kSortScript << "</head><body>\n";
  o << "<h1>" << esc(title) << "</h1>\n";
  std::set<std::string> scenarios, workshops;
  for (const auto& r : runs) {
    scenarios.insert(r.scenario_title.empty() ? r.scenario_id : r.scenario_title);
    if (!r.workshop.empty()) workshops.insert(r.workshop);
  }
  o << "<p class=\"summary\" id=\"summary\">" << runs.size() << (runs.size() == 1 ? " run" : " runs");
  std::set<std::string> people;
  for (const auto& r : runs) people.insert(r.player);
  o << " by " << people.size() << (people.size() == 1 ? " trainee" : " trainees");
  if (!scenarios.empty()) {
    std::vector<std::string> v(scenarios.begin(), scenarios.end());
    o << ", playing " << esc(join(v, ", "));
  }
  o << ".";
  if (not_counted > 0 && !all_runs)
    o << " " << not_counted << (not_counted == 1 ? " more run is" : " more runs are")
      << " not counted (a later attempt in assessed mode): listed with the others below, but left out of "
         "the cohort's figures (<code>mingle report --all-runs</code> puts them in).";
  else if (not_counted > 0)
    o << " All runs are in the figures, the " << not_counted << " not counted (a later attempt in assessed mode) too.";
  o << "</p>\n";
  if (every_run.empty()) {
    o << "<p>There are no runs to show yet.</p></body></html>\n";
    return {o.str(), {}};
  }

  o << "<h2 id=\"scores\">The cohort's scores</h2>\n" << scores_chart(runs) << "\n";
  o << "<table id=\"scores-table\"><tr><th>Trainee</th><th>Mode</th><th>Counted</th><th>How it ended</th>"
       "<th>Need found</th><th>Enjoyment</th><th>Value</th><th>Value by kind</th><th>Game minutes</th></tr>\n";
  for (std::size_t i = 0; i < every_run.size(); ++i) {
    const auto& r = every_run[i];
    const std::string why = interrupted_why(r);
    o << "<tr class=\"" << (r.counted ? "counted" : "not-counted") << (why.empty() ? "" : " interrupted")
      << "\"><td><a href=\"" << run_href(i) << "\">" << esc(label(r)) << "</a></td><td>" << esc(r.mode) << "</td><td>"
      << (r.counted ? "yes" : "no") << "</td><td>" << (why.empty() ? std::string("finished") : r.playing ? std::string("playing now") : "stopped: " + esc(why))
      << "</td><td>"
      << (r.need_found ? "yes, " + esc(r.need_found_when) : why.empty() ? std::string("no") : std::string("not yet"))
      << "</td><td>" << r.enjoyment << "</td><td>" << r.value << "</td><td>" << esc(by_kind_text(r.value_by_kind))
      << "</td><td>" << r.game_minutes << "</td></tr>\n";
  }
  o << "</table>\n";

  // Where people got stuck, by place (the person and the line): what the runs recorded
  // (refused attempts, talks left or cut off, needs not found) and the choices just before a
  // conversation was cut short or turned awkward; the places most runs got stuck first.
  struct Place {
    std::string person, node;
    std::map<std::string, int> what;  // the words for what happened -> times
    std::set<std::size_t> runs;
    std::vector<std::string> examples;  // a few different details, as written
    int times = 0;
  };
  std::map<std::string, Place> places;
  auto note = [&](std::size_t run, const std::string& person, const std::string& node, const std::string& what,
                  const std::string& example) {
    Place& p = places[person + "\n" + node];
    p.person = person;
    p.node = node;
    ++p.what[what];
    p.runs.insert(run);
    ++p.times;
    if (p.examples.size() < 3 && std::find(p.examples.begin(), p.examples.end(), example) == p.examples.end())
      p.examples.push_back(example);
  };
  for (std::size_t i = 0; i < runs.size(); ++i) {
    for (const auto& c : runs[i].choices)
      if (c.ending == "cut-short" || c.ending == "awkward")
        note(i, c.person, c.dialogue.empty() ? c.node : c.dialogue + "/" + c.node,
             c.ending == "awkward" ? "turned awkward after a choice" : "walked off after a choice",
             "\u201c" + c.text + "\u201d: " + ending_words(c.ending));
    for (const auto& st : runs[i].stuck) note(i, st.person, st.node, stuck_words(st.kind), st.detail);
  }
  std::vector<Place> place_list;
  for (auto& [k, v] : places) place_list.push_back(v);
  std::stable_sort(place_list.begin(), place_list.end(), [](const Place& a, const Place& b) {
    return a.runs.size() != b.runs.size() ? a.runs.size() > b.runs.size() : a.times > b.times;
  });
  o << "<h2 id=\"stuck\">Where people got stuck</h2>\n";
  if (place_list.empty()) {
    o << "<p class=\"muted\">Nobody was refused, walked away, was cut off mid-talk or missed a need, and no "
         "conversation ended cut short or awkwardly right after a choice.</p>\n";
  } else {
    o << "<table id=\"stuck-table\"><tr><th>Where</th><th>What happened</th><th>Runs</th><th>Who</th>"
         "<th>For example</th></tr>\n";
    for (std::size_t i = 0; i < place_list.size() && i < kMaxStuckPlaces; ++i) {
      const auto& p = place_list[i];
      std::vector<std::string> what, who;
      for (const auto& [w, n] : p.what) what.push_back(w + (n > 1 ? " (" + std::to_string(n) + " times)" : ""));
      for (std::size_t r : p.runs) who.push_back(label(runs[r]));
      o << "<tr class=\"stuck-row\"><td>" << (p.person.empty() ? std::string("(nobody in particular)") : esc(p.person));
      if (!p.node.empty()) o << " <span class=\"muted\">(" << esc(p.node) << ")</span>";
      o << "</td><td>" << esc(join(what, "; ")) << "</td><td>" << p.runs.size() << " of " << runs.size() << "</td><td>"
        << esc(join(who, ", ")) << "</td><td>";
      for (std::size_t e = 0; e < p.examples.size(); ++e) o << (e ? "<br>" : "") << esc(p.examples[e]);
      o << "</td></tr>\n";
    }
    o << "</table>\n";
    if (place_list.size() > kMaxStuckPlaces)
      o << "<p class=\"muted\">" << place_list.size() - kMaxStuckPlaces
        << " more places, each in fewer runs, are listed in each trainee's own section below.</p>\n";
  }

  o << "<h2 id=\"ideas\">Which ideas were met</h2>\n" << ideas_chart(runs) << "\n";

  std::vector<std::string> labels;
  for (const auto& r : runs) labels.push_back(label(r));
  std::vector<std::string> hrefs;
  for (std::size_t i : anchor) hrefs.push_back(run_href(i));
  o << "<h3 id=\"idea-grid-heading\">Each trainee and each idea</h3>\n" << idea_grid(runs, hrefs, labels, idea_list(runs));

  o << "<h2 id=\"need\">Who found what they came for, and when</h2>\n<p class=\"muted\">Sort by any column with its "
       "arrows. Minutes into the event count from the event's start for that trainee.</p>\n"
    << need_table(runs, hrefs, labels);

  const CurveFrame frame = curve_frame(runs);
  o << "<h2 id=\"curves\">The evenings, side by side</h2>\n" << curve_defs(runs, frame)
    << "<p class=\"muted\">Game time runs left to right, event by event; every chart has the same scale. The grey "
       "band is the cohort's range (its lowest to its highest), the dashed line its median.</p>\n"
    << cohort_curves() << "\n<h3>Each trainee's evening over the cohort's</h3>\n<p class=\"muted\">Their enjoyment "
       "in orange and their value in blue, with the figure they ended on; the band and the median behind are the "
       "cohort's.</p>\n<div class=\"curves\">\n";
  for (std::size_t i = 0; i < runs.size(); ++i)
    o << "<figure>" << run_curves(runs[i], frame, anchor[i] + 1, esc(labels[i])) << "<figcaption><a href=\""
      << hrefs[i] << "\">" << esc(labels[i]) << "</a></figcaption></figure>\n";
  o << "</div>\n";

  std::ostringstream page_of_runs;
  if (apart) {
    o << "<p id=\"runs-apart\">Each run in full (its debrief, choices and where it got stuck) is on <a href=\""
      << run_page << "\">a page of its own</a>: " << every_run.size() << " runs are too many for one page.</p>\n";
    page_of_runs << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << esc(title)
                 << ": each run</title>\n" << style << "</head><body>\n<h1>" << esc(title) << ": each run</h1>\n";
  }
  for (std::size_t i = 0; i < every_run.size(); ++i) {
    std::ostringstream& out = apart ? page_of_runs : o;
    const auto& r = every_run[i];
    out << "<section class=\"trainee\" id=\"run-" << i + 1 << "\" data-player=\"" << esc(r.player) << "\">\n<h2>"
      << esc(label(r)) << "</h2>\n<p>" << esc(r.scenario_title.empty() ? r.scenario_id : r.scenario_title);
    if (!r.workshop.empty()) out << ", in " << esc(r.workshop) << " (" << esc(r.mode) << ")";
    out << ". Seed " << esc(r.seed) << ", " << r.game_minutes << " game minutes";
    if (!r.stopped_because.empty()) out << ", ended: " << esc(r.stopped_because);
    out << ".";
    if (!r.counted) out << " <strong class=\"not-counted\">Not counted</strong> (a later attempt in assessed mode).";
    if (const std::string why = interrupted_why(r); !why.empty() && !r.stopped_because.empty())
      out << " <strong class=\"interrupted\">Stopped before the end.</strong>";
    else if (r.playing)
      out << " <strong class=\"interrupted playing\">Playing now</strong> (what it has told the learning record store so far).";
    else if (!why.empty())
      out << " <strong class=\"interrupted\">Not finished yet</strong> (the results were written when an event ended).";
    out << "</p>\n<p class=\"source\">";  // the one line that says which source the run came from
    if (r.source != "LRS") {
      std::error_code ec;
      const std::string link = relative_link(fs::absolute(r.source, ec).lexically_normal(),
                                             fs::absolute(link_base, ec).lexically_normal());
      if (!link.empty())
        out << "<a class=\"results-link\" href=\"" << esc(link) << "\">The results file</a> (mingle --replay plays it back).";
      else
        out << "The results file: " << esc(r.source) << " (mingle --replay plays it back).";
    } else {
      out << "Read from the learning record store; the trainee's results file (mingle --replay plays it back) is on "
           "the computer they played on.";
    }
    out << "</p>\n<p>Enjoyment " << r.enjoyment << ", value " << r.value << ". "
      << (r.need_found ? "Found what they came for, " + esc(r.need_found_when) + "." : std::string("Did not find what they came for."))
      << "</p>\n";
    for (std::size_t e = 0; e < r.went_well.size(); ++e) {
      out << "<h3>Event " << r.went_well[e].first << "</h3>\n";
      for (const auto& sc : r.event_scores)
        if (sc.event == r.went_well[e].first)
          out << "<p>This event: enjoyment " << signed_text(sc.enjoyment) << ", value " << signed_text(sc.value)
            << ". Running total: enjoyment " << sc.enjoyment_total << ", value " << sc.value_total << ".</p>\n";
      if (!r.went_well[e].second.empty()) {
        out << "<p>What went well:</p><ul>";
        for (const auto& l : r.went_well[e].second) out << "<li>" << esc(l) << "</li>";
        out << "</ul>\n";
      }
      if (e < r.to_try.size() && !r.to_try[e].second.empty()) {
        out << "<p>Next time, try:</p><ul>";
        for (const auto& l : r.to_try[e].second) out << "<li>" << esc(l) << "</li>";
        out << "</ul>\n";
      }
    }
    if (!r.rungs.empty()) {
      out << "<h3>People</h3><ul>";
      for (const auto& [name, rung] : r.rungs) out << "<li>" << esc(name) << ": " << esc(rung) << "</li>";
      out << "</ul>\n";
    }
    if (!r.introductions.empty()) {
      out << "<h3>Introductions</h3><ul>";
      for (const auto& l : r.introductions) out << "<li>" << esc(l) << "</li>";
      out << "</ul>\n";
    }
    if (!r.choices.empty()) {
      out << "<h3>Choices and the coach's notes</h3><table class=\"choices\"><tr><th>Time</th><th>Said</th><th>Coach</th></tr>";
      for (const auto& c : r.choices) {
        out << "<tr" << (c.ending == "cut-short" || c.ending == "awkward" ? " class=\"stuck\"" : "") << "><td>"
          << esc(c.time) << "</td><td>&ldquo;" << esc(c.text) << "&rdquo;";
        if (!c.ending.empty()) out << " <span class=\"muted\">(" << esc(ending_words(c.ending)) << ")</span>";
        out << "</td><td>" << esc(c.coach) << "</td></tr>";
      }
      out << "</table>\n";
    }
    if (!r.stuck.empty()) {
      out << "<h3>Where they got stuck</h3><ul class=\"stuck-points\">";
      for (const auto& st : r.stuck)
        out << "<li class=\"stuck\">Event " << st.event << (st.time.empty() ? "" : ", " + esc(st.time)) << ": "
          << esc(stuck_words(st.kind)) << ". " << esc(st.detail) << "</li>";
      out << "</ul>\n";
    }
    out << "<h3>Ideas met</h3><p>" << (r.ideas.empty() ? std::string("None yet.") : esc(join(r.ideas, ", ")) + ".")
      << "</p>\n</section>\n";
  }
  o << "</body></html>\n";
  ReportPages pages;
  pages.page = o.str();
  if (apart) {
    page_of_runs << "</body></html>\n";
    pages.details = page_of_runs.str();
  }
  return pages;
}

}  // namespace mingle::cli
