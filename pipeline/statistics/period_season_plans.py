"""What a season's clause says before it of a plan or a grant.

The guards of :func:`~pressfacts.statistics.period_seasons.resolve_season` (and of the
festive rules) that read the words of the clause before a season phrase: a future verb or a
hope (rules ``season_planned_before``, ``season_hoped_before``, ``festive_planned_before``)
and money given to pay for what is still to come (``season_funded_ahead``); "for" a purpose
(guard ``season_purpose_ahead``) is :mod:`~pressfacts.statistics.season_purpose`'s.
"""

from __future__ import annotations

import re

PLANNED_BEFORE = re.compile(
    r"\b(?:will|would|is[ \t]+to|are[ \t]+to|plans?[ \t]+to|is[ \t]+set[ \t]+to|"
    r"are[ \t]+set[ \t]+to)"
    r"[ \t]+(?:(?:also|then|now|be)[ \t]+)?\w+"
    r"(?:(?![.!?;:\n]).){0,80}\Z|"
    r"\b(?<!had[ \t])(?<!which[ \t])(?<!who[ \t])(?<!that[ \t])"
    r"(?:hopes?|hoped|aims?|intends?|expects?)[ \t]+to"
    r"[ \t]+(?:(?:also|then|now|be)[ \t]+)?\w+"
    r"(?:(?![.!?;:\n]|,(?!\d)|\b(?:and|but)\b).){0,80}\Z",
    re.I | re.S,
)
"""A future verb earlier in the season's clause: "the commissioner would fund a further
1,000 kits in the spring", "officers will visit 40 farms over the summer": the season is
the coming one, whole (rule `season_planned_before`), as after a hope or an aim (rule
`season_hoped_before`: "said the charity hoped to reach 3,000 people over the summer"; not
"had hoped to", an aim describing a body after "which", "who" or "that" ("The charity, which
aims to support survivors, saw 400 referrals over the summer"), nor one with "and", "but" or
a clause's comma before the season); not "officers visited 40 farms over the summer" (done)."""


FUNDED_AHEAD = re.compile(
    r"\b(?:has|have|is|are)[ \t]+(?:(?:also|now|just|already)[ \t]+)?(?:given|awarded|granted|"
    r"provided|allocated|set[ \t]+aside|committed|pledged|giving|providing|allocating)\b"
    r"(?:(?![.!?;:\n]).){0,80}?\bto[ \t]+(?:fund|pay[ \t]+for|cover)\b(?:(?![.!?;:\n]).){0,80}\Z",
    re.I | re.S,
)
"""Money just given to pay for what the season holds (rule `season_funded_ahead`): "the
commissioner has given £45,000 to fund extra patrols over the summer", "the council is
providing £8,000 to pay for outreach workers during the winter": the season is the coming
one when it is nearer P than the latest over, as for "this summer" (in April: the coming
summer; in October: the one just over); not "the commissioner gave £45,000 to
fund patrols over the summer" (a past grant), nor "has given £45,000 for patrols over the
summer" (no purpose of paying)."""


def planned_before(text: str, start: int) -> bool:
    """Whether a future verb stands earlier in the clause ending at ``start``."""
    return PLANNED_BEFORE.search(text[max(0, start - 120) : start]) is not None


def funded_ahead(text: str, start: int) -> bool:
    """Whether money just given to pay for what follows stands earlier in the clause
    ending at ``start`` (:data:`FUNDED_AHEAD`)."""
    return FUNDED_AHEAD.search(text[max(0, start - 160) : start]) is not None
