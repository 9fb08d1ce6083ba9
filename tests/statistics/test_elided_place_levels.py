"""Places' counts with the noun left out: "while Perth registered 341 and Angus 287",
"Orkney and Shetland together accounted for 18, and the Western Isles for 28"."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_and_areas(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 9, 8)
    doc = nlp(doc)
    return [(float(f.value), f.unit, f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # level_at_end with "registered"
            "Dundee registered 410 children, while Perth registered 341 and Angus 287.",
            [(410, "children", "Dundee"), (341, "children", "Perth"), (287, "children", "Angus")],
        ),
        (  # "detected" closing its clause
            "Tayside caught 90 drink drivers, while Fife detected 64.",
            [(90, "drivers", "Tayside"), (64, "drivers", "Fife")],
        ),
        (  # place_led_level with "together" before the verb
            "Officers in Tayside stopped 120 drivers in June. Dundee and Angus together "
            "accounted for 70, and Perth for 22.",
            [
                (120, "drivers", "Tayside"),
                (70, "drivers", "Dundee and Angus"),
                (22, "drivers", "Perth"),
            ],
        ),
        (  # a noun of its own is read first
            "Dundee registered 410 children, while Perth registered 341 families.",
            [(410, "children", "Dundee"), (341, "families", "Perth")],
        ),
    ],
)
def test_elided_place_levels(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units_and_areas(nlp, text) == expected
