#include "core/sim/debrief.h"

#include "core/sim/relationship.h"
#include "core/sim/scoring.h"
#include "core/sim/wording.h"

#include <algorithm>
#include <set>

namespace mingle::sim {
namespace {

const char* kind_words(const std::string& kind) {
  if (kind == "solution") return "a solution";
  if (kind == "comparable") return "a comparable";
  if (kind == "ally") return "an ally";
  if (kind == "career-lead") return "a career lead";
  if (kind == "candidate") return "a candidate";
  return nullptr;
}

bool know_each_other(const Person& a, const Person& b) {
  for (const auto& k : a.knows)
    if (k.person == b.id) return true;
  for (const auto& k : b.knows)
    if (k.person == a.id) return true;
  return false;
}

bool asked(const RunState& s, const std::string& person, AskKind kind, bool accepted_only) {
  for (const auto& a : s.asks)
    if (a.person == person && a.kind == kind && (a.accepted || !accepted_only)) return true;
  return false;
}

// "Next time, try": specific to what happened in this run, never advice the player has already
// taken (an invitation to someone who is already a friend, an introduction already made).
void next_time(const Campaign& c, const RunState& s, const Event& e, int event_no,
               const std::set<std::string>& spoke, int event_enjoyment, int strangers_met,
               std::vector<std::string>& out) {
  // Pairs who needed each other, both spoken to tonight, not introduced.
  std::set<std::pair<std::string, std::string>> named;
  for (const auto& x : e.people)
    for (const auto& n : x.needs)
      for (const auto& y : e.people) {
        if (named.size() >= 2 || x.id == y.id || !spoke.count(x.id) || !spoke.count(y.id)) continue;
        bool holds = false;
        for (const auto& h : y.holds) holds = holds || h.item == n.item;
        if (!holds || know_each_other(x, y)) continue;
        const auto pair = std::minmax(x.id, y.id);
        if (s.introduced_pairs.count({pair.first, pair.second}) || !named.insert({pair.first, pair.second}).second)
          continue;
        out.push_back(needs_phrase(x.name, need_phrase(c, x, n.item)) + ", and " + y.name +
                      " could help. You'd spoken to both: introduce them to each other.");
      }

  // One step further with the people you spoke to, from where each relationship stands now.
  int steps = 0;
  for (const auto& p : e.people) {
    if (steps >= 2 || !spoke.count(p.id)) continue;
    const Relationship* rel = s.find_rel(p.id);
    if (rel == nullptr) continue;
    bool declined_now = false;
    for (const auto& a : s.asks)
      if (a.person == p.id && a.event_no == event_no && !a.accepted) declined_now = true;
    if (declined_now) {
      out.push_back(p.name + " said no this time. Warm things up first (a laugh, a question about "
                    "them), and ask again at another event.");
      ++steps;
      continue;
    }
    const Rung r = rel->rung();
    const bool planned = !rel->planned.empty();
    if (r == Rung::LunchMate && !asked(s, p.id, AskKind::Personal, true) && !planned && rel->rapport >= 4) {
      out.push_back("You and " + p.name + " are lunch mates. When it feels right, an invitation "
                    "beyond work (something personal) is the next step.");
      ++steps;
    } else if (r == Rung::CoffeeMate && !asked(s, p.id, AskKind::Lunch, true) &&
               !asked(s, p.id, AskKind::Drinks, true) && !planned && rel->rapport >= 3) {
      out.push_back("You and " + p.name + " are coffee mates. A lunch or drinks would give you "
                    "time for more than work.");
      ++steps;
    } else if (r < Rung::CoffeeMate && rel->rapport >= 3 && !asked(s, p.id, AskKind::Coffee, false) && !planned) {
      // No figure here: the notebook shows where things stand now, in one place.
      out.push_back("You got on well with " + p.name +
                    ". A coffee after the event is how a contact becomes a connection.");
      ++steps;
    }
  }

  if (event_enjoyment <= 0)
    out.push_back("Enjoyment stayed low. Small talk, a laugh and genuine interest count as much as information.");

  std::vector<std::string> unmet;
  for (const auto& p : e.people)
    if (!spoke.count(p.id)) unmet.push_back(p.name);
  if (strangers_met == 0 && !unmet.empty())
    out.push_back("You met nobody new. Everyone here does work like yours: a hello is low-risk.");
  if (!unmet.empty() && out.size() < 3) {
    if (unmet.size() > 3) unmet.resize(3);
    out.push_back("You didn't speak with " + join_and(unmet) + ". Each of them had something to say.");
  }
  if (out.empty())
    out.push_back("You did everything we look for tonight. Next time, try going one rung further "
                  "with the person you like most, or bring a colleague into a conversation.");
}

}  // namespace

EventScore event_score(const RunState& s, int event_no) {
  EventScore out;
  // An event starts where the one before it (and its weeks after) left off: the curves' first
  // point of an event may already hold its first minute's change, so it can't be the baseline.
  auto span = [&](const std::vector<CurvePoint>& curve, int& own, int& total, int& after, int& after_total) {
    int start = 0;
    bool evening = false, weeks = false;
    for (const auto& p : curve) {
      if (p.event_no < event_no) start = p.value;
      if (p.event_no != event_no) continue;
      (p.after ? after_total : total) = p.value;
      (p.after ? weeks : evening) = true;
    }
    if (!evening) total = start;
    if (!weeks) after_total = total;
    own = total - start;
    after = after_total - total;
  };
  span(s.enjoyment_curve, out.enjoyment, out.enjoyment_total, out.after_enjoyment, out.after_enjoyment_total);
  span(s.value_curve, out.value, out.value_total, out.after_value, out.after_value_total);
  return out;
}

const char* idea_title(Idea i) {
  switch (i) {
    case Idea::RoomIsAMystery: return "The room is a mystery";
    case Idea::KindsOfValue: return "Networking is worth something";
    case Idea::EnjoymentCounts: return "Enjoyment counts";
    case Idea::LowRiskRoom: return "A low-risk room";
    case Idea::NaturalOutcome: return "Natural: acquaintances";
    case Idea::PurposefulOutcome: return "Purposeful: follow-ups";
    case Idea::OrganicOutcome: return "Organic: coffee, lunch, friendship";
    case Idea::ConnectingPeople: return "Connecting people";
  }
  return "";
}

DebriefView debrief_view(const Campaign& c, const RunState& s, int event_no) {
  DebriefView d;
  d.event_no = event_no;
  if (event_no < 1 || event_no > static_cast<int>(c.steps.size())) return d;
  const Event& e = c.steps[static_cast<std::size_t>(event_no - 1)].event;
  d.title = e.title;

  for (const auto& p : s.enjoyment_curve)
    if (p.event_no == event_no && !p.after) d.enjoyment_curve.push_back(static_cast<float>(p.value));
  for (const auto& p : s.value_curve)
    if (p.event_no == event_no && !p.after) d.value_curve.push_back(static_cast<float>(p.value));
  const EventScore score = event_score(s, event_no);
  d.enjoyment = score.enjoyment_total;
  d.value = score.value_total;
  d.event_enjoyment = score.enjoyment;
  d.event_value = score.value;
  if (event_no > 1) {
    const EventScore last = event_score(s, event_no - 1);
    d.weeks_before = true;
    d.weeks_before_title = "the weeks after " + c.steps[static_cast<std::size_t>(event_no - 2)].event.title;
    d.weeks_enjoyment = last.after_enjoyment;
    d.weeks_value = last.after_value;
  }

  // Who was there, how far things went, and whether you spoke this event.
  std::set<std::string> spoke;
  for (const auto& ch : s.choices)
    if (ch.event_no == event_no) spoke.insert(ch.person);
  for (const auto& [id, rel] : s.people)
    if (rel.met_event == event_no) spoke.insert(id);
  int acquaintances = 0, strangers_met = 0, purposeful_reached = 0;
  for (const auto& p : e.people) {
    DebriefPerson dp;
    dp.id = p.id;
    dp.name = p.name;
    dp.organisation = p.organisation;
    dp.spoke_this_event = spoke.count(p.id) > 0;
    if (const Relationship* rel = s.find_rel(p.id)) {
      dp.rung = rel->rung();
      if (!rel->rungs.empty()) dp.how = rel->rungs.back().how;
      for (const auto& step : rel->rungs) {
        // A new acquaintance is someone you met by speaking at this event, not one you knew.
        if (step.event_no == event_no && step.rung == Rung::Acquaintance && dp.spoke_this_event) ++strangers_met;
        if (step.event_no == event_no && step.rung == Rung::Purposeful) ++purposeful_reached;
      }
    }
    if (dp.rung >= Rung::Acquaintance) ++acquaintances;
    d.people.push_back(dp);
  }

  // What was found.
  std::vector<std::string> kinds_gained;
  for (const auto& a : s.items) {
    if (a.event_no != event_no) continue;
    const Person* from = e.person(a.from);
    d.found.push_back(a.label + ", from " + (from ? from->name : a.from) + " at " + clock_text(a.minute));
    if (const char* w = kind_words(to_string(a.kind)))
      if (std::find(kinds_gained.begin(), kinds_gained.end(), w) == kinds_gained.end()) kinds_gained.push_back(w);
  }

  // The choices made, with the coach's notes.
  for (const auto& ch : s.choices) {
    if (ch.event_no != event_no) continue;
    const Person* p = e.person(ch.person);
    d.choices.push_back({clock_text(ch.minute), p ? p->name : ch.person, ch.text, ch.coach});
  }

  // Needs found or missed.
  bool need_found = false, any_need = false;
  std::vector<std::string> needs_missed;
  for (const auto& n : needs_status(c, s)) {
    if (n.event_no != event_no || n.side_goal) continue;
    any_need = true;
    if (n.found) {
      need_found = true;
      const Person* from = e.person(n.found->from);
      d.went_well.push_back("You found what you came for: " + n.label + " (from " +
                            (from ? from->name : n.found->from) + ", at " + clock_text(n.found->minute) + ").");
    } else {
      needs_missed.push_back(n.label);
    }
  }
  for (const auto& m : s.missed) {
    if (m.event_no != event_no) continue;
    const Person* holder = e.person(m.holder);
    const std::string who = holder ? holder->name : m.holder;
    // The holder's own words for what they had, so a pronoun in them points at the holder.
    std::string what = mid_sentence(c, m.label);
    if (holder != nullptr)
      for (const auto& h : holder->holds)
        if (h.item == m.item && !h.label.empty()) what = mid_sentence(c, h.label);
    // A label that starts with the holder's own name ("Wendell: twenty-six years…") reads
    // as what you could have had.
    const bool names_holder = holder != nullptr && first_word(what) == first_word(holder->name);
    d.to_try.push_back((names_holder ? "You could have had " + what : had_phrase(who, what)) + (m.spoke_to ? ". You spoke, but it didn't come up: a question about their work might have opened it."
                                                            : ". You never spoke: next time, try the people you haven't met yet."));
  }

  int follow_ups = 0, asks = 0, accepted = 0, intros = 0, good_intros = 0;
  std::vector<std::string> organic;
  for (const auto& f : s.follow_ups)
    if (f.event_no == event_no) ++follow_ups;
  for (const auto& a : s.asks) {
    if (a.event_no != event_no) continue;
    const Person* asked = e.person(a.person);
    d.asks.push_back(explain_ask(a, asked ? asked->name : a.person));
    d.ask_details.push_back(ask_details(a));
    ++asks;
    if (a.accepted) {
      ++accepted;
      const Person* p = e.person(a.person);
      organic.push_back((p ? p->name : a.person) + " (" + to_string(a.kind) + ")");
    }
  }
  for (const auto& i : s.introductions) {
    if (i.event_no != event_no) continue;
    ++intros;
    if (i.good_match) ++good_intros;
  }

  if (strangers_met > 0)
    d.went_well.push_back("You made " + std::to_string(strangers_met) + " new acquaintance" +
                          (strangers_met == 1 ? "" : "s") + ".");
  if (d.event_enjoyment > 0)
    d.went_well.push_back("You enjoyed yourself: enjoyment +" + std::to_string(d.event_enjoyment) + " this event.");
  if (follow_ups > 0)
    d.went_well.push_back("You agreed " + std::to_string(follow_ups) + " follow-up" + (follow_ups == 1 ? "" : "s") +
                          ": carry " + std::string(follow_ups == 1 ? "it" : "them") + " out before the next event.");
  if (accepted > 0) d.went_well.push_back("Invitations accepted: " + join_and(organic) + ".");
  if (good_intros > 0)
    d.went_well.push_back("You connected " + std::to_string(good_intros) + " pair" + (good_intros == 1 ? "" : "s") +
                          " of people who needed each other.");

  if (any_need && !need_found) {
    std::vector<std::string> lowered;
    for (const auto& n : needs_missed) lowered.push_back(mid_sentence(c, n));
    d.to_try.insert(d.to_try.begin(), "You didn't find " + join_and(lowered) +
                                          " this time. Ask people about their work: the holder rarely announces it.");
  }
  next_time(c, s, e, event_no, spoke, d.event_enjoyment, strangers_met, d.to_try);

  // The ideas, each with evidence from this run or a suggestion.
  auto idea = [&](Idea i, bool done, std::string yes, std::string no) {
    d.ideas.push_back({i, done, done ? std::move(yes) : std::move(no)});
  };
  idea(Idea::RoomIsAMystery, need_found || !s.learned.empty(),
       need_found ? "You tracked down what you needed by talking to people."
                  : "You picked up hints about who holds what.",
       "Someone here held what you needed. Talk to more people, and follow the hints.");
  idea(Idea::KindsOfValue, !kinds_gained.empty(), "You came away with " + join_and(kinds_gained) + ".",
       "Solutions, comparables, allies, career leads and candidates are all in the room.");
  idea(Idea::EnjoymentCounts, d.event_enjoyment > 0,
       "Your enjoyment rose by " + std::to_string(d.event_enjoyment) + " this event.",
       "An evening you enjoy is worth as much as one you learn from.");
  idea(Idea::LowRiskRoom, spoke.size() >= 2, "You spoke with " + std::to_string(spoke.size()) + " people.",
       "Try saying hello to a few more people: they share your work and your worries.");
  idea(Idea::NaturalOutcome, acquaintances > 0,
       std::to_string(acquaintances) + " familiar face" + (acquaintances == 1 ? "" : "s") + " for next time.",
       "Exchanging names is the first outcome: next time they are familiar faces.");
  idea(Idea::PurposefulOutcome, follow_ups > 0 || purposeful_reached > 0,
       follow_ups > 0 ? "You agreed to follow up on a professional matter."
                      : "You followed up on a professional matter raised in the room.",
       "When someone can help with a challenge, agree a follow-up and carry it out after the event.");
  idea(Idea::OrganicOutcome, accepted > 0, "You took a social risk and it was welcomed: " + join_and(organic) + ".",
       asks > 0 ? "You asked, and it wasn't the moment. That's part of it: build rapport and ask again later."
                : "Coffee, lunch or a personal invitation turns a contact into a connection. It takes a little courage.");
  idea(Idea::ConnectingPeople, intros > 0,
       "You introduced people to each other" + std::string(good_intros ? ", and they needed each other." : "."),
       "As association staff you can connect members who need each other.");
  return d;
}

}  // namespace mingle::sim
