#include "cli/play_text.h"

#include "cli/season_text.h"
#include "cli/terminal_words.h"
#include "cli/wrap.h"
#include "core/sim/clock.h"
#include "core/sim/commands.h"
#include "core/sim/debrief.h"
#include "core/sim/relationship.h"
#include "core/sim/results.h"
#include "core/sim/results_file.h"
#include "core/sim/save.h"
#include "core/sim/season.h"
#include "core/sim/views.h"
#include "core/util/atomic_file.h"
#include "core/util/stop_request.h"  // SIGHUP, on Windows too

#include <algorithm>
#include <cstdlib>
#include <cctype>
#include <new>
#include <istream>
#include <ostream>
#include <sstream>
#include <streambuf>

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
    "  debrief [--all]           the last event's debrief again; --all: every choice, the\n"
    "                            people, your asks and the ideas you practised\n"
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

// [SECTION] Reading input ------------------------------------------------------------------------------

enum class LineRead { Line, TooLong, End };

// One line of input, at most kMaxCommandLineBytes long. A longer line is read to its end and
// dropped, a few bytes at a time, so a 100 MB line costs no memory. End: the input ended (or a
// read was interrupted by a signal).
LineRead read_line_bounded(std::istream& in, std::string& line) {
  line.clear();
  std::streambuf* buf = in.rdbuf();
  if (!buf || !in.good()) return LineRead::End;
  bool too_long = false, any = false;
  while (true) {
    const int ch = buf->sbumpc();
    if (ch == std::char_traits<char>::eof()) {
      in.setstate(std::ios::eofbit);
      return any ? (too_long ? LineRead::TooLong : LineRead::Line) : LineRead::End;
    }
    any = true;
    if (ch == '\n') return too_long ? LineRead::TooLong : LineRead::Line;
    if (line.size() < kMaxCommandLineBytes)
      line.push_back(static_cast<char>(ch));
    else
      too_long = true;
  }
}

// Why a run stopped on a signal, in the results' `stopped_because`.
std::string signal_reason(int sig) {
  if (sig == SIGTERM) return "the game was asked to stop";
  if (sig == SIGHUP) return "the terminal was closed";
  return "interrupted";
}

// A typed path with "~" or "~/..." read as the player's home folder, as a shell would (the
// game never makes a folder named "~"). Empty, with a sentence in error, when HOME is not set.
std::string home_expanded(const std::string& path, std::string& error) {
  if (path != "~" && path.rfind("~/", 0) != 0) return path;
  const char* home = std::getenv("HOME");
  if (!home || home[0] != '/') {
    error = "'~' means your home folder, but HOME is not set here; write the whole path instead.";
    return {};
  }
  return std::string(home) + path.substr(1);
}

// [SECTION] The player --------------------------------------------------------------------------------

class TextPlayer {
 public:
  // `out` is what the player reads (wrapped); `raw` the stream it goes to, whose error state
  // is cleared with out's.
  TextPlayer(const Campaign& c, const PlayOptions& o, std::ostream& out, std::ostream& raw)
      : c_(c), opt_(o), out_(out), raw_(raw), s_(start_run(c, o.seed)), player_(o.player) {}

  int run(std::istream& in) {
    // Whatever goes wrong inside (even running out of memory) ends the run like `quit`, with
    // the results written and a sentence saying what happened, never an abort.
    try {
      return play(in);
    } catch (const std::bad_alloc&) {
      return finish_after_failure("the game ran out of memory");
    } catch (const std::exception& e) {
      return finish_after_failure(std::string("something went wrong inside the game: ") + e.what());
    }
  }

 private:
  int play(std::istream& in) {
    intro();
    std::string line;
    while (now().phase != Phase::Finished) {
      if (opt_.prompt) out_ << "> " << std::flush;
      if (stop_signal()) break;
      const LineRead got = read_line_bounded(in, line);
      if (got == LineRead::End || stop_signal()) break;
      if (got == LineRead::TooLong) {
        out_ << "  That line is longer than " << kMaxCommandLineBytes
             << " bytes, the longest a command may be (docs/limits.md); it was skipped.\n";
        if (opt_.strict) return finish("a command was refused under --strict", 1);
        continue;
      }
      line = trim(line);
      if (line.empty() || line[0] == '#') continue;
      if (opt_.echo) out_ << "> " << line << "\n";
      if (!handle(line)) return finish("you quit", failed_ ? 1 : 0);
      if (failed_) return finish("a command was refused under --strict", 1);
      // Each answer goes out whole, at once (to a pipe or a file too). Nobody can read what
      // follows when the pipe or terminal is gone: stop as for quit.
      out_ << std::flush;
      if (!out_) {
        if (const int sig = stop_signal()) {  // a write cut short by the signal, not a closed output
          raw_.clear();
          out_.clear();
          return finish(signal_reason(sig), 0);
        }
        return finish("the output was closed", 0);
      }
    }
    if (const int sig = stop_signal()) {
      out_ << "\n";
      return finish(signal_reason(sig), 0);
    }
    return finish(now().phase == Phase::Finished ? "" : "the commands ran out", 0);
  }

