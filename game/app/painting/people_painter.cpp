// The people in the room: group rings on the floor, each guest as a small figure seen from
// above at a slight angle (legs, body, arms, head and hair; clothes, skin and accessories from
// app/figure_look.h), what they are doing as a shape beside their head (core: sim::Presence),
// badges laid out so that none covers another, the player, and the reaction that rises after
// a choice. Coordinates are metres; the caller's sf::View maps them to the screen.
//
// Speed: everything is appended to a few vertex arrays kept between frames (cleared, never
// freed), drawn with one call each: the floor marks, the figures (sorted back to front), the
// markers, the badge cards and the badges' text (glyph quads from the font's own texture, laid
// out once per badge and kept). Nobody outside the view is drawn; far out, figures lose their
// small details and only the badges nearest the player are shown.
#include "app/painting/people_painter.h"

#include "app/painting/figure_look.h"
#include "app/painting/mesh.h"
#include "app/painting/theme.h"
#include "app/layout/labels.h"
#include "app/layout/layout_dump.h"

#include <SFML/Graphics/Text.hpp>
#include <SFML/Graphics/Vertex.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace mingle::app {

namespace {

using room::Vec2;

sf::Color col(Rgb c, sf::Uint8 a = 255) { return {c.r, c.g, c.b, a}; }
using theme::shade;
float luminance(sf::Color c) { return 0.3f * c.r + 0.59f * c.g + 0.11f * c.b; }

constexpr float kPi = 3.14159265f;

void draw(sf::RenderTarget& target, const Mesh& m, const sf::Texture* texture = nullptr) {
  if (m.size() == 0) return;
  sf::RenderStates st;
  st.texture = texture;
  target.draw(m.vertices().data(), m.vertices().size(), sf::Triangles, st);
}

// One line of a badge: glyph quads in pixels from the line's top-left, built once.
struct TextLine {
  std::string text;
  unsigned size = 0;
  float width = 0;
  std::vector<sf::Vertex> glyphs;  // positions in pixels, texture coordinates in the font's pixels
  void set(const sf::Font& font, const std::string& utf8, unsigned px) {
    if (px == size && utf8 == text) return;
    text = utf8;
    size = px;
    Mesh glyph_mesh;
    const sf::String s = sf::String::fromUtf8(utf8.begin(), utf8.end());
    float x = 0;
    sf::Uint32 prev = 0;
    for (sf::Uint32 cp : s) {
      if (prev) x += font.getKerning(prev, cp, px);
      prev = cp;
      const sf::Glyph& g = font.getGlyph(cp, px, false);
      const float l = x + g.bounds.left, t = static_cast<float>(px) + g.bounds.top;
      const float r = l + g.bounds.width, b = t + g.bounds.height;
      const auto& u = g.textureRect;
      glyph_mesh.textured(l, t, r, b, {float(u.left), float(u.top)}, {float(u.left + u.width), float(u.top + u.height)},
                          sf::Color::White);
      x += g.advance;
    }
    width = x;
    glyph_mesh.swap(glyphs);
  }
};

struct BadgeText {
  TextLine full_name, organisation, first_name;
};

struct Badge {
  std::size_t guest = 0;  // index into the crowd; npos for the player
  Vec2 anchor;            // head top (or feet, for the player) in metres
  Vec2 other_anchor;      // where a badge that flips hangs from (the player's: over the head)
  bool below = false;     // hangs below the anchor (the player's)
  const TextLine* line1 = nullptr;
  const TextLine* line2 = nullptr;
  const TextLine* short_line = nullptr;  // the first name, when the badge folds
  bool folded = false;                   // starts folded: in a group (or far) and not expanded
  sf::Color accent, strip;
  sf::FloatRect rect;     // placed, in pixels from the view's top-left
  bool lifted = false;
};

// Kept between frames: buffers (cleared, not freed) and each person's laid-out badge text.
struct Cache {
  const sf::Font* font = nullptr;
  Mesh floor, bodies, marks, cards, name_text, org_text, top;
  std::unordered_map<std::string, BadgeText> texts;
  std::unordered_map<std::string, FigureLook> looks;
  BadgeText player_text;
  std::vector<std::pair<std::uint64_t, std::size_t>> by_id;    // hash of id -> room view index
  std::vector<std::pair<std::uint64_t, std::size_t>> by_zone;  // hash of zone -> guest index
  std::vector<std::size_t> order, candidates;
  std::vector<int> info;          // per guest: index into room.people, -1 when none
  std::vector<int> group_of;      // per guest: index into groups, -1 when alone
  struct Group { Vec2 centre; float radius = 0; int members = 0; bool open = false; std::uint64_t key = 0; };
  std::vector<Group> groups;
  std::vector<Badge> badges;
  std::vector<BadgeAsk> asks;
  std::vector<ScreenBox> figures;
  Vec2 last_player{-1e9f, -1e9f};
  Vec2 player_facing{0, 1};
  float player_walk = 0;
  sf::Text reaction;
  std::string reaction_text;
  bool reaction_shown = false;  // a free lane was found for it this frame
  // What the last frame drew where, for clicks: badges (on top) and figures, in pixels.
  struct Hit { sf::FloatRect rect; std::string id; };
  std::vector<Hit> figure_hits, badge_hits;  // kept; only the first *_count are this frame's
  std::size_t figure_count = 0, badge_count = 0;
  float view_left = 0, view_top = 0, ppm = 1;
};
Cache& cache() {
  static Cache c;
  return c;
}

const FigureLook& look_of(Cache& c, const Person& p) {
  auto it = c.looks.find(p.id);
  if (it == c.looks.end()) it = c.looks.emplace(p.id, look_for(p)).first;
  return it->second;
}

// How a figure moves this frame.
struct Motion {
  float bob = 0;      // metres the body rises with each step
  float stride = 0;   // -1 .. 1: which leg is forward
  float gesture = 0;  // 0 .. 1: a hand raised while talking
  bool talking = false;
};

struct Detail {
  bool fine = true;        // hands, shoes, eyes, accessories
  float outline = 0.025f;  // metres of dark edge round body and head (0: none)
  sf::Color edge{35, 26, 30, 200};
};

// One figure, standing at p (the middle of its footprint), appended back to front.
void figure(Mesh& m, const FigureLook& L, Vec2 p, Vec2 facing, const Motion& mo, const Detail& d) {
  const int seg = d.fine ? 12 : 7, small = d.fine ? 6 : 4;
  const float W = L.build, H = L.height;
  const bool back = facing.y < -0.45f;  // seen from behind: no face, no front details
  const float fx = facing.x;
  const sf::Color skin = col(L.skin), outfit = col(L.outfit), trim = col(L.trim), hair = col(L.hair);
  const sf::Color legs = L.cut == Cut::Suit ? shade(outfit, 0.8f) : col(L.legs);
  const float feet = p.y + 0.22f;
  // Shadow on the floor.
  m.ellipse({p.x + 0.03f, feet - 0.01f}, 0.27f * W, 0.1f, sf::Color(0, 0, 0, 60), seg);
  // Legs and shoes (a dress covers most of the legs).
  const float hip = p.y + (L.cut == Cut::Dress ? 0.12f : 0.02f);
  for (int side = -1; side <= 1; side += 2) {
    const float lift = std::max(0.0f, mo.stride * static_cast<float>(side)) * 0.05f;
    const float x = p.x + static_cast<float>(side) * 0.075f * W + fx * 0.02f;
    const float foot = feet - lift;
    m.rect(Rect{x - 0.055f, hip, 0.11f, foot - hip}, legs);
    if (d.fine) m.ellipse({x + fx * 0.02f, foot}, 0.065f, 0.035f, sf::Color(34, 28, 28), small);
  }
  // Body: a rounded top and a trapezoid to the waist (a dress flares on to the knees).
  const float up = mo.bob;
  const float ys = p.y - 0.30f * H - up, yw = p.y + 0.05f - up;
  const float sw = 0.21f * W, ww = 0.17f * W;
  auto arm_from = [&](int side) { return Vec2{p.x + static_cast<float>(side) * sw * 0.9f, ys + 0.08f}; };
  const sf::Color sleeve = outfit;
  const float ar = 0.045f;
  // Hands: where the posture puts them.
  Vec2 hand[2];
  bool folded = false, hidden = false;
  for (int i = 0; i < 2; ++i) {
    const int side = i == 0 ? -1 : 1;
    const float s = static_cast<float>(side);
    hand[i] = {p.x + s * (sw + 0.03f), yw - 0.02f + s * mo.stride * 0.04f};
    switch (L.posture) {
      case Posture::ArmsFolded: folded = true; break;
      case Posture::HandsBehind: hidden = true; hand[i] = {p.x + s * (sw - 0.03f), yw - 0.06f}; break;
      case Posture::HandsClasped: hand[i] = {p.x + s * 0.03f, yw - 0.03f}; break;
      default: break;
    }
  }
  if (L.held != Held::None && !folded && !hidden) hand[0] = {p.x - 0.07f, ys + 0.2f};  // held in front
  if (mo.gesture > 0.01f && !folded && !hidden) {  // the free hand rises as they talk
    const float g = mo.gesture;
    hand[1] = {hand[1].x + g * 0.05f, hand[1].y + (ys + 0.06f - hand[1].y) * g};
  }
  // Outline: the same shapes a little larger, in dark, first.
  if (d.outline > 0) {
    const float o = d.outline;
    m.ellipse({p.x, ys + 0.07f}, sw + o, 0.09f + o, d.edge, seg);
    m.quad({p.x - sw - o, ys + 0.07f}, {p.x + sw + o, ys + 0.07f}, {p.x + ww + o, yw + o}, {p.x - ww - o, yw + o}, d.edge);
    if (L.cut == Cut::Dress)
      m.quad({p.x - ww - o, yw - 0.02f}, {p.x + ww + o, yw - 0.02f}, {p.x + 0.23f * W + o, p.y + 0.17f + o},
             {p.x - 0.23f * W - o, p.y + 0.17f + o}, d.edge);
  }
  if (hidden)  // hands behind the back: the arms go behind the body
    for (int i = 0; i < 2; ++i) m.capsule(arm_from(i == 0 ? -1 : 1), hand[i], ar, shade(sleeve, 0.8f), small);
  m.ellipse({p.x, ys + 0.07f}, sw, 0.09f, outfit, seg);
  m.quad({p.x - sw, ys + 0.07f}, {p.x + sw, ys + 0.07f}, {p.x + ww, yw}, {p.x - ww, yw}, outfit);
  if (L.cut == Cut::Dress)
    m.quad({p.x - ww, yw - 0.02f}, {p.x + ww, yw - 0.02f}, {p.x + 0.23f * W, p.y + 0.17f}, {p.x - 0.23f * W, p.y + 0.17f},
           outfit);
  if (!back) {  // the front of the clothes: what tells a suit from a jumper
    const float cx = p.x + fx * 0.04f;
    switch (L.cut) {
      case Cut::Suit:
      case Cut::Blazer:
        m.tri({cx - 0.08f, ys + 0.01f}, {cx + 0.08f, ys + 0.01f}, {cx, ys + 0.22f}, trim);
        m.rect(Rect{cx - 0.01f, ys + 0.22f, 0.02f, yw - ys - 0.24f}, shade(outfit, 0.75f));
        break;
      case Cut::Cardigan: m.rect(Rect{cx - 0.045f, ys + 0.02f, 0.09f, yw - ys - 0.02f}, trim); break;
      case Cut::Jumper: m.ellipse({cx, ys + 0.02f}, 0.07f, 0.035f, trim, small); break;
      case Cut::Shirt:
        m.tri({cx - 0.07f, ys}, {cx, ys + 0.03f}, {cx - 0.03f, ys + 0.08f}, shade(outfit, 1.25f));
        m.tri({cx + 0.07f, ys}, {cx, ys + 0.03f}, {cx + 0.03f, ys + 0.08f}, shade(outfit, 1.25f));
        break;
      case Cut::Dress: m.tri({cx - 0.06f, ys}, {cx + 0.06f, ys}, {cx, ys + 0.08f}, skin); break;
    }
    if (d.fine) {
      switch (L.worn) {
        case Worn::Tie: {
          const sf::Color tie = luminance(trim) > 200 ? col(L.organisation) : shade(trim, 0.85f);
          m.quad({cx, ys + 0.02f}, {cx + 0.025f, ys + 0.1f}, {cx, ys + 0.22f}, {cx - 0.025f, ys + 0.1f}, tie);
          break;
        }
        case Worn::Scarf:
          m.ellipse({cx, ys + 0.02f}, 0.12f, 0.05f, trim, small);
          m.rect(Rect{cx - 0.08f, ys + 0.02f, 0.05f, 0.18f}, trim);
          break;
        case Worn::Lanyard:
          m.quad({cx - 0.08f, ys}, {cx - 0.06f, ys}, {cx + 0.01f, ys + 0.2f}, {cx - 0.01f, ys + 0.2f}, col(L.organisation));
          m.quad({cx + 0.06f, ys}, {cx + 0.08f, ys}, {cx + 0.01f, ys + 0.2f}, {cx - 0.01f, ys + 0.2f}, col(L.organisation));
          m.rect(Rect{cx - 0.045f, ys + 0.19f, 0.09f, 0.07f}, sf::Color(250, 250, 245));
          m.rect(Rect{cx - 0.045f, ys + 0.19f, 0.09f, 0.02f}, col(L.organisation));
          break;
        case Worn::Bag:
          m.quad({p.x - sw + 0.02f, ys + 0.02f}, {p.x - sw + 0.06f, ys + 0.02f}, {p.x + ww + 0.02f, yw - 0.08f},
                 {p.x + ww - 0.02f, yw - 0.08f}, sf::Color(70, 48, 34));
          break;
        case Worn::None: break;
      }
      if (L.worn != Worn::Lanyard)  // everyone wears their organisation's colour: a pin
        m.rect(Rect{p.x - sw * 0.55f + fx * 0.03f, ys + 0.1f, 0.07f, 0.05f}, col(L.organisation));
    }
  }
  if (L.worn == Worn::Bag && d.fine)  // the bag itself, at the hip
    m.rect(Rect{p.x + ww - 0.02f, yw - 0.14f, 0.13f, 0.13f}, sf::Color(96, 64, 40));
  // Arms and hands.
  if (folded) {
    const float y = ys + 0.18f;
    m.capsule(arm_from(-1), {p.x - sw * 0.7f, y}, ar, sleeve, small);
    m.capsule(arm_from(1), {p.x + sw * 0.7f, y}, ar, sleeve, small);
    m.capsule({p.x - sw * 0.75f, y}, {p.x + sw * 0.75f, y}, ar + 0.01f, shade(sleeve, 0.85f), small);
    if (d.fine) {
      m.circle({p.x - sw * 0.45f, y - 0.03f}, 0.035f, skin, small);
      m.circle({p.x + sw * 0.45f, y + 0.02f}, 0.035f, skin, small);
    }
  } else if (!hidden) {
    for (int i = 0; i < 2; ++i) {
      const Vec2 from = arm_from(i == 0 ? -1 : 1);
      if (L.cut == Cut::Shirt) {  // short sleeves
        const Vec2 mid = from + (hand[i] - from) * 0.45f;
        m.capsule(mid, hand[i], ar * 0.85f, skin, small);
        m.capsule(from, mid, ar, sleeve, small);
      } else {
        m.capsule(from, hand[i], ar, shade(sleeve, 0.92f), small);
      }
      if (d.fine) m.circle(hand[i], 0.04f, skin, small);
    }
    if (d.fine) {
      const Vec2 h = hand[0];
      switch (L.held) {
        case Held::Cup:
          m.rect(Rect{h.x - 0.035f, h.y - 0.07f, 0.07f, 0.07f}, sf::Color(245, 245, 240));
          m.rect(Rect{h.x - 0.035f, h.y - 0.07f, 0.07f, 0.015f}, sf::Color(120, 80, 50));
          break;
        case Held::Clipboard:
          m.rect(Rect{h.x - 0.06f, h.y - 0.13f, 0.12f, 0.15f}, sf::Color(150, 110, 70));
          m.rect(Rect{h.x - 0.045f, h.y - 0.11f, 0.09f, 0.11f}, sf::Color(245, 245, 240));
          break;
        case Held::Phone: m.rect(Rect{h.x - 0.03f, h.y - 0.07f, 0.06f, 0.09f}, sf::Color(30, 30, 36)); break;
        case Held::None: break;
      }
    }
  }
  // Neck and head.
  const float hr = 0.155f;
  const float looking_down = L.held == Held::Phone ? 0.02f : 0.0f;
  const Vec2 head{p.x + fx * 0.025f, ys - 0.08f + looking_down};
  m.rect(Rect{p.x - 0.04f, ys - 0.04f, 0.08f, 0.06f}, shade(skin, 0.9f));
  // Hair that falls behind the head comes first.
  if (!back) {
    if (L.hair_style == HairStyle::Long) m.ellipse({head.x, head.y + 0.07f}, hr + 0.04f, hr + 0.05f, hair, seg);
    if (L.hair_style == HairStyle::Ponytail)
      m.ellipse({head.x - fx * 0.12f + (std::fabs(fx) < 0.3f ? 0.13f : 0.0f), head.y + 0.06f}, 0.05f, 0.1f, hair, small);
  }
  if (d.outline > 0) m.circle(head, hr + d.outline, d.edge, seg);
  m.circle(head, hr, skin, seg);
  // Hair on the head: seen from behind it covers it; from the front, a cap in the style.
  const float hx = head.x - fx * 0.04f;
  if (back) {
    if (L.hair_style == HairStyle::Bald) m.ring({head.x, head.y + 0.02f}, hr - 0.04f, hr - 0.06f, 0.04f, hair, seg);
    else m.circle({head.x, head.y - 0.01f}, hr + 0.01f, hair, seg);
    if (L.hair_style == HairStyle::Bun) m.circle({head.x, head.y - 0.08f}, 0.07f, shade(hair, 0.9f), small);
    if (L.hair_style == HairStyle::Ponytail) m.ellipse({head.x, head.y + 0.14f}, 0.05f, 0.1f, shade(hair, 0.9f), small);
  } else {
    switch (L.hair_style) {
      case HairStyle::Short: m.ellipse({hx, head.y - 0.07f}, hr + 0.01f, 0.1f, hair, seg); break;
      case HairStyle::Crop: m.ellipse({hx, head.y - 0.09f}, hr - 0.01f, 0.07f, hair, seg); break;
      case HairStyle::Bob:
        m.ellipse({hx, head.y - 0.07f}, hr + 0.02f, 0.1f, hair, seg);
        m.ellipse({hx - 0.13f, head.y + 0.02f}, 0.05f, 0.11f, hair, small);
        m.ellipse({hx + 0.13f, head.y + 0.02f}, 0.05f, 0.11f, hair, small);
        break;
      case HairStyle::Long:
      case HairStyle::Ponytail: m.ellipse({hx, head.y - 0.07f}, hr + 0.015f, 0.1f, hair, seg); break;
      case HairStyle::Bun:
        m.ellipse({hx, head.y - 0.07f}, hr + 0.005f, 0.09f, hair, seg);
        m.circle({hx, head.y - 0.17f}, 0.07f, hair, small);
        break;
      case HairStyle::Curly:
        for (int k = 0; k < 6; ++k) {
          const float a = kPi + kPi * static_cast<float>(k) / 5.0f;
          m.circle({hx + std::cos(a) * 0.12f, head.y - 0.03f + std::sin(a) * 0.1f}, 0.06f, hair, small);
        }
        break;
      case HairStyle::Bald: m.ring({hx, head.y + 0.01f}, hr - 0.03f, 0.05f, 0.03f, hair, seg); break;
    }
    // The face: eyes that look where they face (one eye in profile), glasses.
    if (d.fine) {
      const float ex = 0.055f * (1.0f - 0.5f * std::fabs(fx));
      const float cx = head.x + fx * 0.07f, ey = head.y + 0.02f + std::max(0.0f, facing.y) * 0.01f;
      for (int side = -1; side <= 1; side += 2) {
        if (std::fabs(fx) > 0.8f && static_cast<float>(side) * fx < 0) continue;
        const Vec2 e{cx + static_cast<float>(side) * ex, ey};
        if (L.glasses) {
          m.circle(e, 0.04f, sf::Color(30, 30, 34), small);
          m.circle(e, 0.028f, sf::Color(210, 228, 236), small);
        }
        m.rect(Rect{e.x - 0.015f, e.y - 0.018f, 0.03f, 0.036f}, sf::Color(40, 30, 30));
      }
    }
  }
}

// A figure in a big crowd far out: the same colours, cut and posture in about 20 triangles
// (a software renderer pays for every small triangle).
void figure_coarse(Mesh& m, const FigureLook& L, Vec2 p, Vec2 facing, const Motion& mo) {
  const float W = L.build, H = L.height;
  const bool back = facing.y < -0.45f;
  const sf::Color skin = col(L.skin), outfit = col(L.outfit), hair = col(L.hair);
  const sf::Color legs = L.cut == Cut::Suit ? shade(outfit, 0.8f) : col(L.legs);
  const float feet = p.y + 0.22f;  // no shadow: blending hundreds of them costs more than it shows
  const float hip = p.y + (L.cut == Cut::Dress ? 0.12f : 0.02f);
  m.rect(Rect{p.x - 0.13f * W, hip, 0.26f * W, feet - hip - std::fabs(mo.stride) * 0.03f}, legs);
  const float ys = p.y - 0.30f * H - mo.bob, yw = p.y + 0.05f - mo.bob;
  const float sw = 0.21f * W, ww = 0.17f * W;
  const float bottom = L.cut == Cut::Dress ? p.y + 0.17f : yw;
  // The torso as one six-sided shape, its shoulders cut round: four triangles.
  const Vec2 torso[6] = {{p.x - sw * 0.55f, ys - 0.02f}, {p.x + sw * 0.55f, ys - 0.02f}, {p.x + sw, ys + 0.07f},
                         {p.x + ww, bottom},            {p.x - ww, bottom},            {p.x - sw, ys + 0.07f}};
  for (int i = 1; i < 5; ++i) m.tri(torso[0], torso[i], torso[i + 1], outfit);
  const sf::Color sleeve = shade(outfit, 0.85f);
  if (L.posture == Posture::ArmsFolded) {
    m.rect(Rect{p.x - sw * 0.8f, ys + 0.14f, sw * 1.6f, 0.09f}, sleeve);
  } else if (L.posture != Posture::HandsBehind) {
    for (int side = -1; side <= 1; side += 2) {
      const float s = static_cast<float>(side);
      const Vec2 from{p.x + s * sw * 0.9f, ys + 0.08f};
      Vec2 hand{p.x + s * (sw + 0.03f), yw - 0.02f + s * mo.stride * 0.04f};
      if (side == 1 && mo.gesture > 0.01f) hand.y += (ys + 0.06f - hand.y) * mo.gesture;
      m.capsule(from, hand, 0.05f, sleeve, 0);
    }
  }
  if (!back && (L.cut == Cut::Suit || L.cut == Cut::Blazer || L.cut == Cut::Cardigan))
    m.tri({p.x - 0.07f, ys + 0.01f}, {p.x + 0.07f, ys + 0.01f}, {p.x, ys + 0.2f}, col(L.trim));
  const Vec2 head{p.x + facing.x * 0.025f, ys - 0.08f};
  m.circle(head, 0.155f, back && L.hair_style != HairStyle::Bald ? hair : skin, 7);
  if (!back && L.hair_style != HairStyle::Bald)
    m.ellipse({head.x - facing.x * 0.04f, head.y - 0.07f}, 0.16f, 0.1f, hair, 5);
  if (L.hair_style == HairStyle::Bun) m.circle({head.x, head.y - 0.17f}, 0.07f, hair, 4);
}

// Markers beside the head: what someone is doing, as a shape (never colour alone).
void presence_marker(Mesh& m, sim::Presence pr, Vec2 at, float r, bool strong, float wave, int seg) {
  const int tip_seg = seg >= 10 ? 6 : 0;  // round finger tips only when there are few to draw
  const sf::Color edge = strong ? sf::Color::Black : sf::Color(40, 30, 30, 230);
  const float o = strong ? 0.04f : 0.025f;
  switch (pr) {
    case sim::Presence::Busy: {  // a no-entry sign: a disc with a bar across
      m.circle(at, r + o, edge, seg);
      m.circle(at, r, sf::Color(200, 64, 60), seg);
      m.rect(Rect{at.x - r * 0.65f, at.y - r * 0.2f, r * 1.3f, r * 0.4f}, sf::Color(255, 255, 255));
      break;
    }
    case sim::Presence::WaitingForYou: {  // an exclamation mark on a warm tag
      m.circle(at, r + o, edge, seg);
      m.circle(at, r, sf::Color(255, 196, 60), seg);
      m.quad({at.x - r * 0.16f, at.y - r * 0.68f}, {at.x + r * 0.16f, at.y - r * 0.68f}, {at.x + r * 0.09f, at.y + r * 0.18f},
             {at.x - r * 0.09f, at.y + r * 0.18f}, sf::Color(40, 30, 30));
      m.circle({at.x, at.y + r * 0.46f}, r * 0.13f, sf::Color(40, 30, 30), seg / 2 + 1);
      break;
    }
    case sim::Presence::LookingForCompany: {  // an open hand, waving
      const Vec2 c{at.x, at.y + r * 0.2f};
      const sf::Color palm(255, 236, 200);
      auto finger = [&](float angle, float len, float w) {
        const float a = angle + wave;
        const Vec2 tip{c.x + std::sin(a) * len, c.y - std::cos(a) * len};
        m.capsule(c, tip, w + o, edge, tip_seg);
      };
      auto finger_fill = [&](float angle, float len, float w) {
        const float a = angle + wave;
        const Vec2 tip{c.x + std::sin(a) * len, c.y - std::cos(a) * len};
        m.capsule(c, tip, w, palm, tip_seg);
      };
      const float angles[] = {-0.5f, -0.17f, 0.17f, 0.5f, -1.25f};
      const float lens[] = {r * 1.05f, r * 1.2f, r * 1.15f, r * 0.95f, r * 0.75f};
      for (int i = 0; i < 5; ++i) finger(angles[i], lens[i], r * 0.14f);
      m.circle(c, r * 0.5f + o, edge, seg);
      for (int i = 0; i < 5; ++i) finger_fill(angles[i], lens[i], r * 0.14f);
      m.circle(c, r * 0.5f, palm, seg);
      break;
    }
    case sim::Presence::TalkingWithYou:
    case sim::Presence::Chatting: break;
  }
}

// A speech bubble with three dots: someone is talking.
void speech_bubble(Mesh& m, Vec2 at, float r, bool strong, int seg) {
  const sf::Color edge = strong ? sf::Color::Black : sf::Color(40, 30, 30, 220);
  const float o = strong ? 0.04f : 0.025f;
  m.tri({at.x + r * 0.3f, at.y + r * 0.4f}, {at.x + r * 0.9f, at.y + r * 1.15f}, {at.x + r * 0.75f, at.y + r * 0.3f}, edge);
  m.ellipse(at, r * 1.3f + o, r * 0.8f + o, edge, seg);
  m.ellipse(at, r * 1.3f, r * 0.8f, sf::Color(255, 252, 245), seg);
  m.tri({at.x + r * 0.35f, at.y + r * 0.45f}, {at.x + r * 0.82f, at.y + r * 1.0f}, {at.x + r * 0.72f, at.y + r * 0.35f},
        sf::Color(255, 252, 245));
  for (int k = -1; k <= 1; ++k) m.circle({at.x + static_cast<float>(k) * r * 0.5f, at.y}, r * 0.15f, sf::Color(60, 50, 55), seg / 2);
}

}  // namespace

