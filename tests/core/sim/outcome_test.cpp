// The contract between the core and its front-ends: every command's outcome as data
// (core/sim/outcome.h), the option lists popups draw from, and the room's idle clock.
#include "core/scenario/expr_names.h"
#include "core/sim/commands.h"
#include "core/sim/clock.h"
#include "core/sim/conversation.h"
#include "core/sim/results.h"
#include "core/sim/idle_clock.h"
#include "core/sim/relationship.h"
#include "core/sim/tuning.h"
#include "core/sim/views.h"
#include "fixture.h"

#include <algorithm>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

namespace {

const PersonChange* change_for(const CommandResult& r, const std::string& person) {
  for (const auto& c : r.people)
    if (c.person == person) return &c;
  return nullptr;
}

bool has_beat(const CommandResult& r, BeatKind k) {
  return std::any_of(r.beats.begin(), r.beats.end(), [&](const Beat& b) { return b.kind == k; });
}

const Beat* beat(const std::vector<Beat>& beats, BeatKind k) {
  for (const auto& b : beats)
    if (b.kind == k) return &b;
  return nullptr;
}

}  // namespace

TEST_CASE("outcome: a choice reports its reply, the numbers it moved, the rung and the coach's note") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  auto talk = play(c, s, "talk priya");
  CHECK(talk.reply == "Priya Raman: Hi, I don't think we've met. Priya.");
  REQUIRE(talk.beats.front().kind == BeatKind::Line);
  CHECK(talk.beats.front().person == "priya");
  CHECK(talk.people.empty());  // saying hello moves no numbers

  auto r = play(c, s, "choose 1");  // ask what keeps her busy: regard +2, rapport +2, enjoyment +2
  CHECK(r.beats.front().kind == BeatKind::YouSaid);
  const PersonChange* priya = change_for(r, "priya");
  REQUIRE(priya != nullptr);
  CHECK(priya->regard == 2);
  CHECK(priya->rapport == 2);
  CHECK(priya->standing_regard == 0);  // standing values move only as the event ends
  CHECK(r.enjoyment == 2);
  CHECK(r.value == 0);
  REQUIRE(r.rungs.size() == 1);
  CHECK(r.rungs[0].person == "priya");
  CHECK(r.rungs[0].rung == Rung::Acquaintance);
  CHECK(has_beat(r, BeatKind::Acquainted));
  CHECK(r.coach == "Opening with her world makes people want to help later.");
  CHECK(r.reply == "Priya Raman: We just moved nine thousand members off spreadsheets.");
  // The hint learned on arriving at her answer, with a readable label.
  REQUIRE(r.hints == std::vector<std::string>{"priya-did-a-migration"});
  const Beat* hint = beat(r.beats, BeatKind::HintLearned);
  REQUIRE(hint != nullptr);
  CHECK(hint->label == "priya did a migration");
}

TEST_CASE("outcome: items by kind, memories and follow-ups come back as data") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  auto pitch = play(c, s, "choose 2");  // the pitch: regard -1, remembered
  REQUIRE(change_for(pitch, "priya") != nullptr);
  CHECK(change_for(pitch, "priya")->memories == std::vector<std::string>{"pitched-too-early"});
  CHECK(change_for(pitch, "priya")->regard == -1);

  RunState t = start_run(c, 1);
  play(c, t, "talk priya");
  play(c, t, "choose 1");  // regard 2: she'll share her know-how
  auto got = play(c, t, "choose 1");  // ask how she did it
  REQUIRE(got.items.size() == 1);
  CHECK(got.items[0].item == "database-migration-know-how");
  CHECK(got.items[0].from == "priya");
  CHECK(got.value > 0);
  CHECK(got.value_by_kind.at("solution") == got.value);
  const Beat* item = beat(got.beats, BeatKind::ItemGained);
  REQUIRE(item != nullptr);
  CHECK(item->label == "How she moved 9,000 members");
  CHECK(item->text.find("what you came for") != std::string::npos);

  auto promise = play(c, t, "choose 3");  // offer to send her your notes
  REQUIRE(promise.follow_ups.size() == 1);
  CHECK(promise.follow_ups[0].person == "priya");
  CHECK(promise.follow_ups[0].topic == "volunteer notes");
  const Beat* agreed = beat(promise.beats, BeatKind::FollowUpAgreed);
  REQUIRE(agreed != nullptr);
  REQUIRE(agreed->action.has_value());
  CHECK(agreed->action->verb == Verb::FollowUp);
  CHECK(agreed->action->person == "priya");
  CHECK(fixture::names_no_command(agreed->text));
}

