"""A count measured against a yardstick stated after it ("11 deaths, two fewer than a year
earlier", "11 deaths, down from 13 a year earlier") is of the later period the release
compares, not the yardstick's: the yardstick dates the change and the earlier count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2025, 8, 12)
LEAD = "Burglaries fell to 418 in the first half of 2025. "
H1 = ("2025-01-01", "2025-06-30")
H1_BEFORE = ("2024-01-01", "2024-06-30")
BOTH = ("2024-01-01", "2025-06-30")


def periods(nlp: Language, text: str) -> list[tuple[float, str, tuple[str, str] | None]]:
    """(value, unit, period) of each figure of ``text`` published on P."""
    doc = nlp.make_doc(text)
    doc._.published = P
    return [
        (
            f.value,
            f.unit,
            (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        )
        for f in nlp(doc)._.statistics
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change in words before "than" and a yardstick
        (
            LEAD + "There were nine robberies, two fewer than a year earlier.",
            [(9, "robberies", H1), (2, "robberies", BOTH)],
        ),
        (
            LEAD + "Officers made 64 arrests, three more than a year earlier.",
            [(64, "arrests", H1), (3, "arrests", BOTH)],
        ),
        # "down/up from" the earlier count
        (
            LEAD + "There were nine robberies, down from 13 a year earlier.",
            [(9, "robberies", H1), (13, "robberies", H1_BEFORE)],
        ),
        (
            LEAD + "Officers made 64 arrests, up from 51 the year before.",
            [(64, "arrests", H1), (51, "arrests", H1_BEFORE)],
        ),
        # a level a change reached, then the level in words it started from, dated
        (
            "Burglaries fell to 418 in 2025. The average wait fell to two days, from five in 2024.",
            [(2, "days", ("2025-01-01", "2025-12-31"))],
        ),
        # near miss: the yardstick's own count keeps the yardstick's period
        (
            LEAD + "A year earlier, there were 13 robberies.",
            [(13, "robberies", H1_BEFORE)],
        ),
    ],
)
def test_a_count_before_its_yardstick_is_of_the_later_period(
    nlp: Language, text: str, expected: list[tuple[float, str, tuple[str, str] | None]]
) -> None:
    assert periods(nlp, text)[1:] == expected
