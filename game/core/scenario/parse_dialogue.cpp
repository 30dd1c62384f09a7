// Parser for one conversation file (dialogues/<name>.yaml): nodes, choices, typed
// requirements and effects. References between nodes are checked here, where the whole
// dialogue is at hand; references to people, items, hints and flags are left for validate.cpp.
#include "core/diag/suggest.h"
#include "core/scenario/fields.h"
#include "core/scenario/parse.h"

#include <map>

namespace mingle {
namespace {

// Deltas an author may write in one exchange: generous, but a typo like 100 is caught.
constexpr int kMaxDelta = 20;

struct NodeRef {
  std::string id;
  SourcePos pos;
};

class DialogueParser {
 public:
  DialogueParser(Dialogue& out, ParseContext& ctx) : out_(out), ctx_(ctx), d_(ctx.diags) {}

  void parse(const YNode& root, const std::string& file_stem) {
    MapReader m(root, "the conversation", {"id", "person", "start", "again", "nodes"}, d_);
    if (!m.ok()) return;
    out_.pos = m.pos();
    out_.id = file_stem;
    if (auto v = m.get("id")) {
      out_.id = read_id(*v, "id", d_).value_or(file_stem);
    } else if (!is_valid_id(file_stem)) {
      d_.add("E0206", {m.pos().file, 1, 1},
             "the file name '" + file_stem + "' is not a valid conversation id",
             "rename the file (lower-case letters, digits and '-', like 'priya.yaml') or write "
             "'id:' in it");
    }
    if (auto v = m.require("person", "name whose conversation this is, e.g. 'person: priya'")) {
      out_.person = read_id(*v, "person", d_).value_or("");
      if (!out_.person.empty()) ctx_.ref(RefKind::PersonHere, out_.person, v->pos);
    }
    const YNode* start = m.get("start");
    if (start) {
      if (auto id = read_id(*start, "start", d_)) {
        out_.start = *id;
        node_refs_.push_back({*id, start->pos});
      }
    }
    if (const YNode* again = m.get("again")) {
      if (auto id = read_id(*again, "again", d_)) {
        out_.again = *id;
        node_refs_.push_back({*id, again->pos});
      }
    }
    const YNode* nodes = m.require("nodes");
    if (!nodes) return;
    if (!nodes->is_map() || nodes->map_size() == 0) {
      d_.add("E0203", nodes->pos,
             nodes->is_map() ? std::string("'nodes' is empty")
                             : "expected node-id: node lines for 'nodes', found " + describe(*nodes),
             "write each node as 'hello:' followed by its indented 'say:' line");
      return;
    }
    for (std::size_t i = 0; i < nodes->map_size(); ++i) {
      const YNode& key = nodes->key(i);
      auto id = read_id(key, "nodes", d_);
      if (!id) continue;
      const auto [it, inserted] = node_lines_.emplace(*id, key.pos.line);
      if (!inserted) {
        d_.add("E0202", key.pos,
               "the node '" + *id + "' is written twice (first on line " +
                   std::to_string(it->second) + ")",
               "rename one of them; every node of a conversation needs its own id");
        continue;
      }
      Node node;
      node.id = *id;
      node.pos = key.pos;
      parse_node(nodes->value(i), node);
      out_.nodes.push_back(std::move(node));
    }
    if (out_.start.empty() && !out_.nodes.empty()) out_.start = out_.nodes.front().id;
    check_node_refs();
  }

