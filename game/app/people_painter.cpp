// The people in the room, drawn with shapes: group rings on the floor, each guest's body and
// head, the rung pips at their feet, badges above them, the player, and the reaction that
// rises after a choice. Coordinates are metres; the caller's sf::View maps them to the screen.
#include "app/people_painter.h"

#include "app/room_painter.h"
#include "app/theme.h"

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>

#include <algorithm>
#include <cmath>
#include <map>

namespace mingle::app {

void paint_people(sf::RenderTarget& target, const PeopleFrame& f) {
  const sf::Font* font = f.font;
  auto info = [&](const std::string& id) -> const sim::PersonInRoom* {
    for (const auto& p : f.room.people)
      if (p.person->id == id) return &p;
    return nullptr;
  };

  // Groups: a soft ring on the floor; warm when someone in it is free to talk, grey when not.
  std::map<std::string, std::vector<const Guest*>> groups;
  for (const auto& g : f.crowd.guests())
    if (!g.zone.empty() && !g.leaving) groups[g.zone].push_back(&g);
  for (const auto& [zone, members] : groups) {
    if (members.size() < 2) continue;
    room::Vec2 c{0, 0};
    for (const Guest* g : members) c = c + g->pos;
    c = c * (1.0f / static_cast<float>(members.size()));
    float r = 0;
    for (const Guest* g : members) r = std::max(r, room::distance(c, g->pos));
    bool open = false;
    for (const Guest* g : members)
      if (const auto* p = info(g->id)) open |= p->available;
    sf::CircleShape ring(r + 0.75f, 48);
    ring.setOrigin(r + 0.75f, r + 0.75f);
    ring.setPosition(c.x, c.y);
    ring.setFillColor(open ? sf::Color(255, 210, 140, 40) : sf::Color(60, 60, 70, 60));
    ring.setOutlineThickness(0.06f);
    ring.setOutlineColor(open ? sf::Color(255, 210, 140, 150) : sf::Color(150, 150, 160, 150));
    target.draw(ring);
  }

  // Seen from above: shoulders in the person's colour, a head, and hair whose style, colour and
  // skin tone vary by person, so people differ in shape as well as colour.
  auto draw_body = [&](room::Vec2 p, sf::Color colour, float sway, bool is_player, int look) {
    static const sf::Color kSkin[] = {{250, 226, 200}, {224, 182, 140}, {176, 122, 84}, {120, 80, 56}, {236, 200, 170}};
    static const sf::Color kHair[] = {{60, 40, 30}, {30, 26, 24}, {170, 120, 60}, {200, 200, 205}, {120, 60, 40}, {230, 200, 120}};
    const int n = look < 0 ? 0 : look;
    const float broad = (n % 3 == 0) ? 1.12f : 1.0f;
    sf::CircleShape shadow(Crowd::kRadius);
    shadow.setOrigin(Crowd::kRadius, Crowd::kRadius);
    shadow.setScale(1.1f * broad, 0.6f);
    shadow.setPosition(p.x + 0.06f, p.y + 0.28f);
    shadow.setFillColor(sf::Color(0, 0, 0, 70));
    target.draw(shadow);
    sf::CircleShape body(Crowd::kRadius, 32);
    body.setOrigin(Crowd::kRadius, Crowd::kRadius);
    body.setScale(broad, 1.0f);
    body.setPosition(p.x + sway, p.y);
    body.setFillColor(colour);
    body.setOutlineThickness(is_player ? 0.08f : 0.05f);
    body.setOutlineColor(is_player ? theme::kInk : sf::Color(40, 30, 30));
    target.draw(body);
    const sf::Vector2f head_at{p.x + sway, p.y - 0.05f};
    const sf::Color hair = kHair[n % 6];
    const int style = is_player ? 0 : (n / 2) % 5;
    if (style == 2) {  // long hair, falling behind the head
      sf::CircleShape back(0.2f, 24);
      back.setOrigin(0.2f, 0.14f);
      back.setPosition(head_at);
      back.setFillColor(hair);
      target.draw(back);
    }
    sf::CircleShape head(0.16f, 24);
    head.setOrigin(0.16f, 0.16f);
    head.setPosition(head_at);
    head.setFillColor(is_player ? kSkin[0] : kSkin[(n * 3 + 1) % 5]);
    target.draw(head);
    if (style == 0 || style == 2) {  // hair on top
      sf::CircleShape top(0.15f, 24);
      top.setOrigin(0.15f, 0.15f);
      top.setScale(1.0f, 0.7f);
      top.setPosition(head_at.x, head_at.y - 0.06f);
      top.setFillColor(is_player ? sf::Color(90, 70, 60) : hair);
      target.draw(top);
    } else if (style == 1) {  // a bun
      sf::CircleShape bun(0.08f, 16);
      bun.setOrigin(0.08f, 0.08f);
      bun.setPosition(head_at.x, head_at.y - 0.17f);
      bun.setFillColor(hair);
      target.draw(bun);
    } else if (style == 3) {  // curls
      for (int k = 0; k < 5; ++k) {
        sf::CircleShape curl(0.06f, 12);
        curl.setOrigin(0.06f, 0.06f);
        const float a = -2.6f + 0.55f * static_cast<float>(k);
        curl.setPosition(head_at.x + std::cos(a) * 0.13f, head_at.y + std::sin(a) * 0.13f);
        curl.setFillColor(hair);
        target.draw(curl);
      }
    }  // style 4: close-cropped, the head alone
  };

  // A badge hangs above a guest's head and below the player, so the two never cover each
  // other when you stand face to face.
  auto draw_badge = [&](room::Vec2 p, const std::string& line1, const std::string& line2,
                        sf::Color accent, bool above, int stagger) {
    if (!font) return;
    const float k = 0.011f / std::max(0.7f, f.zoom);  // badges stay readable when zoomed out
    // Authored text is UTF-8 (Lucía, Zoë); sf::Text would read a std::string as Latin-1.
    sf::Text name(sf::String::fromUtf8(line1.begin(), line1.end()), *font, 36);
    name.setScale(k, k);
    sf::Text org(sf::String::fromUtf8(line2.begin(), line2.end()), *font, 28);
    org.setScale(k, k);
    const float w = std::max(name.getGlobalBounds().width, org.getGlobalBounds().width) + 0.3f;
    const float h = line2.empty() ? 0.55f * k / 0.011f : 0.95f * k / 0.011f;
    // Every other member of a group hangs a badge higher, so neighbours' badges don't overlap.
    const float lift = static_cast<float>(stagger % 3) * (h + 0.06f);
    const float top = above ? p.y - Crowd::kRadius - 0.12f - h - lift : p.y + Crowd::kRadius + 0.12f;
    sf::RectangleShape card({w, h});
    card.setPosition(p.x - w / 2, top);
    card.setFillColor(sf::Color(255, 250, 240, 235));
    card.setOutlineThickness(0.04f);
    card.setOutlineColor(accent);
    target.draw(card);
    name.setFillColor(sf::Color(40, 30, 35));
    name.setPosition(p.x - name.getGlobalBounds().width / 2, top + 0.02f);
    target.draw(name);
    if (!line2.empty()) {
      org.setFillColor(sf::Color(90, 80, 90));
      org.setPosition(p.x - org.getGlobalBounds().width / 2, top + 0.45f * k / 0.011f);
      target.draw(org);
    }
  };

  // Whom E would talk to: a ring at their feet.
  if (const Guest* t = f.target.empty() ? nullptr : f.crowd.find(f.target)) {
    sf::CircleShape ring(Crowd::kRadius + 0.14f, 32);
    ring.setOrigin(Crowd::kRadius + 0.14f, Crowd::kRadius + 0.14f);
    ring.setPosition(t->pos.x, t->pos.y);
    ring.setFillColor(sf::Color::Transparent);
    ring.setOutlineThickness(0.07f);
    ring.setOutlineColor(theme::kAccentCool);
    target.draw(ring);
  }

  // Bodies first, badges after, so a badge is never hidden under someone standing below.
  const room::Vec2 shown = f.player;
  for (const auto& g : f.crowd.guests()) {
    const float sway = std::sin(g.phase * 1.3f) * 0.03f;
    draw_body(g.pos, person_colour(g.colour), sway, false, g.colour);
    // The rung reached with them: one small pip per step up the ladder, at their feet.
    const auto* p = info(g.id);
    const int rung = p ? static_cast<int>(p->rung) : 0;
    for (int i = 0; i < rung; ++i) {
      sf::CircleShape pip(0.07f, 12);
      pip.setOrigin(0.07f, 0.07f);
      pip.setPosition(g.pos.x - 0.09f * static_cast<float>(rung - 1) + 0.18f * static_cast<float>(i),
                      g.pos.y + Crowd::kRadius + 0.12f);
      pip.setFillColor(theme::kAccent);
      pip.setOutlineThickness(0.02f);
      pip.setOutlineColor(sf::Color(60, 40, 20));
      target.draw(pip);
    }
  }
  for (const auto& g : f.crowd.guests()) {
    const Person* person = f.event.person(g.id);
    if (!person) continue;
    // Up close a badge reads in full; across the room, a first name is what you'd make out.
    const bool near = room::distance(g.pos, f.player) < 4.0f;
    const std::string name = near ? person->name : person->name.substr(0, person->name.find(' '));
    draw_badge(g.pos, name, near ? person->organisation : std::string(), person_colour(g.colour), true, g.slot);
  }
  // The player is drawn over everyone's badges, so you never lose yourself in a crowd.
  draw_body(shown, sf::Color(250, 244, 232), 0.0f, true, 0);
  // The reaction to the last choice rises from the person and fades: you see it land.
  if (f.reaction_timer > 0.0f && font)
    if (const Guest* g = f.crowd.find(f.reaction_person)) {
      const float age = 2.5f - f.reaction_timer;
      sf::Text rise(sf::String::fromUtf8(f.reaction.begin(), f.reaction.end()), *font, 30);
      const float k = 0.011f / std::max(0.7f, f.zoom);
      rise.setScale(k, k);
      const auto alpha_byte = static_cast<sf::Uint8>(255.0f * std::min(1.0f, f.reaction_timer / 1.0f));
      rise.setFillColor(sf::Color(255, 236, 170, alpha_byte));
      rise.setOutlineColor(sf::Color(40, 30, 30, alpha_byte));
      rise.setOutlineThickness(2.0f);
      rise.setPosition(g->pos.x - rise.getGlobalBounds().width / 2, g->pos.y - 1.9f - 0.4f * age);
      target.draw(rise);
    }
  draw_badge(shown, f.player_name.empty() ? "You" : f.player_name + " (you)", "",
             theme::kAccentCool, false, 0);

}

}  // namespace mingle::app
