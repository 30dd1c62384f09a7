#include "core/sim/debrief.h"

#include "core/sim/relationship.h"
#include "core/sim/scoring.h"
#include "core/sim/tuning.h"
#include "core/sim/phrasing.h"

#include <algorithm>
#include <cctype>
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

std::string lowered(std::string s) {
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
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

// A chance the evening missed, or a step it left open: a sentence saying what happened and
// one saying what to try. Those with a weight can also be one of the moments the debrief opens
// with (the larger, the more it would have changed the evening).
struct Chance {
  std::string what, next;
  std::string person;  // who it was about, when one person
  int weight = 0;      // 0: a "Next time, try" line only, never one of the moments
};

// "Next time, try": specific to what happened in this run, never advice the player has already
// taken (an invitation to someone who is already a friend, an introduction already made).
void next_time(const Campaign& c, const RunState& s, const Event& e, int event_no, bool last,
               const std::set<std::string>& spoke, int event_enjoyment, int strangers_met,
               std::vector<Chance>& out) {
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
        out.push_back({needs_phrase(x.name, need_phrase(c, x, n.item)) + ", and " + y.name + " could help.",
                       "You'd spoken to both: introduce them to each other.", x.name,
                       tuning::kIntroductionMissedWeight});
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
      // The refusal itself is one of the evening's moments (see moments()), so not twice.
      out.push_back({p.name + " said no this time.",
                     std::string("Warm things up first (a laugh, a question about them), and ask again ") +
                         (last ? "when you meet again." : "at another event."),
                     p.name, 0});
      ++steps;
      continue;
    }
    const Rung r = rel->rung();
    const bool planned = !rel->planned.empty();
    if (r == Rung::LunchMate && !asked(s, p.id, AskKind::Personal, true) && !planned && rel->rapport >= tuning::kRapportToSuggestPersonal) {
      out.push_back({"You and " + p.name + " are lunch mates.",
                     "When it feels right, make an invitation beyond work: something personal.", p.name,
                     tuning::kNextInvitationWeight});
      ++steps;
    } else if (r == Rung::CoffeeMate && !asked(s, p.id, AskKind::Lunch, true) &&
               !asked(s, p.id, AskKind::Drinks, true) && !planned &&
               rel->rapport >= tuning::kRapportToSuggestLunch) {
      out.push_back({"You and " + p.name + " are coffee mates.",
                     "Suggest a lunch or drinks: time together for more than work.", p.name,
                     tuning::kNextInvitationWeight});
      ++steps;
    } else if (r < Rung::CoffeeMate && rel->rapport >= tuning::kRapportToSuggestCoffee && !asked(s, p.id, AskKind::Coffee, false) && !planned) {
      // No figure here: the notebook shows where things stand now, in one place.
      out.push_back({"You got on well with " + p.name + ".",
                     "Suggest a coffee after the event: that is how a contact becomes a connection.", p.name,
                     tuning::kNextInvitationWeight});
      ++steps;
    }
  }

  if (event_enjoyment <= 0)
    out.push_back({"Enjoyment stayed low.", "Small talk, a laugh and genuine interest count as much as information.", "",
                   tuning::kLowEnjoymentWeight});

  std::vector<std::string> unmet;
  for (const auto& p : e.people)
    if (!spoke.count(p.id)) unmet.push_back(p.name);
  if (strangers_met == 0 && !unmet.empty())
    out.push_back({"You met nobody new.", "Everyone here does work like yours: a hello is low-risk.", "",
                   tuning::kNobodyNewWeight});
  if (!unmet.empty() && out.size() < 3) {
    if (unmet.size() > 3) unmet.resize(3);
    out.push_back({"You didn't speak with " + join_and(unmet) + ".", "Say hello: each of them had something to say.", "",
                   tuning::kPeopleUnmetWeight});
  }
  if (out.empty())
    out.push_back({"You did everything we look for tonight.",
                   "Try going one rung further with the person you like most, or bring a colleague into a conversation.",
                   "", 0});
}

// [SECTION] The moments that mattered -------------------------------------------------------------

// What a moment teaches for next time, from what changed most in it.
enum class Lesson { Warmth, Enjoyment, Acquainted, Value, Step, Invitation, FollowUp, Introduction, NeedFound,
                    Declined, Cooled, PoorMatch };

