"""A sentence opening on a place and a comma, then a list of places as its subject ("In
Wales, Gwent Police and South Wales Police recorded 233 offences"): the opening place
frames the sentence and is no member of the list (``areas._listed``), so the figure is not
placed in "Wales, Gwent and South Wales"."""

from __future__ import annotations

import pytest
from spacy.language import Language


def areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    """(value, area) of each figure the pipeline reads in ``text``."""
    return [(f.value, f.area) for f in nlp(text)._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Wales, Gwent Police and South Wales Police recorded 233 offences.",
            [(233, "Wales")],
        ),
        (
            "Across Lancashire, Preston, Burnley and Blackpool together made 91 referrals.",
            [(91, "Lancashire")],
        ),
        # near misses: one list in the opening, and a list with no opening place
        (
            "In Leeds, Bradford and Wakefield, 233 offences were recorded.",
            [(233, "Leeds, Bradford and Wakefield")],
        ),
        (
            "In Leeds, Bradford and Wakefield there were 233 offences.",
            [(233, "Leeds, Bradford and Wakefield")],
        ),
        ("Leeds and Bradford recorded 233 offences between them.", [(233, "Leeds and Bradford")]),
    ],
)
def test_an_opening_place_frames_the_list_after_it(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
