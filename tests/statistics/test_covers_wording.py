"""What a body covers, said right after its name (guard ``covers_wording``): one pattern
for every name, tried at each use of the name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pressfacts.statistics.covers_wording import covers_named

ROWS: list[tuple[str, str, bool]] = [
    ("CPS Mercia, which covers Shropshire and Worcestershire, said 40 cases …", "CPS Mercia", True),
    ("Officers met CPS Mercia. CPS Mercia, covering Herefordshire, said …", "CPS Mercia", True),
    ("Safer Dorset, the partnership for Dorset and Poole, met.", "Safer Dorset", True),
    (
        "Safer Dorset, the community safety partnership for Dorset, met.",
        "Safer Dorset",
        True,
    ),
    # near misses: no covering words after the name, or after another name
    ("CPS Mercia said 40 cases were dropped; the unit covers Telford.", "CPS Mercia", False),
    ("CPS Wessex, which covers Dorset, and CPS Mercia met.", "CPS Mercia", False),
    ("CPS Mercia, which covers cases in court, said …", "CPS Mercia", False),
]


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_covers_named(text: str, name: str, expected: bool) -> None:
    assert covers_named(name, text) is expected
