#include "cli/play_text.h"

#include "cli/results_json.h"
#include "core/sim/clock.h"
#include "core/sim/commands.h"
#include "core/sim/debrief.h"
#include "core/sim/relationship.h"
#include "core/sim/results.h"
#include "core/util/atomic_file.h"
#include "core/sim/save.h"
#include "core/sim/views.h"

#include <cctype>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

namespace mingle::cli {

using namespace mingle::sim;

namespace {

const char* kHelp =
    "What you can do:\n"
    "  look                      who is in the room, where, and their badges\n"
    "  talk <person>             start a conversation (e.g. 'talk grace')\n"
    "  choose <n>                pick choice n in the conversation\n"
    "  leave                     excuse yourself mid-conversation\n"
    "  go <zone>                 walk to a part of the room\n"
    "  join <person>             join the group around someone\n"
    "  ask-intro <a> <b>         ask a to introduce you to b\n"
    "  introduce <a> <b>         introduce two people you know to each other\n"
    "  invite <person> <kind>    coffee, lunch, drinks or personal\n"
    "  wait <minutes>            let time pass\n"
    "  end                       leave the event (your debrief follows)\n"
    "  follow-up <person>        after an event: do what you promised\n"
    "  next                      after an event: go on to the next one\n"
    "  notebook                  people you've met, what they have, hints\n"
    "  status                    the clock and your scores\n"
    "  save <file>               save the run to a file\n"
    "  load <file>               go back to a saved run\n"
    "  help                      this list\n"
    "  quit                      stop here (your results are written)\n";

std::string name_of(const Person& p) { return p.name.empty() ? p.id : p.name; }

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

class TextPlayer {
 public:
  TextPlayer(const Campaign& c, const PlayOptions& o, std::ostream& out)
      : c_(c), opt_(o), out_(out), s_(start_run(c, o.seed)) {}

  int run(std::istream& in) {
    intro();
    std::string line;
    while (s_.phase != Phase::Finished) {
      if (opt_.prompt) out_ << "> " << std::flush;
      if (!std::getline(in, line) || (opt_.interrupted && *opt_.interrupted)) break;
      line = trim(line);
      if (line.empty() || line[0] == '#') continue;
      if (opt_.echo) out_ << "> " << line << "\n";
      if (!handle(line)) return finish("you quit", failed_ ? 1 : 0);
      if (failed_) return finish("a command was refused under --strict", 1);
    }
    if (opt_.interrupted && *opt_.interrupted) {
      out_ << "\n";
      return finish("interrupted", 0);
    }
    return finish(s_.phase == Phase::Finished ? "" : "the commands ran out", 0);
  }

 private:
  const Campaign& c_;
  const PlayOptions& opt_;
  std::ostream& out_;
  RunState s_;
  bool failed_ = false;

  const Event& event() const { return current_event(c_, s_); }

  void intro() {
    const Event& e = event();
    if (!c_.title.empty() && c_.steps.size() > 1) out_ << c_.title << "\n" << c_.intro << "\n\n";
    event_intro(e);
    out_ << "Type 'help' for what you can do.\n\n";
    look();
  }

  void event_intro(const Event& e) {
    out_ << "== " << e.title << " (" << clock_text(e.starts) << " to " << clock_text(e.ends) << ") ==\n";
    if (!e.brief.empty()) out_ << trim(e.brief) << "\n";
    if (!e.player.role.empty()) out_ << "You are: " << e.player.role << ".\n";
    for (const auto& n : e.player.needs) out_ << "You came to find: " << (n.label.empty() ? n.item : n.label) << ".\n";
    for (const auto& n : e.player.side_goals)
      out_ << "It would be nice to find: " << (n.label.empty() ? n.item : n.label) << ".\n";
  }

