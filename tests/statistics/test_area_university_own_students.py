"""A university named for its city after "at" stands for that city when the words before
"at" are its own students (rule ``university-own-students``,
``named_bodies.UNIVERSITY_OWN_MEMBERS``): "Two in five students at the University of Leeds
…" is the university's figure, not a study's workplace (guard
``university-cited-or-partner`` yields), so a force named later is no issuer. Near misses:
"researchers at", "staff at" stay a workplace. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two in five students at the University of Leeds say they have had a drink "
            "tampered with. The study was shared with West Yorkshire Police.",
            [(40, "Leeds")],
            id="students-at-university-of",
        ),
        pytest.param(
            "Some 230 undergraduates at Cardiff University took part in the safety "
            "training, which was designed with South Wales Police.",
            [(230, "Cardiff")],
            id="undergraduates-at-place-university",
        ),
        pytest.param(
            "One in five students studying at Durham University say they have been spiked. "
            "The findings were passed to Durham Constabulary.",
            [(20, "Durham")],
            id="students-studying-at",
        ),
        pytest.param(
            "A survey of 900 students from the University of Sheffield found 14% had been "
            "spiked. It was passed to South Yorkshire Police.",
            [(900, "Sheffield"), (14, "Sheffield")],
            id="students-from",
        ),
        pytest.param(
            "A third of freshers at the University of Exeter said they walked home alone. "
            "Devon and Cornwall Police will run patrols.",
            [(33.3, "Exeter")],
            id="freshers-at",
        ),
        # near misses: a workplace ("researchers at", "staff at") stands for no place
        pytest.param(
            "Researchers at the University of Leeds found 40% of victims told no one. The "
            "findings were shared with West Yorkshire Police.",
            [(40, "West Yorkshire")],
            id="researchers-at-near-miss",
        ),
        pytest.param(
            "Staff at Cardiff University referred 14 students to South Wales Police.",
            [(14, "South Wales")],
            id="staff-at-near-miss",
        ),
    ],
)
def test_a_university_stands_for_its_own_students(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
