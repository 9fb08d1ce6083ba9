"""A neighbourhood the gazetteer lacks, named "the X area" as the subject of a later clause
of a breakdown (", while the Stanley area saw 29", "; the Cityside area recorded 40") is
the area of that clause's count (district rule ``area_subject``); before it, "the X area"
was read only after "in", "across" and the like (``named_area``), and the count took the
place of the clause before. A body's area, a compass point, a sentence's opening subject
and "the X area" with no verb of counting after it are no such district. Sentences
invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Durham Constabulary issued the figures.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Consett recorded 40 thefts, while the Annfield Plain area saw 12.",
         [(40, "Consett"), (12, "Annfield Plain")]),
        (_LEAD + "Peterlee had 31 reports; the Horden area recorded 9.",
         [(31, "Peterlee"), (9, "Horden")]),
        (_LEAD + "Seaham logged 18 calls, and the Dawdon area accounted for 7.",
         [(18, "Seaham"), (7, "Dawdon")]),
        # near misses: a body's area; a compass point; no verb of counting after it
        (_LEAD + "Seaham logged 18 calls, while the Durham Constabulary area saw 70.",
         [(18, "Seaham"), (70, "Durham")]),
        (_LEAD + "Seaham logged 18 calls, while the North East area saw 70.",
         [(18, "Seaham"), (70, "North East")]),
        (_LEAD + "Seaham logged 18 calls, and the Dawdon area team handled 7.",
         [(18, "Seaham"), (7, "Seaham")]),
    ],
)  # fmt: skip
def test_area_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the county" after such a district is the release's county (rule
        # ``county-after-unplaced`` of ``county_wording``), not the district
        (_LEAD + "Consett recorded 40 thefts, while the Annfield Plain area saw 12.\n\n"
         "Officers made 19 arrests across the county.",
         [(40, "Consett"), (12, "Annfield Plain"), (19, "Durham")]),
        # near misses: a district the place tree knows gives its county; "the county
        # council" points back to nothing
        (_LEAD + "Officers recorded 40 thefts in Seaham.\n\nOfficers made 19 arrests across "
         "the county.", [(40, "Seaham"), (19, "Durham")]),
        ("Kent Police issued the figures.\n\nConsett recorded 40 thefts, while the Annfield "
         "Plain area saw 12.\n\nThe county council paid for 19 cameras.",
         [(40, "Consett"), (12, "Annfield Plain"), (19, "Kent")]),
    ],
)  # fmt: skip
def test_county_after_unplaced(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
