"""Places' counts with the noun left out after "carried out" or "conducted": "while
stations in the South West carried out 1,487" (of the launches counted before)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_and_areas(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 5, 22)
    doc = nlp(doc)
    return [(float(f.value), f.unit, f.area) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # level_at_end with "carried out"
            "Officers in Kent carried out 420 searches in May, while teams in Sussex "
            "carried out 310.",
            [(420, "searches", "Kent"), (310, "searches", "Sussex")],
        ),
        (  # level_at_end with "conducted"
            "Firefighters in Leeds conducted 88 rescues last year, while crews in "
            "Bradford conducted 64.",
            [(88, "rescues", "Leeds"), (64, "rescues", "Bradford")],
        ),
        (  # near miss: a noun of its own is read first
            "Officers in Kent carried out 420 searches, while teams in Sussex carried out "
            "35 arrests.",
            [(420, "searches", "Kent"), (35, "arrests", "Sussex")],
        ),
        (  # near miss: the clause goes on after the count
            "Officers carried out 420 searches in May. The team carried out 35 in June.",
            [(420, "searches", None)],
        ),
    ],
)
def test_elided_carried_out(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units_and_areas(nlp, text) == expected
