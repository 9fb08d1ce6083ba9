"""A lead that opens on its audience's place ("Homeowners in Oxfordshire are urged …") and
then scopes its figure with a wider place that holds it ("… after 1,832 homes were burgled
across the Thames Valley") is the wider place's: the document's area, and so the area of
the figures after it that name none (``lead_sentences.figure_scope_first``). A local
reprint's angle then keeps the release's area, and the reprint's figures merge with the
release's. Sentences invented for the test; the near misses keep the first place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Homeowners in Oxfordshire are urged to lock up after 1,832 homes were burgled across "
        "the Thames Valley in the year to September. Officers made 214 arrests in that time.",
        [(1832, "Thames Valley"), (214, "Thames Valley")],
    ),
    # near misses: no wider place after the count, and a later place that is a part
    (
        "Homeowners in Oxfordshire are urged to lock up after 1,832 homes were burgled in the "
        "year to September. Officers made 214 arrests in that time.",
        [(1832, "Oxfordshire"), (214, "Oxfordshire")],
    ),
    (
        "Thirty children in Kent were safeguarded, 12 of them in Ashford. Officers made 214 "
        "arrests.",
        [(30, "Kent"), (12, "Ashford"), (214, "Kent")],
    ),
    # a call for a law of England and Wales after a count across Great Britain, which holds
    # it (``place_within.txt``: England and Wales > Great Britain)
    (
        "The charity wants a lower drink-drive limit in England and Wales after new "
        "Department for Transport figures showed that 310 people died in crashes involving a "
        "drunk driver in Great Britain in 2023. "
        "Around 6,400 people were hurt in such crashes that year.",
        [(310, "Great Britain"), (6400, "Great Britain")],
    ),
    # near misses: the later place does not hold the first, or no count stands between
    (
        "The charity wants a lower drink-drive limit in England and Wales after new "
        "Department for Transport figures showed that 310 people died in crashes involving a "
        "drunk driver in Scotland in 2023. "
        "Around 6,400 people were hurt in such crashes that year.",
        [(310, "Scotland"), (6400, "England and Wales")],
    ),
    (
        "The charity wants a lower drink-drive limit across Great Britain after new Department "
        "for Transport figures showed that 310 people died in England and Wales in 2023. "
        "Around 6,400 people were hurt in such crashes that year.",
        [(310, "England and Wales"), (6400, "Great Britain")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_lead_figures_scope_leads(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
