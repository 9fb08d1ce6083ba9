"""An estimate stated before the value it qualifies ("an estimated street value of £2m"):
the ``qualifier-approximately`` cue words of ``statistic_cues.jsonl``. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _qualifiers(nlp: Language, text: str) -> dict[float, str | None]:
    return {float(f.value): f.qualifier for f in nlp(text)._.statistics}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found heroin with an estimated street value of £72,000 in Derby.",
         {72000: "approximately"}),
        ("The grow had an estimated value of £310,000, the force said.",
         {310000: "approximately"}),
        ("Detectives recovered goods worth an estimated total of £18,500.",
         {18500: "approximately"}),
        ("Spice with an estimated prison value of £9,000 was found in a parcel at HMP Hull.",
         {9000: "approximately"}),
        ("Stolen tools with an estimated resale value of £4,200 were recovered in Selby.",
         {4200: "approximately"}),
        # the qualifier nearest the figure still wins
        ("Cocaine with an estimated street value of more than £3m was seized.",
         {3000000: "more than"}),
        # near miss: a street value that is not estimated has no qualifier
        ("Officers found heroin with a street value of £72,000 in Derby.", {72000: None}),
        ("Spice with a prison value of £9,000 was found in a parcel at HMP Hull.", {9000: None}),
    ],
)  # fmt: skip
def test_estimated_value(nlp: Language, text: str, expected: dict[float, str | None]) -> None:
    assert _qualifiers(nlp, text) == expected
