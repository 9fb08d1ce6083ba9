"""Elided rule ``with_place_gapped``: the first of a list of named subjects' counts after
", with", its verb and noun gapped, counts the noun of the count before it ("Leeds
accounted for 412 of the arrests, with Bradford 301 and Wakefield 188")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Leeds accounted for 412 of the arrests, with Bradford 301 and Wakefield 188.",
        [(412, "Leeds"), (301, "Bradford"), (188, "Wakefield")],
        id="with-then-and",
    ),
    pytest.param(
        "Hull recorded 90 burglaries, with York 40.",
        [(90, "Hull"), (40, "York")],
        id="with-alone",
    ),
    pytest.param(
        "Cardiff took 2,310 of the calls, with Newport around 900, and Swansea 640.",
        [(2310, "Cardiff"), (900, "Newport"), (640, "Swansea")],
        id="with-qualifier",
    ),
    # near misses: a noun of its own, no name, a date
    pytest.param(
        "Officers made 300 arrests, with Bradford 301 officers.",
        [(300, None), (301, "Bradford")],
        id="noun-of-its-own",
    ),
    pytest.param(
        "Officers in Hull made 300 arrests, with 40 in June.",
        [(300, "Hull"), (40, "Hull")],
        id="no-name",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_with_place_gapped(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