TEST_CASE("outcome: an ask comes back with its factors, and the meeting after the event") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 3);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  auto asked = play(c, s, "choose 4");  // suggest a coffee
  REQUIRE(asked.asks.size() == 1);
  const AskRecord& a = asked.asks[0];
  CHECK(a.person == "priya");
  CHECK(a.kind == AskKind::Coffee);
  CHECK_FALSE(a.factors.empty());
  CHECK(a.accepted == (a.total + a.roll >= a.threshold));
  const Beat* answer = beat(asked.beats, BeatKind::AskAnswered);
  REQUIRE(answer != nullptr);
  CHECK(answer->text.find(a.accepted ? "Priya Raman said yes to a coffee" : "Priya Raman said no to a coffee") == 0);
  CHECK(answer->text.find("What counted") == std::string::npos);  // the arithmetic is in the details
  CHECK(answer->details.find("What counted") == 0);
  auto ended = play(c, s, "end");
  CHECK(ended.event_ended);
  REQUIRE(beat(ended.after_event, BeatKind::PhaseOpened) != nullptr);
  CHECK(beat(ended.after_event, BeatKind::PhaseOpened)->label == "The week after");
  if (a.accepted) {
    const Beat* met = beat(ended.after_event, BeatKind::MeetingHappened);
    REQUIRE(met != nullptr);
    CHECK(met->person == "priya");
    bool coffee_rung = false;
    for (const auto& rc : ended.rungs) coffee_rung = coffee_rung || (rc.person == "priya" && rc.rung == Rung::CoffeeMate);
    CHECK(coffee_rung);
  }
}

TEST_CASE("outcome: a refusal has a code, a neutral sentence and what to do instead, and changes nothing") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  std::string err;
  auto r = apply(c, s, *parse_command("talk dana", err));
  CHECK_FALSE(r.ok);
  CHECK(r.code == Refusal::NeedsIntroduction);
  REQUIRE(r.action.has_value());
  CHECK(r.action->verb == Verb::AskIntro);
  CHECK(r.action->person == "dana");
  CHECK(fixture::names_no_command(r.reason));
  CHECK(r.beats.empty());
  CHECK(r.people.empty());
  CHECK(s.commands.empty());
}

TEST_CASE("outcome: ending the event is the same command from every front-end, and costs nothing mid-talk") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  const int rapport = s.rel("priya").rapport;
  auto r = play(c, s, "end");
  CHECK(has_beat(r, BeatKind::SteppedAway));
  CHECK(has_beat(r, BeatKind::Goodbye));
  CHECK(s.rel("priya").rapport == rapport);  // unlike 'leave', ending the event costs no warmth
  CHECK_FALSE(s.rel("priya").remembers("left-mid-conversation"));
  CHECK(s.rel("priya").last_outcome == to_string(Outcome::PartedPolitely));
}

TEST_CASE("outcome: the clock warns before the end, once") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  const Event& e = current_event(c, s);
  auto r = play(c, s, "wait " + std::to_string(e.ends - e.starts - tuning::kClosingWarningMinutes - 1));
  CHECK_FALSE(has_beat(r, BeatKind::ClosingSoon));
  r = play(c, s, "wait 2");
  CHECK(has_beat(r, BeatKind::ClosingSoon));
  r = play(c, s, "wait 1");
  CHECK_FALSE(has_beat(r, BeatKind::ClosingSoon));
}

