"""When something began, told in a clause that sets the scene: a date, not a span.

"In the Highlands, where the charity started an outreach service in January, contacts
more than doubled": "in January" dates when the service started, an event, not the span
the contacts were counted over. A period phrase right after a scene-setting clause of a
past start (:data:`PAST_STARTS`, each named: "where/when/after" + a subject + a verb of
starting + its object) is an event date, as "on Monday" is (the kind ``day``, which no
figure takes). So is the day figures came out ("figures published in February showed
…": ``figures_published``). Not "since the charity started … in January" (a span from then: the
``since`` rules read it first), nor "which opened in April" (the thing has run since), nor
"up from 17 when the scheme launched in 2023" (the earlier level's date:
:data:`YARDSTICK_WHEN`).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

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
    # "Home Office figures published in February showed …", "data released on Tuesday",
    # "Government estimates published last month show …":
    # when figures came out, not the span they count (that is stated after them)
    "figures_published": re.compile(
        r"\b(?:figures|statistics|data|estimates|numbers|report|survey|study|review|analysis|"
        r"findings),?\s+"
        r"(?:(?:were|was|first)\s+)?(?:published|released|issued)\s+(?:(?:in|on|during)\s+)?$",
        re.I,
    ),
    # "Figures published by the Home Office last week show …", "data released by the ONS
    # on Thursday": the same, with the publisher named between the verb and the phrase
    "figures_published_by": re.compile(
        r"\b(?:figures|statistics|data|estimates|numbers|report|survey|study|review|analysis|"
        r"findings),?\s+"
        r"(?:(?:were|was|first)\s+)?(?:published|released|issued)\s+by\s+(?:the\s+)?"
        r"(?-i:[A-Z])[\w’'&-]*(?:\s+(?:of\s+|and\s+|for\s+)?(?-i:[A-Z])[\w’'&-]*){0,5}\s+"
        r"(?:(?:in|on|during)\s+)?$",
        re.I,
    ),
    # "the charity's survey of 2,000 people aged 16 to 24 across England, published last
    # month, found …": the same, with what was surveyed between the noun and the aside
    "survey_published_aside": re.compile(
        r"\b(?:figures|statistics|data|estimates|report|survey|poll|study|review|analysis|"
        r"research)\s+(?:of|into|on|among)\s+[^.;:!?]{1,80}?,\s+"
        r"(?:first\s+)?(?:published|released|issued)\s+(?:(?:in|on|during)\s+)?$",
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


YARDSTICK_WHEN = re.compile(
    r"\b(?:from|compared\s+with|against)\s+(?:just\s+|only\s+)?[\d,.]+(?:\s+[a-z]+){0,2}"
    r",?\s+when\s",
    re.I,
)
"""A comparison's earlier level counted when something began: "up from 17 when the
scheme was launched in 2023", "compared with 40 venues when it started in 2022": the
start's date is the level's period, not an event's day."""


COUNTED_START = re.compile(
    rf"\b(?:where|when|after)\s+(?:\d[\d,]*|{WORD_NUMBER})\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:were|was|have\s+been|had\s+been)\s+{_START_VERB}\s+(?:(?:in|on|during)\s+)?$",
    re.I,
)
"""Guard ``counted_start`` of rule ``scene_started``: the things started are a count, the
subject of the verb of starting right before the phrase ("where eight zones were introduced
in 2023", "when 12 hubs were opened in May"): the phrase is the span that count covers (how
many began then), not a mere date of the scene; not "where the council introduced eight
zones in 2023" (the count is the object: still the scene's date)."""


def past_start(text: str, start: int) -> str | None:
    """The name of the rule of :data:`PAST_STARTS` whose words end right before ``start``
    (a period phrase dating when something began), else None; None too when the clause
    dates a comparison's earlier level (:data:`YARDSTICK_WHEN`)."""
    before = text[max(0, start - _WINDOW) : start]
    if not any(word in before for word in _QUICK):  # most phrases
        return None
    name = next((name for name, rule in PAST_STARTS.items() if rule.search(before)), None)
    if name == "scene_started" and (YARDSTICK_WHEN.search(before) or COUNTED_START.search(before)):
        return None
    return name


COUNT_WHEN_STARTED = re.compile(
    r"[£\d][\d,.]*(?:\s+[a-z-]+){0,2}?,?\s+when\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?"
    rf"[\w’'-]+(?:\s+[\w’'-]+){{0,3}}?\s+{_START_VERB}\s+(?:[\w’'-]+\s+){{0,5}}?",
    re.I,
)
"""A count, then the clause of the start it was counted at, right before the period phrase
("17 when the scheme was launched in the county [in 2023]"): the phrase is the count's
own (:func:`yardstick_start`)."""


def yardstick_start(text: str, start: int) -> bool:
    """Whether the period phrase at ``start`` dates a comparison's earlier level counted
    when something began ("up from 17 when the scheme was launched in 2023"): a
    yardstick's period (the kind ``baseline``), not the span of the sentence's level."""
    before = text[max(0, start - _WINDOW) : start]
    return (
        "when " in before.lower()
        and PAST_STARTS["scene_started"].search(before) is not None
        and YARDSTICK_WHEN.search(before) is not None
    )
