#pragma once
// Where the room's words go on screen: the badges over people's heads and the reaction that
// rises after a choice. Pure functions of boxes in window pixels, tested without a window
// (tests/app/labels_test.cpp); the painter draws what they decide and the layout dump
// (app/layout/layout_dump.h) writes it out for the GUI tests.
//
// Badges are placed greedily, in the caller's order (the player, the one targeted, the
// partner, then the nearest first), over a few spots round each anchor — the usual answer to
// point-feature label placement at this scale. A spot must be on screen, clear of the reserved
// boxes (panels, zone signs), of the figures nobody may cover (the player's, the target's —
// their own badges too) and
// of every badge placed before it. A badge with no free spot folds to its short form (a first
// name) and tries again; one that fits neither way is left out, even the player's or the
// partner's (the chevron marks the player, the panel and the prompt name the other): no rule
// is ever broken to show a badge. Badges in a group start folded unless expanded (target, partner,
// the one under the pointer).
#include "app/layout/camera.h"  // ScreenBox

#include <optional>
#include <vector>

namespace mingle::app {

struct BadgeAsk {
  float x = 0;                 // the anchor's centre
  float above_y = 0;           // the top of the head: a badge hangs above it
  float below_y = 0;           // the feet: a badge with no room above hangs below them
  bool hang_below = false;     // below the feet first (the player's own)
  float full_w = 0, full_h = 0;    // the whole badge: name and organisation
  float short_w = 0, short_h = 0;  // folded: a first name (0: it has no short form)
  bool folded = false;         // starts folded (in a group and not expanded)
};

struct BadgePlace {
  bool shown = false;
  bool folded = false;  // drawn in its short form
  bool lifted = false;  // not at its first spot: a thread ties it back to its anchor
  bool below = false;   // hangs below the feet
  ScreenBox box;
};

// One place per ask, in the same order. `screen` is the window's box; `reserved` the panels
// and zone signs; `figures` the figures no badge may cover.
std::vector<BadgePlace> place_badges(const std::vector<BadgeAsk>& asks, const std::vector<ScreenBox>& reserved,
                                     const std::vector<ScreenBox>& figures, ScreenBox screen);

// The reaction that rises after a choice (w x h pixels) from `from` (its person's badge, or
// head): a lane above it, else to its right, else to its left, that is clear of every box in
// `taken` (badges, signs, panels, figures nobody may cover) and on screen for the whole rise of
// `rise` pixels. Returns where it stands at `progress` (0 to 1) of its rise; a lane too short
// to rise in is used standing still; nothing when no lane is free (the panel shows it anyway).
std::optional<ScreenBox> place_rising(float w, float h, ScreenBox from, float rise, float progress,
                                      const std::vector<ScreenBox>& taken, ScreenBox screen);

// Several reactions rising at once (two people answering one choice, or a second choice before
// the first reaction has faded): each, in the caller's order (the oldest first, so one already
// on screen keeps its lane), takes a lane as place_rising does, clear of `taken` and of the
// whole lanes the ones before it took — so no two ever overlap at any point of their rise,
// whatever their ages. One place per ask, in the same order; nothing where no lane is free.
struct RisingAsk {
  float w = 0, h = 0;     // the text's size
  ScreenBox from;         // its person's badge, or head
  float rise = 0;         // how far it rises, pixels (0: it stands still)
  float progress = 0;     // how far along its rise it is, 0 to 1
};
std::vector<std::optional<ScreenBox>> place_risings(const std::vector<RisingAsk>& asks,
                                                    const std::vector<ScreenBox>& taken, ScreenBox screen);

// The part of the screen nothing reserved covers: the screen less the bands the boxes in
// `reserved` take at its edges. Each box takes the band that leaves the most free: the HUD at
// the top a band down to its bottom, a conversation panel along the bottom a band up to its
// top, a panel docked at a side the band at that side, and a panel that fills most of the
// window (a talk at a large UI scale) all but the strip above it.
ScreenBox free_area(ScreenBox screen, const std::vector<ScreenBox>& reserved);

}  // namespace mingle::app