 private:
  void parse_node(const YNode& v, Node& node) {
    MapReader m(v, "the node '" + node.id + "'",
                {"say", "speaker", "assumes", "effects", "choices", "next", "end"}, d_);
    if (!m.ok()) return;
    if (auto s = m.require("say", "write what is said here: 'say: \"Hello!\"'"))
      node.say = read_text(*s, "say", d_).value_or("");
    if (auto s = m.get("speaker")) {
      node.speaker = read_id(*s, "speaker", d_).value_or("");
      if (!node.speaker.empty()) ctx_.ref(RefKind::PersonHere, node.speaker, s->pos);
    }
    if (node.speaker.empty()) node.speaker = out_.person;
    if (auto a = m.get("assumes")) {
      node.assumes = parse_expression(*a, "assumes", out_.id, ctx_);
      node.assumes_pos = a->pos;
    }
    if (auto e = m.get("effects")) parse_effects(*e, node.effects);
    const YNode* choices = m.get("choices");
    const YNode* next = m.get("next");
    const YNode* end = m.get("end");
    if (choices && (next || end)) {
      d_.add("E0211", m.key_node(next ? "next" : "end")->pos,
             "the node '" + node.id + "' has choices and also '" + (next ? "next" : "end") + "'",
             "a node either offers choices or goes on by itself with 'next:' or 'end:'; "
             "remove one");
    } else if (next && end) {
      d_.add("E0211", m.key_node("end")->pos,
             "the node '" + node.id + "' has both 'next' and 'end'", "keep one of them");
    }
    if (next) node.next = node_ref(*next, "next");
    if (end) node.end = parse_end(*end);
    if (choices) {
      if (choices->is_seq() && choices->children.empty()) {
        d_.add("E0203", choices->pos, "'choices' is an empty list",
               "add at least one choice, or replace 'choices' with 'next:' or 'end:'");
      } else if (!choices->is_seq()) {
        d_.add("E0203", choices->pos,
               "expected a list of choices for 'choices', found " + describe(*choices),
               "start each choice with '- id: ...'");
      } else {
        for (const YNode& c : choices->children) {
          Choice choice;
          parse_choice(c, choice);
          node.choices.push_back(std::move(choice));
        }
      }
    }
    if (!choices && !next && !end)
      d_.add("E0321", node.pos,
             "dead end: the node '" + node.id + "' has no choices, no 'next' and no 'end'",
             "add 'choices:', or 'next: <node>' to go on, or 'end: parted-well' (or another "
             "outcome) to close the conversation");
  }

  void parse_choice(const YNode& v, Choice& c) {
    MapReader m(v, "a choice",
                {"id", "text", "requires", "if", "assumes", "unavailable", "hidden", "once", "effects",
                 "coach", "next", "end", "ask"},
                d_);
    if (!m.ok()) return;
    c.pos = m.pos();
    if (auto id = m.require("id", "give the choice an id that stays the same, e.g. 'id: ask-her-work'")) {
      c.id = read_id(*id, "id", d_).value_or("");
      if (!c.id.empty()) {
        const auto [it, inserted] = choice_lines_.emplace(c.id, id->pos.line);
        if (!inserted)
          d_.add("E0207", id->pos,
                 "the choice id '" + c.id + "' is used twice in this conversation (first on "
                 "line " + std::to_string(it->second) + ")",
                 "give each choice its own id; results and saves refer to choices by id");
      }
    }
    if (auto t = m.require("text")) c.text = read_text(*t, "text", d_).value_or("");
    if (auto r = m.get("requires")) parse_requires(*r, c.requires_);
    if (auto e = m.get("if")) c.condition = parse_expression(*e, "if", out_.id, ctx_);
    if (auto a = m.get("assumes")) {
      c.assumes = parse_expression(*a, "assumes", out_.id, ctx_);
      c.assumes_pos = a->pos;
    }
    if (auto u = m.get("unavailable")) c.unavailable = read_text(*u, "unavailable", d_).value_or("");
    if (auto h = m.get("hidden")) c.hidden_when_unavailable = read_bool(*h, "hidden", d_).value_or(false);
    if (auto o = m.get("once")) c.once = read_bool(*o, "once", d_).value_or(false);
    if (auto e = m.get("effects")) parse_effects(*e, c.effects);
    if (auto t = m.get("coach")) c.coach = read_text(*t, "coach", d_).value_or("");

    const char* ways[] = {"next", "end", "ask"};
    int count = 0;
    for (const char* w : ways) count += m.has(w) ? 1 : 0;
    if (count > 1) {
      d_.add("E0211", c.pos, "the choice '" + c.id + "' has more than one of next, end and ask",
             "a choice leads to exactly one place: keep one of them");
    } else if (count == 0) {
      d_.add("E0212", c.pos, "the choice '" + c.id + "' leads nowhere",
             "add 'next: <node>' to go on, 'end: <outcome>' to close, or 'ask: {...}' to invite");
    }
    if (auto n = m.get("next")) c.next = node_ref(*n, "next");
    if (auto e = m.get("end")) c.end = parse_end(*e);
    if (auto a = m.get("ask")) {
      MapReader am(*a, "the ask", {"kind", "accepted", "declined"}, d_);
      if (am.ok()) {
        Ask ask;
        if (auto k = am.require("kind"))
          ask.kind = read_word<AskKind>(*k, "kind", "ask kind", parse_ask_kind, all_ask_kinds(), d_)
                         .value_or(AskKind::Coffee);
        if (auto n = am.require("accepted", "name the node to go to when they say yes"))
          ask.accepted = node_ref(*n, "accepted");
        if (auto n = am.require("declined", "name the node to go to when they say no"))
          ask.declined = node_ref(*n, "declined");
        c.ask = ask;
      }
    }
  }

