#include "core/scenario/stats.h"

#include <cctype>

namespace mingle {

int count_words(const std::string& text) {
  int words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

ContentStats& ContentStats::operator+=(const ContentStats& o) {
  events += o.events;
  people += o.people;
  dialogues += o.dialogues;
  nodes += o.nodes;
  choices += o.choices;
  words += o.words;
  choices_with_coaching += o.choices_with_coaching;
  endings += o.endings;
  asks += o.asks;
  value_kinds.insert(o.value_kinds.begin(), o.value_kinds.end());
  return *this;
}

ContentStats compute_stats(const Campaign& campaign) {
  ContentStats s;
  std::set<std::string> people;
  for (const CampaignStep& step : campaign.steps) {
    const Event& e = step.event;
    ++s.events;
    for (const Person& p : e.people) {
      people.insert(p.id);
      for (const ValueItem& v : p.holds) s.value_kinds.insert(to_string(v.kind));
    }
    for (const Dialogue& d : e.dialogues) {
      ++s.dialogues;
      for (const Node& n : d.nodes) {
        ++s.nodes;
        s.words += count_words(n.say);
        if (n.end) ++s.endings;
        for (const Choice& c : n.choices) {
          ++s.choices;
          s.words += count_words(c.text);
          if (!c.coach.empty()) ++s.choices_with_coaching;
          if (c.end) ++s.endings;
          if (c.ask) ++s.asks;
        }
      }
    }
  }
  s.people = static_cast<int>(people.size());
  return s;
}

}  // namespace mingle
