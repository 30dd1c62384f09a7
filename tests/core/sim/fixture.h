#pragma once
// A small campaign built in C++ for the simulation's unit tests: two events (a reception with
// a follow-up phase after it, then a workshop), five people and their dialogues. The
// data-driven playthroughs under tests/play/ use YAML scenarios instead.
#include "core/scenario/model.h"
#include "core/sim/commands.h"
#include "core/sim/run_state.h"

#include <doctest/doctest.h>

#include <string>

namespace fixture {

using namespace mingle;

inline Expr expr(const std::string& text) {
  Expr e;
  std::string err;
  int col = 0;
  REQUIRE_MESSAGE(Expr::parse(text, e, err, col), err);
  return e;
}

inline Choice go_to(std::string id, std::string text, std::string next) {
  Choice c;
  c.id = std::move(id);
  c.text = std::move(text);
  c.next = std::move(next);
  return c;
}

inline Choice ending(std::string id, std::string text, Outcome o) {
  Choice c;
  c.id = std::move(id);
  c.text = std::move(text);
  c.end = o;
  return c;
}

inline Node node(std::string id, std::string say) {
  Node n;
  n.id = std::move(id);
  n.say = std::move(say);
  return n;
}

inline ValueItem item(std::string id, ValueKind k, std::string label) {
  ValueItem v;
  v.item = std::move(id);
  v.kind = k;
  v.label = std::move(label);
  return v;
}

inline Dialogue priya_dialogue() {
  Dialogue d;
  d.id = "priya-talk";
  d.person = "priya";
  d.start = "hello";
  Node hello = node("hello", "Hi, I don't think we've met. Priya.");
  Choice work = go_to("ask-her-work", "Ask what keeps her busy these days.", "her-work");
  work.effects.rapport = 2;
  work.effects.regard = 2;
  work.effects.enjoyment = 2;
  work.coach = "Opening with her world makes people want to help later.";
  hello.choices.push_back(work);
  Choice pitch = go_to("pitch", "Tell her about your database problem straight away.", "her-work");
  pitch.effects.regard = -1;
  pitch.effects.remember = {"pitched-too-early"};
  pitch.coach = "Leading with your need can feel like a sales pitch.";
  hello.choices.push_back(pitch);
  hello.choices.push_back(ending("leave", "Excuse yourself politely.", Outcome::PartedPolitely));
  d.nodes.push_back(hello);

  Node work_node = node("her-work", "We just moved nine thousand members off spreadsheets.");
  work_node.effects.learn = {"priya-did-a-migration"};
  Choice how = go_to("ask-how", "Ask how she did it.", "offer");
  how.requires_.regard = 2;
  how.unavailable = "She doesn't know you well enough yet.";
  how.effects.gain = {"database-migration-know-how"};
  work_node.choices.push_back(how);
  Choice bike = go_to("cycling", "Mention that you cycle to work too.", "her-work");
  bike.effects.rapport = 3;
  bike.effects.enjoyment = 2;
  bike.once = true;
  bike.condition = expr("learned(priya-did-a-migration)");
  work_node.choices.push_back(bike);
  Choice promise = go_to("offer-notes", "Offer to send her your volunteer notes next week.", "offer");
  promise.effects.follow_up = FollowUp{"volunteer notes", ""};
  work_node.choices.push_back(promise);
  Choice coffee;
  coffee.id = "ask-coffee";
  coffee.text = "Suggest a coffee next month.";
  coffee.ask = Ask{AskKind::Coffee, "coffee-yes", "coffee-no"};
  work_node.choices.push_back(coffee);
  Choice secret = go_to("secret", "Ask about the board's plans.", "her-work");
  secret.requires_.rung = Rung::Friend;
  secret.hidden_when_unavailable = true;
  work_node.choices.push_back(secret);
  work_node.choices.push_back(ending("goodbye", "Say it was lovely to meet her.", Outcome::PartedWell));
  d.nodes.push_back(work_node);

  Node offer = node("offer", "Happy to help.");
  offer.next = "her-work";
  d.nodes.push_back(offer);
  Node yes = node("coffee-yes", "I'd like that.");
  yes.next = "her-work";
  d.nodes.push_back(yes);
  Node no = node("coffee-no", "Maybe another time; this month is full.");
  no.next = "her-work";
  d.nodes.push_back(no);
  return d;
}

inline Dialogue simple_dialogue(const std::string& person, const std::string& hello_line) {
  Dialogue d;
  d.id = person + "-talk";
  d.person = person;
  d.start = "hello";
  Node hello = node("hello", hello_line);
  Choice chat = go_to("chat", "Ask how their evening is going.", "hello");
  chat.effects.rapport = 2;
  chat.effects.enjoyment = 1;
  hello.choices.push_back(chat);
  hello.choices.push_back(ending("bye", "Say goodbye.", Outcome::PartedWell));
  d.nodes.push_back(hello);
  return d;
}

inline Person person(std::string id, std::string name, std::vector<Trait> traits) {
  Person p;
  p.id = std::move(id);
  p.name = std::move(name);
  p.organisation = "An Association";
  p.role = "Someone";
  p.traits = std::move(traits);
  return p;
}

inline Event reception() {
  Event e;
  e.id = "reception";
  e.title = "The Welcome Reception";
  e.brief = "Your third week.";
  e.player.role = "Membership Coordinator";
  e.player.needs = {item("database-migration-know-how", ValueKind::Solution, "How to move the member database")};
  e.player.side_goals = {item("renewal-benchmarks", ValueKind::Comparable, "Renewal benchmarks")};
  e.player.knows = {"marcus"};
  e.starts = 17 * 60 + 30;
  e.ends = 19 * 60;
  e.slots = {Slot{"arrivals", 17 * 60 + 30, "Everyone is finding their feet", {}},
             Slot{"toast", 18 * 60 + 15, "", {}}};
  Zone bar;
  bar.id = "bar";
  bar.kind = ZoneKind::Bar;
  bar.label = "the bar";
  Zone stage;
  stage.id = "stage";
  stage.kind = ZoneKind::Stage;
  stage.label = "the stage";
  Zone lounge;
  lounge.id = "lounge";
  lounge.kind = ZoneKind::Lounge;
  e.room.zones = {bar, stage, lounge};

  Person priya = person("priya", "Priya Raman", {Trait::Warm});
  ValueItem know = item("database-migration-know-how", ValueKind::Solution, "How she moved 9,000 members");
  know.shared_when = expr("regard >= 2");
  priya.holds = {know};
  priya.schedule = {{"arrivals", "bar"}, {"toast", "bar"}};
  priya.dialogue = "priya-talk";

  Person marcus = person("marcus", "Marcus Webb", {Trait::Chatty});
  marcus.knows = {Acquaintance{"dana", 2, {}}, Acquaintance{"sam", -1, {}}};
  marcus.schedule = {{"arrivals", "lounge"}, {"toast", "lounge"}};

  Person dana = person("dana", "Dana Okafor", {Trait::Reserved});
  dana.needs_introduction = true;
  dana.needs = {item("database-migration-know-how", ValueKind::Solution, "")};
  dana.holds = {item("renewal-benchmarks", ValueKind::Comparable, "Renewal numbers from 40 associations")};
  dana.schedule = {{"arrivals", "lounge"}, {"toast", "lounge"}};

  Person sam = person("sam", "Sam Ito", {Trait::Busy});
  sam.schedule = {{"arrivals", "stage"}, {"toast", "bar"}};

  Person leo = person("leo", "Leo Park", {});
  leo.schedule = {{"toast", "bar"}};

  e.people = {priya, marcus, dana, sam, leo};
  e.dialogues = {priya_dialogue(), simple_dialogue("marcus", "Good to see you again!"),
                 simple_dialogue("dana", "Hello. Dana."), simple_dialogue("sam", "Hi, Sam.")};
  return e;
}

inline Event workshop() {
  Event e;
  e.id = "workshop";
  e.title = "The Spring Workshop";
  e.player.role = "Membership Coordinator";
  e.starts = 9 * 60;
  e.ends = 10 * 60;
  Person priya = person("priya", "Priya Raman", {Trait::Warm});
  priya.dialogue = "priya-again";
  Person marcus = person("marcus", "Marcus Webb", {Trait::Chatty});
  e.people = {priya, marcus};
  Dialogue again = simple_dialogue("priya", "Oh hello again!");
  again.id = "priya-again";
  Node hello = again.nodes[0];
  Choice remembered = go_to("remembered", "Ask about her migration.", "hello");
  remembered.condition = expr("remembers(pitched-too-early)");
  again.nodes[0].choices.push_back(remembered);
  e.dialogues = {again, simple_dialogue("marcus", "Back again!")};
  return e;
}

inline Campaign campaign() {
  Campaign c;
  c.id = "test-season";
  c.title = "A Test Season";
  CampaignStep one;
  one.event = reception();
  one.after = FollowUpPhase{"The week after", "Your inbox fills up.", 1};
  CampaignStep two;
  two.event = workshop();
  c.steps = {one, two};
  return c;
}

// Parses and applies one command, requiring that it is accepted.
inline mingle::sim::CommandResult play(const Campaign& c, mingle::sim::RunState& s, const std::string& line) {
  std::string err;
  auto cmd = mingle::sim::parse_command(line, err);
  REQUIRE_MESSAGE(cmd.has_value(), line << ": " << err);
  auto r = mingle::sim::apply(c, s, *cmd);
  REQUIRE_MESSAGE(r.ok, line << ": " << r.reason);
  return r;
}

// Parses and applies one command, requiring that it is refused; returns the reason.
inline std::string refused(const Campaign& c, mingle::sim::RunState& s, const std::string& line) {
  std::string err;
  auto cmd = mingle::sim::parse_command(line, err);
  REQUIRE_MESSAGE(cmd.has_value(), line << ": " << err);
  auto r = mingle::sim::apply(c, s, *cmd);
  REQUIRE_MESSAGE(!r.ok, line << " was accepted");
  CHECK(!r.reason.empty());
  return r.reason;
}

// Whether a sentence names no typed command ('talk grace', 'end'...): the core speaks in no
// front-end's terms, and each front-end says how to act.
inline bool names_no_command(const std::string& text) {
  for (const char* w : {"talk", "choose", "leave", "wait", "go", "join", "ask-intro", "introduce", "invite",
                        "follow-up", "end", "next", "look", "notebook"})
    if (text.find(std::string("'") + w) != std::string::npos) return false;
  return true;
}

}  // namespace fixture
