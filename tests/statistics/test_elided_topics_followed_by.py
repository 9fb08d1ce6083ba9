"""A count after "followed by" and a lower-case topic whose verb and noun are gapped, at the
preposition of the count before, counts what that count counted (rule
``gapped_topic_followed_by`` of ``elided_lists.TOPIC_RULES``): "Speeding came up in 40
calls, followed by parking in 31" (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.elided_counts import elided_rule


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Speeding came up in 40 calls, followed by parking in ", ".",
         "gapped_topic_followed_by"),
        ("Theft was the reason in 212 cases, followed by assault in ", " and fraud in 41.",
         "gapped_topic_followed_by"),
        ("Litter was raised at nine meetings, followed by dog fouling at ", ", the survey said",
         "gapped_topic_followed_by"),
        # near misses: a noun of its own, another preposition, a time, no topic
        ("Speeding came up in 40 calls, followed by parking in ", " streets.", None),
        ("Speeding came up in 40 calls, followed by parking at ", ".", None),
        ("Speeding came up in 40 calls, followed by parking at ", "pm.", None),
        ("Speeding came up in 40 calls, followed by the ", ".", None),
    ],
)  # fmt: skip
def test_gapped_topic_followed_by(before: str, after: str, expected: str | None) -> None:
    assert elided_rule(before, after) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers in Dudley dealt with 120 cases. Noise came up in 48 cases, followed by "
         "parking in 30 and littering in 12.",
         [(120, "cases"), (48, "cases"), (30, "cases"), (12, "cases")]),
        # near miss: a count with a noun of its own keeps it
        ("Officers in Dudley dealt with 120 cases. Noise came up in 48 cases, followed by "
         "parking in 30 streets.",
         [(120, "cases"), (48, "cases"), (30, "streets")]),
    ],
)  # fmt: skip
def test_gapped_topic_followed_by_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert sorted((f.value, f.unit) for f in nlp(text)._.statistics) == sorted(expected)
