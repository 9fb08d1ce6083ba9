"""A share of a sum stated after it, with a place of its own, is not the sum's place:
"seized £90,000 in cash, more than a quarter of it in Dover" (``clause_breaks.PART_OF``
reads "of it") and "grants went to 14 groups, with almost two thirds of the money going to
Hull" (``clause_breaks.SHARE_OF_SUM`` after ", with"). The sum takes the issuer's area, the
share its own place. A share of a whole of its own after ", and" ("…, and nearly a third of
all reports came from Maidstone", ``clause_breaks.SHARE_OF_ALL``) is a clause of its own: its
place is not the figure's before it. Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said officers had seized £90,000 in cash, more than a quarter of it "
            "in Dover.",
            [(90000, "Kent"), (25, "Dover")],
            id="part-of-it-after-a-comma",
        ),
        pytest.param(
            "Essex Police recovered £240,000 last year, around half of it in Colchester.",
            [(240000, "Essex"), (50, "Colchester")],
            id="half-of-it",
        ),
        pytest.param(
            "Humberside Police said grants of up to £5,000 went to 12 youth clubs and eight "
            "charities, with almost two thirds of the money going to projects in Hull.",
            [(5000, "Humberside"), (12, "Humberside"), (8, "Humberside"), (66.7, "Hull")],
            id="with-share-of-the-money",
        ),
        pytest.param(
            "Cumbria Constabulary seized £61,000 of drug cash, with a third of the total "
            "found in Carlisle.",
            [(61000, "Cumbria"), (33.3, "Carlisle")],
            id="with-share-of-the-total",
        ),
        pytest.param(  # near miss: an appositive share glosses the count before: its place
            "Kent Police said the bin in Dover took in 52 knives, more than a third of the "
            "total handed in.",
            [(52, "Dover"), (33.3, "Dover")],
            id="appositive-share-of-the-total",
        ),
        pytest.param(  # near miss: a share of its own whole keeps the clause's place
            "Kent Police made 40 arrests in Dover, with a third of offences involving knives.",
            [(40, "Dover"), (33.3, "Dover")],
            id="share-of-its-own-whole",
        ),
    ],
)
def test_share_of_a_sum_after_it(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kent Police said racist abuse rose by 14%, and nearly a third of all reports came "
            "from Maidstone.",
            [(14, "Kent"), (33.3, "Maidstone")],
            id="share-of-all-after-and",
        ),
        pytest.param(
            "Lancashire Constabulary recorded 900 thefts. Shoplifting went up by 8%, and half "
            "of all the victims lived in Preston.",
            [(900, "Lancashire"), (8, "Lancashire"), (50, "Preston")],
            id="share-of-all-the-after-and",
        ),
        pytest.param(  # near miss: a part of the total before it
            "Kent Police made 40 arrests, and a third of them were in Dover.",
            [(40, "Kent"), (33.3, "Dover")],
            id="part-of-them-after-and",
        ),
        pytest.param(  # near miss: no ", and": one clause
            "Kent Police said 60% of all reports in Dover were made online.",
            [(60, "Dover")],
            id="share-of-all-without-and",
        ),
    ],
)
def test_a_share_of_all_after_and_is_a_clause_of_its_own(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
