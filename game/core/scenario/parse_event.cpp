// Parsers for campaign.yaml, event.yaml and room.yaml.
#include "core/diag/suggest.h"
#include "core/scenario/fields.h"
#include "core/scenario/parse.h"

#include <map>
#include <tuple>

namespace mingle {
namespace {

// Checks an id is unique among `seen` (a list of earlier ids with their positions).
void check_unique(const std::string& id, const SourcePos& pos, std::string_view what,
                  std::map<std::string, SourcePos>& seen, Diagnostics& d) {
  const auto [it, inserted] = seen.emplace(id, pos);
  if (!inserted)
    d.add("E0207", pos,
          "the " + std::string(what) + " id '" + id + "' is used twice (first on line " +
              std::to_string(it->second.line) + ")",
          "give each " + std::string(what) + " its own id");
}

std::string_view file_name_of(const YNode& v, std::string_view key, Diagnostics& d,
                              std::string& storage) {
  if (auto t = read_text(v, key, d)) storage = *t;
  return storage;
}

}  // namespace

void parse_campaign(const YNode& root, Campaign& out,
                    std::vector<std::pair<std::string, SourcePos>>& event_folders,
                    ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  MapReader m(root, "the campaign", {"id", "title", "intro", "events"}, d);
  if (!m.ok()) return;
  out.pos = m.pos();
  if (auto v = m.require("id")) out.id = read_id(*v, "id", d).value_or("");
  if (auto v = m.require("title")) out.title = read_text(*v, "title", d).value_or("");
  if (auto v = m.get("intro")) out.intro = read_text(*v, "intro", d).value_or("");
  const YNode* events = m.require("events", "list the event folders in play order, e.g. "
                                            "'events: [{event: welcome-reception}]'");
  if (!events) return;
  if (!events->is_seq() || events->children.empty()) {
    d.add("E0203", events->pos,
          events->is_seq() ? std::string("'events' is an empty list")
                           : "expected a list of events for 'events', found " + describe(*events),
          "write one '- event: folder-name' line per event");
    return;
  }
  for (const YNode& e : events->children) {
    MapReader em(e, "an event of the campaign", {"event", "after"}, d);
    if (!em.ok()) continue;
    CampaignStep step;
    std::string folder;
    if (auto v = em.require("event", "name the event's folder, e.g. 'event: welcome-reception'"))
      file_name_of(*v, "event", d, folder);
    if (auto v = em.get("after")) {
      MapReader am(*v, "a follow-up phase", {"title", "text", "weeks"}, d);
      if (am.ok()) {
        FollowUpPhase phase;
        if (auto t = am.require("title")) phase.title = read_text(*t, "title", d).value_or("");
        if (auto t = am.get("text")) phase.text = read_text(*t, "text", d).value_or("");
        if (auto t = am.get("weeks")) phase.weeks = read_int(*t, "weeks", 0, 52, d).value_or(4);
        step.after = phase;
      }
    }
    event_folders.emplace_back(folder, em.pos());
    out.steps.push_back(std::move(step));
  }
}

void parse_event(const YNode& root, Event& out, std::pair<std::string, SourcePos>& room_file,
                 std::vector<std::pair<std::string, SourcePos>>& people_files,
                 ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  MapReader m(root, "the event",
              {"id", "title", "brief", "player", "clock", "minutes_per_exchange", "slots", "room",
               "people"},
              d);
  // Line 0 marks a default name (not written by the author).
  room_file = {"room.yaml", {root.pos.file, 0, 0}};
  people_files = {{"people.yaml", {root.pos.file, 0, 0}}};
  if (!m.ok()) return;
  out.pos = m.pos();
  if (auto v = m.require("id")) out.id = read_id(*v, "id", d).value_or("");
  if (auto v = m.require("title")) out.title = read_text(*v, "title", d).value_or("");
  if (auto v = m.get("brief")) out.brief = read_text(*v, "brief", d).value_or("");

  if (auto v = m.require("player", "say who the player is and what they came for: "
                                   "'player: {role: ..., needs: [...]}'")) {
    MapReader pm(*v, "the player", {"role", "needs", "side_goals", "knows"}, d);
    if (pm.ok()) {
      if (auto r = pm.require("role")) out.player.role = read_text(*r, "role", d).value_or("");
      if (auto n = pm.require("needs", "name at least one item the player came to find"))
        parse_value_items(*n, "needs", out.player.needs, false, ctx);
      if (auto n = pm.get("side_goals"))
        parse_value_items(*n, "side_goals", out.player.side_goals, false, ctx);
      if (auto k = pm.get("knows")) {
        for (auto& [id, pos] : read_id_list(*k, "knows", d)) {
          ctx.ref(RefKind::Person, id, pos);
          out.player.knows.push_back(id);
        }
      }
    }
  }

  if (auto v = m.get("clock")) {
    MapReader cm(*v, "the clock", {"starts", "ends"}, d);
    if (cm.ok()) {
      const YNode* s = cm.require("starts");
      const YNode* e = cm.require("ends");
      if (s) out.starts = read_clock(*s, "starts", d).value_or(out.starts);
      if (e) {
        if (auto end = read_clock(*e, "ends", d)) {
          if (*end <= out.starts)
            d.add("E0208", e->pos, "the event ends before it starts",
                  "'ends' must be a later time than 'starts' on the same day");
          else
            out.ends = *end;
        }
      }
    }
  }
  if (auto v = m.get("minutes_per_exchange"))
    out.minutes_per_exchange = read_int(*v, "minutes_per_exchange", 1, 60, d).value_or(2);

  if (auto v = m.get("slots")) {
    if (!v->is_seq()) {
      d.add("E0203", v->pos, "expected a list of slots for 'slots', found " + describe(*v));
    } else {
      std::map<std::string, SourcePos> seen;
      for (const YNode& s : v->children) {
        MapReader sm(s, "a slot", {"id", "from", "note"}, d);
        if (!sm.ok()) continue;
        Slot slot;
        slot.pos = sm.pos();
        if (auto id = sm.require("id")) slot.id = read_id(*id, "id", d).value_or("");
        if (!slot.id.empty()) check_unique(slot.id, slot.pos, "slot", seen, d);
        if (auto f = sm.require("from")) {
          if (auto t = read_clock(*f, "from", d)) {
            slot.from = *t;
            if (out.slots.empty() && *t != out.starts)
              d.add("E0208", f->pos, "the first slot must start when the clock starts",
                    "set its 'from' to the clock's 'starts' time");
            else if (!out.slots.empty() && *t <= out.slots.back().from)
              d.add("E0208", f->pos, "this slot starts before the one above it ends",
                    "list slots in time order, each starting later than the one before");
            else if (*t >= out.ends)
              d.add("E0208", f->pos, "this slot starts after the event has ended");
          }
        }
        if (auto n = sm.get("note")) slot.note = read_text(*n, "note", d).value_or("");
        out.slots.push_back(std::move(slot));
      }
    }
  }

  if (auto v = m.get("room")) {
    std::string s;
    file_name_of(*v, "room", d, s);
    room_file = {s, v->pos};
  }
  if (auto v = m.get("people")) {
    people_files.clear();
    if (v->is_seq()) {
      for (const YNode& f : v->children) {
        std::string s;
        if (!file_name_of(f, "people", d, s).empty()) people_files.emplace_back(s, f.pos);
      }
    } else {
      std::string s;
      if (!file_name_of(*v, "people", d, s).empty()) people_files.emplace_back(s, v->pos);
    }
  }
}

namespace {

// A furniture kind's size when the author gives none, in metres.
std::pair<float, float> default_size(FurnitureKind k) {
  switch (k) {
    case FurnitureKind::TallTable: return {0.8f, 0.8f};
    case FurnitureKind::RoundTable: return {1.6f, 1.6f};
    case FurnitureKind::Chair: return {0.5f, 0.5f};
    case FurnitureKind::Sofa: return {2.0f, 0.9f};
    case FurnitureKind::Counter: return {3.0f, 0.8f};
    case FurnitureKind::Plant: return {0.6f, 0.6f};
    case FurnitureKind::Lectern: return {0.6f, 0.5f};
    case FurnitureKind::Screen: return {2.5f, 0.3f};
  }
  return {1.0f, 1.0f};
}

void check_inside(const Rect& r, const Room& room, const SourcePos& pos, std::string_view what,
                  Diagnostics& d) {
  constexpr float slack = 0.001f;
  if (r.x + r.w > room.width + slack || r.y + r.h > room.height + slack)
    d.add("W0213", pos,
          std::string(what) + " reaches outside the room (the room is " +
              std::to_string(static_cast<int>(room.width)) + " by " +
              std::to_string(static_cast<int>(room.height)) + " metres)",
          "move it with 'at' or make it smaller with 'size'");
}

}  // namespace

void parse_room(const YNode& root, Room& out, ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  MapReader m(root, "the room", {"name", "size", "zones", "furniture", "entrances"}, d);
  if (!m.ok()) return;
  if (auto v = m.get("name")) out.name = read_text(*v, "name", d).value_or("");
  if (auto v = m.require("size", "give the room's size in metres: 'size: {width: 24, height: 16}'")) {
    MapReader sm(*v, "the room's size", {"width", "height"}, d);
    if (sm.ok()) {
      if (auto w = sm.require("width"))
        out.width = static_cast<float>(read_number(*w, "width", 4, 200, d).value_or(out.width));
      if (auto h = sm.require("height"))
        out.height = static_cast<float>(read_number(*h, "height", 4, 200, d).value_or(out.height));
    }
  }
  std::map<std::string, SourcePos> seen;
  auto each = [&](const char* key, auto&& fn) {
    const YNode* v = m.get(key);
    if (!v) return;
    if (!v->is_seq()) {
      d.add("E0203", v->pos, std::string("expected a list for '") + key + "', found " + describe(*v));
      return;
    }
    for (const YNode& item : v->children) fn(item);
  };
  each("zones", [&](const YNode& z) {
    MapReader zm(z, "a zone", {"id", "kind", "label", "at", "size"}, d);
    if (!zm.ok()) return;
    Zone zone;
    zone.pos = zm.pos();
    if (auto v = zm.require("id")) zone.id = read_id(*v, "id", d).value_or("");
    if (!zone.id.empty()) check_unique(zone.id, zone.pos, "zone", seen, d);
    if (auto v = zm.require("kind"))
      zone.kind = read_word<ZoneKind>(*v, "kind", "zone kind", parse_zone_kind, all_zone_kinds(), d)
                      .value_or(ZoneKind::Carpet);
    if (auto v = zm.get("label")) zone.label = read_text(*v, "label", d).value_or("");
    bool placed = true;
    if (auto v = zm.require("at")) {
      auto p = read_pair(*v, "at", 0, 200, d);
      placed = placed && p;
      if (p) std::tie(zone.area.x, zone.area.y) = *p;
    }
    if (auto v = zm.require("size")) {
      auto p = read_pair(*v, "size", 0.5, 200, d);
      placed = placed && p;
      if (p) std::tie(zone.area.w, zone.area.h) = *p;
    }
    if (placed && zm.has("at") && zm.has("size")) check_inside(zone.area, out, zone.pos, "this zone", d);
    out.zones.push_back(std::move(zone));
  });
  each("furniture", [&](const YNode& f) {
    MapReader fm(f, "a piece of furniture", {"kind", "at", "size"}, d);
    if (!fm.ok()) return;
    Furniture piece;
    piece.pos = fm.pos();
    if (auto v = fm.require("kind"))
      piece.kind = read_word<FurnitureKind>(*v, "kind", "furniture kind", parse_furniture_kind,
                                            all_furniture_kinds(), d)
                       .value_or(FurnitureKind::TallTable);
    std::tie(piece.area.w, piece.area.h) = default_size(piece.kind);
    bool placed = false;
    if (auto v = fm.require("at")) {
      auto p = read_pair(*v, "at", 0, 200, d);
      placed = p.has_value();
      if (p) std::tie(piece.area.x, piece.area.y) = *p;
    }
    if (auto v = fm.get("size")) {
      auto p = read_pair(*v, "size", 0.1, 200, d);
      if (p) std::tie(piece.area.w, piece.area.h) = *p;
      else placed = false;
    }
    if (placed) check_inside(piece.area, out, piece.pos, "this piece of furniture", d);
    out.furniture.push_back(piece);
  });
  each("entrances", [&](const YNode& e) {
    MapReader em(e, "an entrance", {"id", "at"}, d);
    if (!em.ok()) return;
    Entrance entrance;
    entrance.pos = em.pos();
    if (auto v = em.require("id")) entrance.id = read_id(*v, "id", d).value_or("");
    if (!entrance.id.empty()) check_unique(entrance.id, entrance.pos, "entrance", seen, d);
    if (auto v = em.require("at")) {
      if (auto p = read_pair(*v, "at", 0, 200, d)) {
        std::tie(entrance.x, entrance.y) = *p;
        if (entrance.x > out.width || entrance.y > out.height)
          check_inside({entrance.x, entrance.y, 0, 0}, out, entrance.pos, "this entrance", d);
      }
    }
    out.entrances.push_back(std::move(entrance));
  });
}

}  // namespace mingle
