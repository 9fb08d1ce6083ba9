"""Dates of what is yet to happen, which no figure covers.

"The money will pay for six officers, who will start in May": "in May" dates the officers'
first day, a future event, not a span the six officers were counted over; read as the
latest May before P it would date the figure wrongly. A period phrase right after a
future-tense verb of starting (:data:`FUTURE_STARTS`, each named) is an event date, as
"on Monday" is (the kind ``day``, which no figure takes).
"""

from __future__ import annotations

import re

_FUTURE = (
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|planned|scheduled)\s+to)\s+"
    r"(?:(?:also|then|now|officially)\s+)?"
)
FUTURE_STARTS: dict[str, re.Pattern[str]] = {
    # "who will start in May", "which is due to open in the spring of 2026"
    "will_start": re.compile(
        _FUTURE + r"(?:start|begin|open|launch|join(?:\s+the\s+\w+)?|arrive|go\s+live|"
        r"take\s+up\s+(?:their|his|her|the)\s+posts?|come\s+into\s+(?:force|effect))"
        r"(?:\s+work)?(?:\s+(?:in|on|from|by|at\s+the\s+(?:start|end)\s+of))?\s*$",
        re.I,
    ),
}
"""Words before a period phrase that make it a future event's date, each named."""

_WINDOW = 80
"""How far before the phrase its verb may start."""


def future_event(text: str, start: int) -> str | None:
    """The name of the rule of :data:`FUTURE_STARTS` whose words end right before
    ``start`` (a period phrase dating a future event), else None."""
    before = text[max(0, start - _WINDOW) : start]
    if "will" not in before and " to " not in before:  # a cheap guard: most phrases
        return None
    return next((name for name, rule in FUTURE_STARTS.items() if rule.search(before)), None)