TEST_CASE("outcome: the result says when a conversation opens and closes, and carries the choice made") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  auto r = play(c, s, "talk priya");
  CHECK(r.conversation_opened == "priya");
  CHECK(r.conversation_closed.empty());
  CHECK(status_view(c, s).talking_with == "priya");
  r = play(c, s, "choose 1");  // the talk goes on
  CHECK(r.conversation_opened.empty());
  CHECK(r.conversation_closed.empty());
  REQUIRE(r.choices.size() == 1);
  CHECK(r.choices[0].choice == "ask-her-work");
  CHECK(r.choices[0].person == "priya");
  CHECK(r.choices[0].event_no == 1);
  CHECK(choice_ending(c, s, r.choices[0]).empty());
  REQUIRE(r.rungs.size() == 1);
  CHECK(r.rungs[0].event_no == 1);
  CHECK(r.rungs[0].minute == s.rel("priya").rungs.back().minute);  // as the ladder has it
  r = play(c, s, "choose 5");  // say it was lovely: the choice ends the talk
  CHECK(r.conversation_closed == "priya");
  CHECK(r.conversation_opened.empty());
  REQUIRE(r.choices.size() == 1);
  CHECK(choice_ending(c, s, r.choices[0]) == to_string(Outcome::PartedWell));
  CHECK(status_view(c, s).talking_with.empty());
  // Leaving mid-talk closes it too, and the talk left is a stuck point in the result.
  play(c, s, "talk marcus");
  r = play(c, s, "leave");
  CHECK(r.conversation_closed == "marcus");
  REQUIRE(r.stuck.size() == 1);
  CHECK(r.stuck[0].kind == StuckKind::Left);
  CHECK(r.stuck[0].person == "marcus");
  CHECK_FALSE(r.event_ended);
  // Ending the event mid-talk: closed, and the event ended, the run not.
  play(c, s, "talk marcus");
  r = play(c, s, "end");
  CHECK(r.conversation_closed == "marcus");
  CHECK(r.event_ended);
  CHECK_FALSE(r.run_finished);
  CHECK(r.stopped_because.empty());
  r = play(c, s, "next");
  CHECK_FALSE(r.event_ended);
  CHECK_FALSE(r.run_finished);
  CHECK(status_view(c, s).event_no == 2);
  play(c, s, "end");
  r = play(c, s, "next");
  CHECK(r.run_finished);
  CHECK(r.stopped_because == "finished");
  CHECK(status_view(c, s).stopped_because == "finished");
}

TEST_CASE("outcome: commands as values, and the totals a HUD showed before each") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  const Command talk = make_command(Verb::Talk, {"priya"});
  CHECK(to_text(talk) == "talk priya");
  CHECK(to_text(make_command(Verb::Choose, {}, 1)) == "choose 1");
  CHECK(to_text(make_command(Verb::Invite, {"priya"}, 0, AskKind::Lunch)) == "invite priya lunch");
  CHECK(apply(c, s, talk).ok);
  CHECK(talking_with(s) == "priya");
  auto r = apply(c, s, make_command(Verb::Choose, {}, 1));  // enjoyment +2
  REQUIRE(r.ok);
  CHECK(r.enjoyment_before == 0);
  CHECK(r.enjoyment == 2);
  r = apply(c, s, make_command(Verb::End));
  CHECK(r.enjoyment_before == 2);
  CHECK(r.value_before == status_view(c, s).value - r.value);
  CHECK(talking_with(s).empty());
}

TEST_CASE("outcome: stopping a run is a result too: the talk cut off, the event and the run ended") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  auto r = stop_run(c, s, "you quit");
  CHECK(r.ok);
  CHECK(r.conversation_closed == "priya");
  CHECK(r.event_ended);
  CHECK(r.run_finished);
  CHECK(r.stopped_because == "you quit");
  CHECK(std::any_of(r.stuck.begin(), r.stuck.end(), [](const StuckPoint& p) { return p.kind == StuckKind::CutOff; }));
  CHECK(r.stuck.size() == s.stuck.size());  // every stuck point of the run came in this result
  CHECK(status_view(c, s).phase == Phase::Finished);
  CHECK(s.commands == std::vector<std::string>{"talk priya"});  // not a command: not recorded
  // Stopping a run that is over changes nothing and says why.
  r = stop_run(c, s, "again");
  CHECK_FALSE(r.ok);
  CHECK(r.code == Refusal::RunOver);
  CHECK(status_view(c, s).stopped_because == "you quit");
}

TEST_CASE("outcome: a refusal noted as stuck comes back in the refusal's result") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CommandResult unread;
  const auto cmd = parse_command("talk dana", unread);
  REQUIRE(cmd.has_value());
  CHECK(unread.code == Refusal::None);
  auto r = apply(c, s, *cmd);
  REQUIRE_FALSE(r.ok);
  note_refused(c, s, *cmd, r);
  REQUIRE(r.stuck.size() == 1);
  CHECK(r.stuck[0].kind == StuckKind::Refused);
  CHECK(r.stuck[0].person == "dana");
  CHECK(s.stuck.size() == 1);
}

TEST_CASE("outcome: a line that isn't a command is refused with a code as it is read") {
  CommandResult r;
  CHECK_FALSE(parse_command("dance", r).has_value());
  CHECK(r.code == Refusal::UnknownCommand);
  CHECK_FALSE(r.ok);
  CHECK_FALSE(r.reason.empty());
  CHECK_FALSE(parse_command("choose first", r).has_value());
  CHECK(r.code == Refusal::Usage);
  CHECK(r.reason == "Write it as: choose <number>.");
  CHECK_FALSE(parse_command("invite priya tea", r).has_value());
  CHECK(r.code == Refusal::InviteKind);
  // A blank line or a note is not a command, and no refusal either.
  CHECK_FALSE(parse_command("  # a note", r).has_value());
  CHECK(r.code == Refusal::None);
  CHECK(r.reason.empty());
  const auto ok = parse_command("invite priya lunch", r);
  REQUIRE(ok.has_value());
  CHECK(r.code == Refusal::None);
  CHECK(ok->kind == AskKind::Lunch);
}

