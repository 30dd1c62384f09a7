#include "core/sim/views.h"

#include "core/sim/relationship.h"
#include "core/sim/scoring.h"
#include "fixture.h"

#include <algorithm>

using namespace mingle;
using namespace mingle::sim;
using fixture::play;

TEST_CASE("the room view: who is here, where, who is busy, who needs an introduction, who is away") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  const RoomView v = room_view(c, s);
  CHECK(v.slot_id == "arrivals");
  CHECK(v.slot_note == "Everyone is finding their feet");
  REQUIRE(v.people.size() == 4);
  CHECK(v.people[0].person->id == "priya");
  CHECK(v.people[0].zone == "bar");
  CHECK(v.people[0].zone_label == "the bar");
  CHECK(v.people[0].available);
  CHECK(v.people[1].rung == Rung::Acquaintance);  // marcus, known from the start
  CHECK(v.people[2].needs_introduction);          // dana
  CHECK_FALSE(v.people[3].available);             // sam, on stage
  CHECK(v.people[3].reason.find("stage") != std::string::npos);
  REQUIRE(v.away.size() == 1);
  CHECK(v.away[0]->id == "leo");
  fixture::play(c, s, "wait 45");
  const RoomView later = room_view(c, s);
  CHECK(later.slot_id == "toast");
  CHECK(later.people.size() == 5);
}

TEST_CASE("the conversation view: the line and the numbered choices with their state") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK_FALSE(conversation_view(c, s).active);
  play(c, s, "talk priya");
  const ConversationView v = conversation_view(c, s);
  REQUIRE(v.active);
  CHECK(v.person->id == "priya");
  CHECK(v.speaker_name == "Priya Raman");
  CHECK(v.line == "Hi, I don't think we've met. Priya.");
  REQUIRE(v.choices.size() == 3);
  CHECK(v.choices[2].number == 3);
  CHECK(v.choices[2].choice->id == "leave");
}

TEST_CASE("the notebook: people met, what they have, what they gave, promises, goals") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 1");  // the know-how
  play(c, s, "choose 3");  // a promise
  const Notebook nb = notebook_view(c, s);
  REQUIRE(nb.people.size() == 2);  // priya, and marcus whom you knew already
  CHECK(nb.people[0].person->id == "priya");
  CHECK(nb.people[0].rung == Rung::Acquaintance);
  CHECK(nb.people[0].holds.empty());  // given now, so listed once, under what she gave you
  CHECK(nb.people[0].received == std::vector<std::string>{"How she moved 9,000 members"});
  CHECK(nb.people[0].follow_ups_due == std::vector<std::string>{"volunteer notes"});
  CHECK(nb.people[1].holds.empty());  // you haven't spoken with marcus yet
  CHECK(nb.hints == std::vector<std::string>{"priya did a migration"});  // no label: the id, readable
  Campaign labelled = c;
  labelled.hint_labels["priya-did-a-migration"] = "Priya moved her members off spreadsheets";
  CHECK(notebook_view(labelled, s).hints == std::vector<std::string>{"Priya moved her members off spreadsheets"});
  REQUIRE(nb.needs.size() == 2);
  CHECK(nb.needs[0] == "How to move the member database: found, from Priya Raman at 17:33");
  CHECK(nb.needs[1] == "Renewal benchmarks (side goal): still looking");
}

TEST_CASE("the notebook tells no secrets: what someone has or needs appears once the player has been told") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  s.people["dana"].introduced = true;
  play(c, s, "talk priya");  // hello: nothing said yet about what she has
  auto priya = [&] { return notebook_view(c, s).people[0]; };
  REQUIRE(priya().person->id == "priya");
  CHECK(priya().holds.empty());
  play(c, s, "choose 1");  // her work: "Ask how she did it" would give the know-how, on screen now
  CHECK(priya().holds == std::vector<std::string>{"How she moved 9,000 members"});
  play(c, s, "choose 5");
  play(c, s, "talk dana");  // Dana never says what she needs or has
  auto dana = [&] {
    for (const auto& e : notebook_view(c, s).people)
      if (e.person->id == "dana") return e;
    FAIL("no Dana in the notebook");
    return NotebookEntry{};
  };
  CHECK(dana().needs.empty());
  CHECK(dana().holds.empty());
  s.learned.insert("dana-needs-a-database-plan");  // a hint in her name says what she needs
  CHECK(dana().needs == std::vector<std::string>{"database migration know how"});
  s.learned.erase("dana-needs-a-database-plan");
  s.learned.insert("priya-needs-a-holiday");  // someone else's hint tells nothing about Dana
  CHECK(dana().needs.empty());
}