void paint_people(sf::RenderTarget& target, const PeopleFrame& f) {
  Cache& c = cache();
  if (c.font != f.font) {  // a new font: its glyphs are elsewhere
    c.texts.clear();
    c.player_text = {};
    c.font = f.font;
    c.reaction_text.clear();
  }
  for (Mesh* m : {&c.floor, &c.bodies, &c.marks, &c.cards, &c.name_text, &c.org_text, &c.top}) m->clear();
  c.figure_count = c.badge_count = 0;
  c.reaction_shown = false;

  const auto& guests = f.crowd.guests();
  const std::size_t n = guests.size();
  const sf::View& view = target.getView();
  const sf::Vector2f vc = view.getCenter(), vs = view.getSize();
  const float ppm = static_cast<float>(target.getSize().x) / vs.x;  // pixels per metre on screen
  const float left = vc.x - vs.x / 2, top = vc.y - vs.y / 2;
  auto to_px = [&](Vec2 w) { return sf::Vector2f((w.x - left) * ppm, (w.y - top) * ppm); };
  c.view_left = left;
  c.view_top = top;
  c.ppm = ppm;
  auto in_view = [&](Vec2 p, float margin) {
    return p.x > left - margin && p.x < left + vs.x + margin && p.y > top - margin && p.y < top + vs.y + margin;
  };
  const bool motion = !f.reduced_motion;
  Detail detail;
  detail.fine = ppm >= 28.0f;
  detail.outline = f.high_contrast ? std::max(0.045f, 1.6f / ppm) : (ppm >= 20.0f ? 1.0f / ppm : 0.0f);
  if (f.high_contrast) detail.edge = sf::Color::Black;

  // Who is who: each guest's entry in the room view, by a hash of the id (no per-frame search
  // through the list, no allocation).
  c.by_id.clear();
  for (std::size_t i = 0; i < f.room.people.size(); ++i) c.by_id.emplace_back(stable_hash(f.room.people[i].person->id), i);
  std::sort(c.by_id.begin(), c.by_id.end());
  c.info.assign(n, -1);
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t h = stable_hash(guests[i].id);
    auto it = std::lower_bound(c.by_id.begin(), c.by_id.end(), std::make_pair(h, std::size_t{0}));
    for (; it != c.by_id.end() && it->first == h; ++it)
      if (f.room.people[it->second].person->id == guests[i].id) c.info[i] = static_cast<int>(it->second);
  }
  auto person_at = [&](std::size_t i) -> const sim::PersonInRoom* {
    return c.info[i] < 0 ? nullptr : &f.room.people[static_cast<std::size_t>(c.info[i])];
  };

  // Groups: the guests standing in the same zone, found by sorting on the zone's hash.
  c.by_zone.clear();
  for (std::size_t i = 0; i < n; ++i)
    if (!guests[i].zone.empty() && !guests[i].leaving) c.by_zone.emplace_back(stable_hash(guests[i].zone), i);
  std::sort(c.by_zone.begin(), c.by_zone.end());
  c.groups.clear();
  c.group_of.assign(n, -1);
  for (std::size_t a = 0; a < c.by_zone.size();) {
    std::size_t b = a;
    while (b < c.by_zone.size() && c.by_zone[b].first == c.by_zone[a].first) ++b;
    if (b - a >= 2) {
      Cache::Group g;
      g.key = c.by_zone[a].first;
      g.members = static_cast<int>(b - a);
      for (std::size_t k = a; k < b; ++k) g.centre = g.centre + guests[c.by_zone[k].second].pos;
      g.centre = g.centre * (1.0f / static_cast<float>(g.members));
      for (std::size_t k = a; k < b; ++k) {
        const std::size_t gi = c.by_zone[k].second;
        g.radius = std::max(g.radius, room::distance(g.centre, guests[gi].pos));
        if (const auto* p = person_at(gi)) g.open |= p->available;
        c.group_of[gi] = static_cast<int>(c.groups.size());
      }
      c.groups.push_back(g);
    }
    a = b;
  }
  // A big crowd in view: simpler figures and markers, no filled rings (every pixel and every
  // small triangle costs on a software renderer).
  std::size_t visible = 0;
  for (const auto& g : guests) visible += in_view(g.pos, 1.5f) ? 1 : 0;
  const bool crowded = visible > 120 || ppm < 18.0f;
  const int mark_seg = crowded ? 6 : 14;
  // A soft ring on the floor round each group: warm when someone in it is free to talk.
  for (const auto& g : c.groups) {
    if (!in_view(g.centre, g.radius + 1.0f)) continue;
    const float r = g.radius + 0.75f;
    if (!crowded && r < 4.0f)
      c.floor.ellipse(g.centre, r, r, g.open ? sf::Color(255, 210, 140, 40) : sf::Color(60, 60, 70, 60), 40);
    c.floor.ring(g.centre, r, r, 0.06f, g.open ? sf::Color(255, 210, 140, 150) : sf::Color(150, 150, 160, 150), 40);
  }
  // Whom E would talk to: a ring at their feet.
  const Guest* highlighted = f.target.empty() ? nullptr : f.crowd.find(f.target);
  if (highlighted)
    c.floor.ring({highlighted->pos.x, highlighted->pos.y + 0.1f}, Crowd::kRadius + 0.08f, Crowd::kRadius * 0.6f, 0.07f,
                 theme::kAccentCool, 28);

  // Who speaks in each group, as decoration: a gentle turn every few seconds.
  auto speaker_slot = [&](const Cache::Group& g) {
    const float turn = f.clock / 3.5f + static_cast<float>(g.key % 97) * 0.37f;
    return static_cast<int>(static_cast<std::uint64_t>(std::max(0.0f, turn)) % static_cast<std::uint64_t>(g.members));
  };
  std::string partner;
  for (const auto& p : f.room.people)
    if (p.presence == sim::Presence::TalkingWithYou) partner = p.person->id;

  // The player: facing the way they walk, else the one they talk to.
  const Vec2 me = f.player;
  const Vec2 moved = me - c.last_player;
  const float moved_len = room::length(moved);
  const bool player_walking = moved_len > 1e-4f && moved_len < 1.0f;
  if (player_walking) {
    c.player_facing = moved * (1.0f / moved_len);
    c.player_walk += moved_len * 4.0f;
  } else if (const Guest* g = partner.empty() ? nullptr : f.crowd.find(partner)) {
    const Vec2 d = g->pos - me;
    if (room::length(d) > 0.01f) c.player_facing = d * (1.0f / room::length(d));
  }
  c.last_player = me;

  // Back to front: everyone in view sorted by where they stand, the player among them.
  c.order.clear();
  for (std::size_t i = 0; i < n; ++i)
    if (in_view(guests[i].pos, 1.5f)) c.order.push_back(i);
  const std::size_t kPlayer = static_cast<std::size_t>(-1);
  c.order.push_back(kPlayer);
  std::sort(c.order.begin(), c.order.end(), [&](std::size_t a, std::size_t b) {
    const float ya = a == kPlayer ? me.y : guests[a].pos.y, yb = b == kPlayer ? me.y : guests[b].pos.y;
    return ya < yb;
  });
  const float marker_r = std::max(0.13f, 7.0f * std::min(1.5f, f.ui_scale) / ppm);
  for (std::size_t i : c.order) {
    if (i == kPlayer) {
      Detail mine = detail;
      mine.outline = std::max(detail.outline, 2.2f / ppm);
      mine.edge = sf::Color(20, 40, 70);
      mine.fine = true;
      Motion mo;
      if (motion && player_walking) {
        mo.bob = std::fabs(std::sin(c.player_walk)) * 0.035f;
        mo.stride = std::sin(c.player_walk);
      }
      figure(c.bodies, player_look(), me, c.player_facing, mo, mine);
      continue;
    }
    const Guest& g = guests[i];
    const sim::PersonInRoom* info = person_at(i);
    const Person* person = info ? info->person : f.event.person(g.id);
    if (!person) continue;
    const FigureLook& look = look_of(c, *person);
    const bool walking = is_walking(g.pos, g.target);
    const int gi = c.group_of[i];
    FacingInput in;
    in.pos = g.pos;
    in.target = g.target;
    in.talking_with_player = g.id == partner;
    in.player = me;
    in.in_group = gi >= 0;
    if (gi >= 0) in.group_centre = c.groups[static_cast<std::size_t>(gi)].centre;
    const Vec2 facing = facing_for(in);
    Motion mo;
    const float t = g.phase + look.phase;
    bool speaking = false;
    if (gi >= 0 && info && info->presence == sim::Presence::Chatting && motion)
      speaking = speaker_slot(c.groups[static_cast<std::size_t>(gi)]) == g.slot;
    if (g.id == partner) speaking = true;
    if (motion) {
      if (walking) {
        mo.bob = std::fabs(std::sin(t * 9.0f)) * 0.035f;
        mo.stride = std::sin(t * 9.0f);
      } else if (gi >= 0 || g.id == partner) {  // idle gestures while talking in company
        const float lively = speaking ? 1.0f : look.liveliness;
        const float wave = std::sin(t * 0.9f) * 0.5f + 0.5f;
        mo.gesture = std::max(0.0f, (wave - (1.0f - lively)) / std::max(0.05f, lively)) * (speaking ? 0.9f : 0.6f);
        mo.bob = std::sin(t * 1.7f) * 0.008f;  // a breath
      }
    } else if (look.posture == Posture::Gesturing) {
      mo.gesture = 0.5f;  // a still, open hand: the pose without the motion
    }
    {
      const sf::Vector2f a = to_px({g.pos.x - 0.26f, g.pos.y - 0.30f * look.height - 0.25f});
      const sf::Vector2f b = to_px({g.pos.x + 0.26f, g.pos.y + 0.26f});
      if (c.figure_hits.size() <= c.figure_count) c.figure_hits.emplace_back();
      c.figure_hits[c.figure_count].rect = sf::FloatRect(a.x, a.y, b.x - a.x, b.y - a.y);
      c.figure_hits[c.figure_count++].id = g.id;  // reuses the string's storage
    }
    if (crowded) figure_coarse(c.bodies, look, g.pos, facing, mo);
    else figure(c.bodies, look, g.pos, facing, mo, detail);
    // What they are doing, beside the head; a bubble over whoever is talking.
    const Vec2 head_top{g.pos.x, g.pos.y - 0.30f * look.height - 0.24f};
    if (info && ppm >= 14.0f) {
      const float wave = motion ? std::sin(f.clock * 4.0f + look.phase) * 0.25f : 0.0f;
      presence_marker(c.marks, info->presence, {g.pos.x + 0.3f, head_top.y + 0.05f}, marker_r, f.high_contrast, wave,
                      mark_seg);
      if (speaking) speech_bubble(c.marks, {g.pos.x - 0.32f, head_top.y - 0.02f}, marker_r, f.high_contrast, mark_seg);
      // The rung reached with them: one small pip per step up the ladder, at their feet.
      const int rung = static_cast<int>(info->rung);
      for (int k = 0; k < rung; ++k) {
        const Vec2 at{g.pos.x - 0.09f * static_cast<float>(rung - 1) + 0.18f * static_cast<float>(k), g.pos.y + 0.36f};
        c.marks.circle(at, 0.085f, sf::Color(60, 40, 20), 8);
        c.marks.circle(at, 0.065f, theme::kAccent, 8);
      }
    }
  }
  // The player stands out: a "you" chevron over the head, in the cool accent with a dark edge.
  {
    const float s = std::max(0.16f, 8.0f / ppm);
    const float y = me.y - 0.62f - s * 1.2f - (motion && player_walking ? std::fabs(std::sin(c.player_walk)) * 0.035f : 0);
    c.marks.tri({me.x - s * 1.25f, y - s * 0.95f}, {me.x + s * 1.25f, y - s * 0.95f}, {me.x, y + s * 0.75f}, sf::Color(15, 30, 55));
    c.marks.tri({me.x - s * 0.85f, y - s * 0.7f}, {me.x + s * 0.85f, y - s * 0.7f}, {me.x, y + s * 0.4f}, theme::kAccentCool);
  }

  draw(target, c.floor);
  draw(target, c.bodies);
  draw(target, c.marks);

  // Badges: the player's, the highlighted person's and the partner's first, then the nearest
  // to the player; far out in a big crowd only the nearest few. Laid out on the screen so that
  // none covers another nor the prompt at the bottom; a badge moved up is tied to its owner.
  if (f.font) {
    const sf::Font& font = *f.font;
    const float ui = std::clamp(f.ui_scale, 0.75f, 2.0f);
    const unsigned name_px = static_cast<unsigned>(std::lround(14.0f * ui));
    const unsigned org_px = static_cast<unsigned>(std::lround(11.5f * ui));
    const float pad = 4.0f * ui;
    const sf::Vector2u size = target.getSize();
    const float bottom_limit = static_cast<float>(size.y) - f.bottom_inset;
    c.badges.clear();
    // The player's badge.
    c.player_text.full_name.set(font, f.player_name.empty() ? "You" : f.player_name + " (you)", name_px);
    {
      Badge b;
      b.guest = kPlayer;
      b.anchor = {me.x, me.y + 0.32f};
      b.other_anchor = {me.x, me.y - 0.62f - std::max(0.16f, 8.0f / ppm) * 2.3f};  // over the chevron
      b.below = true;
      b.line1 = &c.player_text.full_name;
      b.accent = theme::kAccentCool;
      b.strip = theme::kAccentCool;
      c.badges.push_back(b);
    }
    c.candidates.clear();
    for (std::size_t i : c.order)
      if (i != kPlayer && c.info[i] >= 0) c.candidates.push_back(i);
    auto rank = [&](std::size_t i) {
      const Guest& g = guests[i];
      if (&g == highlighted || g.id == partner) return -1.0f;
      return room::distance(g.pos, me);
    };
    std::sort(c.candidates.begin(), c.candidates.end(), [&](std::size_t a, std::size_t b) { return rank(a) < rank(b); });
    const std::size_t most = crowded ? 16 : ppm >= 30.0f ? 60 : ppm >= 20.0f ? 24 : 12;
    if (c.candidates.size() > most) c.candidates.resize(most);
    for (std::size_t i : c.candidates) {
      const Guest& g = guests[i];
      const Person& person = *person_at(i)->person;
      BadgeText& text = c.texts[g.id];
      // Up close a badge reads in full; across the room, a first name is what you'd make out,
      // and in a group the badges fold to first names but for the one targeted or talked with
      // (the target is also whoever is under the pointer).
      const bool expanded = &g == highlighted || g.id == partner;
      const bool near = room::distance(g.pos, me) < 4.0f;
      Badge b;
      b.guest = i;
      b.anchor = {g.pos.x, g.pos.y - 0.30f * look_of(c, person).height - 0.3f};
      b.other_anchor = {g.pos.x, g.pos.y + 0.3f};  // under the feet, when there is no room above
      text.first_name.set(font, person.name.substr(0, person.name.find(' ')), name_px);
      b.short_line = &text.first_name;
      b.folded = !expanded && (c.group_of[i] >= 0 || !near);
      if (expanded || near) {
        text.full_name.set(font, person.name, name_px);
        text.organisation.set(font, person.organisation, org_px);
        b.line1 = &text.full_name;
        b.line2 = person.organisation.empty() ? nullptr : &text.organisation;
      } else {
        b.line1 = &text.first_name;
        b.short_line = nullptr;
      }
      const Rgb org = organisation_colour(person.organisation);
      b.strip = col(org);
      b.accent = (&g == highlighted || g.id == partner) ? theme::kAccentCool : sf::Color(90, 70, 70);
      c.badges.push_back(b);
    }
    // Place them, most important first (app/layout/labels.h): above the head if free, else a
    // step up or aside, folded to a first name, or left out; never over a panel, a zone's
    // sign, the player's figure or the target's, nor over another badge.
    const float line_h1 = static_cast<float>(name_px) * 1.2f, line_h2 = static_cast<float>(org_px) * 1.2f;
    c.asks.clear();
    c.figures.clear();
    auto figure_px = [&](Vec2 p, float height, float extra_top) {
      const sf::Vector2f a = to_px({p.x - 0.28f, p.y - 0.30f * height - 0.25f - extra_top});
      const sf::Vector2f b = to_px({p.x + 0.28f, p.y + 0.28f});
      return ScreenBox{a.x, a.y, b.x, b.y};
    };
    // The player's figure with the chevron over it; the target's and the partner's figures.
    c.figures.push_back(figure_px(me, player_look().height, 0.62f - 0.25f + std::max(0.16f, 8.0f / ppm) * 2.2f));
    for (const Badge& b : c.badges) {
      BadgeAsk ask;
      const float w = std::max(b.line1->width, b.line2 ? b.line2->width : 0.0f) + 2 * pad + 4 * ui;
      ask.full_w = w;
      ask.full_h = line_h1 + (b.line2 ? line_h2 : 0.0f) + pad;
      if (b.short_line) {
        ask.short_w = b.short_line->width + 2 * pad + 4 * ui;
        ask.short_h = line_h1 + pad;
      }
      ask.folded = b.folded;
      const sf::Vector2f above = to_px(b.anchor), below = to_px(b.other_anchor);
      ask.x = above.x;
      if (b.guest == kPlayer) {
        ask.hang_below = true;
        ask.above_y = below.y;  // over the chevron
        ask.below_y = above.y;  // under the feet
      } else {
        ask.above_y = above.y;
        ask.below_y = below.y;
        const Guest& g = guests[b.guest];
        if (&g == highlighted || g.id == partner) {
          c.figures.push_back(figure_px(g.pos, look_of(c, *person_at(b.guest)->person).height, 0.0f));
        }
      }
      c.asks.push_back(ask);
    }
    const ScreenBox screen_box{0, 0, static_cast<float>(size.x), static_cast<float>(size.y)};
    std::vector<ScreenBox> reserved = f.reserved;
    reserved.push_back({0, bottom_limit, screen_box.right, screen_box.bottom});
    const std::vector<BadgePlace> places = place_badges(c.asks, reserved, c.figures, screen_box);
    for (std::size_t k = 0; k < c.badges.size(); ++k) {
      Badge& b = c.badges[k];
      const BadgePlace& at = places[k];
      if (!at.shown) {
        b.line1 = nullptr;
        continue;
      }
      if (at.folded && b.short_line) {
        b.line1 = b.short_line;
        b.line2 = nullptr;
      }
      b.rect = sf::FloatRect(at.box.left, at.box.top, at.box.right - at.box.left, at.box.bottom - at.box.top);
      b.lifted = at.lifted;
      // The thread ties a moved badge to the end of the figure it hangs from: the player's
      // anchor is the feet and the other the chevron; a guest's the head and the other the feet.
      if (at.below != (b.guest == kPlayer)) b.anchor = b.other_anchor;
      b.below = at.below;
    }
    // For the layout dump (--layout-dump): the badges as placed, and the figures nobody may cover.
    if (layout_frame().on()) {
      for (const Badge& b : c.badges) {
        if (!b.line1) continue;
        const float need = std::max(b.line1->width, b.line2 ? b.line2->width : 0.0f) + 2 * pad + 4 * ui;
        const float need_h = line_h1 + (b.line2 ? line_h2 : 0.0f) + pad;
        std::string text = b.line1->text;
        if (b.line2) text += " / " + b.line2->text;
        layout_frame().add({"badge", b.rect.left, b.rect.top, b.rect.width, b.rect.height,
                            need > b.rect.width + 0.5f || need_h > b.rect.height + 0.5f, text});
      }
      for (std::size_t k = 0; k < c.figures.size(); ++k) {
        const ScreenBox& fb = c.figures[k];
        layout_frame().add({k == 0 ? "player" : "target", fb.left, fb.top, fb.right - fb.left, fb.bottom - fb.top,
                            false, k == 0 ? std::string("you") : std::string()});
      }
      for (std::size_t k = 0; k < c.figure_count; ++k) {
        const sf::FloatRect& r = c.figure_hits[k].rect;
        layout_frame().add({"figure", r.left, r.top, r.width, r.height, false, c.figure_hits[k].id});
      }
    }
    // Draw them in pixels (a view of the window's own size), so text is crisp at any zoom.
    const sf::Color ink = f.high_contrast ? sf::Color::Black : sf::Color(40, 30, 35);
    const sf::Color ink_soft = f.high_contrast ? sf::Color(20, 20, 20) : sf::Color(90, 78, 88);
    const float edge = f.high_contrast ? 2.0f : 1.0f;
    for (const Badge& b : c.badges) {
      if (!b.line1) continue;
      const sf::FloatRect& r = b.rect;
      if (b.guest != kPlayer) {
        if (c.badge_hits.size() <= c.badge_count) c.badge_hits.emplace_back();
        c.badge_hits[c.badge_count].rect = r;
        c.badge_hits[c.badge_count++].id = guests[b.guest].id;
      }
      if (b.lifted) {  // a thread back to the head it belongs to
        const sf::Vector2f a = to_px(b.anchor);
        const float x = r.left + r.width / 2, y = b.below ? r.top : r.top + r.height;
        c.cards.quad({x - 1, y}, {x + 1, y}, {a.x + 1, a.y}, {a.x - 1, a.y}, sf::Color(40, 30, 35, 170));
      }
      const sf::Color border = f.high_contrast ? sf::Color::Black : b.accent;
      const float bw = (b.accent == theme::kAccentCool ? 2.0f : 1.0f) * edge;
      c.cards.rect(Rect{r.left - bw, r.top - bw, r.width + 2 * bw, r.height + 2 * bw}, border);
      c.cards.rect(Rect{r.left, r.top, r.width, r.height}, sf::Color(255, 250, 240, f.high_contrast ? 255 : 240));
      c.cards.rect(Rect{r.left, r.top, 4 * ui, r.height}, b.strip);  // the organisation's colour
      auto emit = [&](Mesh& m, const TextLine& line, float y, sf::Color k) {
        const float x0 = std::round(r.left + 4 * ui + (r.width - 4 * ui - line.width) / 2);
        const float y0 = std::round(y);
        for (std::size_t v = 0; v + 5 < line.glyphs.size(); v += 6) {
          const sf::Vertex& a = line.glyphs[v];
          const sf::Vertex& cc = line.glyphs[v + 2];
          m.textured(a.position.x + x0, a.position.y + y0, cc.position.x + x0, cc.position.y + y0, a.texCoords,
                     cc.texCoords, k);
        }
      };
      emit(c.name_text, *b.line1, r.top + pad * 0.5f - static_cast<float>(name_px) * 0.12f, ink);
      if (b.line2) emit(c.org_text, *b.line2, r.top + pad * 0.5f + line_h1 - static_cast<float>(org_px) * 0.12f, ink_soft);
    }
  }

  // The reaction to the last choice rises from the person and fades: you see it land. It stays
  // in the room, below the HUD.
  if (f.reaction_timer > 0.0f && f.font)
    if (const Guest* g = f.crowd.find(f.reaction_person)) {
      if (c.reaction_text != f.reaction) {
        c.reaction_text = f.reaction;
        c.reaction.setFont(*f.font);
        c.reaction.setString(sf::String::fromUtf8(f.reaction.begin(), f.reaction.end()));
        c.reaction.setOutlineThickness(2.0f);
      }
      c.reaction.setCharacterSize(static_cast<unsigned>(std::lround(16.0f * std::clamp(f.ui_scale, 0.75f, 2.0f))));
      const float age = motion ? 2.5f - f.reaction_timer : 0.0f;
      const auto alpha = static_cast<sf::Uint8>(255.0f * std::min(1.0f, f.reaction_timer / 1.0f));
      c.reaction.setFillColor(sf::Color(255, 236, 170, alpha));
      c.reaction.setOutlineColor(sf::Color(40, 30, 30, alpha));
      // It rises from over their badge (or head) in a lane clear of every badge, sign, panel
      // and the figures nobody may cover (app/layout/labels.h); with no lane free it is left
      // to the conversation panel, which says it too.
      const sf::Vector2f head = to_px({g->pos.x, g->pos.y - 0.62f});
      ScreenBox card{head.x - 1.0f, head.y, head.x + 1.0f, head.y};
      for (const Badge& b : c.badges)
        if (b.line1 && b.guest != kPlayer && guests[b.guest].id == f.reaction_person)
          card = {b.rect.left, b.rect.top, b.rect.left + b.rect.width, b.rect.top + b.rect.height};
      const sf::FloatRect bounds = c.reaction.getLocalBounds();
      const float w = bounds.left + bounds.width + 2.0f, h = bounds.top + bounds.height + 2.0f;
      std::vector<ScreenBox> taken = f.reserved;
      taken.insert(taken.end(), c.figures.begin(), c.figures.end());
      for (const Badge& b : c.badges)
        if (b.line1) taken.push_back({b.rect.left, b.rect.top, b.rect.left + b.rect.width, b.rect.top + b.rect.height});
      const sf::Vector2u tsize = target.getSize();
      const ScreenBox screen_box{6, 6, static_cast<float>(tsize.x) - 6.0f, static_cast<float>(tsize.y) - 6.0f};
      const auto at = place_rising(w, h, card, motion ? 60.0f : 0.0f, age / 2.5f, taken, screen_box);
      c.reaction_shown = at.has_value();
      if (at) {
        c.reaction.setPosition(at->left + 1.0f, at->top + 1.0f);
        layout_frame().add({"text", at->left, at->top, w, h, false, f.reaction});
      }
    }

  // Screen-space layers: badges' cards, their text, the reaction.
  const sf::View world = target.getView();
  const sf::Vector2u size = target.getSize();
  target.setView(sf::View(sf::FloatRect(0, 0, static_cast<float>(size.x), static_cast<float>(size.y))));
  draw(target, c.cards);
  if (f.font) {
    const float ui = std::clamp(f.ui_scale, 0.75f, 2.0f);
    draw(target, c.name_text, &f.font->getTexture(static_cast<unsigned>(std::lround(14.0f * ui))));
    draw(target, c.org_text, &f.font->getTexture(static_cast<unsigned>(std::lround(11.5f * ui))));
    if (f.reaction_timer > 0.0f && c.reaction_shown && f.crowd.find(f.reaction_person)) target.draw(c.reaction);
  }
  target.setView(world);
}

