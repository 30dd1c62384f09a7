#!/usr/bin/env python3
"""Checks a layout dump (`mingle --layout-dump FILE`, one JSON line a frame) against the window's
layout rules (issue 22):
  1. no text over other text: zone signs, badges and rising text never overlap one another,
     nor sit under a panel; the words inside panels (those with "in": a briefing's lines, a
     pause menu's rows, the notebook's entries) never overlap one another;
  2. nothing covers the player or the talk target: no text, badge or panel over their figures,
     and the player is never off the window (while the camera eases after a panel opens, for
     at most GRACE frames in a row);
  3. no text cut by its box: no rectangle marked "clipped" (a badge too small for its name, a
     panel whose text does not fit and scrolls or runs off the window) two frames running
     (Dear ImGui sizes a panel from the frame before, so one whose words just grew overflows
     for that one frame). A frame the dump left out was laid out like the one before it, so a
     cut shown in a frame followed by a gap (or in the last frame) lasted more than one frame.
usage: layout_check.py DUMP [--min-frames N] [--expect-kind KIND]... [--expect-panel NAME]...
--expect-panel: some frame shows a panel whose name starts with NAME, with words inside it.
Prints each broken rule with its frame and the rectangles involved; exits 1 if any rule broke,
or if the dump shows fewer frames than asked or never shows a kind or panel that was expected."""
import json
import re
import sys

GRACE = 30  # frames (half a second): the camera eases towards its new place after a panel opens
TEXT = {"text", "badge"}
PROTECTED = {"player", "target"}


def overlap(a, b):
    w = min(a["x"] + a["w"], b["x"] + b["w"]) - max(a["x"], b["x"])
    h = min(a["y"] + a["h"], b["y"] + b["h"]) - max(a["y"], b["y"])
    return w > 0.5 and h > 0.5


def show(r):
    where = ' in "%s"' % r["in"] if r.get("in") else ""
    return '%s "%s"%s at %g,%g %gx%g' % (r["kind"], r["text"], where, r["x"], r["y"], r["w"], r["h"])


def main(argv):
    path, min_frames, expect, expect_panels = argv[1], 1, set(), []
    i = 2
    while i < len(argv):
        if argv[i] == "--min-frames":
            min_frames = int(argv[i + 1])
        elif argv[i] == "--expect-kind":
            expect.add(argv[i + 1])
        elif argv[i] == "--expect-panel":
            expect_panels.append(argv[i + 1])
        else:
            sys.exit("layout_check.py: unknown argument " + argv[i])
        i += 2
    problems, frames, kinds = [], 0, set()
    covered_since = {}  # (kind, text) of a protected figure -> first frame it was covered
    clipped_before = []  # what was cut in the frame before (the rectangles)
    panels_seen = set()  # names of panels shown with words inside them
    last_frame = None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                fr = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("line %d is not JSON: %s" % (n, e))
                continue
            frames += 1
            no, rects = fr["frame"], fr["rects"]
            kinds.update(r["kind"] for r in rects)
            # The room's words (signs, badges, rising text) and the words inside panels.
            texts = [r for r in rects if r["kind"] in TEXT and not r.get("in")]
            inside = [r for r in rects if r["kind"] in TEXT and r.get("in")]
            panels = [r for r in rects if r["kind"] == "panel"]
            guarded = [r for r in rects if r["kind"] in PROTECTED]
            panels_seen.update(r["in"] for r in inside)
            for group in (texts, inside):
                for a in range(len(group)):
                    for b in range(a + 1, len(group)):
                        if overlap(group[a], group[b]):
                            problems.append("frame %d: text over text: %s / %s" % (no, show(group[a]), show(group[b])))
            for t in texts:
                for p in panels:
                    if overlap(t, p):
                        problems.append("frame %d: text under a panel: %s / %s" % (no, show(t), show(p)))
            # Frames that were not written looked like the one before: the cover went on.
            now_covered = set()
            # The window's size, from the widest panel (the HUD bar spans it) or the usual 1280x720.
            win_w = max([p["x"] + p["w"] for p in panels] + [1280])
            win_h = max([p["y"] + p["h"] for p in panels] + [720])
            for g in guarded:
                off = g["x"] + g["w"] < 1 or g["y"] + g["h"] < 1 or g["x"] > win_w - 1 or g["y"] > win_h - 1
                if off and g["kind"] == "player":  # off screen is hidden too
                    key = (g["kind"], g["text"])
                    now_covered.add(key)
                    first = covered_since.setdefault(key, no)
                    if no - first >= GRACE:
                        problems.append("frame %d: %s off the window since frame %d" % (no, show(g), first))
                for r in texts + panels:
                    if overlap(g, r):
                        key = (g["kind"], g["text"])
                        now_covered.add(key)
                        first = covered_since.setdefault(key, no)
                        if no - first >= GRACE:
                            problems.append("frame %d: %s covered since frame %d by %s" % (no, show(g), first, show(r)))
            for key in list(covered_since):
                if key not in now_covered:
                    del covered_since[key]
            # Dear ImGui sizes a panel that fits its words from the frame before, so a panel
            # whose words grew overflows for one frame: cut text counts from its second frame.
            # A gap before this frame: what was cut in the frame before stayed cut through it.
            if last_frame is not None and no > last_frame + 1:
                for r in clipped_before:
                    problems.append("frame %d: text cut by its box: %s" % (last_frame, show(r)))
                clipped_before = []
            was_cut = {(r["kind"], r["text"], r.get("in", "")) for r in clipped_before}
            for r in rects:
                if r.get("clipped") and (r["kind"], r["text"], r.get("in", "")) in was_cut:
                    problems.append("frame %d: text cut by its box: %s" % (no, show(r)))
            clipped_before = [r for r in rects if r.get("clipped")]
            last_frame = no
    for r in clipped_before:  # cut in the last frame: it stayed so until the game closed
        problems.append("frame %s: text cut by its box: %s" % (last_frame, show(r)))
    if frames < min_frames:
        problems.append("only %d frames in the dump (wanted at least %d)" % (frames, min_frames))
    for k in sorted(expect - kinds):
        problems.append('no "%s" rectangle in any frame' % k)
    for name in expect_panels:
        if not any(seen.startswith(name) for seen in panels_seen):
            problems.append('no panel "%s" with words inside it in any frame' % name)
    # The same problem frame after frame is one problem: say each once (its first frame), with
    # how often; problems are told apart by their rule and the names involved.
    seen = {}
    for p in problems:
        key = re.sub(r"[-0-9.,x]+", "", p.split(": ", 1)[-1])
        seen.setdefault(key, [p, 0])[1] += 1
    for first, count in seen.values():
        print("FAIL " + first + ("" if count == 1 else "  (and %d more frames)" % (count - 1)))
    print("%d frames checked (last %s), %d problems" % (frames, last_frame, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
