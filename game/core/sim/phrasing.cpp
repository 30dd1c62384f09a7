#include "core/sim/phrasing.h"

#include <algorithm>
#include <cctype>

namespace mingle::sim {

std::string first_word(const std::string& label) {
  std::string w;
  for (char ch : label) {
    if (ch == ' ' || ch == ':' || ch == ',' || ch == '\'' || ch == '.') break;
    w += ch;
  }
  return w;
}

namespace {

bool is_first_name(const Campaign& c, const std::string& word) {
  if (word.empty()) return false;
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people)
      if (first_word(p.name) == word) return true;
  return false;
}

bool is_acronym(const std::string& word) {
  if (word.size() < 2) return false;
  for (char ch : word)
    if (!std::isupper(static_cast<unsigned char>(ch)) && !std::isdigit(static_cast<unsigned char>(ch))) return false;
  return true;
}

}  // namespace

std::string mid_sentence(const Campaign& c, const std::string& label) {
  if (label.empty() || !std::isupper(static_cast<unsigned char>(label[0]))) return label;
  const std::string w = first_word(label);
  if (w == "I" || is_acronym(w) || is_first_name(c, w)) return label;
  std::string out = label;
  out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
  return out;
}

namespace {
bool question_clause(const std::string& what) {
  const std::string w = first_word(what);
  return w == "how" || w == "what" || w == "who" || w == "where" || w == "why" || w == "when" || w == "which";
}
}  // namespace

std::string needs_phrase(const std::string& who, const std::string& what) {
  return who + (question_clause(what) ? " wants to know " : " needs ") + what;
}

std::string had_phrase(const std::string& who, const std::string& what) {
  const std::string w = first_word(what);
  const bool clause = w == "how" || w == "what" || w == "who" || w == "where" || w == "why" || w == "when";
  return who + (clause ? " knew " : " had ") + what;
}

std::string need_phrase(const Campaign& c, const Person& person, const std::string& item) {
  for (const auto& n : person.needs)
    if (n.item == item && !n.label.empty()) return mid_sentence(c, n.label);
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people)
      for (const auto& h : p.holds)
        if (h.item == item && !h.label.empty()) return mid_sentence(c, h.label);
  std::string out = item;
  for (char& ch : out)
    if (ch == '-' || ch == '_') ch = ' ';
  return out;
}

}  // namespace mingle::sim

namespace mingle::sim {

std::string parting_line(const Person& p, Outcome o) {
  const std::string who = p.name.empty() ? p.id : p.name;
  switch (o) {
    case Outcome::PartedWell: return "(" + who + " smiles as you part.)";
    case Outcome::PartedPolitely: return "(" + who + " nods goodbye and turns back to the room.)";
    case Outcome::CutShort: return "(" + who + " gives you a quick nod as you go.)";
    case Outcome::Awkward: return "(" + who + " hesitates, then nods, and you step back.)";
  }
  return "";
}

std::string join_and(const std::vector<std::string>& words) {
  std::vector<std::string> once;  // a list names each one once, where it first comes
  for (const auto& w : words)
    if (std::find(once.begin(), once.end(), w) == once.end()) once.push_back(w);
  std::string out;
  for (std::size_t i = 0; i < once.size(); ++i) {
    if (i) out += (i + 1 == once.size()) ? " and " : ", ";
    out += once[i];
  }
  return out;
}

}  // namespace mingle::sim
