"""The level a change reached, after the earlier half of a comparison ("rose by 27% on
the same quarter last year, to 188"), is the later period's, with or without a comma."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

P = dt.date(2026, 5, 12)


def periods(nlp: Language, text: str) -> dict[float, tuple[str, str] | None]:
    doc = nlp.make_doc(text)
    doc._.published = P
    doc = nlp(doc)
    return {
        f.value: (str(f.period.start), str(f.period.end)) if f.period else None
        for f in doc._.statistics
    }


ROWS = [
    pytest.param(
        "Wardens handled 870 reports in the first quarter of 2026. Reports of fly-tipping "
        "rose by 14% on the same quarter last year, to 212.",
        {212: ("2026-01-01", "2026-03-31")},
        id="comma-before-to",
    ),
    pytest.param(
        "The clinic saw 3,100 patients in 2025. Referrals from schools fell by 9% on the "
        "year before, to around 420.",
        {420: ("2025-01-01", "2025-12-31")},
        id="comma-qualified-level",
    ),
    pytest.param(
        "The clinic saw 3,100 patients in 2025. Referrals from schools fell by 9% on the "
        "year before to 420.",
        {420: ("2025-01-01", "2025-12-31")},
        id="no-comma",
    ),
    # a count after a bare yardstick, with its own earlier level after it: the sentence's
    # own later period, and the earlier level the yardstick's
    pytest.param(
        "Essex Police logged 640 stalking reports in 2025, up 18% on 2024, and 95 "
        "harassment cases, down from 120.",
        {
            640: ("2025-01-01", "2025-12-31"),
            95: ("2025-01-01", "2025-12-31"),
            120: ("2024-01-01", "2024-12-31"),
        },
        id="level-after-yardstick-with-its-own-earlier",
    ),
    # a change against "the year before" told from the span of the sentence before, long
    # after a lead-in of a later quarter: both years, not up to the quarter's end
    pytest.param(
        "Between January and March this year, officers issued 310 notices.\n\n"
        "In 2025, Derby recorded 940 notices. In Buxton, orders rose by 21% compared with "
        "the year before.",
        {21: ("2024-01-01", "2025-12-31")},
        id="change-told-from-the-sentence-before",
    ),
    # rule level_dated_right_after: the level's own period right after it, not the
    # change's span before it
    pytest.param(
        "Calls to the line rose by 30% between 2022 and 2025, to nearly 4,200 calls last year.",
        {4200: ("2025-01-01", "2025-12-31")},
        id="level-dated-right-after-relative",
    ),
    pytest.param(
        "Thefts from licensed venues fell by 12% since 2021, to 388 in 2024/25.",
        {388: ("2024-04-01", "2025-03-31")},
        id="level-dated-right-after-financial-year",
    ),
    pytest.param(
        "Reports of spiking in the county rose by 40% between 2023 and 2025, to 615 reports "
        "during 2025.",
        {615: ("2025-01-01", "2025-12-31")},
        id="level-dated-right-after-during",
    ),
    # near miss: a comparison after the level dates the other count, not the level
    pytest.param(
        "Calls to the line rose by 30% between 2022 and 2025, to 4,200, compared with "
        "3,230 in 2022.",
        {3230: ("2022-01-01", "2022-12-31")},
        id="comparison-after-the-level",
    ),
    # near miss: no level of its own after it: a count after a bare yardstick keeps it
    pytest.param(
        "Essex Police logged 640 stalking reports in 2025, compared with 2024 when 95 "
        "harassment cases were logged.",
        {95: ("2024-01-01", "2024-12-31")},
        id="count-of-the-yardstick",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_the_reached_level_is_the_later_period(
    nlp: Language, text: str, expected: dict[float, tuple[str, str]]
) -> None:
    found = periods(nlp, text)
    assert {value: found.get(value) for value in expected} == expected
