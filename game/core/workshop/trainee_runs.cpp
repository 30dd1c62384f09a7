#include "core/workshop/trainee_runs.h"

#include <algorithm>

namespace mingle {

std::string trainee_key(std::string_view name) {
  std::string key;
  bool space = false;
  for (const char ch : name) {
    if (ch == ' ' || ch == '\t') {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
  }
  return key;
}

bool same_trainee(std::string_view a, std::string_view b) {
  const std::string key = trainee_key(a);
  return !key.empty() && key == trainee_key(b);
}

bool run_shown_to(const RunOwner& run, const RunViewer& viewer) {
  if (viewer.workshop.empty()) return run.workshop.empty();
  return run.workshop == viewer.workshop && same_trainee(run.player, viewer.player);
}

bool attempt_counts(WorkshopMode mode, int number) { return mode == WorkshopMode::Practice || number <= 1; }

bool earlier_attempt(const RunOwner& earlier, const RunOwner& now) {
  return earlier.workshop == now.workshop && earlier.scenario_id == now.scenario_id &&
         same_trainee(earlier.player, now.player);
}

Attempt next_attempt(const std::vector<RunOwner>& earlier, const RunOwner& now, WorkshopMode mode) {
  Attempt a;
  a.number = 1 + static_cast<int>(std::count_if(earlier.begin(), earlier.end(),
                                                [&](const RunOwner& r) { return earlier_attempt(r, now); }));
  a.counted = attempt_counts(mode, a.number);
  return a;
}

namespace {

// "This is your second try" (up to the tenth), then "This is try number 11".
std::string this_try(int number) {
  static const char* const kOrdinals[] = {"first", "second", "third",   "fourth", "fifth",
                                          "sixth", "seventh", "eighth", "ninth",  "tenth"};
  const int n = std::max(1, number);
  if (n <= 10) return std::string("This is your ") + kOrdinals[n - 1] + " try";
  return "This is try number " + std::to_string(n);
}

}  // namespace

std::string attempt_words(WorkshopMode mode, const Attempt& a) {
  const bool first = a.number <= 1;
  if (a.counted && mode == WorkshopMode::Practice)
    return this_try(a.number) + ". In practice mode every try counts, so play as often as you like.";
  if (a.counted && first) return this_try(a.number) + ", and it's the one that counts. Take your time.";
  if (a.counted) return this_try(a.number) + ", and it counts.";
  if (first) return this_try(a.number) + ". It doesn't count towards the workshop: it's yours to practise with.";
  return this_try(a.number) + ". It's for practice: your first try is the one that counts.";
}

}  // namespace mingle
