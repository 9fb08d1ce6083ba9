"""The part of a count that was attended, its noun left out, closing its clause (rule
``attended_at_end`` of ``elided_attendance.ATTENDANCE_RULES``): "assessed 9,215 calls, and
officers still attended 4,380" counts calls. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units_of(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 5, 22)
    doc = nlp(doc)
    return sorted((float(f.value), f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Call handlers in Dyfed-Powys assessed 6,120 calls last year, and officers "
            "still attended 2,940.",
            [(2940, "calls"), (6120, "calls")],
            id="still-attended",
        ),
        pytest.param(
            "The triage team in Leicester received 1,880 referrals in 2024 and responded to 1,415.",
            [(1415, "referrals"), (1880, "referrals")],
            id="responded-to",
        ),
        pytest.param(
            "Crews were called to 730 incidents in March but dealt with only 512, the "
            "service said.",
            [(512, "incidents"), (730, "incidents")],
            id="dealt-with-only",
        ),
        # near misses: a noun of its own is read first; a passive "attended by" has no count
        pytest.param(
            "Officers received 900 calls and attended 310 incidents in Wiltshire.",
            [(310, "incidents"), (900, "calls")],
            id="own-noun",
        ),
        pytest.param(
            "The vigil in Swindon was attended by 300.",
            [],
            id="attended-by",
        ),
    ],
)
def test_elided_attended(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert units_of(nlp, text) == expected
