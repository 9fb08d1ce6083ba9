"""A person's year of a course or a career is no period: "46 students, most of them in
their first year", "volunteers who were in their first year at university".

The period rule ``first_units_launched`` (:mod:`.period_spans_from`) reads "in their first
year" as the first year of a thing's life ("The service launched in June 2023. In its first
year, …"). Said of people, it is where they stand in a course or career, no span of the
calendar: left a phrase of no period, it would also keep the clause's own span ("Between
September 2023 and May 2024 he recruited 46 students, most of them in their first year")
from the figure. Each guard below is named as traces report it:

- ``partitive_people_stage``: the phrase follows a part of a group of people ("most of
  them", "many of whom were", "students who are"): the people's year, not a thing's;
- ``course_stage``: the phrase goes on with the course or place of study or work ("in their
  first year at university", "of study", "of their apprenticeship").

Near misses: "In its first year, the scheme helped 40 people" (a thing's life, "its") and
"in their first year, the two hubs saw 300 people" (no group part, no course) are still
read by ``first_units_launched``.
"""

from __future__ import annotations

import re
from typing import Final

_BE = r"(?:are|were|is|was|still|now|all)"
PARTITIVE_PEOPLE_STAGE = re.compile(
    rf"\b(?:of\s+(?:them|whom)|who)(?:\s+{_BE}){{0,2}}\s*$",
    re.I,
)
"""Guard ``partitive_people_stage``: what ends right before the phrase: "most of them",
"many of whom were", "students who are still"."""
COURSE_STAGE = re.compile(
    r"\s+(?:at|of|in)\s+(?:(?:their|the|a|an|secondary|primary)\s+)?(?:university|uni|"
    r"college|school|sixth\s+form|study|studies|course|degree|apprenticeship|training|"
    r"career|job|service|employment)\b",
    re.I,
)
"""Guard ``course_stage``: what goes on right after the phrase: "at university", "of
study", "of their apprenticeship", "in the job"."""

PEOPLE_STAGES: Final[dict[str, tuple[re.Pattern[str], bool]]] = {
    "partitive_people_stage": (PARTITIVE_PEOPLE_STAGE, True),
    "course_stage": (COURSE_STAGE, False),
}
"""The guards by name: (pattern, whether it is read before the phrase, else after)."""
_REACH = 40
"""How far (characters) before the phrase a group's part is read."""


def people_stage(text: str, start: int, end: int) -> str | None:
    """The name of the guard by which the phrase at ``[start, end)`` ("in their first
    year") is a person's year of a course or career, or None (a thing's first year)."""
    if "their" not in text[start:end].lower():
        return None
    for name, (pattern, before) in PEOPLE_STAGES.items():
        found = (
            pattern.search(text, max(0, start - _REACH), start)
            if before
            else pattern.match(text, end)
        )
        if found:
            return name
    return None
