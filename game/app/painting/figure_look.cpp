#include "app/painting/figure_look.h"

#include <cmath>

namespace mingle::app {

namespace {

// SplitMix64's finaliser: spreads one hash into independent-looking choices, one per salt.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ull;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
int pick(std::uint64_t h, std::uint64_t salt, int n) {
  return static_cast<int>(mix(h ^ (salt * 0xD6E8FEB86659FD93ull)) % static_cast<std::uint64_t>(n));
}
float unit(std::uint64_t h, std::uint64_t salt) { return static_cast<float>(pick(h, salt, 1000)) / 999.0f; }

// Skin tones from light to deep.
constexpr Rgb kSkin[] = {{255, 224, 196}, {241, 194, 160}, {224, 172, 130}, {198, 140, 98},
                         {168, 112, 74},  {134, 86, 56},   {100, 64, 44},   {236, 204, 172}};
// Hair: black, browns, auburn, blonde, grey, white, copper.
constexpr Rgb kHair[] = {{28, 24, 22},   {58, 40, 30},    {92, 62, 40},    {128, 70, 40},
                         {214, 180, 110}, {150, 150, 155}, {226, 226, 230}, {176, 88, 42}};
// Clothes a professional crowd wears: navy, charcoal, burgundy, forest, camel, teal, mustard,
// plum, slate blue, rust, cream, black.
constexpr Rgb kOutfit[] = {{38, 52, 92},   {64, 66, 72},    {124, 34, 52},  {36, 92, 62},
                           {190, 150, 100}, {24, 120, 128}, {204, 160, 40}, {104, 52, 104},
                           {86, 110, 160},  {170, 80, 44},  {232, 222, 200}, {30, 30, 34}};
constexpr Rgb kTrim[] = {{245, 245, 240}, {200, 220, 240}, {240, 200, 200}, {230, 220, 160},
                         {160, 40, 40},   {40, 80, 150},   {250, 250, 250}, {120, 170, 120}};
constexpr Rgb kLegs[] = {{40, 42, 50}, {30, 30, 34}, {70, 60, 50}, {50, 60, 90}, {110, 100, 90}};
// Organisations: strong, told apart from each other and from the floor (an Okabe–Ito base).
constexpr Rgb kOrganisation[] = {{230, 159, 0},  {86, 180, 233}, {0, 158, 115}, {240, 228, 66},
                                 {0, 114, 178},  {213, 94, 0},   {204, 121, 167}, {150, 60, 200},
                                 {200, 40, 60},  {120, 200, 60}};

template <typename T, int N>
constexpr int count(const T (&)[N]) { return N; }

}  // namespace

Rgb organisation_colour(const std::string& organisation) {
  if (organisation.empty()) return {170, 170, 170};
  return kOrganisation[pick(stable_hash(organisation), 1, count(kOrganisation))];
}

FigureLook look_for(const Person& person) {
  const std::uint64_t h = stable_hash(person.id);
  FigureLook l;
  l.skin = kSkin[pick(h, 1, count(kSkin))];
  l.hair = kHair[pick(h, 2, count(kHair))];
  l.hair_style = static_cast<HairStyle>(pick(h, 3, 8));
  if (l.hair_style == HairStyle::Bald && l.hair == kHair[6]) l.hair = kHair[5];
  l.cut = static_cast<Cut>(pick(h, 4, 6));
  l.outfit = kOutfit[pick(h, 5, count(kOutfit))];
  l.trim = kTrim[pick(h, 6, count(kTrim))];
  if (l.trim == l.outfit) l.trim = kTrim[0];
  l.legs = kLegs[pick(h, 7, count(kLegs))];
  l.organisation = organisation_colour(person.organisation);
  l.glasses = pick(h, 8, 10) < 3;
  l.worn = static_cast<Worn>(pick(h, 9, 5));
  if (l.worn == Worn::Tie && (l.cut == Cut::Dress || l.cut == Cut::Cardigan)) l.worn = Worn::Scarf;
  const int held = pick(h, 10, 6);  // half hold nothing
  l.held = held == 0 ? Held::Cup : held == 1 ? Held::Clipboard : held == 2 ? Held::Cup : Held::None;
  l.build = 0.9f + 0.22f * unit(h, 11);
  l.height = 0.94f + 0.12f * unit(h, 12);
  l.phase = 10.0f * unit(h, 13);

  // Traits shape how they stand: the first trait that has a posture decides it.
  bool decided = false;
  auto stand = [&](Posture p, float lively) {
    if (decided) return;
    l.posture = p;
    l.liveliness = lively;
    decided = true;
  };
  for (Trait t : person.traits) {
    switch (t) {
      case Trait::Sceptical:
      case Trait::Guarded: stand(Posture::ArmsFolded, 0.15f); break;
      case Trait::Reserved:
      case Trait::Formal: stand(Posture::HandsBehind, 0.2f); break;
      case Trait::Shy: stand(Posture::HandsClasped, 0.1f); break;
      case Trait::Warm:
      case Trait::Chatty:
      case Trait::Funny: stand(Posture::Gesturing, t == Trait::Chatty ? 1.0f : 0.8f); break;
      case Trait::Curious:
      case Trait::Generous: stand(Posture::Relaxed, 0.6f); break;
      case Trait::Busy: break;
    }
  }
  // Someone busy keeps an eye on their phone.
  for (Trait t : person.traits)
    if (t == Trait::Busy) l.held = Held::Phone;
  // Folded arms hold nothing.
  if (l.posture == Posture::ArmsFolded || l.posture == Posture::HandsBehind) l.held = Held::None;
  return l;
}

FigureLook player_look() {
  FigureLook l;
  l.skin = kSkin[1];
  l.hair = kHair[2];
  l.hair_style = HairStyle::Short;
  l.cut = Cut::Blazer;
  l.outfit = {250, 244, 232};
  l.trim = {40, 120, 200};
  l.legs = {40, 42, 50};
  l.organisation = {40, 120, 200};
  l.worn = Worn::Lanyard;
  l.posture = Posture::Relaxed;
  l.liveliness = 0.3f;
  return l;
}

bool is_walking(room::Vec2 pos, room::Vec2 target) { return room::distance(pos, target) >= 0.02f; }

room::Vec2 facing_for(const FacingInput& in) {
  auto toward = [&](room::Vec2 to) -> room::Vec2 {
    const room::Vec2 d = to - in.pos;
    const float len = room::length(d);
    if (len < 1e-3f) return {0.0f, 1.0f};
    return d * (1.0f / len);
  };
  if (is_walking(in.pos, in.target)) return toward(in.target);
  if (in.talking_with_player) return toward(in.player);
  if (in.in_group && room::distance(in.pos, in.group_centre) > 0.05f) return toward(in.group_centre);
  return {0.0f, 1.0f};
}

}  // namespace mingle::app
