"""A sentence opening on a council named by its place (or on its team) as the doer of a
deed gives its figures the council's place, not the release's force area (area rule
``named-council-subject``,
:func:`pressfacts.statistics.force_subjects.named_council_subject`). A council whose place
holds "of" ("Isle of Wight Council", "Vale of Glamorgan Council") had not been read as its
place. Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_HIOW = (
    "Hampshire and Isle of Wight Constabulary arrested 64 drivers for drug driving over the "
    "summer.\n\n"
)
_SWP = "South Wales Police arrested 64 drivers for drug driving over the summer.\n\n"
_HIOW_AREA = "Hampshire and Isle of Wight"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_HIOW + "Isle of Wight Council's highways team issued 230 parking fines.",
         [(64, _HIOW_AREA), (230, "Isle of Wight")]),
        (_SWP + "Vale of Glamorgan Council visited 18 schools to talk to young drivers.",
         [(64, "South Wales"), (18, "Vale of Glamorgan")]),
        (_SWP + "The Vale of Glamorgan Council's road safety officers also handed out 75 "
         "leaflets.", [(64, "South Wales"), (75, "Vale of Glamorgan")]),
        # near misses: the council speaking, a place of the sentence's own, the council
        # named after the sentence opens
        (_HIOW + "Isle of Wight Council said 230 people had signed up.",
         [(64, _HIOW_AREA), (230, _HIOW_AREA)]),
        (_SWP + "Vale of Glamorgan Council's team visited 18 schools in Cardiff.",
         [(64, "South Wales"), (18, "Cardiff")]),
        (_SWP + "Officers and Vale of Glamorgan Council visited 18 schools.",
         [(64, "South Wales"), (18, "South Wales")]),
    ],
)  # fmt: skip
def test_named_council_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
