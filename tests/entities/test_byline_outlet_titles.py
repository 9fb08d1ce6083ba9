"""A byline's outlet named before a lower-case title is no part of the title (rule
``byline_outlet_before_title``): "By Jo Hart, Liverpool Echo crime reporter" gives the title
"Crime Reporter", not "Echo Crime Reporter"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import titles_of


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "By Jo Hart, Liverpool Echo crime reporter\n\nPolice in Bootle made 12 arrests.",
            "Jo Hart",
            ["Crime Reporter"],
        ),
        (
            "By Sam Leigh, Manchester Evening News chief reporter\n\nOfficers seized 40 bikes.",
            "Sam Leigh",
            ["Chief Reporter"],
        ),
        (
            "By Priya Kaur, Bristol Post senior reporter\n\nThe force fined 30 drivers.",
            "Priya Kaur",
            ["Senior Reporter"],
        ),
        # near misses: a capitalised title (no outlet before a lower-case one), a
        # portfolio with no place first, a lower-case word past the appositive's end (a
        # second reporter's "and": the outlet rule must not read it as the title's)
        (
            "By Dan Webb, Senior Crime Reporter\n\nPolice seized 20 cars.",
            "Dan Webb",
            ["Senior Crime Reporter"],
        ),
        (
            "By Amy Cole, Home Affairs correspondent\n\nPolice seized 20 cars.",
            "Amy Cole",
            ["Home Affairs Correspondent"],
        ),
        (
            "By Ian Moss, Yorkshire Political Correspondent and Ruth Dale\n\nPolice made 9 arrests",
            "Ian Moss",
            ["Political Correspondent"],
        ),
    ],
)
def test_byline_outlet_before_title(
    nlp: Language, text: str, name: str, expected: list[str]
) -> None:
    assert titles_of(nlp, text, name) == expected
