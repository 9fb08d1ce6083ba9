"""Rule ``percent_sign_part`` (:data:`pressfacts.statistics.clause_breaks.PART_OF`): a part
of the total before it may be a percentage written with a sign (", and nearly 40% of those
came from Warrington"), as one written in words (", and 40 per cent of those") or a count
(", and 30 of those") is: the part's clause holds the part's place, not the total's, so the
total keeps the place of its own clause or the document's. Sentences invented for the test;
near misses: a share of a whole of its own ("40% of offences"), a share of a group its own
clause defines ("87% of those who finished it") and a place in the total's own clause."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in Kent made 86 arrests in March, and 40% of those were in Dover.",
            [(86, "Kent"), (40, "Dover")],
            id="percent-of-those",
        ),
        pytest.param(
            "Across Cumbria, wardens issued 212 fines last year, and just over 55% of them "
            "were handed out in Kendal.",
            [(212, "Cumbria"), (55, "Kendal")],
            id="qualified-percent-of-them",
        ),
        pytest.param(
            "Volunteers took 930 calls in January, and around 12.5% of these came from Basildon.",
            [(930, None), (12.5, "Basildon")],
            id="decimal-percent-of-these",
        ),
        # near misses: the total's own clause names the place; "of" a whole of its own
        pytest.param(
            "Officers made 86 arrests in Dover in March, and 40% of those were for theft.",
            [(86, "Dover"), (40, "Dover")],
            id="place-in-total-clause",
        ),
        pytest.param(
            "Officers in Kent made 86 arrests in March, and 40% of all arrests in Dover "
            "were for theft.",
            [(86, "Kent"), (40, "Dover")],
            id="share-of-its-own-whole",
        ),
        pytest.param(
            "Officers in Kent referred 212 drivers to a course in May, and 87% of those who "
            "finished it passed.",
            [(212, "Kent"), (87, "Kent")],
            id="share-of-a-group-its-clause-defines",
        ),
    ],
)
def test_percent_sign_part_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
