"""The document's area from a lead in which a named body reports a clause opening on a
place (rule ``lead_reported_subject``, ``lead_sentences.REPORTED_OPENING``): "Shelter
Cymru has warned that Wales is 1,200 homes short …" tells of Wales, so the charity's
figures after it with no place of their own are for Wales (sentences invented for these
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.lead_sentences import lead_subject
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shelter Cymru has warned that Wales is more than 1,200 social homes short of its "
         "target. The charity said 340 families were in temporary accommodation in 2025.",
         [(1200, "Wales"), (340, "Wales")]),
        ("The Trussell Trust has found that Scotland had 58 food banks open in May. A third of "
         "the people helped were children.", [(58, "Scotland"), (33.3, "Scotland")]),
    ],
)  # fmt: skip
def test_lead_reported_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("lead", "place", "expected"),
    [
        ("Women's Aid has warned that England is 2,000 spaces short.", "England", True),
        ("The Ashdown Trust says that Kent has 40 more refuges.", "Kent", True),
        ("Kent recorded 40 thefts.", "Kent", True),
        # near misses: the place acted on (a passive); no verb of warning, saying or finding;
        # words between "that" and the place; a lower-case opening
        ("The Ashdown Trust has warned that Kent has been left behind.", "Kent", False),
        ("The Ashdown Trust has asked that Kent is given 12 more food banks.", "Kent", False),
        ("The Ashdown Trust said that in Kent there are 12 refuges.", "Kent", False),
        ("figures have found that Kent is short of 12 refuges.", "Kent", False),
    ],
)  # fmt: skip
def test_reported_subject_opens_the_lead(lead: str, place: str, expected: bool) -> None:
    start = lead.index(place)
    assert lead_subject(lead, 0, start, start + len(place)) is expected
