#include "core/sim/commands.h"

#include "core/sim/views.h"
#include "fixture.h"

#include <algorithm>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;
using fixture::refused;

TEST_CASE("commands print back to the text they were parsed from") {
  for (const char* line : {"talk priya", "choose 2", "leave", "wait 15", "go bar", "join marcus",
                           "ask-intro marcus dana", "introduce priya dana", "invite priya coffee",
                           "invite priya personal", "follow-up priya", "end", "next"}) {
    std::string err;
    auto c = parse_command(line, err);
    REQUIRE_MESSAGE(c.has_value(), line << ": " << err);
    CHECK(to_text(*c) == line);
  }
}

TEST_CASE("the text language forgives case and spacing, and explains mistakes") {
  std::string err;
  auto c = parse_command("  TALK   priya ", err);
  REQUIRE(c);
  CHECK(to_text(*c) == "talk priya");
  CHECK_FALSE(parse_command("", err));
  CHECK(err.empty());
  CHECK_FALSE(parse_command("# a comment", err));
  CHECK(err.empty());
  CHECK_FALSE(parse_command("dance", err));
  CHECK(err.find("isn't a command") != std::string::npos);
  CHECK_FALSE(parse_command("choose two", err));
  CHECK(err == "Write it as: choose <number>.");
  CHECK_FALSE(parse_command("choose 0", err));
  CHECK_FALSE(parse_command("talk", err));
  CHECK_FALSE(parse_command("talk a b", err));
  CHECK_FALSE(parse_command("invite priya follow-up", err));
  CHECK(err.find("coffee") != std::string::npos);
  CHECK_FALSE(parse_command("wait 99999999999", err));
}

TEST_CASE("talking: who you can and can't talk to, and why") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  std::string err;
  CHECK(refused(c, s, "talk nobody").find("nobody called 'nobody'") != std::string::npos);
  CHECK(refused(c, s, "talk dana").find("introduction") != std::string::npos);
  CHECK(refused(c, s, "talk sam").find("stage") != std::string::npos);
  CHECK(refused(c, s, "talk leo").find("isn't in the room") != std::string::npos);
  CHECK(s.commands.empty());  // refused commands change nothing and are not recorded
  auto r = play(c, s, "talk priya");
  CHECK(texts(r.beats).front() == "Priya Raman: Hi, I don't think we've met. Priya.");
  CHECK(s.zone == "bar");
  CHECK(s.clock == 17 * 60 + 31);  // walking over took a minute
  CHECK(refused(c, s, "talk marcus").find("You're talking with Priya Raman") != std::string::npos);
  CHECK(refused(c, s, "talk priya") == "You're already talking with Priya Raman.");
  // A refusal is data: a code, a sentence in no front-end's terms, and what to do instead.
  const auto busy = check(c, s, *parse_command("wait 5", err));
  CHECK_FALSE(busy.ok);
  CHECK(busy.code == Refusal::InConversation);
  CHECK(busy.reason.find("step away") != std::string::npos);
  REQUIRE(busy.action.has_value());
  CHECK(busy.action->verb == Verb::Leave);
  CHECK(fixture::names_no_command(busy.reason));
  CHECK(s.commands == std::vector<std::string>{"talk priya"});
}

TEST_CASE("choosing applies effects, costs time and reaches acquaintance") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  CHECK(refused(c, s, "choose 4").find("pick a number from 1 to 3") != std::string::npos);
  const int before = s.clock;
  auto r = play(c, s, "choose 1");
  CHECK(s.clock == before + 2);
  CHECK(s.people["priya"].rapport == 2);
  CHECK(s.people["priya"].regard == 2);
  CHECK(s.enjoyment == 2);
  CHECK(s.people["priya"].rung() == Rung::Acquaintance);
  CHECK(s.learned.count("priya-did-a-migration"));
  const auto said = texts(r.beats);
  CHECK(std::find(said.begin(), said.end(), "Noted: priya did a migration.") != said.end());
  CHECK(s.conversation->node == "her-work");
  REQUIRE(s.choices.size() == 1);
  CHECK(s.choices[0].coach.find("her world") != std::string::npos);
  CHECK(s.visited["priya-talk"].count("hello"));
  CHECK(s.chosen["priya-talk"].count("ask-her-work"));
}

TEST_CASE("a greyed choice says why, in the author's words or ours; hidden ones are not numbered") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // the pitch: regard -1
  auto v = conversation_view(c, s);
  REQUIRE(v.active);
  REQUIRE(v.choices.size() == 5);  // the friend-only choice is hidden
  CHECK_FALSE(v.choices[0].available);
  CHECK(v.choices[0].reason == "She doesn't know you well enough yet.");
  CHECK(refused(c, s, "choose 1") == "She doesn't know you well enough yet.");
  CHECK(v.choices[1].available);  // cycling: its `if:` holds once the hint is learned
}

TEST_CASE("once-only choices close after use") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 2");  // cycling, once
  auto v = conversation_view(c, s);
  CHECK_FALSE(v.choices[1].available);
  CHECK(v.choices[1].reason == "You've already said that.");
}

