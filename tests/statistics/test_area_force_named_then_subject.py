"""A speaker named by the release's one force ("Cheshire Constabulary's rural crime lead")
who says what "the force" has done gives the figure the force's area, even for a deed
("seized", "arrested"), not the area of the figures before (rule
``force-named-then-subject`` of area rule ``force-subject``,
:data:`pressfacts.statistics.force_subjects.FORCE_NAMED_THEN_SUBJECT`). Sentences invented
for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Councils in England dealt with 980,000 fly-tipping incidents in 2024/25.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Inspector Dan Pike, Cheshire Constabulary's rural crime lead, said the force "
         "has arrested 9 people since January.", [(980000, "England"), (9, "Cheshire")]),
        (_LEAD + "Sergeant Joe Hart, Cumbria Constabulary's wildlife officer, said the force "
         "had seized 17 vehicles since April.", [(980000, "England"), (17, "Cumbria")]),
        (_LEAD + "Merseyside Police's head of roads policing, Superintendent Lisa Byrne, said "
         "the force had also stopped 240 vans in 2025.",
         [(980000, "England"), (240, "Merseyside")]),
        # near misses: officers, not the force, as the subject; no force named before
        # "said"; the force told of what others did (no deed of its own)
        (_LEAD + "Inspector Dan Pike, Cheshire Constabulary's rural crime lead, said officers "
         "had arrested 9 people since January.", [(980000, "England"), (9, "England")]),
        (_LEAD + "Inspector Dan Pike said the force had arrested 9 people since January.",
         [(980000, "England"), (9, "England")]),
        (_LEAD + "Inspector Dan Pike, Cheshire Constabulary's rural crime lead, said the force "
         "had been told of 9 thefts since January.", [(980000, "England"), (9, "England")]),
    ],
)  # fmt: skip
def test_force_named_then_subject(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
