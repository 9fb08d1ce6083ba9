"""Rule ``money_recipient`` (:data:`~pressfacts.statistics.recipient_bodies.
MONEY_RECIPIENT`): a national branch of a charity or another territorial body named as
what a sum is given to ("given £38,000 to Barnardo's Cymru") is no place of the figures,
which stay in the giver's area; not a body that gives the sum, nor one named with no verb
of giving. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Burglaries in Wrexham fell by 7%, Wrexham Council said. The council has also given "
        "£24,000 to Barnardo's Cymru to run sessions in 14 schools.",
        [(7, "Wrexham"), (24000, "Wrexham"), (14, "Wrexham")],
        id="charity-branch",
    ),
    pytest.param(
        "Shoplifting in Perth fell by 6%, Perth and Kinross Council said. The council "
        "awarded a £9,500 grant to Crimestoppers Scotland for 3 poster campaigns.",
        [(6, "Perth"), (9500, "Perth and Kinross"), (3, "Perth and Kinross")],
        id="grant-to",
    ),
    # near misses: the branch gives the sum; the branch named with no verb of giving
    pytest.param(
        "Barnardo's Cymru has given £15,000 to youth clubs.",
        [(15000, "Wales")],
        id="branch-gives",
    ),
    pytest.param(
        "Barnardo's Cymru supported 420 families last year.",
        [(420, "Wales")],
        id="branch-subject",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_money_recipient(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
