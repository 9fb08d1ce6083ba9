"""A charity whose name opens on a nation ("Wales Hate Support Centre") is no local charity
standing for that nation (rule ``nation_named_charity`` of
``named_bodies.named_place``): a nation's charity is read by the national-branch rules, so
a place its clause names is the figure's; a charity named for a town ("Hull Women's Aid")
still stands for its town.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import named_place
from tests.statistics.conftest import AreasOf

_KNOWN = {"Wales", "Scotland", "Hull"}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Wales Hate Support Centre", None),
        ("Scotland Youth Project", None),
        ("Hull Women's Aid", ("Hull", "council")),  # near miss: a town's charity
    ],
)
def test_nation_named_charity_place(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("CHARITY", name, lambda p: p if p in _KNOWN else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The charity runs the Wales Hate Support Centre, which supported 212 people "
            "from Powys last year.",
            [(212, "Powys")],
            id="a-nation-named-service",
        ),
    ],
)
def test_nation_named_charity_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