void paint_figures(sf::RenderTarget& target, const std::vector<LoneFigure>& figures, float clock, bool reduced_motion,
                   bool high_contrast) {
  static Mesh mesh;  // kept between frames: no allocation once warmed up
  mesh.clear();
  const float ppm = static_cast<float>(target.getSize().x) / std::max(1.0f, target.getView().getSize().x);
  Detail detail;
  detail.outline = high_contrast ? std::max(0.045f, 1.6f / ppm) : 1.0f / ppm;
  if (high_contrast) detail.edge = sf::Color::Black;
  static std::vector<const LoneFigure*> order;  // back to front; reused, as the mesh is
  order.clear();
  for (const auto& f : figures)
    if (f.person) order.push_back(&f);
  std::sort(order.begin(), order.end(), [](const LoneFigure* a, const LoneFigure* b) { return a->pos.y < b->pos.y; });
  for (const LoneFigure* f : order) {
    const FigureLook look = look_for(*f->person);
    Motion mo;
    if (!reduced_motion) {  // talking in company: a breath and, now and then, a hand
      const float t = clock + f->phase + look.phase;
      const float wave = std::sin(t * 0.9f) * 0.5f + 0.5f;
      mo.gesture = std::max(0.0f, (wave - (1.0f - look.liveliness)) / std::max(0.05f, look.liveliness)) * 0.6f;
      mo.bob = std::sin(t * 1.7f) * 0.008f;
    } else if (look.posture == Posture::Gesturing) {
      mo.gesture = 0.5f;
    }
    figure(mesh, look, f->pos, f->facing, mo, detail);
  }
  draw(target, mesh);
}

std::string drawn_person_at(room::Vec2 p) {
  const Cache& c = cache();
  const sf::Vector2f px((p.x - c.view_left) * c.ppm, (p.y - c.view_top) * c.ppm);
  for (std::size_t i = 0; i < c.badge_count; ++i)
    if (c.badge_hits[i].rect.contains(px)) return c.badge_hits[i].id;
  for (std::size_t i = c.figure_count; i-- > 0;)  // the front-most first
    if (c.figure_hits[i].rect.contains(px)) return c.figure_hits[i].id;
  return {};
}

}  // namespace mingle::app