  // Returns false when the player quits.
  bool handle(const std::string& line) {
    std::istringstream words(line);
    std::string head, arg;
    words >> head >> arg;
    for (char& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (head == "help") {
      out_ << kHelp;
      return true;
    }
    if (head == "look") return look(), true;
    if (head == "notebook") return notebook(), true;
    if (head == "status") return status(), true;
    if (head == "quit" || head == "exit") return false;
    if (head == "save") {
      save(arg);
      return true;
    }
    if (head == "load") {
      load(arg);
      return true;
    }
    std::string error;
    auto cmd = parse_command(line, error);
    if (!cmd) {
      out_ << "  " << error << "\n";
      if (opt_.strict) failed_ = true;
      return true;
    }
    CommandResult r = apply(c_, s_, *cmd);
    if (!r.ok) {
      out_ << "  Not just now: " << r.reason << "\n";
      if (opt_.strict) failed_ = true;
      return true;
    }
    // Practice mode: the coach speaks up at once, right after what you said (as in the
    // window); otherwise the notes wait for the debrief.
    const bool coach_now = opt_.practice && cmd->verb == Verb::Choose && !s_.choices.empty() &&
                           !s_.choices.back().coach.empty();
    for (std::size_t i = 0; i < r.messages.size(); ++i) {
      out_ << r.messages[i] << "\n";
      if (i == 0 && coach_now) out_ << "  (Coach: " << s_.choices.back().coach << ")\n";
    }
    if (opt_.on_change) opt_.on_change(c_, s_);
    if (r.event_ended) {
      debrief_event();
      for (const auto& m : r.after_event) out_ << m << "\n";
      write();
    }
    if (r.run_finished) return true;
    if (cmd->verb == Verb::Next && s_.phase == Phase::Event) {
      out_ << "\n";
      event_intro(event());
      look();
    }
    show_conversation();
    return true;
  }

  void show_conversation() {
    const ConversationView v = conversation_view(c_, s_);
    if (!v.active) return;
    for (const auto& ch : v.choices) {
      out_ << "  " << ch.number << ". " << ch.choice->text;
      if (!ch.available) out_ << "  [not now: " << ch.reason << "]";
      out_ << "\n";
    }
  }

  void look() {
    const RoomView v = room_view(c_, s_);
    if (s_.phase != Phase::Event) {
      out_ << "The event is over. 'follow-up <person>', 'invite <person> <kind>' or 'next'.\n";
      return;
    }
    out_ << clock_text(s_.clock) << " at " << (event().room.name.empty() ? v.event_title : event().room.name);
    if (!v.slot_note.empty()) out_ << ". " << v.slot_note;
    out_ << ".\n";
    if (v.people.empty()) out_ << "Nobody is in the room just now.\n";
    for (const auto& p : v.people) {
      out_ << "  " << p.person->id << ": " << name_of(*p.person);
      std::string badge = p.person->role;
      if (!p.person->organisation.empty()) badge += (badge.empty() ? "" : ", ") + p.person->organisation;
      if (!badge.empty()) out_ << " (" << badge << ")";
      out_ << ", " << p.zone_label;
      if (p.rung != Rung::Stranger) out_ << " [" << rung_phrase(p.rung) << "]";
      if (p.familiar) out_ << " [a familiar face]";
      if (p.needs_introduction) out_ << " [needs an introduction]";
      if (!p.available) out_ << " [" << p.reason << "]";
      out_ << "\n";
    }
    if (!v.away.empty()) {
      out_ << "  Not here right now:";
      for (std::size_t i = 0; i < v.away.size(); ++i) out_ << (i ? ", " : " ") << name_of(*v.away[i]);
      out_ << ".\n";
    }
    show_conversation();
  }

  void notebook() {
    const Notebook nb = notebook_view(c_, s_);
    out_ << "Notebook\n";
    for (const auto& n : nb.needs) out_ << "  Goal: " << n << "\n";
    if (nb.people.empty()) out_ << "  You haven't met anyone yet.\n";
    for (const auto& e : nb.people) {
      out_ << "  " << name_of(*e.person) << " (" << e.person->id << "): " << rung_phrase(e.rung);
      out_ << ", regard " << e.regard << ", rapport " << e.rapport << "\n";
      if (!e.how.empty()) out_ << "    " << e.how << "\n";
      for (const auto& h : e.holds) out_ << "    Has: " << h << "\n";
      for (const auto& h : e.received) out_ << "    Gave you: " << h << "\n";
      for (const auto& f : e.follow_ups_due) out_ << "    You promised to follow up about " << f << "\n";
    }
    if (!nb.hints.empty()) {
      out_ << "  Things you've learned:";
      for (std::size_t i = 0; i < nb.hints.size(); ++i) {
        std::string hint = nb.hints[i];
        for (char& ch : hint)
          if (ch == '-' || ch == '_') ch = ' ';
        out_ << (i ? "; " : " ") << hint;
      }
      out_ << "\n";
    }
  }

  void status() {
    const StatusView v = status_view(c_, s_);
    out_ << "Event " << v.event_no << " of " << v.event_count << ": " << v.event_title << "\n";
    if (v.phase == Phase::Event)
      out_ << "  It's " << v.clock << "; the event ends at " << v.ends << " (" << v.time_left << " minutes left).\n";
    else
      out_ << "  The event is over (" << to_string(v.phase) << ").\n";
    out_ << "  Enjoyment " << v.enjoyment << ", value " << v.value << ". ";
    out_ << (v.need_found ? "You've found what you came for." : "You haven't found what you came for yet.") << "\n";
    if (!v.in_conversation_with.empty()) out_ << "  You're talking with " << v.in_conversation_with << ".\n";
  }

  void save(const std::string& path) {
    if (path.empty()) {
      out_ << "  Write it as: save <file>.\n";
      return;
    }
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f << save_run(c_, s_);
    out_ << (f ? "  Saved to " + path + ".\n" : "  Couldn't write " + path + ".\n");
  }

  // Restores a save made with `save`. The run goes on from there, with the save's own command
  // list, so the results still replay from their `commands`.
  void load(const std::string& path) {
    if (path.empty()) {
      out_ << "  Write it as: load <file>.\n";
      return;
    }
    std::ifstream f(path, std::ios::binary);
    if (!f) {
      out_ << "  Couldn't read " << path << ".\n";
      if (opt_.strict) failed_ = true;
      return;
    }
    std::ostringstream text;
    text << f.rdbuf();
    LoadedRun loaded = load_run(c_, text.str());
    if (!loaded.state) {
      out_ << "  " << loaded.error << "\n";
      if (opt_.strict) failed_ = true;
      return;
    }
    s_ = std::move(*loaded.state);
    out_ << "  Loaded " << path << ".\n";
    for (const auto& n : loaded.notes) out_ << "  Note: " << n << "\n";
    if (s_.phase == Phase::Event) look();
  }

  // The same debrief as the window's (core/sim/debrief.h): praise first, then what to try,
  // then the people, the coach's notes, the asks explained, and the ideas practised.
  void debrief_event() {
    const DebriefView d = debrief_view(c_, s_, s_.event_no());
    out_ << "\n-- Debrief: " << d.title << " --\n";
    out_ << "Enjoyment " << d.enjoyment << ", value " << d.value << ".\n";
    auto list = [&](const char* heading, const std::vector<std::string>& lines) {
      if (lines.empty()) return;
      out_ << heading << "\n";
      for (const auto& l : lines) out_ << "  - " << l << "\n";
    };
    list("What went well:", d.went_well);
    list("Next time, try:", d.to_try);
    list("What you found:", d.found);
    out_ << "People:\n";
    for (const auto& p : d.people) {
      out_ << "  " << p.name << ": " << rung_title(p.rung);
      if (!p.how.empty()) out_ << " (" << p.how << ")";
      if (!p.spoke_this_event) out_ << " (you didn't speak this time)";
      out_ << "\n";
    }
    bool coached = false;
    for (const auto& ch : d.choices) {
      if (ch.coach.empty()) continue;
      if (!coached) out_ << "What your choices did:\n";
      coached = true;
      out_ << "  " << ch.clock << " \"" << ch.text << "\"\n    " << ch.coach << "\n";
    }
    list("Your asks:", d.asks);
    out_ << "The ideas you practised:\n";
    for (const auto& idea : d.ideas)
      out_ << "  [" << (idea.exercised ? "x" : " ") << "] " << idea_title(idea.idea) << ": " << idea.evidence << "\n";
    out_ << "\n";
  }

  void write() {
    if (!opt_.results) return;
    if (auto err = write_decorated(); !err.empty()) {
      out_ << "  " << err << "\n";
      write_failed_ = true;
    }
  }
  bool write_failed_ = false;
  std::string write_decorated() {
    if (!opt_.decorate_results) return write_results(*opt_.results, build_results(c_, s_));
    auto json = results_json(build_results(c_, s_));
    opt_.decorate_results(json, c_, s_);
    std::string error;
    write_file_atomically(*opt_.results,
                          json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n", error);
    return error;
  }

  int finish(const std::string& why, int code) {
    if (s_.phase != Phase::Finished) {
      const bool in_event = s_.phase == Phase::Event;
      stop_run(c_, s_, why);
      if (in_event) debrief_event();
    }
    if (opt_.on_change) opt_.on_change(c_, s_);
    write();
    out_ << "The run is over";
    if (!why.empty()) out_ << " (" << why << ")";
    out_ << ". Enjoyment " << s_.enjoyment << ", value " << s_.value << ".\n";
    if (opt_.results)
      out_ << "Results written to " << opt_.results->string() << ".\n";
    else
      out_ << "Add --results FILE to keep a results file.\n";
    return write_failed_ ? 1 : code;
  }
};

}  // namespace

int play_text(const Campaign& c, const PlayOptions& o, std::istream& in, std::ostream& out) {
  if (c.steps.empty()) {
    out << "There is no event to play.\n";
    return 1;
  }
  TextPlayer p(c, o, out);
  return p.run(in);
}

}  // namespace mingle::cli
