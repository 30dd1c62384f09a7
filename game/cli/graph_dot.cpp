#include "cli/graph_dot.h"

#include <sstream>

namespace mingle::cli {
namespace {

std::string esc(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

// The start of a text, cut at a word near `max` bytes (not inside a UTF-8 character), wrapped
// into lines of about `width`.
std::string brief(const std::string& text, std::size_t max, std::size_t width) {
  std::string t = text;
  if (t.size() > max) {
    std::size_t cut = t.rfind(' ', max);
    if (cut == std::string::npos || cut < max / 2) cut = max;
    while (cut > 0 && (static_cast<unsigned char>(t[cut]) & 0xC0) == 0x80) --cut;
    t = t.substr(0, cut) + "…";
  }
  std::string out;
  std::size_t col = 0;
  for (char c : t) {
    if (c == ' ' && col >= width) {
      out += '\n';
      col = 0;
      continue;
    }
    out += c;
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++col;
  }
  return out;
}

std::string conditions(const Choice& ch) {
  std::string out = requirements_text(ch);
  if (ch.once) out += std::string(out.empty() ? "" : ", ") + "once";
  if (ch.hidden_when_unavailable) out += std::string(out.empty() ? "" : ", ") + "hidden until open";
  return out.empty() ? out : "[" + out + "]";
}

// What a line or choice does that the rest of the campaign can read: items given, hints learned,
// introductions, memories, flags set and follow-ups agreed ("" when none).
std::string effects(const Effects& fx) {
  std::string out;
  auto add = [&](const std::string& what, const std::vector<std::string>& ids) {
    if (ids.empty()) return;
    out += out.empty() ? "" : "; ";
    out += what + " ";
    for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : "") + ids[i];
  };
  add("gives", fx.gain);
  add("teaches", fx.learn);
  if (fx.introduce_to) add("introduces", {*fx.introduce_to});
  add("remembered:", fx.remember);
  std::vector<std::string> flags;
  for (const auto& [name, v] : fx.set) flags.push_back(name + "=" + std::to_string(v));
  add("sets", flags);
  if (fx.follow_up) add("follow-up", {fx.follow_up->topic.empty() ? std::string("agreed") : fx.follow_up->topic});
  return out.empty() ? out : "(" + out + ")";
}

}  // namespace

std::string to_dot(const Campaign& c, const GraphOptions& opt, const Route& route) {
  std::ostringstream out;
  out << "digraph \"" << esc(c.title.empty() ? c.id : c.title) << "\" {\n"
      << "  graph [rankdir=LR, fontname=\"DejaVu Sans\", fontsize=11];\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#fdf6e3\", fontname=\"DejaVu Sans\", fontsize=10];\n"
      << "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";
  const char* bold = ", color=\"#c0392b\", fontcolor=\"#c0392b\", penwidth=2.5";
  for (std::size_t i = 0; i < c.steps.size(); ++i) {
    const Event& e = c.steps[i].event;
    const int event_no = static_cast<int>(i) + 1;
    if (!opt.event.empty() && e.id != opt.event) continue;
    for (const Dialogue& d : e.dialogues) {
      if (!opt.dialogue.empty() && d.id != opt.dialogue) continue;
      const std::string prefix = "e" + std::to_string(event_no) + "/" + d.id + "/";
      auto id = [&](const std::string& node) { return "\"" + esc(prefix + node) + "\""; };
      auto taken = [&](const std::string& node, const std::string& choice, const std::string& via) {
        return route.choices.count({event_no, d.id, node, choice, via}) > 0;
      };
      std::set<std::string> on_route;
      for (const auto& [ev, dl, node, choice, via] : route.choices)
        if (ev == event_no && dl == d.id) on_route.insert(node);
      out << "  subgraph \"cluster_" << esc(prefix) << "\" {\n"
          << "    label=\"" << esc(e.id + ": " + d.id + " (" + d.person + ")") << "\";\n"
          << "    style=rounded; color=\"#93a1a1\";\n";
      out << "    " << id("(start)") << " [shape=circle, label=\"talk\", width=0.4, fillcolor=\"#eee8d5\"];\n";
      out << "    " << id("(start)") << " -> " << id(d.start) << (on_route.empty() ? "" : " [penwidth=2.5, color=\"#c0392b\"]") << ";\n";
      std::set<std::string> ends;
      auto end_node = [&](Outcome o) {
        const std::string n = std::string("(end ") + to_string(o) + ")";
        if (ends.insert(n).second)
          out << "    " << id(n) << " [shape=oval, label=\"" << esc(std::string("end: ") + to_string(o))
              << "\", fillcolor=\"#eee8d5\"];\n";
        return id(n);
      };
      for (const Node& n : d.nodes) {
        const std::string does = effects(n.effects);
        out << "    " << id(n.id) << " [label=\"" << esc(n.id + "\n" + brief(n.say, 70, 28) + (does.empty() ? "" : "\n" + does)) << "\""
            << (on_route.count(n.id) ? ", color=\"#c0392b\", penwidth=2.5" : "") << "];\n";
        if (!n.next.empty()) out << "    " << id(n.id) << " -> " << id(n.next) << " [style=dashed];\n";
        if (n.end) {
          const std::string to = end_node(*n.end);  // declares the oval first, on its own line
          out << "    " << id(n.id) << " -> " << to << " [style=dashed];\n";
        }
        for (const Choice& ch : n.choices) {
          const std::string does = effects(ch.effects);
          const std::string label = brief(ch.text, 60, 30) + (conditions(ch).empty() ? "" : "\n" + conditions(ch)) +
                                    (does.empty() ? "" : "\n" + does);
          // A choice hidden until it opens is drawn grey, so a reader sees the player may never see it.
          const std::string hidden = ch.hidden_when_unavailable ? ", fontcolor=\"#93a1a1\"" : "";
          if (ch.ask) {
            const std::string ask = std::string("ask ") + to_string(ch.ask->kind);
            out << "    " << id(n.id) << " -> " << id(ch.ask->accepted) << " [label=\"" << esc(label + "\n" + ask + ": yes")
                << "\", color=\"#268bd2\"" << hidden << (taken(n.id, ch.id, "yes") ? bold : "") << "];\n";
            out << "    " << id(n.id) << " -> " << id(ch.ask->declined) << " [label=\"" << esc(ask + ": no")
                << "\", color=\"#268bd2\", style=dotted" << (taken(n.id, ch.id, "no") ? bold : "") << "];\n";
          } else if (ch.end) {
            const std::string to = end_node(*ch.end);
            out << "    " << id(n.id) << " -> " << to << " [label=\"" << esc(label) << "\"" << hidden
                << (taken(n.id, ch.id, "") ? bold : "") << "];\n";
          } else if (!ch.next.empty()) {
            out << "    " << id(n.id) << " -> " << id(ch.next) << " [label=\"" << esc(label) << "\"" << hidden
                << (taken(n.id, ch.id, "") ? bold : "") << "];\n";
          }
        }
      }
      out << "  }\n";
    }
  }
  out << "}\n";
  return out.str();
}

}  // namespace mingle::cli
