"""The unit of a count whose subject is a collective noun: "the prison population has grown
by nearly 9,000 to 86,400", "The workforce fell by 120 to 3,400".

The count has no noun after it and its subject is no plural noun (which
:mod:`pressfacts.statistics.level_subjects` reads), but a singular noun that names a body of
people or things (:data:`COLLECTIVE_SUBJECTS`: a population counts people, a workforce
staff, a caseload cases), joined to the count by a change verb and "by" (the change's
amount), a level verb, or a change's ", to" (the level reached). The unit rule
``collective-subject`` (:data:`pressfacts.statistics.units.UNIT_RULES`) gives the noun's
unit. Not "the population of 86,400 people" (a noun of its own after the count, read
first), nor "the population fell by 3%" (a percentage has no unit to find).

A count right after such a noun and "of" is its size too (:data:`COLLECTIVE_OF`): "ran at
its new capacity of 15,000", "drew a crowd of 40,000", "a turnout of about 2,000" count
people (the crowd and gathering nouns of :data:`COLLECTIVE_SUBJECTS`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CollectiveSubject:
    """A named collective noun and the unit a count of it takes."""

    name: str
    noun: str
    unit: str


COLLECTIVE_SUBJECTS: tuple[CollectiveSubject, ...] = (
    CollectiveSubject("population_people", "population", "people"),
    CollectiveSubject("workforce_staff", "workforce", "staff"),
    CollectiveSubject("headcount_staff", "headcount", "staff"),
    CollectiveSubject("caseload_cases", "caseload", "cases"),
    CollectiveSubject("membership_members", "membership", "members"),
    CollectiveSubject("crowd_people", "crowd", "people"),
    CollectiveSubject("capacity_people", "capacity", "people"),
    CollectiveSubject("audience_people", "audience", "people"),
    CollectiveSubject("attendance_people", "attendance", "people"),
    CollectiveSubject("turnout_people", "turnout", "people"),
)
"""Singular nouns that name a body of people or things, each with the unit of its count."""

_UNITS = {entry.noun: entry.unit for entry in COLLECTIVE_SUBJECTS}
_NOUN = "|".join(entry.noun for entry in COLLECTIVE_SUBJECTS)
_CHANGE = (
    r"(?:rose|risen|fell|fallen|increased|decreased|dropped|climbed|grew|grown|jumped|"
    r"declined|shrunk|shrank|went\s+(?:up|down))"
)
_LEVEL = (
    r"(?:reached|totalled|stood\s+at|rose\s+to|risen\s+to|fell\s+to|fallen\s+to|grew\s+to|"
    r"passed|topped|exceeded|surpassed)"
)
"""A level verb after a collective noun; rule ``collective-passed-level``: a level passed
("The prison population passed 8,400 this summer", "the caseload has topped 900") counts
the collective as a level reached does."""
_QUALIFIER = (
    r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+over|just\s+under|"
    r"a\s+record|an\s+estimated)\s+)?"
)
COLLECTIVE_COUNT = re.compile(
    rf"\b(?P<noun>{_NOUN})\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    rf"(?:{_CHANGE}\s+by\s+(?:[^,;:.]{{1,40}}?(?:,\s*|\s+)to\s+)?|{_LEVEL}\s+)"
    rf"{_QUALIFIER}$",
    re.I,
)
"""The sentence up to the count: a collective noun, an optional auxiliary, then a change
verb and "by" (the amount; or its amount and ", to" before the level reached) or a level
verb, and an optional qualifier."""


COLLECTIVE_OF = re.compile(rf"\b(?P<noun>{_NOUN})\s+of\s+{_QUALIFIER}$", re.I)
"""The sentence up to the count: a collective noun and "of" (its size: "a crowd of",
"its new capacity of around"); not "a capacity of 500 vehicles" (a noun after the count,
read first by the unit rule ``noun-after``)."""


def collective_subject(before: str) -> str | None:
    """The unit of a count whose sentence up to it (``before``) ends in a collective
    noun's change or level (:data:`COLLECTIVE_COUNT`) or in the noun and "of"
    (:data:`COLLECTIVE_OF`); else None."""
    match = COLLECTIVE_COUNT.search(before) or COLLECTIVE_OF.search(before)
    return _UNITS[match.group("noun").lower()] if match else None
