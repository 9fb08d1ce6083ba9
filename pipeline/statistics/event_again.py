"""Back pointer ``the-event-again``: a sentence that opens on the event the sentence before
told of, by its noun, and says what it "also" found ("Officers seized 12 knives in a sweep
of Crewe station on Friday. The sweep also found two machetes"): its figure is a further
find of the same event, so it takes that figure's area and period when it has none of its
own (:data:`~pressfacts.statistics.referred_figures.POINTING_BACK`). Not a sentence without
"also" ("The operation found 40 …": it may be another operation), nor an event noun that
is not the sentence's subject ("Officers on the sweep also found …")."""

from __future__ import annotations

import re

EVENT_AGAIN = re.compile(
    r"^\W{0,3}the\s+(?:(?:weapons|knife|drugs|joint|same)\s+)?(?:sweep|operation|raids?|"
    r"crackdown|searches|search|patrols?|(?:week|day)\s+of\s+action|blitz|exercise)\b"
    r"(?:\s*,[^.;]{0,120},)?\s+(?:has\s+|had\s+)?also\s+(?:found|recovered|seized|uncovered|"
    r"turned\s+up|led\s+to|resulted\s+in)\s+(?:(?:around|about|some|nearly|almost|over|"
    r"more\s+than)\s+)?$",
    re.I,
)
"""The sentence's opening before the figure: "The sweep, part of …, also found "."""
