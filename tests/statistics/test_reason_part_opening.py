"""A count in words opening its sentence with "were for" and a reason ("Nine were for
discriminatory abuse") is a part of the count before, by its reason (rule
``reason_part_opening`` of ``word_parts.word_part_unit``): of the last count of the sentence
just before when larger, or of the sentence two before when the sentence between opens on
its noun ("The bans, …"). Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def units(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 8, 12)
    doc = nlp(doc)
    return sorted((f.value, f.unit) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rovers issued 30 bans last season. Twelve were for racist abuse.",
         [(12, "bans"), (30, "bans")]),
        ("Stewards made 44 ejections in May. The ejections, which were filmed, followed "
         "fights on the concourse. Eleven were for throwing coins.",
         [(11, "ejections"), (44, "ejections")]),
        ("Magistrates imposed 25 orders. Nine were issued for violent disorder.",
         [(9, "orders"), (25, "orders")]),
        # near misses: a part larger than the whole; a sentence between about other
        # things; a noun of its own
        ("Rovers issued four bans. Twelve were for racist abuse.", [(4, "bans")]),
        ("Police seized 40 cars. The owners were told. Six were for sale.", [(40, "cars")]),
        ("Rovers issued 30 bans. Twelve stewards were for the change.",
         [(12, "stewards"), (30, "bans")]),
    ],
)  # fmt: skip
def test_reason_part_opening(nlp: Language, text: str, expected: object) -> None:
    assert units(nlp, text) == expected