  int stop_signal() const { return opt_.interrupted ? static_cast<int>(*opt_.interrupted) : 0; }

  // The results first, while there may be little memory left; then the usual ending.
  int finish_after_failure(const std::string& what) {
    try {
      if (now().phase != Phase::Finished) {
        const CommandResult stopped = stop_run(c_, s_, what);
        if (opt_.on_change) opt_.on_change(c_, s_, stopped);
      }
      write();
      out_ << "\n" << what << ". Your run stops here.\n";
      return std::max(1, finish(what, 1));
    } catch (const std::exception&) {
      return 1;
    }
  }

  const Campaign& c_;
  const PlayOptions& opt_;
  std::ostream& out_;
  std::ostream& raw_;
  RunState s_;
  bool failed_ = false;
  std::string player_;  // --player, or the name in a save loaded since

  const Event& event() const { return current_event(c_, s_); }
  StatusView now() const { return status_view(c_, s_); }

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
    std::string head;
    words >> head;
    for (char& ch : head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (head == "help") {
      out_ << kHelp;
      return true;
    }
    if (head == "look") return look(), true;
    if (head == "notebook") return notebook(), true;
    if (head == "status") return status(), true;
    if (head == "quit" || head == "exit") return false;
    if (head == "debrief") {
      std::string flag;
      words >> flag;
      const StatusView v = now();
      const int ended = v.phase == Phase::Event ? v.event_no - 1 : v.event_no;
      if (!flag.empty() && flag != "--all" && flag != "all")
        out_ << "  Write it as: debrief, or debrief --all for every choice, the people and the ideas.\n";
      else if (ended < 1)
        out_ << "  There is no debrief yet: it comes when an event ends.\n";
      else
        debrief_event(ended, !flag.empty());
      return true;
    }
    if (head == "save" || head == "load") {
      // The file is the rest of the line as written, spaces and all.
      const std::string path = trim(line.substr(line.find_first_of(" \t") == std::string::npos
                                                    ? line.size()
                                                    : line.find_first_of(" \t")));
      if (head == "save")
        save(path);
      else
        load(path);
      return true;
    }
    CommandResult unread;
    auto cmd = parse_command(line, unread);
    if (!cmd) {
      out_ << "  " << unread.reason << "\n";
      if (opt_.strict) failed_ = true;
      return true;
    }
    CommandResult r = apply(c_, s_, *cmd);
    if (!r.ok) {
      note_refused(c_, s_, *cmd, r);  // for the facilitator: where the player got stuck
      if (opt_.on_change) opt_.on_change(c_, s_, r);
      out_ << "  Not just now: " << refusal_for(r) << "\n";
      if (opt_.strict) failed_ = true;
      return true;
    }
    // Practice mode: the coach speaks up at once, right after what you said (as in the
    // window); otherwise the notes wait for the debrief.
    const bool coach_now = opt_.practice && !r.coach.empty();
    for (const auto& beat : r.beats) {
      out_ << line_for(beat) << "\n";
      if (opt_.details && !beat.details.empty()) out_ << "  (" << beat.details << ")\n";
      if (beat.kind == BeatKind::YouSaid && coach_now) out_ << "  (Coach: " << r.coach << ")\n";
    }
    if (opt_.on_change) opt_.on_change(c_, s_, r);
    if (r.event_ended) {
      debrief_event(now().event_no);
      for (const auto& beat : r.after_event) {
        out_ << line_for(beat) << "\n";
        if (opt_.details && !beat.details.empty()) out_ << "  (" << beat.details << ")\n";
      }
      write();
    }
    if (r.run_finished) {
      print_season(out_, season_review(c_, s_));
      return true;
    }
    if (cmd->verb == Verb::Next && now().phase == Phase::Event) {
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
    const StatusView status = now();
    if (status.phase != Phase::Event) {
      out_ << "The event is over. 'follow-up <person>', 'invite <person> <kind>' or 'next'.\n";
      return;
    }
    out_ << status.clock << " at " << (event().room.name.empty() ? v.event_title : event().room.name);
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
      // What the window shows beside their head (the core's presence), in words.
      if (p.presence == Presence::WaitingForYou) out_ << " [waiting for you]";
      if (p.presence == Presence::LookingForCompany) out_ << " [on their own]";
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
      for (const auto& n : e.needs) out_ << "    Needs: " << n << "\n";
      for (const auto& n : e.needs_met) out_ << "    Needed: " << n << "\n";
      for (const auto& h : e.holds) out_ << "    Has: " << h << "\n";
      for (const auto& h : e.received) out_ << "    Gave you: " << h << "\n";
      for (const auto& f : e.promises) out_ << "    " << f << "\n";
      for (const auto& d : e.dates) out_ << "    " << d << "\n";
    }
    if (!nb.hints.empty()) {
      out_ << "  Things you've learned:";
      for (std::size_t i = 0; i < nb.hints.size(); ++i) out_ << (i ? "; " : " ") << nb.hints[i];
      out_ << "\n";
    }
  }