TEST_CASE("the notebook clears a need met by an introduction, and keeps promises and dates agreed") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  s.people["dana"].introduced = true;
  for (const char* who : {"priya", "dana"}) {
    play(c, s, std::string("talk ") + who);
    play(c, s, "choose 1");
    if (std::string(who) == "priya") play(c, s, "choose 3");  // a promise: the volunteer notes
    play(c, s, std::string("choose ") + (std::string(who) == "priya" ? "5" : "2"));
  }
  play(c, s, "introduce priya dana");  // Dana needs what Priya has
  REQUIRE(s.introductions.back().good_match);
  CHECK(s.introductions.back().needer == "dana");
  CHECK(s.introductions.back().item == "database-migration-know-how");
  Notebook nb = notebook_view(c, s);
  const NotebookEntry* dana = nullptr;
  for (const auto& e : nb.people)
    if (e.person->id == "dana") dana = &e;
  REQUIRE(dana != nullptr);
  CHECK(dana->needs.empty());
  CHECK(dana->needs_met ==
        std::vector<std::string>{"database migration know how: met when you introduced them to Priya Raman"});
  CHECK(nb.people[0].promises == std::vector<std::string>{"You promised to follow up about volunteer notes."});
  s.people["priya"].planned.push_back(AskKind::Coffee);
  CHECK(notebook_view(c, s).people[0].dates ==
        std::vector<std::string>{"You agreed to meet for coffee in the weeks after this event."});
  play(c, s, "end");
  play(c, s, "follow-up priya");
  CHECK(notebook_view(c, s).people[0].promises ==
        std::vector<std::string>{"You followed up about volunteer notes, as you promised."});
}

TEST_CASE("the notebook lists every promise and date agreed, with where each stands, open ones first") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(notebook_view(c, s).agreed.empty());
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");  // a promise: the volunteer notes
  play(c, s, "choose 5");
  s.people["priya"].planned.push_back(AskKind::Coffee);
  auto agreed = [&] {
    std::vector<std::string> out;
    for (const auto& a : notebook_view(c, s).agreed) out.push_back(a.what + " | " + a.stands + (a.open ? " | open" : ""));
    return out;
  };
  CHECK(agreed() == std::vector<std::string>{
                        "Follow up with Priya Raman about volunteer notes | due after this event | open",
                        "Coffee with Priya Raman | agreed: you meet after this event | open"});
  play(c, s, "end");  // the coffee takes place as the weeks after begin
  CHECK(agreed() == std::vector<std::string>{
                        "Follow up with Priya Raman about volunteer notes | due now, before the next event | open",
                        "Coffee with Priya Raman | took place after " + c.steps[0].event.title});
  play(c, s, "follow-up priya");
  CHECK(agreed() == std::vector<std::string>{
                        "Follow up with Priya Raman about volunteer notes | kept",
                        "Coffee with Priya Raman | took place after " + c.steps[0].event.title});
}

TEST_CASE("a promise not kept by the next event stays in the notebook as not kept") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");
  play(c, s, "choose 3");
  play(c, s, "choose 5");
  play(c, s, "end");
  play(c, s, "next");
  const auto nb = notebook_view(c, s);
  REQUIRE(nb.agreed.size() == 1);
  CHECK(nb.agreed[0].stands == "not kept");
  CHECK_FALSE(nb.agreed[0].open);
  CHECK(nb.agreed[0].person == "priya");
}

