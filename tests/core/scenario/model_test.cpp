#include "core/scenario/model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <string>

using namespace mingle;

TEST_CASE("every vocabulary word parses back to its value") {
  for (const auto& w : all_value_kinds()) CHECK(to_string(*parse_value_kind(w)) == w);
  for (const auto& w : all_rungs()) CHECK(to_string(*parse_rung(w)) == w);
  for (const auto& w : all_traits()) CHECK(to_string(*parse_trait(w)) == w);
  for (const auto& w : all_ask_kinds()) CHECK(to_string(*parse_ask_kind(w)) == w);
  for (const auto& w : all_outcomes()) CHECK(to_string(*parse_outcome(w)) == w);
  for (const auto& w : all_zone_kinds()) CHECK(to_string(*parse_zone_kind(w)) == w);
  for (const auto& w : all_furniture_kinds()) CHECK(to_string(*parse_furniture_kind(w)) == w);
}

TEST_CASE("the rung ladder has the six rungs in order") {
  CHECK(all_rungs() == std::vector<std::string>{"stranger", "acquaintance", "purposeful",
                                                "coffee_mate", "lunch_mate", "friend"});
  CHECK(Rung::Acquaintance < Rung::CoffeeMate);
}

TEST_CASE("unknown words do not parse") {
  CHECK_FALSE(parse_value_kind("solutions"));
  CHECK_FALSE(parse_trait("Busy"));
  CHECK_FALSE(parse_rung(""));
}

TEST_CASE("an event finds people and their dialogue by id") {
  Event e;
  Person p;
  p.id = "priya";
  p.dialogue = "priya-talk";
  e.people.push_back(p);
  Dialogue d;
  d.id = "priya-talk";
  d.person = "priya";
  Node n;
  n.id = "hello";
  d.nodes.push_back(n);
  e.dialogues.push_back(d);
  REQUIRE(e.person("priya"));
  CHECK(e.person("nobody") == nullptr);
  REQUIRE(e.dialogue_for("priya"));
  CHECK(e.dialogue_for("priya")->find("hello") != nullptr);
  CHECK(e.dialogue_for("priya")->find("bye") == nullptr);
}

TEST_CASE("the memories the simulation writes: one table of names, each once, in the enum's order") {
  const auto& tags = system_memory_tags();
  REQUIRE(tags.size() == std::size(kMemoryNames));
  for (std::size_t i = 0; i < tags.size(); ++i) {
    INFO(tags[i]);
    CHECK(static_cast<std::size_t>(kMemoryNames[i].memory) == i);
    CHECK(tags[i] == to_string(kMemoryNames[i].memory));
    CHECK(std::count(tags.begin(), tags.end(), tags[i]) == 1);
  }
  CHECK(std::string(to_string(Memory::PromiseNotKept)) == "promise-not-kept");
}
