#include "core/sim/season.h"

#include "core/sim/relationship.h"
#include "core/sim/scoring.h"
#include "core/sim/phrasing.h"

#include <algorithm>
#include <set>

namespace mingle::sim {
namespace {

std::string name_of(const Campaign& c, const RunState& s, const std::string& id) {
  const Person* p = find_person(c, s, id);
  return p ? p->name : id;
}

std::string first_name(const Campaign& c, const RunState& s, const std::string& id) {
  const std::string full = name_of(c, s, id);
  return full.substr(0, full.find(' '));
}

// Three things to take into the next real event: first what this run left undone, then what it
// did well and is worth doing again.
std::vector<std::string> take_away(const Campaign& c, const RunState& s, const SeasonReview& r) {
  std::vector<std::string> gaps, strengths;

  for (const auto& n : needs_status(c, s)) {
    if (n.side_goal || n.found || n.event_no > r.events_played) continue;
    std::string holder;
    for (const auto& m : s.missed)
      if (m.event_no == n.event_no && m.item == n.item) holder = name_of(c, s, m.holder);
    gaps.push_back("Ask about people's work before your own need. At " +
                   c.steps[static_cast<std::size_t>(n.event_no - 1)].event.title + " you never found " +
                   mid_sentence(c, n.label) + (holder.empty() ? "." : "; " + holder + " had it."));
    break;
  }
  std::vector<std::string> lapsed, kept;
  for (const auto& f : s.follow_ups) {
    if (f.lapsed) lapsed.push_back(first_name(c, s, f.person));
    if (f.done) kept.push_back(first_name(c, s, f.person));
  }
  if (!lapsed.empty())
    gaps.push_back("Keep every promise you make in a room. " + join_and(lapsed) +
                   (lapsed.size() == 1 ? " waited" : " all waited") + " for a follow-up that never came.");
  if (s.follow_ups.empty())
    gaps.push_back("When someone can help with a problem, agree a follow-up in the room, and carry "
                   "it out the week after. That is how a contact becomes useful.");
  std::vector<std::string> accepted;
  for (const auto& a : s.asks)
    if (a.accepted && a.kind != AskKind::FollowUp) {
      const std::string who = first_name(c, s, a.person);
      if (std::find(accepted.begin(), accepted.end(), who) == accepted.end()) accepted.push_back(who);
    }
  if (accepted.empty())
    gaps.push_back("Take one small social risk at every event: ask the person you liked most for "
                   "a coffee. A no costs little, and a yes is where connections start.");
  int good_intros = 0;
  std::vector<std::string> intro_pairs;
  for (const auto& i : s.introductions)
    if (i.good_match) {
      ++good_intros;
      if (intro_pairs.size() < 2)
        intro_pairs.push_back(first_name(c, s, i.a) + " to " + first_name(c, s, i.b));
    }
  if (s.introductions.empty())
    gaps.push_back("Introduce two members who need each other. Connecting people is the "
                   "association's job, and people remember who did it for them.");
  for (const auto& e : r.events)
    if (e.score.enjoyment <= 0) {
      gaps.push_back("Let yourself enjoy the room: at " + e.title +
                     " your enjoyment didn't rise. A laugh and a real question count as much as "
                     "anything you find.");
      break;
    }

  if (!kept.empty())
    strengths.push_back("Keep doing what worked: you kept your word to " + join_and(kept) +
                        ", and each kept promise made a working relationship.");
  std::vector<std::string> close;
  for (const auto& p : r.people)
    if (!p.by_event.empty() && p.by_event.back() >= Rung::LunchMate) close.push_back(first_name(c, s, p.id));
  if (!close.empty())
    strengths.push_back("Stay in touch with " + join_and(close) +
                        ". A year of small steps made them more than contacts: they will bring "
                        "you into the next room's conversations.");
  if (good_intros > 0)
    strengths.push_back("Keep connecting people: introducing " + join_and(intro_pairs) +
                        " did as much good as anything you found for yourself.");
  if (!accepted.empty())
    strengths.push_back("Keep asking: " + join_and(accepted) +
                        " said yes to time with you. Each yes was a risk you chose to take.");
  strengths.push_back("Walk into the next room expecting to like someone. Every room this season "
                      "held people with your job and your worries.");
  strengths.push_back("Before the next event, open your notebook: one person to thank, one to follow "
                      "up with, and two people to introduce to each other.");

  std::vector<std::string> out;
  for (auto& g : gaps)
    if (out.size() < 3) out.push_back(g);
  for (auto& st : strengths)
    if (out.size() < 3) out.push_back(st);
  return out;
}

}  // namespace

SeasonReview season_review(const Campaign& c, const RunState& s) {
  SeasonReview r;
  r.title = c.title;
  r.complete = s.phase == Phase::Finished && s.stopped_because == "finished";
  // An event counts once it has ended: every one before the current, and the current one
  // unless it is still under way.
  r.events_played = std::min(static_cast<int>(c.steps.size()),
                             s.phase == Phase::Event ? static_cast<int>(s.step) : static_cast<int>(s.step) + 1);
  r.enjoyment = s.enjoyment;
  r.value = s.value;

  for (int k = 1; k <= r.events_played; ++k)
    r.events.push_back({k, c.steps[static_cast<std::size_t>(k - 1)].event.title, event_score(s, k)});

  std::set<std::string> seen;
  for (const auto& step : c.steps)
    for (const auto& p : step.event.people) {
      if (!seen.insert(p.id).second) continue;
      const Relationship* rel = s.find_rel(p.id);
      if (rel == nullptr || rel->rungs.empty()) continue;
      SeasonPerson sp;
      sp.id = p.id;
      sp.name = p.name;
      std::vector<std::string> steps;
      for (int k = 1; k <= r.events_played; ++k) {
        Rung at = Rung::Stranger;
        for (const auto& st : rel->rungs)
          if (st.event_no <= k) at = std::max(at, st.rung);
        sp.by_event.push_back(at);
      }
      for (const auto& st : rel->rungs)
        if (st.event_no >= 1 && st.event_no <= r.events_played)
          steps.push_back(std::string(rung_title(st.rung)) + " (event " + std::to_string(st.event_no) + ")");
      if (steps.empty()) continue;
      std::string path;
      for (std::size_t i = 0; i < steps.size(); ++i) path += (i ? " \u2192 " : "") + steps[i];
      sp.path = path;
      r.people.push_back(sp);
    }

  std::vector<DebriefView> debriefs;
  for (int k = 1; k <= r.events_played; ++k) debriefs.push_back(debrief_view(c, s, k));
  if (!debriefs.empty())
    for (std::size_t i = 0; i < debriefs.front().ideas.size(); ++i) {
      SeasonIdea idea{debriefs.front().ideas[i].idea, {}, {}};
      std::vector<std::string> where;
      for (const auto& d : debriefs)
        if (i < d.ideas.size() && d.ideas[i].exercised) {
          idea.events.push_back(d.event_no);
          where.push_back(d.title);
        }
      idea.where = where.empty()                                          ? "Not this season. " + debriefs.back().ideas[i].evidence
                   : where.size() == debriefs.size() && where.size() > 1 ? std::string("At every event.")
                                                                         : "At " + join_and(where) + ".";
      r.ideas.push_back(idea);
    }

  for (const auto& a : s.items) {
    if (a.event_no < 1 || a.event_no > static_cast<int>(c.steps.size())) continue;
    r.found.push_back(a.label + ", from " + name_of(c, s, a.from) + " (" +
                      c.steps[static_cast<std::size_t>(a.event_no - 1)].event.title + ")");
  }
  r.take_away = take_away(c, s, r);
  return r;
}

}  // namespace mingle::sim
