// Parser for people.yaml, and the value items shared with event.yaml.
#include "core/diag/suggest.h"
#include "core/scenario/fields.h"
#include "core/scenario/parse.h"

#include <cctype>

namespace mingle {
namespace {

// "database-migration-know-how" -> "Database migration know how": a readable default label.
std::string readable(const std::string& id) {
  std::string out = id;
  for (char& c : out)
    if (c == '-') c = ' ';
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

SourcePos shifted(const YNode& v, int expr_column) {
  SourcePos p = v.pos;
  p.column += (v.quoted ? 1 : 0) + expr_column - 1;
  return p;
}

}  // namespace

Expr parse_expression(const YNode& v, std::string_view key, const std::string& dialogue,
                      ParseContext& ctx) {
  Expr expr;
  auto text = read_text(v, key, ctx.diags);
  if (!text) return expr;
  std::string error;
  int column = 1;
  if (!Expr::parse(*text, expr, error, column)) {
    ctx.diags.add("E0210", shifted(v, column), "in '" + std::string(key) + "': " + error,
                  "see 'The expression language' in docs/authoring.md");
    return Expr{};
  }
  if (!expr.empty()) ctx.exprs.push_back({expr, shifted(v, 1), ctx.event, dialogue, std::string(key)});
  return expr;
}

void parse_value_items(const YNode& v, std::string_view key, std::vector<ValueItem>& out,
                       bool allow_shared_when, ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  if (!v.is_seq()) {
    d.add("E0203", v.pos, "expected a list of items for '" + std::string(key) + "', found " + describe(v),
          "write each item as '- { item: some-id, kind: solution }'");
    return;
  }
  std::vector<std::string> keys{"item", "kind", "label"};
  if (allow_shared_when) keys.emplace_back("shared_when");
  for (const YNode& entry : v.children) {
    MapReader m(entry, "an item in '" + std::string(key) + "'", keys, d);
    if (!m.ok()) continue;
    ValueItem item;
    item.pos = m.pos();
    if (auto i = m.require("item")) item.item = read_id(*i, "item", d).value_or("");
    if (auto k = m.require("kind", "kinds of value: " + join_words(all_value_kinds())))
      item.kind = read_word<ValueKind>(*k, "kind", "value kind", parse_value_kind, all_value_kinds(), d)
                      .value_or(ValueKind::Solution);
    if (auto l = m.get("label")) item.label = read_text(*l, "label", d).value_or("");
    if (item.label.empty()) item.label = readable(item.item);
    if (auto s = m.get("shared_when")) {
      item.shared_when = parse_expression(*s, "shared_when", "", ctx);
      item.shared_when_pos = s->pos;
    }
    out.push_back(std::move(item));
  }
}

void parse_people(const YNode& root, std::vector<Person>& out,
                  std::vector<std::pair<std::string, std::pair<std::string, SourcePos>>>&
                      dialogue_files,
                  ParseContext& ctx) {
  Diagnostics& d = ctx.diags;
  if (root.is_null()) return;  // reported by the loader as an empty file
  if (!root.is_seq()) {
    d.add("E0203", root.pos, "expected a list of people, found " + describe(root),
          "start each person with '- id: ...'");
    return;
  }
  for (const YNode& p : root.children) {
    MapReader m(p, "a person",
                {"id", "name", "organisation", "role", "traits", "interests", "holds", "needs",
                 "knows", "needs_introduction", "schedule", "dialogue"},
                d);
    if (!m.ok()) continue;
    Person person;
    person.pos = m.pos();
    if (auto v = m.require("id")) person.id = read_id(*v, "id", d).value_or("");
    if (auto v = m.require("name")) person.name = read_text(*v, "name", d).value_or("");
    if (auto v = m.get("organisation")) person.organisation = read_text(*v, "organisation", d).value_or("");
    if (auto v = m.get("role")) person.role = read_text(*v, "role", d).value_or("");
    if (auto v = m.get("traits")) {
      if (!v->is_seq()) {
        d.add("E0203", v->pos, "expected a list of traits like [warm, busy], found " + describe(*v));
      } else {
        for (const YNode& t : v->children)
          if (auto trait = read_word<Trait>(t, "traits", "trait", parse_trait, all_traits(), d))
            person.traits.push_back(*trait);
      }
    }
    if (auto v = m.get("interests")) {
      if (!v->is_seq()) {
        d.add("E0203", v->pos, "expected a list of interests like [cycling, data], found " + describe(*v));
      } else {
        for (const YNode& t : v->children)
          if (auto s = read_text(t, "interests", d)) person.interests.push_back(*s);
      }
    }
    if (auto v = m.get("holds")) parse_value_items(*v, "holds", person.holds, true, ctx);
    if (auto v = m.get("needs")) parse_value_items(*v, "needs", person.needs, false, ctx);
    if (auto v = m.get("knows")) {
      if (!v->is_seq()) {
        d.add("E0203", v->pos, "expected a list for 'knows', found " + describe(*v),
              "write each as '- { person: marcus, opinion: 2 }'");
      } else {
        for (const YNode& k : v->children) {
          MapReader km(k, "an entry of 'knows'", {"person", "opinion"}, d);
          if (!km.ok()) continue;
          Acquaintance a;
          a.pos = km.pos();
          if (auto pv = km.require("person")) {
            a.person = read_id(*pv, "person", d).value_or("");
            if (!a.person.empty()) ctx.ref(RefKind::Person, a.person, pv->pos);
          }
          if (auto ov = km.require("opinion", "from -3 (dislikes) to 3 (thinks highly of)"))
            a.opinion = read_int(*ov, "opinion", -3, 3, d).value_or(0);
          person.knows.push_back(std::move(a));
        }
      }
    }
    if (auto v = m.get("needs_introduction"))
      person.needs_introduction = read_bool(*v, "needs_introduction", d).value_or(false);
    if (auto v = m.get("schedule")) {
      if (!v->is_map()) {
        d.add("E0203", v->pos, "expected slot: zone lines for 'schedule', found " + describe(*v),
              "e.g. 'schedule: { arrivals: bar, toast: stage }'");
      } else {
        for (std::size_t i = 0; i < v->map_size(); ++i) {
          auto slot = read_id(v->key(i), "schedule", d);
          auto zone = read_id(v->value(i), "schedule", d);
          if (!slot || !zone) continue;
          if (person.schedule.count(*slot)) {
            d.add("E0202", v->key(i).pos, "the slot '" + *slot + "' is written twice in the schedule",
                  "keep one of them; a person is in one place per slot");
            continue;
          }
          ctx.ref(RefKind::Slot, *slot, v->key(i).pos);
          ctx.ref(RefKind::Zone, *zone, v->value(i).pos);
          person.schedule[*slot] = *zone;
        }
      }
    }
    if (auto v = m.get("dialogue")) {
      if (auto s = read_text(*v, "dialogue", d)) dialogue_files.push_back({person.id, {*s, v->pos}});
    }
    out.push_back(std::move(person));
  }
}

}  // namespace mingle