  std::optional<Outcome> parse_end(const YNode& v) {
    if (v.is_null()) {
      d_.add("E0330", v.pos, "'end' has no outcome",
             "say how the conversation closed: " + join_words(all_outcomes()));
      return std::nullopt;
    }
    return read_word<Outcome>(v, "end", "outcome", parse_outcome, all_outcomes(), d_);
  }

  std::string node_ref(const YNode& v, std::string_view key) {
    auto id = read_id(v, key, d_);
    if (!id) return {};
    node_refs_.push_back({*id, v.pos});
    return *id;
  }

  void parse_requires(const YNode& v, Requirements& r) {
    MapReader m(v, "'requires'",
                {"regard", "rapport", "rung", "time_left", "learned", "has", "memory", "flags"}, d_);
    if (!m.ok()) return;
    if (auto n = m.get("regard")) r.regard = read_int(*n, "regard", -100, 100, d_);
    if (auto n = m.get("rapport")) r.rapport = read_int(*n, "rapport", -100, 100, d_);
    if (auto n = m.get("rung")) r.rung = read_word<Rung>(*n, "rung", "rung", parse_rung, all_rungs(), d_);
    if (auto n = m.get("time_left")) r.time_left = read_int(*n, "time_left", 0, 24 * 60, d_);
    auto ids = [&](const char* key, RefKind kind, std::vector<std::string>& into) {
      if (auto n = m.get(key))
        for (auto& [id, pos] : read_id_list(*n, key, d_)) {
          ctx_.ref(kind, id, pos);
          into.push_back(id);
        }
    };
    ids("learned", RefKind::Hint, r.learned);
    ids("has", RefKind::Item, r.has);
    ids("memory", RefKind::Tag, r.memory);
    ids("flags", RefKind::Flag, r.flags);
    ctx_.requirements.push_back({r, m.pos(), ctx_.event});
  }

