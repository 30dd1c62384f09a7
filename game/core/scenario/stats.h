#pragma once
// Numbers about authored content, for authors (like `inklecate -s`): `mingle check --stats`.
#include "core/scenario/model.h"

#include <set>
#include <string>

namespace mingle {

struct ContentStats {
  int events = 0;
  int people = 0;       // distinct person ids across the campaign
  int dialogues = 0;
  int nodes = 0;
  int choices = 0;
  int words = 0;        // words of dialogue: what is said (`say`) and the choices' `text`
  int choices_with_coaching = 0;
  int endings = 0;      // nodes and choices that end a conversation
  int asks = 0;         // choices that ask for the next rung
  std::set<std::string> value_kinds;  // the kinds of value someone holds

  ContentStats& operator+=(const ContentStats& other);
};

ContentStats compute_stats(const Campaign& campaign);
int count_words(const std::string& text);

}  // namespace mingle
