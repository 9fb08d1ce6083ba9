"""Counts after a lower-case topic whose verb is gapped, at the preposition of the count
before (rule ``gapped_topic_at`` of ``elided_lists.LIST_RULES``): "Burglary was raised at
9 of the meetings, speeding at seven and fly-tipping at four" (sentences invented for
these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Burglary was raised at 9 of the meetings, speeding at ", " and fly-tipping at 4.",
         "gapped_topic_at"),
        ("Burglary was raised at 9 of the meetings, speeding at seven and fly-tipping at ",
         ".", "gapped_topic_at"),
        ("Noise featured in 40 of the complaints and street drinking in ", ".",
         "gapped_topic_at"),
        ("Parking came up at twelve of them, drug dealing at ", ", and litter at three.",
         "gapped_topic_at"),
        ("Vandalism was listed on 31 forms, and dog fouling on ", ".", "gapped_topic_at"),
        # near misses: a noun of its own, a name, another preposition, a time, a joiner
        ("Burglary was raised at 9 of the meetings, speeding at ", " officers.", None),
        ("Burglary was raised at 9 of the meetings, speeding in ", ".", None),
        ("Burglary was raised at 9 of the meetings, speeding at ", "pm.", None),
        ("Burglary was raised at 9 of the meetings, while at ", ".", None),
        ("Officers met at 9 of the venues, and at ", " of them.", None),
        ("Police recorded 900 burglaries, while Hull accounted for 120 and officers for ", ".",
         None),  # "for" is no topic list's preposition
    ],
)  # fmt: skip
def test_gapped_topic_at(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Barnsley held 15 community meetings. Burglary was raised at 9 of the "
         "meetings, speeding at seven and fly-tipping at four.",
         [(15, "meetings"), (9, "meetings"), (7, "meetings"), (4, "meetings")]),
        # near miss: a count with a noun of its own keeps it
        ("Officers in Barnsley held 15 community meetings. Burglary was raised at 9 of the "
         "meetings, speeding at seven schools.",
         [(15, "meetings"), (9, "meetings"), (7, "schools")]),
    ],
)  # fmt: skip
def test_gapped_topic_counts(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert sorted((f.value, f.unit) for f in nlp(text)._.statistics) == sorted(expected)