const char* lesson_text(Lesson l) {
  switch (l) {
    case Lesson::Warmth: return "show the same interest in the next person you meet.";
    case Lesson::Enjoyment: return "keep the warmth going: a laugh or a shared story counts.";
    case Lesson::Acquainted: return "open the same way with someone new.";
    case Lesson::Value: return "keep asking people about their work.";
    case Lesson::Step: return "keep taking one step at a time with the people you like.";
    case Lesson::Invitation: return "when you get on well, ask: that is how a contact becomes a connection.";
    case Lesson::FollowUp: return "agree a follow-up when someone can help, and keep it.";
    case Lesson::Introduction: return "listen for two people who need each other, and introduce them.";
    case Lesson::NeedFound: return "say what you need once there is a little warmth.";
    case Lesson::Declined: return "warm things up first, and ask again later.";
    case Lesson::Cooled: return "lead with their world, and keep your own request until there is some warmth.";
    case Lesson::PoorMatch: return "introduce people when one needs what the other holds.";
  }
  return "";
}

// What one moment changed, good and bad, in words, and the lesson of its largest part.
struct Impact {
  int good = 0, bad = 0;
  std::vector<std::string> parts;
  Lesson good_lesson = Lesson::Warmth, bad_lesson = Lesson::Cooled;
  int good_top = 0, bad_top = 0;
  int acquainted = 0;  // a first word with someone: it comes with any choice, so it never outweighs a slip
  void add(int points, Lesson l, std::string part) {
    if (l == Lesson::Acquainted) acquainted += points;
    if (points > 0) {
      good += points;
      if (points > good_top) good_top = points, good_lesson = l;
    } else if (points < 0) {
      bad -= points;
      if (-points > bad_top) bad_top = -points, bad_lesson = l;
    }
    if (!part.empty()) parts.push_back(std::move(part));
  }
};

std::string signed_text(int v) { return (v > 0 ? "+" : "") + std::to_string(v); }

// How far a curve moved at one minute of an event (a choice's minute holds what it did).
int curve_change(const std::vector<CurvePoint>& curve, int event_no, int minute) {
  int before = 0;
  for (const auto& p : curve) {
    if (p.event_no == event_no && p.minute == minute) return p.value - before;
    before = p.value;
  }
  return 0;
}

int rung_points(Rung r) {
  switch (r) {
    case Rung::Stranger: return 0;
    case Rung::Acquaintance: return tuning::kAcquaintedWeight;
    case Rung::Purposeful:
    case Rung::CoffeeMate: return tuning::kPurposefulOrCoffeeMateWeight;
    case Rung::LunchMate: return tuning::kLunchMateWeight;
    case Rung::Friend: return tuning::kFriendWeight;
  }
  return 0;
}

// An invitation accepted: the rung it leads to, and a little more for the social risk taken.
int ask_points(AskKind k) {
  return rung_points(rung_for(k)) + tuning::kAskTakenWeight;
}

const Choice* authored_choice(const Event& e, const ChoiceRecord& ch) {
  const Dialogue* d = e.dialogue(ch.dialogue);
  const Node* n = d ? d->find(ch.node) : nullptr;
  if (n == nullptr) return nullptr;
  for (const auto& x : n->choices)
    if (x.id == ch.choice) return &x;
  return nullptr;
}

std::string sentence(const std::vector<std::string>& parts) {
  if (parts.empty()) return {};
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
  out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out + ".";
}

// The evening's records at one minute, as what they changed: the scores, what was found, a rung
// reached, an answer to an ask. `person` limits rungs and asks to the one spoken to.
void minute_impact(const Campaign& c, const RunState& s, const Event& e, int event_no, int minute,
                   const std::string& person, Impact& im) {
  const int de = curve_change(s.enjoyment_curve, event_no, minute);
  const int dv = curve_change(s.value_curve, event_no, minute);
  bool need_found = false;  // then what was found teaches saying what you need
  for (const auto& n : needs_status(c, s))
    if (n.event_no == event_no && n.found && n.found->event_no == event_no && n.found->minute == minute &&
        n.found->from == person) {
      need_found = need_found || !n.side_goal;
      im.add(n.side_goal ? tuning::kSideGoalFoundWeight : tuning::kNeedFoundWeight, n.side_goal ? Lesson::Value : Lesson::NeedFound,
             n.side_goal ? "you found something you hoped to find" : "you found what you came for");
    }
  if (de != 0 || dv != 0) {
    std::vector<std::string> scores;
    if (de != 0) scores.push_back("enjoyment " + signed_text(de));
    if (dv != 0) scores.push_back("value " + signed_text(dv));
    im.add(de, de > 0 ? Lesson::Enjoyment : Lesson::Cooled, "");
    im.add(dv, dv <= 0 ? Lesson::Cooled : need_found ? Lesson::NeedFound : Lesson::Value, "");
    im.parts.push_back(join_and(scores));
  }
  const Person* p = e.person(person);
  const std::string name = p ? p->name : person;
  if (const Relationship* rel = s.find_rel(person))
    for (const auto& step : rel->rungs)
      if (step.event_no == event_no && step.minute == minute)
        im.add(rung_points(step.rung), step.rung == Rung::Acquaintance ? Lesson::Acquainted : Lesson::Step,
               step.rung == Rung::Acquaintance
                   ? "you and " + name + " are acquainted now"
                   : name + " is now your " + lowered(rung_title(step.rung)));
  for (const auto& a : s.asks)
    if (a.event_no == event_no && a.minute == minute && a.person == person)
      im.add(a.accepted ? ask_points(a.kind) : tuning::kAskRefusedWeight,
             a.accepted ? (a.kind == AskKind::FollowUp ? Lesson::FollowUp : Lesson::Invitation) : Lesson::Declined,
             name + (a.accepted ? " said yes to " : " said no to ") + ask_phrase(a.kind));
}