  void status() {
    const StatusView v = status_view(c_, s_);
    out_ << "Event " << v.event_no << " of " << v.event_count << ": " << v.event_title << "\n";
    if (v.phase == Phase::Event)
      out_ << "  It's " << v.clock << "; the event ends at " << v.ends << " (" << v.time_left << " minutes left).\n";
    else
      out_ << (v.phase == Phase::FollowUp ? "  The event is over; this is the time before the next one.\n"
                                          : "  The season is over.\n");
    out_ << "  Enjoyment " << v.enjoyment << ", value " << v.value << ".";
    if (v.has_need) out_ << (v.need_found ? " You've found what you came for." : " You haven't found what you came for yet.");
    out_ << "\n";
    if (!v.in_conversation_with.empty()) out_ << "  You're talking with " << v.in_conversation_with << ".\n";
  }

  // [SECTION] Files: saves and results, through the core's one writer ------------------------------

  void save(const std::string& path) {
    std::string error;
    if (path.empty()) {
      out_ << "  Write it as: save <file>.\n";
      return;
    }
    const std::string file = home_expanded(path, error);
    if (file.empty() || !check_path_text(file, error) ||
        !write_save_file(file, c_, s_, SaveInfo{opt_.content, player_}, error)) {
      out_ << "  Your game was not saved: " << error << "\n";
      if (opt_.strict) failed_ = true;
      return;
    }
    out_ << "  Saved to " << file << ".\n";
  }

  // Restores a save made with `save` here or by the window. The run goes on from there, with
  // the save's own command list, so the results still replay from their `commands`.
  void load(const std::string& path) {
    if (path.empty()) {
      out_ << "  Write it as: load <file>.\n";
      return;
    }
    std::string text, error;
    const std::string file = home_expanded(path, error);
    if (file.empty() || !check_path_text(file, error) || !read_save_file(file, text, error)) {
      out_ << "  " << error << "\n";
      if (opt_.strict) failed_ = true;
      return;
    }
    LoadedRun loaded = load_run(c_, text);
    if (!loaded.state) {
      out_ << "  " << loaded.error << "\n";
      if (opt_.strict) failed_ = true;
      return;
    }
    s_ = std::move(*loaded.state);
    if (opt_.player.empty() && !loaded.info.player.empty()) player_ = loaded.info.player;
    out_ << "  Loaded " << path << ".\n";
    for (const auto& n : loaded.notes) out_ << "  Note: " << n << "\n";
    if (now().phase == Phase::Event) look();
  }