TEST_CASE("the notebook and an ask's details show the same rapport and regard for the same moment") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 3);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // rapport 2, regard 2
  const NotebookEntry before = notebook_view(c, s).people[0];
  play(c, s, "choose 4");  // suggest a coffee
  REQUIRE(s.asks.size() == 1);
  const std::string details = ask_details(s.asks[0]);
  // The details name the figures the ask used: the notebook's just before it.
  CHECK(details.find("rapport " + std::to_string(before.rapport) + " (") != std::string::npos);
  CHECK(details.find("regard " + std::to_string(before.regard) + " (") != std::string::npos);
  const NotebookEntry after = notebook_view(c, s).people[0];
  // A yes leaves them as they were; a no costs a point of rapport, and the notebook says so.
  CHECK(after.rapport == before.rapport - (s.asks[0].accepted ? 0 : 1));
  CHECK(after.regard == before.regard);
}

TEST_CASE("the status view") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  const StatusView v = status_view(c, s);
  CHECK(v.event_no == 1);
  CHECK(v.event_count == 2);
  CHECK(v.clock == "17:31");
  CHECK(v.ends == "19:00");
  CHECK(v.time_left == 89);
  CHECK_FALSE(v.need_found);
  CHECK(v.in_conversation_with == "Priya Raman");
}

TEST_CASE("the status view's goal is this event's: a need missed at an earlier event does not hide one found now") {
  Campaign c = fixture::campaign();
  c.steps[1].event.player.needs = {fixture::item("workshop-notes", ValueKind::Solution, "The workshop's notes")};
  RunState s = start_run(c, 1);
  CHECK(status_view(c, s).has_need);
  CHECK_FALSE(status_view(c, s).need_found);
  play(c, s, "end");  // event 1's need never found
  play(c, s, "next");
  REQUIRE(s.event_no() == 2);
  CHECK(status_view(c, s).has_need);
  CHECK_FALSE(status_view(c, s).need_found);
  Acquired notes;
  notes.item = "workshop-notes";
  notes.label = "The workshop's notes";
  notes.event_no = 2;
  s.items.push_back(notes);
  CHECK(status_view(c, s).need_found);  // this event's need, though event 1's is still missing
  CHECK_FALSE(all_needs_found(c, s));
  c.steps[1].event.player.needs.clear();  // an event with no need of its own has nothing to find
  CHECK_FALSE(status_view(c, s).has_need);
}

TEST_CASE("greyed reasons made from requirements when the author wrote none") {
  Campaign c = fixture::campaign();
  Choice& how = c.steps[0].event.dialogues[0].nodes[1].choices[0];
  how.unavailable.clear();
  how.requires_.rapport = 4;
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 2");  // the pitch: regard -1
  ConversationView v = conversation_view(c, s);
  CHECK(v.choices[0].reason == "Priya Raman would need to trust your judgement a little more first.");
  s.people["priya"].regard = 5;
  v = conversation_view(c, s);
  CHECK(v.choices[0].reason == "You and Priya Raman would need to be a little warmer first.");
  how.requires_ = Requirements{};
  how.requires_.rung = Rung::CoffeeMate;
  v = conversation_view(c, s);
  CHECK(v.choices[0].reason == "You and Priya Raman would need to know each other better first.");
  how.requires_ = Requirements{};
  how.requires_.learned = {"secret"};
  CHECK(conversation_view(c, s).choices[0].reason.find("haven't learned") != std::string::npos);
  how.requires_ = Requirements{};
  how.requires_.has = {"thing"};
  CHECK(conversation_view(c, s).choices[0].reason.find("don't have") != std::string::npos);
  how.requires_ = Requirements{};
  how.requires_.memory = {"met-at-gala"};
  CHECK(conversation_view(c, s).choices[0].reason.find("memory") != std::string::npos);
  how.requires_ = Requirements{};
  how.requires_.flags = {"toast-given"};
  CHECK(conversation_view(c, s).choices[0].reason == "Something else has to happen first.");
  s.flags["toast-given"] = 1;
  CHECK(conversation_view(c, s).choices[0].available);
  how.requires_ = Requirements{};
  how.requires_.time_left = 200;
  CHECK(conversation_view(c, s).choices[0].reason == "There isn't enough time left for this.");
}

