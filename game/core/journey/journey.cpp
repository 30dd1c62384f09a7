#include "core/journey/journey.h"

#include "core/diag/suggest.h"
#include "core/scenario/fields.h"
#include "core/sim/commands.h"
#include "core/sim/conversation.h"
#include "core/sim/relationship.h"
#include "core/sim/tuning.h"
#include "core/yaml/yaml_tree.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <tuple>

namespace mingle::journey {
namespace {

namespace fs = std::filesystem;

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string trim(const std::string& s) {
  const auto a = s.find_first_not_of(" \t");
  if (a == std::string::npos) return {};
  return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

struct Step {
  std::string text;
  std::optional<bool> answer;  // an ask's answer, fixed for this step
  SourcePos pos;
};

struct Range {
  std::optional<int> min, max;
  SourcePos pos;
};

struct Expect {
  std::vector<std::pair<std::string, SourcePos>> found, learned, saw;
  std::vector<std::pair<std::pair<std::string, Rung>, SourcePos>> rung;
  // What should not have happened: items not held, words no line said, rungs not passed.
  std::vector<std::pair<std::string, SourcePos>> missing, not_saw;
  std::vector<std::pair<std::pair<std::string, Rung>, SourcePos>> rung_at_most;
  std::optional<Range> enjoyment, value;
};

std::optional<Range> read_range(const YNode& v, std::string_view key, Diagnostics& d) {
  MapReader m(v, std::string("'") + std::string(key) + "'", {"min", "max"}, d);
  if (!m.ok()) return std::nullopt;
  Range r;
  r.pos = v.pos;
  if (const YNode* x = m.get("min")) r.min = read_int(*x, "min", -1000000, 1000000, d);
  if (const YNode* x = m.get("max")) r.max = read_int(*x, "max", -1000000, 1000000, d);
  return r;
}

std::vector<std::pair<std::string, SourcePos>> read_texts(const YNode& v, std::string_view key, Diagnostics& d) {
  std::vector<std::pair<std::string, SourcePos>> out;
  if (v.is_scalar()) {
    if (auto t = read_text(v, key, d)) out.emplace_back(*t, v.pos);
    return out;
  }
  if (!v.is_seq()) {
    d.add("E0203", v.pos, "expected a list of texts for '" + std::string(key) + "', found " + describe(v));
    return out;
  }
  for (const YNode& x : v.children)
    if (auto t = read_text(x, key, d)) out.emplace_back(*t, x.pos);
  return out;
}

// Which choice `choose <words>` means: a choice's id, else the one choice whose text holds the
// words (ignoring case). Returns its number, or 0 with a reason.
int resolve_choice(const Campaign& c, const sim::RunState& s, const std::string& words, std::string& why) {
  if (!s.conversation) {
    why = "'choose " + words + "': you're not in a conversation here";
    return 0;
  }
  const Event& e = sim::current_event(c, s);
  const Dialogue* d = e.dialogue(s.conversation->dialogue);
  const Node* n = d ? d->find(s.conversation->node) : nullptr;
  if (n == nullptr) {
    why = "the conversation has no line here";
    return 0;
  }
  const auto views = sim::visible_choices(c, s, *d, *n);
  std::vector<std::string> ids;
  for (const auto& v : views) {
    ids.push_back(v.choice->id);
    if (v.choice->id == words) return v.number;
  }
  int found = 0, count = 0;
  for (const auto& v : views)
    if (lower(v.choice->text).find(lower(words)) != std::string::npos) {
      found = v.number;
      ++count;
    }
  if (count == 1) return found;
  why = count == 0 ? "no choice here is '" + words + "'" + did_you_mean(words, ids) + " (the choices at " + d->id + "/" +
                         n->id + " are: " + join_words(ids) + ")"
                   : "more than one choice here has '" + words + "' in its text; name it by its id (" + join_words(ids) + ")";
  return 0;
}

}  // namespace

std::vector<fs::path> journey_files(const fs::path& folder) {
  std::vector<fs::path> out;
  std::error_code ec;
  const fs::path dir = folder / "journeys";
  if (!fs::is_directory(dir, ec)) return out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(ec)) out.push_back(it->path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Diagnostic> check_journeys(const Campaign& c, const fs::path& folder) {
  std::vector<Diagnostic> out;
  for (const auto& f : journey_files(folder)) {
    const std::string display = (folder / "journeys" / f.filename()).lexically_normal().generic_string();
    const Outcome o = run_file(c, f, display);
    out.insert(out.end(), o.diagnostics.begin(), o.diagnostics.end());
    for (const auto& x : o.failures)
      out.push_back({Severity::Error, "E0345", x.pos, x.message + " (journey '" + o.name + "')",
                     "the scenario changed since the journey was written: update the journey, or run "
                     "'mingle test' to see it play"});
  }
  return out;
}

Outcome run_file(const Campaign& c, const fs::path& file, const std::string& display) {
  Outcome out;
  out.file = display;
  out.name = file.stem().string();
  Diagnostics d;
  auto root = read_yaml_file(file, display, YamlLimits{}, d);
  std::vector<Step> steps;
  Expect expect;
  std::uint64_t seed = 1;
  if (root) {
    MapReader m(*root, "a journey", {"name", "seed", "steps", "expect"}, d);
    if (m.ok()) {
      if (const YNode* v = m.get("name"))
        if (auto t = read_text(*v, "name", d)) out.name = *t;
      if (const YNode* v = m.get("seed"))
        if (auto n = read_int(*v, "seed", 0, 2000000000, d)) seed = static_cast<std::uint64_t>(*n);
      if (const YNode* v = m.require("steps", "list the commands the player types, one per line")) {
        if (!v->is_seq()) d.add("E0203", v->pos, "expected a list of steps for 'steps', found " + describe(*v));
        else
          for (const YNode& x : v->children) {
            Step st;
            st.pos = x.pos;
            if (x.is_map()) {
              MapReader sm(x, "a step", {"do", "answer"}, d);
              if (const YNode* t = sm.require("do", "the command, e.g. 'choose ask-coffee'"))
                if (auto txt = read_text(*t, "do", d)) st.text = *txt;
              if (const YNode* a = sm.get("answer")) {
                auto word = read_text(*a, "answer", d);
                if (word && (*word == "yes" || *word == "no")) st.answer = *word == "yes";
                else if (word) d.add("E0205", a->pos, "an answer is 'yes' or 'no', not '" + *word + "'");
              }
            } else if (auto txt = read_text(x, "steps", d)) {
              st.text = *txt;
            }
            if (!st.text.empty()) steps.push_back(st);
          }
      }
      if (const YNode* v = m.get("expect")) {
        MapReader em(*v, "'expect'",
                     {"found", "learned", "saw", "rung", "enjoyment", "value", "missing", "not_saw", "rung_at_most"}, d);
        if (em.ok()) {
          if (const YNode* x = em.get("found")) expect.found = read_texts(*x, "found", d);
          if (const YNode* x = em.get("learned")) expect.learned = read_texts(*x, "learned", d);
          if (const YNode* x = em.get("saw")) expect.saw = read_texts(*x, "saw", d);
          if (const YNode* x = em.get("enjoyment")) expect.enjoyment = read_range(*x, "enjoyment", d);
          if (const YNode* x = em.get("value")) expect.value = read_range(*x, "value", d);
          if (const YNode* x = em.get("missing")) expect.missing = read_texts(*x, "missing", d);
          if (const YNode* x = em.get("not_saw")) expect.not_saw = read_texts(*x, "not_saw", d);
          auto read_rungs = [&](const char* key, std::vector<std::pair<std::pair<std::string, Rung>, SourcePos>>& out) {
            const YNode* x = em.get(key);
            if (x == nullptr) return;
            if (!x->is_map()) {
              d.add("E0203", x->pos, "expected 'person: rung' lines for '" + std::string(key) + "', found " + describe(*x));
              return;
            }
            for (std::size_t i = 0; i < x->map_size(); ++i) {
              const auto who = read_id(x->key(i), key, d);
              const auto r = read_word<Rung>(x->value(i), key, "rung", parse_rung, all_rungs(), d);
              if (who && r) out.push_back({{*who, *r}, x->key(i).pos});
            }
          };
          read_rungs("rung", expect.rung);
          read_rungs("rung_at_most", expect.rung_at_most);
        }
      }
    }
  }
  out.diagnostics = d.list();
  if (has_errors(out.diagnostics)) return out;

  // Play it.
  sim::RunState s = sim::start_run(c, seed);
  std::vector<std::string> seen;
  for (const Step& st : steps) {
    std::string text = trim(st.text);
    if (text.rfind("choose ", 0) == 0 && !all_digits(trim(text.substr(7)))) {
      std::string why;
      const int n = resolve_choice(c, s, trim(text.substr(7)), why);
      if (n == 0) {
        out.failures.push_back({st.pos, why});
        return out;
      }
      text = "choose " + std::to_string(n);
    }
    std::string error;
    auto cmd = sim::parse_command(text, error);
    if (!cmd) {
      out.failures.push_back({st.pos, error.empty() ? "'" + st.text + "' is not a command" : error});
      return out;
    }
    if (st.answer) s.fixed_roll = *st.answer ? sim::tuning::kHighestRoll : sim::tuning::kLowestRoll;
    const auto r = sim::apply(c, s, *cmd);
    s.fixed_roll.reset();
    if (!r.ok) {
      // Named as the refusal table names it (core/sim/refusal.h), for an author to look up.
      out.failures.push_back({st.pos, "'" + st.text + "' was refused (" + sim::to_string(r.code) + "): " + r.reason});
      return out;
    }
    for (const auto* beats : {&r.beats, &r.after_event})
      for (const auto& b : *beats) seen.push_back(b.text);
  }

  // What should be true now.
  for (const auto& [item, pos] : expect.found)
    if (!s.has_item(item)) out.failures.push_back({pos, "expected the player to have '" + item + "', but they don't"});
  for (const auto& [item, pos] : expect.missing)
    if (s.has_item(item)) out.failures.push_back({pos, "expected the player not to have '" + item + "', but they do"});
  for (const auto& [hint, pos] : expect.learned)
    if (!s.learned.count(hint)) out.failures.push_back({pos, "expected the hint '" + hint + "' to be learned, but it isn't"});
  for (const auto& [text, pos] : expect.saw) {
    const std::string wanted = lower(text);  // (clang 14 can't capture a structured binding)
    const bool found = std::any_of(seen.begin(), seen.end(), [&](const std::string& m) {
      return lower(m).find(wanted) != std::string::npos;
    });
    if (!found) out.failures.push_back({pos, "no line the player read contains \"" + text + "\""});
  }
  for (const auto& [text, pos] : expect.not_saw) {
    const std::string unwanted = lower(text);
    const auto it = std::find_if(seen.begin(), seen.end(), [&](const std::string& m) {
      return lower(m).find(unwanted) != std::string::npos;
    });
    if (it != seen.end()) out.failures.push_back({pos, "a line the player read contains \"" + text + "\": " + *it});
  }
  for (const auto& [want, pos] : expect.rung) {
    const auto* rel = s.find_rel(want.first);
    const Rung got = rel ? rel->rung() : Rung::Stranger;
    if (sim::rung_number(got) < sim::rung_number(want.second))
      out.failures.push_back({pos, "expected at least " + std::string(to_string(want.second)) + " with " + want.first +
                                       ", but it is " + to_string(got)});
  }
  for (const auto& [want, pos] : expect.rung_at_most) {
    const auto* rel = s.find_rel(want.first);
    const Rung got = rel ? rel->rung() : Rung::Stranger;
    if (sim::rung_number(got) > sim::rung_number(want.second))
      out.failures.push_back({pos, "expected at most " + std::string(to_string(want.second)) + " with " + want.first +
                                       ", but it is " + to_string(got)});
  }
  auto check_range = [&](const std::optional<Range>& r, int v, const char* what) {
    if (!r) return;
    if ((r->min && v < *r->min) || (r->max && v > *r->max))
      out.failures.push_back({r->pos, std::string(what) + " is " + std::to_string(v) + ", expected " +
                                          (r->min ? "at least " + std::to_string(*r->min) : std::string()) +
                                          (r->min && r->max ? " and " : "") +
                                          (r->max ? "at most " + std::to_string(*r->max) : std::string())});
  };
  check_range(expect.enjoyment, s.enjoyment, "enjoyment");
  check_range(expect.value, s.value, "value");
  std::stable_sort(out.failures.begin(), out.failures.end(), [](const Failure& a, const Failure& b) {
    return std::tie(a.pos.line, a.pos.column) < std::tie(b.pos.line, b.pos.column);
  });
  return out;
}

}  // namespace mingle::journey
