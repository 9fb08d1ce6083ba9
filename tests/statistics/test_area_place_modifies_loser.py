"""A place used as the modifier of the noun of who lost or paid a sum, right before the verb
and the figure, is the figure's own place, over the force that speaks in the sentence (rule
``place-modifies-loser``, ``own_places.PLACE_MODIFIES_LOSER``; sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dyfed-Powys Police is warning farmers after a Carmarthen charity lost £12,500 to "
         "an invoice scam in May.", [(12500, "Carmarthen")]),
        ("North Yorkshire Police said a Harrogate firm was scammed out of almost £9,000 in "
         "April.", [(9000, "Harrogate")]),
        ("Hampshire Police said Southampton businesses lost more than £80,000 to invoice "
         "fraud in 2025.", [(80000, "Southampton")]),
        ("Kent Police is appealing for witnesses after a Margate pensioner handed over £4,000 "
         "to a man posing as a bank official.", [(4000, "Margate")]),
        ("Essex Police said a Colchester primary school had paid £18,000 to criminals last "
         "month.", [(18000, "Colchester")]),
        ("Dyfed-Powys Police said a Llanelli pensioner has been conned out of £7,500.",
         [(7500, "Llanelli")]),
        ("Avon and Somerset Police said a Taunton sports club was defrauded out of £21,000.",
         [(21000, "Taunton")]),
        # near misses: a place that modifies the noun of someone else, and a place that is
        # not right before the loser's noun, leave the force's area
        ("Gwent Police said criminals posing as a Newport firm took £5,000 from a pensioner.",
         [(5000, "Gwent")]),
        ("Merseyside Police said the firm, which trades from Wirral, lost £6,000 in June.",
         [(6000, "Merseyside")]),
    ],
)  # fmt: skip
def test_place_modifies_loser_is_own_place(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
