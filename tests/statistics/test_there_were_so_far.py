"""A "there have been" count opening its sentence with a running span closing its clause
("so far this year", "this year", "to date", "since April") counts the noun of the count
in the sentence before (rule part ``there_were_so_far`` of
:func:`pressfacts.statistics.elided_subjects.opens_passive`, unit rule
``elided-subject``): "Bike thefts in Exeter fell from 410 in 2023 to 355 in 2024. There
have been 212 so far this year, down 8% on the same period last year." Found by held-out
386. Sentences invented for the test; near misses keep a noun of their own or run on past
the span."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bike thefts in Exeter fell from 410 in 2023 to 355 in 2024. There have been 212"
            " so far this year, down 8% on the same period last year.",
            [(410, "thefts"), (355, "thefts"), (212, "thefts"), (8, "percent")],
        ),
        (
            "Wardens in Luton issued 96 fines in 2024. There have been 58 this year.",
            [(96, "fines"), (58, "fines")],
        ),
        (
            "Trading standards seized 1,204 fake vapes in Kent in 2024. There have been 730"
            " since January.",
            [(1204, "vapes"), (730, "vapes")],
        ),
        (
            "Officers in Hull logged 64 dog attacks last year. There have been 41 to date.",
            [(64, "attacks"), (41, "attacks")],
        ),
        (
            "Officers in Truro logged 88 boat thefts in 2024. There have been 47 since the start"
            " of the year.",
            [(88, "thefts"), (47, "thefts")],
        ),
        (
            "Staff in Bolton issued 310 parking fines in 2024. There have been 190 in the past"
            " 12 months.",
            [(310, "fines"), (190, "fines")],
        ),
        (
            "Police in Crewe seized 52 stolen bikes in 2024. There were 39 in the first nine"
            " months of this year.",
            [(52, "bikes"), (39, "bikes")],
        ),
        # near misses: a noun of its own; a noun after the span (no count of the fines)
        (
            "Wardens in Luton issued 96 fines in 2024. There have been 58 wardens this year.",
            [(96, "fines"), (58, "wardens")],
        ),
        (
            "Wardens in Luton issued 96 fines in 2024. There have been 58 this year's"
            " complaints about parking.",
            [(96, "fines")],
        ),
    ],
)  # fmt: skip
def test_there_have_been_so_far(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units_of(nlp, text, P) == expected
