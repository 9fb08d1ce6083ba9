"""The seats a place is named as, right before it: a hospital a casualty lies in, the
headquarters of a body. Where the building stands, not the scope of the figures told with it:
the lead roles ``hospital-site``, ``headquarters-site`` and ``disposal-site`` (the lead only) of
:data:`pressfacts.statistics.place_role_leads.LEAD_ROLES` (``site`` roles: no lead's scope
and no figure's area).
"""

from __future__ import annotations

import re

HOSPITAL_SITE_BEFORE = re.compile(
    r"\b(?:in|to|at|into)\s+hospital\s+(?:in|at)\s+$",
    re.I,
)
"""Rule ``hospital-site``: the town of the hospital a casualty was taken to or lies in,
right before it ("and a man remains in hospital in Middlesbrough", "was airlifted to
hospital in Leeds"): where the patient is treated, not the scope of the casualty figures
(the crash's place or the issuer's area is); not "hospitals in Leeds treated 300 riders"
(the hospitals of a place counting: its area), nor "officers in Leeds" (no hospital)."""

HEADQUARTERS_WORDS: tuple[str, ...] = ("headquarters", "head office", "head offices")
"""Words for a body's seat that put the town after them as the building's place ("opened at
Staffordshire Police's headquarters in Stafford"), read case-blind; "HQ" is read in
capitals only ("the force's HQ at Hindlip")."""
HEADQUARTERS_SITE_BEFORE = re.compile(
    r"(?:\b(?i:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in HEADQUARTERS_WORDS)
    + r")|\bHQ)\s+(?:in|at)\s+(?:the\s+)?$"
)
"""Rule ``headquarters-site``: a body's headquarters right before the town it stands in ("A
new £6.8m control room has opened at the force's headquarters in Stafford", "staff moved
to the new HQ at Ripley"): where the seat stands, not the scope of the figures (the body's
own area is); not "based in Stafford" (``body-base``), "officers in Stafford" (no seat word),
"the force's headquarters, Stafford" (no "in" or "at")."""

DESTRUCTION_SITE_WORDS: tuple[str, ...] = (
    "scrapyard", "scrap yard", "scrapyards", "scrap metal yard", "scrap metal dealer",
    "scrap metal dealers", "recycling centre", "recycling plant", "recycling facility",
    "recycling site", "incinerator", "waste site", "waste facility", "salvage yard",
    "breakers yard", "breaker's yard",
)  # fmt: skip
"""The places whose name alone says goods are destroyed there, read case-blind ("a
scrapyard", "a recycling plant", "an incinerator")."""
DISPOSAL_SITE_WORDS: tuple[str, ...] = (
    *DESTRUCTION_SITE_WORDS,
    "facility",
    "plant",
    "yard",
    "site",
)
"""The places seized goods are destroyed at when a verb of destroying says so: those of
:data:`DESTRUCTION_SITE_WORDS` and any "facility", "plant", "yard" or "site"."""
DISPOSAL_VERBS: tuple[str, ...] = (
    "crushed", "destroyed", "scrapped", "shredded", "melted down", "incinerated", "burned",
    "burnt", "broken up", "dismantled", "recycled", "disposed of",
)  # fmt: skip
"""The verbs of destroying seized goods (bikes, weapons, counterfeit goods, drugs)."""
TAKEN_TO_VERBS: tuple[str, ...] = (
    "taken", "sent", "transported", "driven", "delivered", "brought", "towed",
)  # fmt: skip
"""The verbs of moving seized goods to where they are destroyed ("taken to a scrapyard")."""


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, a space matching any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


DISPOSAL_SITE_BEFORE = re.compile(
    r"(?i:\b(?:(?:"
    + _alternation(DISPOSAL_VERBS)
    + r")\s+(?:[\w,’'-]+\s+){0,4}?(?:at|in)\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + _alternation(DISPOSAL_SITE_WORDS)
    + r")|(?:"
    + _alternation(TAKEN_TO_VERBS)
    + r")\s+to\s+(?:an?|the|one)\s+(?:[a-z-]+\s+){0,2}?(?:"
    + _alternation(DESTRUCTION_SITE_WORDS)
    + r")))\s+(?:in|at|near)\s+(?:the\s+)?$"
)
"""Rule ``disposal-site``: the town of the yard or plant where seized goods were destroyed,
right before it ("were crushed at a scrapyard in Trafford on Wednesday", "destroyed at an
incinerator near Runcorn", and goods "taken to a scrapyard in Knowsley to be crushed":
:data:`TAKEN_TO_VERBS` before a site of :data:`DESTRUCTION_SITE_WORDS`): where the crushing
took place, which its own figures count ("400 bikes … crushed at a scrapyard in Trafford":
Trafford's), but no lead's scope: the release speaks for the body that seized the goods, and
its later figures are that body's area. A ``site`` role of the lead only (not a role of
:data:`pressfacts.statistics.place_roles.PLACE_ROLE_RULES`); not "seized 40 bikes in
Trafford" (no destroying), nor "crushed in Trafford" (no yard or plant named), nor "taken to
a yard in Trafford" (a yard that need not destroy anything)."""
