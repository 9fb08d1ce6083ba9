"""When something began, told in a clause that sets the scene: a date, not a span.

"In the Highlands, where the charity started an outreach service in January, contacts
more than doubled": "in January" dates when the service started, an event, not the span
the contacts were counted over. A period phrase right after a scene-setting clause of a
past start (:data:`PAST_STARTS`, each named: "where/when/after" + a subject + a verb of
starting + its object) is an event date, as "on Monday" is (the kind ``day``, which no
figure takes). So is the day figures came out ("figures published in February showed
…": ``figures_published``). Not "since the charity started … in January" (a span from then: the
``since`` rules read it first), nor "which opened in April" (the thing has run since).
"""

from __future__ import annotations

import re

_START_VERB = (
    r"(?:started|launched|opened|began|set\s+up|introduced|rolled\s+out|piloted|"
    r"expanded|moved)"
)
PAST_STARTS: dict[str, re.Pattern[str]] = {
    # "where the charity started an outreach service in", "after the force launched its
    # app on", "when Barnardo's opened a hub there in"
    "scene_started": re.compile(
        r"\b(?:where|when|after)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w’'-]+"
        rf"(?:\s+[\w’'-]+){{0,3}}?\s+{_START_VERB}\s+(?:[\w’'-]+\s+){{0,5}}?"
        r"(?:(?:in|on|during)\s+)?$",
        re.I,
    ),
    # "Home Office figures published in February showed …", "data released on Tuesday":
    # when figures came out, not the span they count (that is stated after them)
    "figures_published": re.compile(
        r"\b(?:figures|statistics|data|report|survey|study|review|analysis|findings),?\s+"
        r"(?:(?:were|was|first)\s+)?(?:published|released|issued)\s+(?:(?:in|on|during)\s+)?$",
        re.I,
    ),
}
"""Words before a period phrase (its own "in" or "on" may open it or stand before it) that
make it the date a thing began, each named."""

_QUICK: tuple[str, ...] = ("where ", "when ", "after ", "Where ", "When ", "After ")
_QUICK += ("published ", "released ", "issued ")
"""Words one of which every rule's match holds: a phrase with none is no start date."""
_WINDOW = 100
"""How far before the phrase its clause may start (characters)."""


def past_start(text: str, start: int) -> str | None:
    """The name of the rule of :data:`PAST_STARTS` whose words end right before ``start``
    (a period phrase dating when something began), else None."""
    before = text[max(0, start - _WINDOW) : start]
    if not any(word in before for word in _QUICK):  # most phrases
        return None
    return next((name for name, rule in PAST_STARTS.items() if rule.search(before)), None)
