// How a person looks (app/painting/figure_look.h): chosen from their id, the same in every event, told
// apart from their neighbours, shaped by their traits.
#include "app/painting/figure_look.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <tuple>

using namespace mingle;
using namespace mingle::app;

namespace {
Person someone(std::string id, std::string org, std::vector<Trait> traits = {}) {
  Person p;
  p.id = std::move(id);
  p.name = "Someone";
  p.organisation = std::move(org);
  p.traits = std::move(traits);
  return p;
}
auto key(const FigureLook& l) {
  return std::make_tuple(l.skin.r, l.skin.g, l.hair.r, l.hair.g, static_cast<int>(l.hair_style),
                         static_cast<int>(l.cut), l.outfit.r, l.outfit.g, l.outfit.b, static_cast<int>(l.worn),
                         static_cast<int>(l.held), l.glasses);
}
}  // namespace

TEST_CASE("the hash is the same on every machine (FNV-1a)") {
  CHECK(stable_hash("") == 0xCBF29CE484222325ull);
  CHECK(stable_hash("a") == 0xAF63DC4C8601EC8Cull);
}

TEST_CASE("a person looks the same whatever else is written about them in an event") {
  Person here = someone("priya", "Riverside Housing", {Trait::Warm});
  Person there = someone("priya", "Riverside Housing", {Trait::Warm});
  there.name = "Priya Raman";  // another event may write more about her
  there.role = "Head of Membership";
  CHECK(key(look_for(here)) == key(look_for(there)));
}

TEST_CASE("people look different from each other") {
  std::set<decltype(key(FigureLook{}))> looks;
  std::set<int> styles, cuts;
  for (int i = 0; i < 40; ++i) {
    const FigureLook l = look_for(someone("person-" + std::to_string(i), "Org"));
    looks.insert(key(l));
    styles.insert(static_cast<int>(l.hair_style));
    cuts.insert(static_cast<int>(l.cut));
  }
  CHECK(looks.size() == 40);
  CHECK(styles.size() >= 6);
  CHECK(cuts.size() >= 5);
}

TEST_CASE("colleagues share their organisation's colour") {
  CHECK(look_for(someone("a", "Riverside Housing")).organisation ==
        look_for(someone("b", "Riverside Housing")).organisation);
  std::set<std::tuple<int, int, int>> colours;
  for (const char* org : {"Riverside Housing", "Northern Trust", "The Guild", "Civic Forum", "Open Data Co"}) {
    const Rgb c = organisation_colour(org);
    colours.insert({c.r, c.g, c.b});
  }
  CHECK(colours.size() >= 4);
}

TEST_CASE("traits shape how someone stands") {
  CHECK(look_for(someone("x", "O", {Trait::Sceptical})).posture == Posture::ArmsFolded);
  CHECK(look_for(someone("x", "O", {Trait::Chatty})).posture == Posture::Gesturing);
  CHECK(look_for(someone("x", "O", {Trait::Formal})).posture == Posture::HandsBehind);
  CHECK(look_for(someone("x", "O", {Trait::Busy})).held == Held::Phone);
  CHECK(look_for(someone("x", "O", {Trait::Chatty})).liveliness >
        look_for(someone("x", "O", {Trait::Reserved})).liveliness);
  // The first trait with a posture decides it.
  CHECK(look_for(someone("x", "O", {Trait::Busy, Trait::Guarded, Trait::Warm})).posture == Posture::ArmsFolded);
  // Folded arms hold no cup.
  CHECK(look_for(someone("x", "O", {Trait::Sceptical, Trait::Busy})).held == Held::None);
}

TEST_CASE("facing: the way they walk, else the player they talk to, else their group's centre") {
  FacingInput in;
  in.pos = {5, 5};
  in.target = {8, 5};
  in.talking_with_player = true;
  in.player = {5, 2};
  in.in_group = true;
  in.group_centre = {5, 7};
  room::Vec2 f = facing_for(in);
  CHECK(f.x == doctest::Approx(1.0f));
  in.target = in.pos;  // standing
  f = facing_for(in);
  CHECK(f.y == doctest::Approx(-1.0f));  // up, towards the player
  in.talking_with_player = false;
  f = facing_for(in);
  CHECK(f.y == doctest::Approx(1.0f));   // down, towards the group's centre
  in.group_centre = {3, 5};
  f = facing_for(in);
  CHECK(f.x == doctest::Approx(-1.0f));
  in.in_group = false;
  f = facing_for(in);
  CHECK(f.y == doctest::Approx(1.0f));   // alone: towards the viewer
  CHECK(f.x == doctest::Approx(0.0f));
}
