"""The document's area from a lead that opens on a place owning its subject (rule
``lead_possessive_subject``, ``lead_sentences.POSSESSIVE_SUBJECT``): "Warrington's town
centre beat team has made 148 arrests …, Cheshire Police said" tells of Warrington, a
district of the force's area (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dover's neighbourhood team has made 148 arrests since May, Kent Police said. The "
         "team of six officers patrols the port.", [(148, "Dover"), (6, "Dover")]),
        ("Crewe's town centre officers seized 40 bikes in June, Cheshire Police said. Shop "
         "theft fell by 12% in the same month.", [(40, "Crewe"), (12, "Crewe")]),
        # near misses: a body's capitalised office; no verb of a tally after the subject
        ("Kent's Police and Crime Commissioner has made 148 grants since May, Kent Police "
         "said. The fund paid for six officers.", [(148, "Kent"), (6, "Kent")]),
        ("Dover's neighbourhood officers are busy, Kent Police said. The force made 148 "
         "arrests in May.", [(148, "Kent")]),
    ],
)  # fmt: skip
def test_lead_possessive_subject(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
