"""A figure the document's one named council is said to have counted or done ("the council
had recruited six more workers") is the council's place, not the release's force area nor
the lead's towns (area rule ``council-subject``,
:func:`pressfacts.statistics.force_subjects.council_subject`). Sentences invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = (
    "Merseyside Police said missing episodes had fallen.\n\nWirral Council's director of "
    "children's services, Ann Pike, welcomed the figures.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "She said the council had recruited eight more youth workers.",
         [(8, "Wirral")]),
        (_LEAD + "The council has also issued 140 safety plans.", [(140, "Wirral")]),
        ("Kent Police thanked the public.\n\nMaidstone Borough Council said the council "
         "had spent £12,000 on new lighting.", [(12000, "Maidstone")]),
        # a council named for a place joined by "&" is that place, as the gazetteer lists it
        ("Sussex Police said the weekend passed safely.\n\nBrighton & Hove City Council's "
         "events manager, Jo Bell, welcomed the figures.\n\nShe said the council had spent "
         "£9,000 on new lighting.", [(9000, "Brighton & Hove")]),
        # near misses: a place of the sentence's own, the council speaking, no deed of the
        # council, two councils named
        (_LEAD + "The council had recruited 30 workers in Birkenhead.", [(30, "Birkenhead")]),
        (_LEAD + "Officers said 25 children had been found.", [(25, "Merseyside")]),
        ("Merseyside Police said episodes had fallen.\n\nWirral Council and Sefton Council "
         "backed the plan. The council had recruited 12 workers.", [(12, "Wirral and Sefton")]),
    ],
)  # fmt: skip
def test_council_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