TEST_CASE("a follow-up ask in a dialogue agrees the follow-up when accepted") {
  Campaign c = fixture::campaign();
  Choice& coffee = c.steps[0].event.dialogues[0].nodes[1].choices[3];
  coffee.ask->kind = AskKind::FollowUp;
  coffee.text = "Ask if you could send her a question or two next week.";
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose 1");  // regard 2 rapport 2: 4 + 2 + warm 2 = 8 against 2
  play(c, s, "choose 4");
  REQUIRE(s.asks.size() == 1);
  CHECK(s.asks[0].kind == AskKind::FollowUp);
  CHECK(s.asks[0].accepted);
  REQUIRE(s.follow_ups.size() == 1);
  CHECK(s.follow_ups[0].topic == coffee.text);
  CHECK(s.people["priya"].planned.empty());
}

TEST_CASE("the simulation's own memory tags are listed") {
  const auto& tags = system_memory_tags();
  CHECK(std::find(tags.begin(), tags.end(), "promise-not-kept") != tags.end());
  CHECK(std::find(tags.begin(), tags.end(), "shared-coffee") != tags.end());
}

// What each person's figure shows from across the room (sim::Presence), by the rules in views.h.
namespace {
std::string presence_of(const Campaign& c, const RunState& s, const std::string& id) {
  for (const auto& p : room_view(c, s).people)
    if (p.person->id == id) return to_string(p.presence);
  return "(not in the room)";
}
int choice_number(const Campaign& c, const RunState& s, const std::string& choice_id) {
  for (const auto& ch : conversation_view(c, s).choices)
    if (ch.choice->id == choice_id) return ch.number;
  FAIL("no choice " << choice_id);
  return 0;
}
}  // namespace

TEST_CASE("presence: alone and free looks for company; in a group, chatting; on stage or unintroduced, busy") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  CHECK(presence_of(c, s, "priya") == "looking-for-company");  // alone at the bar
  CHECK(presence_of(c, s, "marcus") == "chatting");            // with dana in the lounge
  CHECK(presence_of(c, s, "dana") == "busy");                  // needs an introduction first
  CHECK(presence_of(c, s, "sam") == "busy");                   // on the stage
  play(c, s, "wait 45");                                       // the toast: priya, sam, leo at the bar
  CHECK(presence_of(c, s, "priya") == "chatting");
  CHECK(presence_of(c, s, "sam") == "chatting");
  CHECK(presence_of(c, s, "leo") == "chatting");
}

TEST_CASE("presence: talking with you, and waiting for you once introduced until you have spoken") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk marcus");
  CHECK(presence_of(c, s, "marcus") == "talking-with-you");
  CHECK(presence_of(c, s, "dana") == "busy");
  play(c, s, "choose 1");
  play(c, s, "ask-intro marcus dana");
  CHECK(presence_of(c, s, "dana") == "waiting-for-you");  // introduced, not yet spoken to
  play(c, s, "choose 2");                                 // goodbye to marcus
  CHECK(presence_of(c, s, "marcus") == "chatting");      // known from the start: not "waiting"
  play(c, s, "talk dana");
  CHECK(presence_of(c, s, "dana") == "talking-with-you");
  play(c, s, "choose 2");
  CHECK(presence_of(c, s, "dana") == "chatting");  // met now: nothing is due
}

TEST_CASE("presence: someone you agreed a follow-up with waits for it; the stage still comes first") {
  const Campaign c = fixture::campaign();
  RunState s = start_run(c, 1);
  play(c, s, "talk priya");
  play(c, s, "choose " + std::to_string(choice_number(c, s, "ask-her-work")));
  play(c, s, "choose " + std::to_string(choice_number(c, s, "offer-notes")));
  CHECK(presence_of(c, s, "priya") == "talking-with-you");
  play(c, s, "choose " + std::to_string(choice_number(c, s, "goodbye")));
  CHECK(presence_of(c, s, "priya") == "waiting-for-you");
  // Someone busy on the stage is busy, whatever is due with them.
  RunState t = start_run(c, 1);
  t.follow_ups.push_back(AgreedFollowUp{"sam", "the slides", 1, false, false});
  CHECK(presence_of(c, t, "sam") == "busy");
  t.follow_ups.back().done = true;
  CHECK(presence_of(c, t, "priya") == "looking-for-company");
}
