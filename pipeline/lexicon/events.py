"""The nouns of a bounded event a release dates once and refers back to, written once for
the period rules that read them.

"during the operation", "throughout the campaign", "during the pilot": each names an event
whose dates the release stated before ("The pilot ran from April to September"), so the
figure counted during it takes those dates.

- :data:`REFERRED_EVENT_NOUNS`: events read after "during", "over", "in" or "throughout"
  the ("12 arrests in the operation");
- :data:`DURING_EVENT_NOUNS`: events read only after "during" or "throughout" the: "took
  part in the scheme" is taking part, and "over the three-year pilot" states a length of
  its own;
- :data:`EVENT_NEEDS`: both, the ``needs`` of the rules that read them.
"""

from __future__ import annotations

REFERRED_EVENT_NOUNS: tuple[str, ...] = (
    "operation",
    "campaign",
    "crackdown",
    "initiative",
    "blitz",
    "festival",
    "carnival",
)
"""Nouns of an event with a start and an end ("the crackdown", "the two-day operation");
a festival or carnival a release dated, read by the rule ``the_operation``: "30 arrests
over the festival weekend" after "The festival ran from 5 to 7 June" takes those days, so
a yardstick after it ("up from 21 at last year's festival") no longer dates the sentence."""

DURING_EVENT_NOUNS: tuple[str, ...] = ("pilot", "scheme")
"""Nouns of an event that may also stand for what it does ("a referral to the scheme"),
dated only when a figure is counted "during" it; not "trial" (a court's), "programme" or
"service" (often standing)."""

EVENT_NEEDS: tuple[str, ...] = REFERRED_EVENT_NOUNS + DURING_EVENT_NOUNS
"""Every noun above: one of them must be in a text for its rules to be tried."""


def alternation(nouns: tuple[str, ...]) -> str:
    """The regex part matching any of ``nouns`` (a non-capturing group)."""
    return "(?:" + "|".join(nouns) + ")"


REFERRED_EVENT = alternation(REFERRED_EVENT_NOUNS)
DURING_EVENT = alternation(DURING_EVENT_NOUNS)
ANY_EVENT = alternation(EVENT_NEEDS)