TEST_CASE("an item is given only when the holder's shared_when holds") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // regard 2
  s.people["priya"].regard = 1;  // as if something had cooled it: the requirement is regard 2
  CHECK(refused(c, s, "choose 1") == "She doesn't know you well enough yet.");
  s.people["priya"].regard = 2;
  auto r = play(c, s, "choose 1");
  REQUIRE(s.has_item("database-migration-know-how"));
  CHECK(s.item("database-migration-know-how")->from == "priya");
  CHECK(s.value == 10);
  CHECK(s.value_by_kind["solution"] == 10);
  bool said = false;
  for (const auto& m : texts(r.beats)) said = said || m.find("what you came for") != std::string::npos;
  CHECK(said);
}

TEST_CASE("leaving mid-conversation keeps your place and costs a little warmth") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "leave");
  CHECK_FALSE(s.conversation);
  CHECK(s.people["priya"].rapport == 1);
  CHECK(s.cursors["priya-talk"] == "her-work");
  auto r = play(c, s, "talk priya");
  CHECK(s.conversation->node == "her-work");
}

TEST_CASE("going and joining move you about the room") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(refused(c, s, "go roof").find("no part of the room") != std::string::npos);
  play(c, s, "go stage");
  CHECK(s.zone == "stage");
  CHECK(refused(c, s, "go stage").find("already") != std::string::npos);
  auto r = play(c, s, "join marcus");
  CHECK(s.zone == "lounge");
  CHECK(texts(r.beats)[0].find("Dana Okafor") != std::string::npos);
}

TEST_CASE("asking for an introduction needs someone who knows them and likes you a little") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(refused(c, s, "ask-intro marcus dana").find("Speak with Marcus") != std::string::npos);
  play(c, s, "talk marcus");
  CHECK(refused(c, s, "ask-intro marcus dana").find("doesn't know you well enough yet") != std::string::npos);
  play(c, s, "choose 1");  // rapport 2
  CHECK(refused(c, s, "ask-intro marcus sam").find("rather not") != std::string::npos);
  play(c, s, "ask-intro marcus dana");
  CHECK(s.people["dana"].introduced);
  CHECK(s.people["dana"].rapport == 1);  // the first impression inherits part of your rapport
  play(c, s, "choose 2");  // bye
  play(c, s, "talk dana");
}

TEST_CASE("host mode: introducing people who need each other earns credit; a poor match costs") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  s.people["dana"].introduced = true;
  for (const char* who : {"priya", "dana", "marcus"}) {
    play(c, s, std::string("talk ") + who);
    play(c, s, "choose 1");
    play(c, s, std::string("choose ") + (std::string(who) == "priya" ? "5" : "2"));
  }
  CHECK(refused(c, s, "introduce priya priya").find("two different") != std::string::npos);
  CHECK(refused(c, s, "introduce marcus dana").find("already know each other") != std::string::npos);
  const int value = s.value;
  play(c, s, "introduce priya dana");
  CHECK(s.value == value + 5);
  CHECK(s.value_by_kind["introduction"] == 5);
  CHECK(s.introductions.back().good_match);
  CHECK(s.people["dana"].remembers("introduced-someone-useful"));
  CHECK(s.introductions.back().why == "Dana Okafor wants to know how she moved 9,000 members, and Priya Raman can help");
  CHECK(refused(c, s, "introduce dana priya").find("already introduced") != std::string::npos);
  // Dana, whose need it met, says so the next time you talk, and only then.
  auto thanks = [&](const CommandResult& r) {
    for (const auto& b : r.beats)
      if (b.kind == BeatKind::Line && b.text == "Dana Okafor: Before anything else, thank you for introducing me to Priya. We talked it "
                                            "through, and it helped.")
        return true;
    return false;
  };
  CHECK(thanks(play(c, s, "talk dana")));
  play(c, s, "choose 2");
  CHECK_FALSE(thanks(play(c, s, "talk dana")));
  play(c, s, "choose 2");
  const int regard = s.people["marcus"].regard;
  const int joy = s.enjoyment;
  play(c, s, "introduce marcus priya");
  CHECK_FALSE(s.introductions.back().good_match);
  CHECK(s.people["marcus"].regard == regard - 1);
  CHECK(s.enjoyment == joy - 1);
}

TEST_CASE("host mode needs rapport with both") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(refused(c, s, "introduce priya marcus").find("haven't spoken with Priya") != std::string::npos);
  play(c, s, "talk priya");
  play(c, s, "choose 3");  // leave politely, no rapport
  CHECK(refused(c, s, "introduce priya marcus").find("get on a little better with Priya Raman") != std::string::npos);
}