TEST_CASE("views: the status view says the event is closing from the core's warning on, and how near a very good evening the scores are") {
  Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  const Event& e = current_event(c, s);
  CHECK(status_view(c, s).event_beginning);
  auto r = play(c, s, "wait " + std::to_string(e.ends - e.starts - tuning::kClosingWarningMinutes - 1));
  CHECK_FALSE(status_view(c, s).event_beginning);
  CHECK_FALSE(status_view(c, s).closing_soon);
  r = play(c, s, "wait 1");
  CHECK(has_beat(r, BeatKind::ClosingSoon));
  CHECK(status_view(c, s).closing_soon);
  CHECK(status_view(c, s).time_left == tuning::kClosingWarningMinutes);
  play(c, s, "end");
  CHECK_FALSE(status_view(c, s).closing_soon);  // between events: no clock to watch
  // An event no longer than the warning has none.
  c.steps[0].event.ends = c.steps[0].event.starts + tuning::kClosingWarningMinutes;
  RunState brief = start_run(c, 1);
  CHECK_FALSE(status_view(c, brief).closing_soon);
  CHECK_FALSE(closing_minutes(c.steps[0].event, c.steps[0].event.ends - 1));

  RunState t = start_run(c, 1);
  CHECK(status_view(c, t).enjoyment_share == 0.0f);
  t.enjoyment = tuning::kVeryGoodEveningPoints / 2;
  t.value = tuning::kVeryGoodEveningPoints * 2;
  CHECK(status_view(c, t).enjoyment_share == doctest::Approx(0.5));
  CHECK(status_view(c, t).value_share == 1.0f);  // a meter is full, not overfull
  t.value = -3;
  CHECK(status_view(c, t).value_share == 0.0f);
}

TEST_CASE("views: popups list what check() would accept, with the core's reasons for the rest") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  // Marcus knows Dana (warmly) and Sam (not warmly); he is an old acquaintance of yours.
  play(c, s, "talk marcus");
  auto asks = ask_intro_options(c, s, "marcus");
  REQUIRE(asks.size() == 2);
  CHECK(asks[0].person == "dana");
  CHECK_FALSE(asks[0].available);  // rapport 0 yet
  CHECK(asks[0].reason.find("doesn't know you well enough yet") != std::string::npos);
  CHECK(asks[1].person == "sam");
  CHECK_FALSE(asks[1].available);
  play(c, s, "choose 1");  // rapport +2
  asks = ask_intro_options(c, s, "marcus");
  CHECK(asks[0].available);
  CHECK(to_text(asks[0].command) == "ask-intro marcus dana");
  CHECK_FALSE(asks[1].available);
  CHECK(asks[1].reason.find("rather not") != std::string::npos);
  // Every option the view calls available is accepted by the core.
  for (const auto& o : asks) {
    RunState copy = s;
    CHECK(apply(c, copy, o.command).ok == o.available);
  }
  auto invites = invite_options(c, s, "marcus");
  REQUIRE(invites.size() == 4);
  CHECK(to_text(invites[0].command) == "invite marcus coffee");
  CHECK(invites[3].command.kind == AskKind::Personal);
  play(c, s, "choose 2");  // goodbye
  // Host mode: only people you have spoken with are offered; a pair who know each other is greyed.
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 5");  // say it was lovely (the friends-only choice is hidden)
  auto intro = introduce_options(c, s, "priya");
  REQUIRE(intro.size() == 1);
  CHECK(intro[0].person == "marcus");
  CHECK(intro[0].available);
}

TEST_CASE("views: the time between events lists due follow-ups and invitations from the core") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK_FALSE(follow_up_view(c, s).active);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");  // promise the notes
  play(c, s, "end");
  auto v = follow_up_view(c, s);
  REQUIRE(v.active);
  CHECK(v.title == "The week after");
  CHECK_FALSE(v.last_event);
  REQUIRE(v.follow_ups.size() == 1);
  CHECK(v.follow_ups[0].option.available);
  CHECK(to_text(v.follow_ups[0].option.command) == "follow-up priya");
  CHECK(apply(c, s, v.follow_ups[0].option.command).ok);
  v = follow_up_view(c, s);
  CHECK(v.follow_ups[0].done);
  CHECK_FALSE(v.follow_ups[0].option.available);
  bool priya_row = false;
  for (const auto& row : v.invites) priya_row = priya_row || row.person->id == "priya";
  CHECK(priya_row);
}

