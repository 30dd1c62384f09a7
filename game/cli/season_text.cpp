#include "cli/season_text.h"

namespace mingle::cli {

namespace {
std::string signed_number(int n) { return (n > 0 ? "+" : "") + std::to_string(n); }
}  // namespace

void print_season(std::ostream& out, const sim::SeasonReview& r) {
  out << "\n== The season in review: " << r.title << " ==\n";
  out << "Scores by event (each evening, then the weeks after it):\n";
  for (const auto& e : r.events) {
    out << "  " << e.event_no << ". " << e.title << ": enjoyment " << signed_number(e.score.enjoyment) << ", value "
        << signed_number(e.score.value) << "  (running total: enjoyment " << e.score.enjoyment_total << ", value "
        << e.score.value_total << ")\n";
    out << "     The weeks after: enjoyment " << signed_number(e.score.after_enjoyment) << ", value "
        << signed_number(e.score.after_value) << "  (running total: enjoyment " << e.score.after_enjoyment_total
        << ", value " << e.score.after_value_total << ")\n";
  }
  out << "Your year with each person:\n";
  if (r.people.empty()) out << "  You didn't get to know anyone this time.\n";
  for (const auto& p : r.people) out << "  " << p.name << ": " << p.path << "\n";
  out << "The ideas, and where you met them:\n";
  for (const auto& i : r.ideas)
    out << "  [" << (i.events.empty() ? " " : "x") << "] " << sim::idea_title(i.idea) << ": " << i.where << "\n";
  out << "What you found, and who helped:\n";
  if (r.found.empty()) out << "  Nothing this time.\n";
  for (const auto& f : r.found) out << "  - " << f << "\n";
  out << "Three things to take into your next real event:\n";
  for (std::size_t i = 0; i < r.take_away.size(); ++i) out << "  " << i + 1 << ". " << r.take_away[i] << "\n";
  out << "\n";
}

}  // namespace mingle::cli