  void parse_effects(const YNode& v, Effects& e) {
    MapReader m(v, "'effects'",
                {"regard", "rapport", "enjoyment", "value", "minutes", "gain", "learn", "remember",
                 "set", "follow_up", "introduce_to"},
                d_);
    if (!m.ok()) return;
    auto delta = [&](const char* key, int& into) {
      if (auto n = m.get(key)) into = read_int(*n, key, -kMaxDelta, kMaxDelta, d_).value_or(0);
    };
    delta("regard", e.regard);
    delta("rapport", e.rapport);
    delta("enjoyment", e.enjoyment);
    delta("value", e.value);
    if (auto n = m.get("minutes")) e.minutes = read_int(*n, "minutes", 0, 120, d_);
    if (auto n = m.get("gain"))
      for (auto& [id, pos] : read_id_list(*n, "gain", d_)) {
        ctx_.ref(RefKind::ItemOfSpeaker, id, pos, out_.person);
        e.gain.push_back(id);
      }
    auto defines = [&](const char* key, std::set<std::string>& set, std::vector<std::string>& into) {
      if (auto n = m.get(key))
        for (auto& [id, pos] : read_id_list(*n, key, d_)) {
          set.insert(id);
          into.push_back(id);
        }
    };
    // A hint is an id, or { id, label } with the words the player reads in the notebook.
    if (auto n = m.get("learn")) {
      std::vector<const YNode*> items;
      if (n->is_seq())
        for (const YNode& x : n->children) items.push_back(&x);
      else
        items.push_back(n);
      for (const YNode* x : items) {
        if (!x->is_map()) {
          for (auto& [id, pos] : read_id_list(*x, "learn", d_)) {
            ctx_.learned.insert(id);
            e.learn.push_back(id);
          }
          continue;
        }
        MapReader hm(*x, "a hint", {"id", "label"}, d_);
        const YNode* id_node = hm.require("id", "the hint's id, e.g. 'id: grace-fixed-renewals'");
        const auto id = id_node ? read_id(*id_node, "id", d_) : std::nullopt;
        if (!id) continue;
        if (const YNode* l = hm.get("label"))
          if (auto text = read_text(*l, "label", d_)) ctx_.hint_labels[*id] = *text;
        ctx_.learned.insert(*id);
        e.learn.push_back(*id);
      }
    }
    defines("remember", ctx_.remembered, e.remember);
    if (auto n = m.get("set")) {
      if (!n->is_map()) {
        d_.add("E0203", n->pos, "expected flag: number lines for 'set', found " + describe(*n),
               "e.g. 'set: { promised-intro: 1 }'");
      } else {
        for (std::size_t i = 0; i < n->map_size(); ++i) {
          auto flag = read_id(n->key(i), "set", d_);
          auto value = read_int(n->value(i), "set", -1000000, 1000000, d_);
          if (!flag || !value) continue;
          if (e.set.count(*flag)) {
            d_.add("E0202", n->key(i).pos, "the flag '" + *flag + "' is set twice here",
                   "keep one of them");
            continue;
          }
          ctx_.flags_set.insert(*flag);
          e.set[*flag] = *value;
        }
      }
    }
    if (auto n = m.get("follow_up")) {
      MapReader fm(*n, "'follow_up'", {"topic", "with"}, d_);
      if (fm.ok()) {
        FollowUp f;
        if (auto t = fm.require("topic")) f.topic = read_text(*t, "topic", d_).value_or("");
        if (auto w = fm.get("with")) {
          f.with = read_id(*w, "with", d_).value_or("");
          if (!f.with.empty()) ctx_.ref(RefKind::Person, f.with, w->pos);
        }
        if (f.with.empty()) f.with = out_.person;
        e.follow_up = f;
      }
    }
    if (auto n = m.get("introduce_to")) {
      if (auto id = read_id(*n, "introduce_to", d_)) {
        ctx_.ref(RefKind::PersonHere, *id, n->pos);
        ctx_.introduced.insert(*id);
        e.introduce_to = *id;
      }
    }
  }

  void check_node_refs() {
    std::vector<std::string> ids;
    for (const Node& n : out_.nodes) ids.push_back(n.id);
    for (const NodeRef& r : node_refs_) {
      if (node_lines_.count(r.id)) continue;
      d_.add("E0302", r.pos,
             "there is no node '" + r.id + "' in this conversation" + did_you_mean(r.id, ids),
             "the nodes here are: " + join_words(ids));
    }
  }

  Dialogue& out_;
  ParseContext& ctx_;
  Diagnostics& d_;
  std::vector<NodeRef> node_refs_;
  std::map<std::string, int> node_lines_, choice_lines_;  // id -> line first written
};

}  // namespace

void parse_dialogue(const YNode& root, const std::string& file_stem, Dialogue& out,
                    ParseContext& ctx) {
  DialogueParser(out, ctx).parse(root, file_stem);
}

}  // namespace mingle