TEST_CASE("views: the notebook shows the figures an ask would use, in and between events") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2 in the room
  auto entry = [&]() {
    for (const auto& e : notebook_view(c, s).people)
      if (e.person->id == "priya") return e;
    FAIL("priya is not in the notebook");
    return NotebookEntry{};
  };
  CHECK(entry().rapport == s.rel("priya").rapport);
  play(c, s, "end");
  // Between events an ask weighs the standing values; the notebook shows the same.
  CHECK(entry().rapport == s.rel("priya").standing_rapport);
  CHECK(entry().regard == current_regard(s, s.rel("priya")));
}

TEST_CASE("views: the notebook lists a person's needs as the current event has them") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk marcus");
  play(c, s, "choose 1");
  play(c, s, "ask-intro marcus dana");
  play(c, s, "choose 2");
  play(c, s, "talk dana");
  auto dana = [&]() {
    for (const auto& e : notebook_view(c, s).people)
      if (e.person->id == "dana") return e;
    return NotebookEntry{};
  };
  CHECK(dana().needs.empty());  // she hasn't said what she needs
  s.learned.insert("dana-needs-know-how");
  CHECK(dana().needs == std::vector<std::string>{"database migration know how"});
}

TEST_CASE("idle clock: a game minute for every so many seconds in play, none while paused") {
  IdleClock clock;
  const float m = tuning::kIdleSecondsPerMinute;
  CHECK(clock.tick(m * 0.5f, true) == 0);
  CHECK(clock.tick(m * 10.0f, false) == 0);  // notebook, pause menu, popup, conversation
  CHECK(clock.tick(m * 0.6f, true) == 1);    // the half carried over counts
  CHECK(clock.tick(m * 2.0f, true) == 2);
  clock.reset();
  CHECK(clock.carried() == 0.0f);
  CHECK(clock.tick(-1.0f, true) == 0);
}

TEST_CASE("outcome: no sentence from the core names a typed command, and the data matches the run") {
  const Campaign c = fixture::campaign();
  const std::vector<std::string> moves = {
      "talk priya", "talk marcus", "talk dana", "talk sam", "choose 1", "choose 2", "choose 3", "choose 4",
      "choose 5", "leave", "wait 7", "go bar", "join marcus", "ask-intro marcus dana", "introduce priya marcus",
      "invite priya coffee", "invite marcus lunch", "follow-up priya", "end", "next"};
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    RunState s = start_run(c, seed);
    std::uint64_t x = seed * 2654435761u;
    for (int i = 0; i < 200 && s.phase != Phase::Finished; ++i) {
      x = x * 6364136223846793005ull + 1442695040888963407ull;
      const std::string& line = moves[(x >> 33) % moves.size()];
      std::string err;
      const int enjoyment = s.enjoyment, value = s.value;
      const auto r = apply(c, s, *parse_command(line, err));
      if (!r.ok) {
        CHECK_MESSAGE(fixture::names_no_command(r.reason), r.reason);
        CHECK(r.code != Refusal::None);
        continue;
      }
      for (const auto* list : {&r.beats, &r.after_event})
        for (const auto& b : *list) CHECK_MESSAGE(fixture::names_no_command(b.text), b.text);
      CHECK(r.enjoyment == s.enjoyment - enjoyment);
      CHECK(r.value == s.value - value);
      int by_kind = 0;
      for (const auto& [kind, v] : r.value_by_kind) by_kind += v;
      CHECK(by_kind == r.value);
    }
  }
}

TEST_CASE("expression names: one table for the checker and the simulation, and every name has a meaning") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  // A flag may not shadow a built-in name: if the simulation fell through to flags for any name
  // in the table, it would read this 999.
  for (const auto& n : expr_names()) s.flags[n.name] = 999;
  const SimEnv env(c, s, "priya", "priya-talk");
  for (const auto& n : expr_names()) CHECK_MESSAGE(env.variable(n.name) != 999, n.name);
  CHECK(env.variable("regard") == s.rel("priya").regard);
  CHECK(env.variable("time_left") == current_event(c, s).ends - s.clock);
  CHECK(env.call("learned", "priya-did-a-migration") == 1);
  CHECK(env.call("met", "priya") == 1);
  CHECK(env.call("chose", "ask-her-work") == 1);
  CHECK(env.call("nonsense", "x") == 0);
  for (const auto& f : expr_functions()) CHECK(find_expr_function(f.name) == &f);
}