// Every candidate moment of one event: its choices, invitations and introductions, and the
// chances it missed; then the largest of each kind, at most kMomentsShown.
void moments(const Campaign& c, const RunState& s, const Event& e, int event_no, const std::vector<Chance>& chances,
             DebriefView& d) {
  std::vector<DebriefMoment> well, better;
  auto keep = [&](DebriefMoment m, const Impact& im) {
    m.changed = sentence(im.parts);
    const bool bad = im.bad > 0 && im.bad >= im.good - im.acquainted;
    m.went_well = !bad;
    m.weight = bad ? im.bad : im.good;
    const std::string lesson = lesson_text(bad ? im.bad_lesson : im.good_lesson);
    m.next_time = lesson;
    if (!m.next_time.empty()) m.next_time[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(m.next_time[0])));
    if (m.weight > 0) (bad ? better : well).push_back(std::move(m));
  };

  // A minute's records belong to the last choice made in it (a choice that takes no time
  // shares its minute with the next).
  std::set<int> minutes_with_choice;
  std::vector<const ChoiceRecord*> tonight;
  for (const auto& ch : s.choices)
    if (ch.event_no == event_no) tonight.push_back(&ch);
  for (std::size_t i = 0; i < tonight.size(); ++i) {
    const ChoiceRecord& ch = *tonight[i];
    minutes_with_choice.insert(ch.minute);
    Impact im;
    const bool owns_minute = i + 1 == tonight.size() || tonight[i + 1]->minute != ch.minute;
    if (owns_minute) minute_impact(c, s, e, event_no, ch.minute, ch.person, im);
    bool first_time = true;  // a choice made again adds nothing (RunState::scored_choices)
    for (std::size_t j = 0; j < i; ++j)
      if (tonight[j]->dialogue == ch.dialogue && tonight[j]->choice == ch.choice) first_time = false;
    if (const Choice* authored = first_time ? authored_choice(e, ch) : nullptr) {
      const Effects& fx = authored->effects;
      if (fx.rapport != 0) im.add(fx.rapport > 0 ? fx.rapport : tuning::kLossWeightFactor * fx.rapport, fx.rapport > 0 ? Lesson::Warmth : Lesson::Cooled,
                                  "rapport " + signed_text(fx.rapport));
      if (fx.regard != 0) im.add(fx.regard > 0 ? fx.regard : tuning::kLossWeightFactor * fx.regard, fx.regard > 0 ? Lesson::Warmth : Lesson::Cooled,
                                 "regard " + signed_text(fx.regard));
      // A follow-up agreed is the way to a working relationship, as an accepted ask for one is.
      if (fx.follow_up && !authored->ask) im.add(ask_points(AskKind::FollowUp), Lesson::FollowUp, "you agreed a follow-up");
    }
    const Person* p = e.person(ch.person);
    DebriefMoment m;
    m.clock = clock_text(ch.minute);
    m.person_name = p ? p->name : ch.person;
    m.what = ch.text;
    m.said = true;
    m.coach = ch.coach;
    keep(std::move(m), im);
  }

  // Invitations made in the room, outside a conversation's choices.
  for (const auto& a : s.asks) {
    if (a.event_no != event_no || minutes_with_choice.count(a.minute)) continue;
    Impact im;
    minute_impact(c, s, e, event_no, a.minute, a.person, im);
    const Person* p = e.person(a.person);
    DebriefMoment m;
    m.clock = clock_text(a.minute);
    m.person_name = p ? p->name : a.person;
    m.what = "You invited " + m.person_name + " to " + ask_phrase(a.kind) + ".";
    keep(std::move(m), im);
  }

  // Introductions you made as a host.
  for (const auto& i : s.introductions) {
    if (i.event_no != event_no) continue;
    Impact im;
    const Person* a = e.person(i.a);
    const Person* b = e.person(i.b);
    const std::string an = a ? a->name : i.a, bn = b ? b->name : i.b;
    // Why they did (or didn't) need each other, in the game's words, is what it changed.
    std::string why = i.why;
    if (!why.empty() && why.back() == '.') why.pop_back();
    im.add(i.good_match ? tuning::kGoodIntroductionWeight : tuning::kPoorIntroductionWeight, i.good_match ? Lesson::Introduction : Lesson::PoorMatch,
           !why.empty() ? why : i.good_match ? "they needed each other" : "they had little to offer each other");
    if (!minutes_with_choice.count(i.minute)) minute_impact(c, s, e, event_no, i.minute, "", im);
    DebriefMoment m;
    m.clock = clock_text(i.minute);
    m.person_name = an;
    m.what = "You introduced " + an + " to " + bn + ".";
    keep(std::move(m), im);
  }

  // The chances missed, which have no one minute.
  for (const auto& ch : chances) {
    if (ch.weight <= 0) continue;
    DebriefMoment m;
    m.went_well = false;
    m.person_name = ch.person;
    m.what = ch.what;
    m.next_time = ch.next;
    m.weight = ch.weight;
    better.push_back(std::move(m));
  }

  auto largest = [](std::vector<DebriefMoment>& v) {
    std::stable_sort(v.begin(), v.end(), [](const DebriefMoment& a, const DebriefMoment& b) { return a.weight > b.weight; });
    if (v.size() > kMomentsShown) v.resize(kMomentsShown);
  };
  largest(well);
  largest(better);
  d.moments_well = std::move(well);
  d.moments_better = std::move(better);
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
  if (event_no >= 1 && static_cast<std::size_t>(event_no) <= s.debriefs_shown.size() &&
      s.debriefs_shown[static_cast<std::size_t>(event_no - 1)])
    return *s.debriefs_shown[static_cast<std::size_t>(event_no - 1)];
  return debrief_view_now(c, s, event_no);
}