  void write() {
    if (!opt_.results) return;
    std::string error;
    if (opt_.decorate_results) {
      // A workshop adds its own keys (registration, attempt...) to the one results text.
      Results r = build_results(c_, s_);
      r.player_name = player_;
      auto json = nlohmann::ordered_json::parse(results_text(r));
      opt_.decorate_results(json, c_, s_);
      write_failed_ = !write_file_atomically(
          *opt_.results, json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n", error);
    } else {
      write_failed_ = !write_results_file(*opt_.results, c_, s_, player_, error);
    }
    if (write_failed_) out_ << "  The results file was not written: " << error << "\n";
  }
  bool write_failed_ = false;

  // The same debrief as the window's (core/sim/debrief.h). It opens with the moments that
  // mattered, and fits a screen; `all` adds the rest: praise and what to try in full, what was
  // found, the people, the coach's note on every choice, the asks explained, the ideas practised.
  void debrief_event(int event_no, bool all = false) {
    const DebriefView d = debrief_view(c_, s_, event_no);
    out_ << "\n-- Debrief: " << d.title << " --\n";
    if (d.weeks_before)
      out_ << "In " << d.weeks_before_title << ": enjoyment " << (d.weeks_enjoyment > 0 ? "+" : "")
           << d.weeks_enjoyment << ", value " << (d.weeks_value > 0 ? "+" : "") << d.weeks_value << ".\n";
    out_ << "This event: enjoyment " << (d.event_enjoyment > 0 ? "+" : "") << d.event_enjoyment << ", value "
         << (d.event_value > 0 ? "+" : "") << d.event_value << ". Running total: enjoyment " << d.enjoyment
         << ", value " << d.value << ".\n";
    auto moments = [&](const char* heading, const std::vector<DebriefMoment>& ms, const char* none) {
      out_ << heading << "\n";
      if (ms.empty()) out_ << "  " << none << "\n";
      for (const auto& m : ms) {
        out_ << "  - ";
        if (m.said)
          out_ << m.clock << ", with " << m.person_name << ": \"" << m.what << "\"\n";
        else
          out_ << (m.clock.empty() ? "" : m.clock + ": ") << m.what << "\n";
        if (!m.changed.empty()) out_ << "    " << m.changed << "\n";
        if (!m.coach.empty()) out_ << "    Coach: " << m.coach << "\n";
        out_ << "    " << d.next_time_label << ": " << m.next_time << "\n";
      }
    };
    moments("What went well:", d.moments_well, "A quiet evening. That's a start.");
    moments("Could have gone better:", d.moments_better, "Nothing we noticed. Well done.");
    if (!all) {
      out_ << "(Every choice with the coach's notes, the people and the ideas you practised: 'debrief --all'.)\n\n";
      return;
    }
    auto list = [&](const std::string& heading, const std::vector<std::string>& lines) {
      if (lines.empty()) return;
      out_ << heading << "\n";
      for (const auto& l : lines) out_ << "  - " << l << "\n";
    };
    list("The evening in short:", d.went_well);
    list(d.next_time_label + ", try:", d.to_try);
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
    if (!d.asks.empty()) {
      out_ << "Your asks:\n";
      for (std::size_t i = 0; i < d.asks.size(); ++i) {
        out_ << "  - " << d.asks[i] << "\n";
        if (opt_.details && i < d.ask_details.size()) out_ << "    (" << d.ask_details[i] << ")\n";
      }
    }
    out_ << "The ideas you practised:\n";
    for (const auto& idea : d.ideas)
      out_ << "  [" << (idea.exercised ? "x" : " ") << "] " << idea_title(idea.idea) << ": " << idea.evidence << "\n";
    out_ << "\n";
  }

  int finish(const std::string& why, int code) {
    if (now().phase != Phase::Finished) {
      const CommandResult stopped = stop_run(c_, s_, why);
      if (stopped.event_ended) debrief_event(now().event_no);
      if (opt_.on_change) opt_.on_change(c_, s_, stopped);
    }
    write();
    out_ << "The run is over";
    if (!why.empty()) out_ << " (" << why << ")";
    const StatusView end = now();
    out_ << ". Enjoyment " << end.enjoyment << ", value " << end.value << ".\n";
    // Where the results went, on one line whatever its length: a path to copy is not wrapped
    // (and the transcript is the same wherever the file is).
    out_ << std::flush;
    if (opt_.results && !write_failed_)
      raw_ << "Results written to " << opt_.results->string() << ".\n";
    else if (opt_.results)
      raw_ << "The results could not be written to " << opt_.results->string() << ".\n";

    return write_failed_ ? 1 : code;
  }
};

}  // namespace

int play_text(const Campaign& c, const PlayOptions& o, std::istream& in, std::ostream& out) {
  if (c.steps.empty()) {
    out << "There is no event to play.\n";
    return 1;
  }
  WrappingBuf wrapping(out, o.width);
  std::ostream wrapped(&wrapping);
  TextPlayer p(c, o, wrapped, out);
  const int code = p.run(in);
  wrapped.flush();
  return code;
}

}  // namespace mingle::cli
