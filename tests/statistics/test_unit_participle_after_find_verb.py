"""A past participle in -ed between a count and its noun, when a verb of finding takes the
count as its object ("found 126 improvised weapons"), describes the noun, which is counted
(rule ``participle-after-find-verb`` of ``units.UNIT_RULES``); with no verb of finding
before the count the -ed word stays the count's own verb. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _units(nlp: Language, text: str) -> dict[float, str | None]:
    return {float(f.value): f.unit for f in nlp(text)._.statistics}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wardens at HMP Hull found 58 improvised weapons in one wing.", {58: "weapons"}),
        ("Officers in Carlisle seized 23 concealed blades from a car.", {23: "blades"}),
        ("Border Force intercepted 14 smuggled parcels at Felixstowe.", {14: "parcels"}),
        ("The search of the van recovered more than 300 forged passports.", {300: "passports"}),
        # near misses: no verb of finding before the count, a noun with no participle
        ("In Carlisle, 23 attended the court hearing.", {}),
        ("Officers in Carlisle seized 23 blades from a car.", {23: "blades"}),
    ],
)  # fmt: skip
def test_participle_after_a_find_verb(
    nlp: Language, text: str, expected: dict[float, str | None]
) -> None:
    assert _units(nlp, text) == expected
