#pragma once
// The numbers the rules are tuned by, in one place: the clock, the ask (thresholds, roll,
// weights), how relationships move, what things are worth, the debrief's advice and how much its
// moments weigh, walking in the room (reach, speed, how a blocked step turns), and the window's
// meters. Each is documented where a player or an author reads about it
// (docs/playing-in-a-terminal.md, docs/authoring.md). tests/tuning/bare_rule_numbers.py fails
// when one of them is written out as a bare number somewhere else again.
#include "core/scenario/model.h"

namespace mingle::sim::tuning {

// Minutes each kind of move takes (a choice takes the event's `minutes_per_exchange`).
inline constexpr int kWalkMinutes = 1;        // go, join, or walking over to talk
inline constexpr int kIntroductionMinutes = 2;  // ask-intro, introduce
inline constexpr int kLongestWait = 240;      // the most one `wait` may take

// The room's idle clock: while the player walks about the room with the game running (no
// conversation, no notebook, pause menu or popup open), one game minute passes for every
// this-many seconds of real time. Front-ends record each minute as `wait 1`, so a replay
// from the command list is exact.
inline constexpr float kIdleSecondsPerMinute = 12.0f;

// A warning before the event ends, so nobody is cut off mid-reply without notice.
inline constexpr int kClosingWarningMinutes = 10;

// After a refused ask in the room, how many minutes before asking that person again.
inline constexpr int kAskCooldownMinutes = 20;

// Enjoyment from an accepted invitation when it takes place.
inline constexpr int kCoffeeEnjoyment = 2;
inline constexpr int kLunchOrDrinksEnjoyment = 3;
inline constexpr int kPersonalEnjoyment = 4;

// An ask answered: a yes is pleasant, a no a little awkward.
inline constexpr int kAskAcceptedEnjoyment = 1;
inline constexpr int kAskDeclinedEnjoyment = -1;

// Host mode: a good match between two people you introduced.
inline constexpr int kGoodIntroductionValue = 5;
inline constexpr int kGoodIntroductionEnjoyment = 1;
inline constexpr int kPoorIntroductionEnjoyment = -1;
// Rapport you need with someone before introducing them, or asking them to introduce you.
inline constexpr int kRapportToIntroduce = 1;

// A follow-up carried out as promised.
inline constexpr int kFollowUpValue = 3;
inline constexpr int kFollowUpEnjoyment = 1;

// A dialogue that runs through more choice-less lines than this is going round in circles.
inline constexpr int kMostLinesInARow = 64;

// [SECTION] The ask (docs/playing-in-a-terminal.md, "How an ask is answered") ---------------------

// The total (factors + roll) an ask needs: it rises with the rung the ask leads to.
inline constexpr int kFollowUpThreshold = 2;
inline constexpr int kCoffeeThreshold = 4;
inline constexpr int kLunchOrDrinksThreshold = 7;
inline constexpr int kPersonalThreshold = 10;

// The luck of the moment added to every answer: a roll from the run's seed, lowest..highest.
// The explorer takes both ends to see every answer the dice allow.
inline constexpr int kLowestRoll = -3;
inline constexpr int kHighestRoll = 3;

// Rapport counts this many times over in a personal ask, regard in a professional one (the
// other counts once).
inline constexpr int kWeightierFactor = 2;

// How a trait colours an answer, for a professional ask (a follow-up) and a personal one.
struct TraitWeight {
  Trait trait;
  int professional;
  int personal;
};
inline constexpr TraitWeight kTraitWeights[] = {
    {Trait::Warm, 2, 2},       {Trait::Generous, 2, 1}, {Trait::Chatty, 0, 1},
    {Trait::Funny, 0, 1},      {Trait::Curious, 1, 1},  {Trait::Busy, -2, -2},
    {Trait::Guarded, -1, -2},  {Trait::Reserved, 0, -1}, {Trait::Shy, 0, -1},
    {Trait::Formal, 0, -1},    {Trait::Sceptical, -1, 0},
};

// What a memory the simulation itself writes is worth in an ask.
struct MemoryWeight {
  Memory memory;
  int points;
};
inline constexpr MemoryWeight kMemoryWeights[] = {
    {Memory::AskDeclined, -1},
    {Memory::PromiseNotKept, -3},
    {Memory::KeptPromise, 2},
    {Memory::IntroducedSomeoneUseful, 1},
    {Memory::IntroducedPoorMatch, -1},
    {Memory::LeftMidConversation, 0},
};
// Any other memory (an author's own tag, a shared coffee: Memory::Shared*) counts as being remembered at all:
// this many points each, for at most this many of them.
inline constexpr int kOtherMemoryPoints = 1;
inline constexpr int kMostOtherMemories = 3;

// Time spent together: a point per event you met, at most this many.
inline constexpr int kMostFamiliarityPoints = 3;
// An ask already refused at this event makes the next one awkward.
inline constexpr int kAwkwardAskPoints = -3;
// An ask in the room with fewer than this many minutes left is rushed, and counts this much.
inline constexpr int kNearlyOverMinutes = 10;
inline constexpr int kNearlyOverPoints = -2;
// Asking past a rung of the coffee → lunch → friend track counts this much for each rung skipped.
inline constexpr int kSkippedRungPoints = -3;

// [SECTION] How relationships move ----------------------------------------------------------------

// Talking again to someone met at an earlier event: they recognise you.
inline constexpr int kRecognisedRapport = 1;
// Stepping away mid-conversation.
inline constexpr int kLeftMidConversationRapport = -1;
// An ask they said no to (the standing rapport too, when asked between events).
inline constexpr int kAskDeclinedRapport = -1;
// An invitation that took place warms the standing rapport.
inline constexpr int kInvitationRapport = 1;
// A follow-up carried out raises the standing regard; one never carried out lowers it.
inline constexpr int kFollowUpRegard = 1;
inline constexpr int kLapsedFollowUpRegard = -1;
// An introduction you made: a good match raises both people's regard and rapport, a poor one
// lowers their regard.
inline constexpr int kGoodIntroductionRegard = 1;
inline constexpr int kGoodIntroductionRapport = 1;
inline constexpr int kPoorIntroductionRegard = -1;
// Introduced by someone who thinks well of the newcomer: your first rapport with the newcomer
// is your rapport with the introducer divided by this, and at least kLeastIntroducedRapport.
inline constexpr int kIntroducedRapportDivisor = 2;
inline constexpr int kLeastIntroducedRapport = 1;
// Familiarity grows by this at the end of each event where you met.
inline constexpr int kFamiliarityPerEvent = 1;

// [SECTION] What things are worth -----------------------------------------------------------------

// Value of an item gained: what you came for, a side goal, anything else.
inline constexpr int kNeedValue = 10;
inline constexpr int kSideGoalValue = 5;
inline constexpr int kOtherItemValue = 2;

// [SECTION] The debrief ---------------------------------------------------------------------------

// "Next time, try" suggests the next invitation once rapport (now) reaches these.
inline constexpr int kRapportToSuggestCoffee = 3;
inline constexpr int kRapportToSuggestLunch = 3;
inline constexpr int kRapportToSuggestPersonal = 4;

// How much a moment weighs when the debrief chooses the few that mattered (the larger, the more
// it changed the evening; scores count point for point).
// A rung reached: acquainted, follow-up partner or coffee mate, lunch mate, friend.
inline constexpr int kAcquaintedWeight = 2;
inline constexpr int kPurposefulOrCoffeeMateWeight = 4;
inline constexpr int kLunchMateWeight = 5;
inline constexpr int kFriendWeight = 6;
// An accepted ask weighs the rung it leads to and this much more, for the social risk taken; a
// refused one weighs this much against.
inline constexpr int kAskTakenWeight = 2;
inline constexpr int kAskRefusedWeight = -4;
// What you came for found; a side goal found.
inline constexpr int kNeedFoundWeight = 8;
inline constexpr int kSideGoalFoundWeight = 3;
// Rapport or regard lost weighs this many times the points lost (gained: point for point).
inline constexpr int kLossWeightFactor = 2;
// An introduction you made: a good match, a poor one.
inline constexpr int kGoodIntroductionWeight = 6;
inline constexpr int kPoorIntroductionWeight = -3;
// The chances an evening missed ("Next time, try"), as moments that could have gone better.
inline constexpr int kNeedMissedWeight = 10;
inline constexpr int kIntroductionMissedWeight = 4;
inline constexpr int kNextInvitationWeight = 3;
inline constexpr int kLowEnjoymentWeight = 4;
inline constexpr int kNobodyNewWeight = 3;
inline constexpr int kPeopleUnmetWeight = 2;

// [SECTION] Walking in the room (core/room/walk.h) ------------------------------------------------

// Metres between the player's centre and someone's: close enough to talk to them.
inline constexpr float kTalkReach = 1.6f;
// Metres: E, Tab and the ring pick anyone this close (about half the window across at the usual
// zoom); farther than talking distance, the player walks up to them first.
inline constexpr float kTargetReach = 8.0f;
// A walk up to someone ends at this share of talking distance (a step inside it).
inline constexpr float kArriveShareOfTalkReach = 0.8f;
// Metres per second, holding a walking key.
inline constexpr float kWalkSpeed = 3.0f;
// A step that slides at least this share of its length along what it meets is taken as it is;
// a shorter one is turned round what blocks it.
inline constexpr float kHeadwayShare = 0.5f;
// Degrees a blocked step is turned, tried in order: round a person only the first (more would
// dither between neighbours in a ring), round furniture up to along its edge.
inline constexpr float kTurnDegrees[] = {30.0f, 60.0f, 90.0f};
inline constexpr int kTurnsRoundAPerson = 1;
// With no way round, people make room and the player squeezes past at this share of the step
// (straight on, else turned by 30, 60 or 90 degrees along furniture).
inline constexpr float kSqueezeShare = 0.5f;

// [SECTION] The window ----------------------------------------------------------------------------

// A very good evening, in points: the status view's shares of it fill the HUD's meters.
inline constexpr int kVeryGoodEveningPoints = 40;

}  // namespace mingle::sim::tuning