TEST_CASE("phases: end, follow-up only afterwards, next, and the end of the run") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(refused(c, s, "next").find("End it first") != std::string::npos);
  CHECK(check(c, s, Command{Verb::Next, {}, 0, AskKind::Coffee}).action->verb == Verb::End);
  CHECK(refused(c, s, "follow-up priya").find("after the event") != std::string::npos);
  auto r = play(c, s, "end");
  CHECK(r.event_ended);
  CHECK(s.phase == Phase::FollowUp);
  CHECK(refused(c, s, "end").find("event is over") != std::string::npos);
  CHECK(refused(c, s, "follow-up priya").find("haven't agreed") != std::string::npos);
  play(c, s, "next");
  CHECK(s.step == 1);
  CHECK(s.phase == Phase::Event);
  CHECK(s.clock == 9 * 60);
  play(c, s, "end");
  r = play(c, s, "next");
  CHECK(r.run_finished);
  CHECK(s.phase == Phase::Finished);
  CHECK(s.stopped_because == "finished");
  CHECK(refused(c, s, "talk priya").find("run is over") != std::string::npos);
}

TEST_CASE("the player's known people start as acquaintances") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(s.people["marcus"].rung() == Rung::Acquaintance);
  CHECK(s.people["marcus"].rungs[0].how.find("already knew") != std::string::npos);
}

TEST_CASE("expressions read the run") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  SimEnv env(c, s, "priya", "priya-talk");
  CHECK(fixture::expr("regard == 2 and rapport == 2").holds(env));
  CHECK(fixture::expr("rung == acquaintance and rung < coffee_mate").holds(env));
  CHECK(fixture::expr("learned(priya-did-a-migration) and visited(hello) and chose(ask-her-work)").holds(env));
  CHECK(fixture::expr("met(priya) and not met(dana)").holds(env));
  CHECK(fixture::expr("time_left == 87 and minutes_elapsed == 3").holds(env));
  CHECK(fixture::expr("event == 1 and enjoyment == 2 and value == 0").holds(env));
  CHECK_FALSE(fixture::expr("has(database-migration-know-how) or remembers(x) or followed_up(priya)").holds(env));
  s.flags["toast-given"] = 3;
  CHECK(fixture::expr("toast-given == 3 and unknown-flag == 0").holds(env));
}

TEST_CASE("check says what apply would, and changes nothing") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  std::string err;
  auto talk_dana = parse_command("talk dana", err);
  auto talk_priya = parse_command("talk priya", err);
  const auto before = s.commands;
  auto no = check(c, s, *talk_dana);
  CHECK_FALSE(no.ok);
  CHECK(no.reason.find("introduction") != std::string::npos);
  auto yes = check(c, s, *talk_priya);
  CHECK(yes.ok);
  CHECK(s.commands == before);
  CHECK_FALSE(s.conversation);
  CHECK(s.clock == 17 * 60 + 30);
}

TEST_CASE("when the part of the evening changes, the player is told") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  auto r = play(c, s, "wait 10");
  CHECK(texts(r.beats).size() == 1);
  r = play(c, s, "wait 40");
  REQUIRE(texts(r.beats).size() == 2);
  CHECK(texts(r.beats)[1] == "18:15: the evening moves on. People are moving about.");
}

TEST_CASE("coming back to someone in the same event opens at their `again:` node, not their greeting") {
  Campaign c = fixture::campaign();
  Dialogue& d = c.steps[0].event.dialogues[0];  // priya-talk
  REQUIRE(d.id == "priya-talk");
  Node back = fixture::node("back-again", "Back already? Go on, then.");
  back.choices.push_back(fixture::go_to("back-to-work", "Ask about the migration after all.", "her-work"));
  back.choices.push_back(fixture::ending("just-waving", "Say you only came to wave.", Outcome::PartedWell));
  d.nodes.push_back(back);
  d.again = "back-again";
  RunState s = start_run(c, 1);

  auto first = play(c, s, "talk priya");
  CHECK(texts(first.beats).back() == "Priya Raman: Hi, I don't think we've met. Priya.");
  play(c, s, "choose 3");  // Excuse yourself politely: the conversation ends
  REQUIRE_FALSE(s.conversation);

  auto second = play(c, s, "talk priya");
  REQUIRE(s.conversation);
  CHECK(s.conversation->node == "back-again");
  CHECK(texts(second.beats).back() == "Priya Raman: Back already? Go on, then.");

  SUBCASE("a conversation left mid-way still picks up where it stopped") {
    play(c, s, "choose 1");  // to her-work
    play(c, s, "leave");
    play(c, s, "talk priya");
    CHECK(s.conversation->node == "her-work");
  }
  SUBCASE("at the next event the conversation opens at its start again") {
    play(c, s, "choose 2");
    play(c, s, "end");
    play(c, s, "next");
    play(c, s, "talk priya");
    CHECK(s.conversation->node == "hello");
  }
}

TEST_CASE("without `again:` a second talk in the same event opens at the start, as before") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 3");
  play(c, s, "talk priya");
  CHECK(s.conversation->node == "hello");
}

TEST_CASE("a hint with a label is noted in the author's words") {
  Campaign c = fixture::campaign();
  c.hint_labels["priya-did-a-migration"] = "Priya moved her members off spreadsheets";
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  auto r = play(c, s, "choose 1");
  const auto said = texts(r.beats);
  CHECK(std::find(said.begin(), said.end(), "Noted: Priya moved her members off spreadsheets.") != said.end());
}
