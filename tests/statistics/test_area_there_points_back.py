"""A figure whose sentence has a "there" pointing back to the place the sentence before
named takes that place (area rule ``there-points-back`` of
:mod:`pressfacts.statistics.pronoun_openings`), even when the place was named inside
quoted words. Sentences invented for the test, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Durham Constabulary has given body cameras to shop staff across the county.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            _LEAD + '"We tried this first in Darlington," she said. "Staff there wore them '
            'for a year and assaults fell by 40%."',
            [(40, "Darlington")],
            id="quoted-place-then-staff-there",
        ),
        pytest.param(
            _LEAD + '"It started in Stockton," he added. "Stores there recorded 52 assaults in '
            '2023."',
            [(52, "Stockton")],
            id="quoted-place-then-stores-there",
        ),
        pytest.param(
            _LEAD + "The scheme began in Hartlepool. Officers there made 28 arrests for shop "
            "theft in its first month.",
            [(28, "Hartlepool")],
            id="narrative-place-then-officers-there",
        ),
        # near misses: an existential "there"; no place in the sentence before
        pytest.param(
            _LEAD + '"We tried this first in Darlington," she said. "There were 40 assaults '
            'on shop staff last year."',
            [(40, "Durham")],
            id="existential-there",
        ),
        pytest.param(
            _LEAD + "The scheme began in Hartlepool last spring.\n\nIt is popular with staff."
            " Officers there made 28 arrests.",
            [(28, "Durham")],
            id="place-not-just-before",
        ),
    ],
)
def test_there_points_back(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