void keep_debrief(const Campaign& c, RunState& s) {
  if (s.phase == Phase::Event) return;
  const auto at = static_cast<std::size_t>(s.event_no() - 1);
  if (at < s.debriefs_shown.size() && s.debriefs_shown[at]) return;
  if (s.debriefs_shown.size() <= at) s.debriefs_shown.resize(at + 1);
  s.debriefs_shown[at] = std::make_shared<const DebriefView>(debrief_view_now(c, s, s.event_no()));
}

DebriefView debrief_view_now(const Campaign& c, const RunState& s, int event_no) {
  DebriefView d;
  d.event_no = event_no;
  if (event_no < 1 || event_no > static_cast<int>(c.steps.size())) return d;
  const Event& e = c.steps[static_cast<std::size_t>(event_no - 1)].event;
  d.title = e.title;

  for (const auto& p : s.enjoyment_curve)
    if (p.event_no == event_no && !p.after) d.enjoyment_curve.push_back(static_cast<float>(p.value));
  for (const auto& p : s.value_curve)
    if (p.event_no == event_no && !p.after) d.value_curve.push_back(static_cast<float>(p.value));
  d.last_event = event_no == static_cast<int>(c.steps.size());
  d.next_time_label = d.last_event ? "At your next conference" : "Next time";
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
  std::vector<Chance> chances;
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
    bool needed = false;
    for (const auto& n : e.player.needs) needed = needed || n.item == m.item;
    chances.push_back({(names_holder ? "You could have had " + what : had_phrase(who, what)) +
                           (m.spoke_to ? ". You spoke, but it didn't come up." : ". You never spoke."),
                       m.spoke_to ? "Ask a question about their work: it might have opened it."
                                  : "Try the people you haven't met yet.",
                       who, (needed ? 6 : 3) + (m.spoke_to ? 1 : 0)});
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
                          ": carry " + std::string(follow_ups == 1 ? "it" : "them") +
                          (d.last_event ? " out in the weeks after, as you would after a real conference."
                                        : " out before the next event."));
  if (accepted > 0) d.went_well.push_back("Invitations accepted: " + join_and(organic) + ".");
  if (good_intros > 0)
    d.went_well.push_back("You connected " + std::to_string(good_intros) + " pair" + (good_intros == 1 ? "" : "s") +
                          " of people who needed each other.");

  if (any_need && !need_found) {
    std::vector<std::string> lowered_needs;
    for (const auto& n : needs_missed) lowered_needs.push_back(mid_sentence(c, n));
    chances.insert(chances.begin(), Chance{"You didn't find " + join_and(lowered_needs) + " this time.",
                                           "Ask people about their work: the holder rarely announces it.", "",
                                           tuning::kNeedMissedWeight});
  }
  next_time(c, s, e, event_no, d.last_event, spoke, d.event_enjoyment, strangers_met, chances);
  for (const auto& ch : chances) d.to_try.push_back(ch.what + " " + ch.next);
  moments(c, s, e, event_no, chances, d);

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
