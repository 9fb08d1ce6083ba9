"""Things stolen or taken "from sites in" a town were taken there: the town is the figure's
area (``work_sites.THEFT_FROM``, rule ``theft_from_sites``), while people who work "from
offices in" towns keep the issuer's area (place role ``work-sites``). Every sentence is
invented."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

ROWS = [
    pytest.param(
        "Essex Police is warning builders.\n\nSeven dumpers were stolen from sites in "
        "Harlow and Basildon in May.",
        [(7, "Harlow and Basildon")],
        id="stolen-from-sites",
    ),
    pytest.param(
        "Kent Police is warning builders.\n\nTools worth £52,000 were taken from building "
        "sites in Ashford last month.",
        [(52000, "Ashford")],
        id="taken-from-building-sites",
    ),
    # near misses: people working from sites; a site not after a verb of theft
    pytest.param(
        "Essex Police thanked its staff.\n\nThe force has 340 call handlers, who work "
        "from offices in Chelmsford and Colchester.",
        [(340, "Essex")],
        id="work-from-offices",
    ),
    pytest.param(
        "Kent Police praised volunteers.\n\nSome 75 volunteers gave their time from hubs "
        "in Ashford and Dover.",
        [(75, "Kent")],
        id="volunteers-from-hubs",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_theft_from_sites(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
