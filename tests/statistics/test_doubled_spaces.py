"""The period and figure stages read a doubled space as one
(:mod:`pressfacts.statistics.doubled_spaces`): a unit, a place, a duration or a period
typed with two spaces, or wrapped after a trailing space, reads as with one. Sentences
invented; near misses: the same sentences with one space read the same, and a paragraph
break between a number and its words still parts them."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import DocumentRecord, StatisticRecord
from pressfacts.reader.reading_text import reading_text

PUBLISHED = dt.date(2025, 5, 10)

Row = tuple[float, str, str | None, tuple[str, str] | None]
"""(value, unit, area, period as ISO start and end)."""


def _figures(nlp: Language, text: str) -> list[Row]:
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    return [
        (
            float(f.value),
            f.unit,
            f.area,
            (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        )
        for f in nlp(doc)._.statistics
    ]


ROWS = [
    pytest.param(
        "Reports of fraud in Devon rose by eight  per cent last year.",
        [(8.0, "percent", "Devon", ("2024-01-01", "2024-12-31"))],
        id="unit-per-cent",
    ),
    pytest.param(
        "Officers arrested 25 people across Northern  Ireland in March.",
        [(25.0, "people", "Northern Ireland", ("2025-03-01", "2025-03-31"))],
        id="place-two-words",
    ),
    pytest.param(
        "The Kent unit made 40 arrests in its first four  weeks.",
        [(40.0, "arrests", "Kent", None)],
        id="duration-no-figure",
    ),
    pytest.param(
        "In the six  months to March 2025, 14 people in Leeds were charged.",
        [(14.0, "people", "Leeds", ("2024-10-01", "2025-03-31"))],
        id="period-words",
    ),
    # near misses
    pytest.param(
        "Reports of fraud in Devon rose by eight per cent last year.",
        [(8.0, "percent", "Devon", ("2024-01-01", "2024-12-31"))],
        id="one-space-reads-the-same",
    ),
    pytest.param(
        "Officers in Surrey seized 12\n\nweapons were handed in.",
        [],
        id="paragraph-break-parts",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_figures_across_a_doubled_space(nlp: Language, text: str, expected: list[Row]) -> None:
    assert _figures(nlp, text) == expected


RELEASE = (
    "Cheshire Constabulary said reports of online fraud in Warrington rose by eight per "
    "cent in the year to March 2025, and officers working with trading standards charged 31 "
    "people over the past six months. Across Northern Ireland, 212 victims were supported "
    "by the charity's caseworkers last year, and most of them were contacted within a day.\n\n"
    'Detective Sergeant Ffion Rowlands said: "Most of the 1,400 calls we took came from '
    "people over the age of 70, and many of them had already been called by someone "
    'pretending to be from their bank."'
)


def test_a_flowed_release_gives_the_figures_of_its_one_line_original(nlp: Language) -> None:
    """Wrapped after a trailing space at 57 columns ("Northern \\nIreland"), the figures
    are those of the original (their mentions' offsets still slicing the flowed text)."""
    flowed = "\n\n".join(
        " \n".join(textwrap.wrap(paragraph, 57)) for paragraph in RELEASE.split("\n\n")
    )
    assert reading_text(flowed).count("\n") == 2  # read as wrapped: one blank line kept

    def figures(text: str) -> tuple[list[dict[str, object]], str]:
        header = f"---\ntitle: Probe\npublished: {PUBLISHED.isoformat()}\n---\n"
        records = extract_texts([header + text], nlp)
        [document] = (r for r in records if isinstance(r, DocumentRecord))
        found = [r for r in records if isinstance(r, StatisticRecord)]
        for record in found:
            assert all(document.text[m.start : m.end] == m.text for m in record.mentions)
        return [r.model_dump(exclude={"id", "mentions"}) for r in found], document.text

    original, _ = figures(RELEASE)
    found, text = figures(flowed)
    assert " \n" in text
    assert found == original
    assert len(original) >= 4
