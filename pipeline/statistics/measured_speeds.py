"""Measured speeds: a speed a release reports is a figure, a speed limit is not.

A speed in miles or kilometres an hour ("22mph", "94 mph", "50km/h") is read by the
``measured-speed`` figure rule (:data:`MEASURED_SPEED`) with the unit as written ("mph",
"km/h"), when the words before it read it as a measure (:data:`_MEASURE_BEFORE`: a
qualifier, "by", "of", "at", "doing", "compared with", a verb of being or reaching) and
no noun follows it (:data:`_NOT_A_LIMIT`). Speed limits and the roads and zones they name
are not statistics: "a 20mph limit", "in 20mph zones", "the 20mph-specific course", "a
limit of 20mph", "above 20mph in a 20mph area" (a threshold). Before this rule "94 mph"
was a count of "mphs" and "22mph" (one word) was no figure at all.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import DIGITS, parse_number
from pressfacts.statistics.figure_rule import FigureRule, Reading

_MEASURE_WORDS = (
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "just",
    "more than", "less than", "at least", "up to", "by", "of", "at", "doing", "reaching",
    "reached", "hitting", "hit", "clocked", "averaging", "averaged", "compared with",
    "compared to", "was", "were", "is", "are", "now",
)  # fmt: skip
_MEASURE_BEFORE = "(?:" + "|".join(rf"(?<=\b{word} )" for word in _MEASURE_WORDS) + ")"
"""The word right before a speed that reads it as a measure: a qualifier ("about 6mph",
"more than 100mph", "at least 90mph", "up to 40mph"), a change ("fell by 6mph"), a
reading ("speeds of 40mph", "at 112mph", "doing 94 mph", "clocked at", "compared with
27mph"), a verb of being ("average speeds are now 22mph")."""

_LIMIT_BEFORE = r"(?<!limit of )(?<!limits of )(?<!above )(?<!below )(?<!exceeding )"
"""Words that make the speed a limit or a threshold: "a limit of 20mph", "driving above
20mph", "exceeding 30mph"."""

_NOT_A_LIMIT = (
    r"(?!\s*-|\s+(?:and|or|to)\s+\d|\s+(?!(?:on|in|at|along|past|through|before|after|"
    r"compared|when|while|than|from|during|since|over|under|by|with|as|outside|near|for|into|"
    r"across|despite|where|the|a|an|last|this|in)\b)[a-z])"
)
"""After the speed: no hyphen ("20mph-specific"), no second speed of a pair ("20mph and
30mph roads") and no noun ("20mph zones", "a 30mph limit"); a preposition or a
conjunction of time, or punctuation, may follow ("22mph, compared with", "112mph on the
A1")."""

SPEED_PATTERN = re.compile(
    rf"{_MEASURE_BEFORE}{_LIMIT_BEFORE}(?P<num>{DIGITS})\s?(?P<unit>mph|km/h|kph)\b"
    rf"{_NOT_A_LIMIT}",
    re.I,
)
"""A measured speed, its number and its unit as written."""


def read_speed(match: re.Match[str]) -> Reading:
    """The (value, unit, change) of a measured speed: "about 6mph" -> (6, "mph", None)."""
    unit = match.group("unit").lower()
    return parse_number(match.group("num")), "km/h" if unit == "kph" else unit, None


MEASURED_SPEED = FigureRule(
    "measured-speed", SPEED_PATTERN, read_speed, needs=("mph", "km/h", "kph")
)
"""The ``measured-speed`` figure rule, tried before the plain count."""
