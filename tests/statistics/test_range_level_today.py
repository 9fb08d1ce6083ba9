"""The level a "from X in <year> to" reaches, said to be today's ("from 54 members in 2023
to 131 today", "to 96 shops now"), is the release's own day, not the year after the
earlier level's (rule ``range_level_today`` of ``period_range_levels``). A level reached in
a year of its own, or one with no "from … in <year>" before it, is not touched. Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2025, 7, 15)


def periods(nlp: Language, text: str) -> list[tuple[float, str | None, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return [
        (
            f.value,
            f.period.start.isoformat() if f.period else None,
            f.period.end.isoformat() if f.period else None,
        )
        for f in doc._.statistics
    ]


ROWS = [
    pytest.param(
        'She said: "We have grown from 54 members in 2023 to 131 today."',
        [(54, "2023-01-01", "2023-12-31"), (131, "2025-07-15", "2025-07-15")],
        id="members-today",
    ),
    pytest.param(
        "The Leeds radio scheme has grown from 40 shops in 2022 to 96 shops now.",
        [(40, "2022-01-01", "2022-12-31"), (96, "2025-07-15", "2025-07-15")],
        id="shops-now",
    ),
    # near misses: a level of a year of its own; the year after the earlier level's
    pytest.param(
        "The Leeds radio scheme grew from 40 shops in 2022 to 96 shops in 2024.",
        [(40, "2022-01-01", "2022-12-31"), (96, "2024-01-01", "2024-12-31")],
        id="level-of-its-own-year",
    ),
    pytest.param(
        "The Leeds radio scheme grew from 40 shops in 2022 to 96 shops.",
        [(40, "2022-01-01", "2022-12-31"), (96, "2023-01-01", "2023-12-31")],
        id="next-year-kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_range_level_today(
    nlp: Language, text: str, expected: list[tuple[float, str | None, str | None]]
) -> None:
    assert periods(nlp, text) == expected
