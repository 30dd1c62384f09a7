#pragma once
// The numbers the rules are tuned by, in one place. Each is documented where a player or an
// author reads about it (docs/playing-in-a-terminal.md, docs/authoring.md). The ask's own
// weights and thresholds are in relationship.h, beside the rule they belong to.
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

}  // namespace mingle::sim::tuning
