"""The second level of a change "from" a first level (in digits, or in words with its
noun) "to" one in words, with no noun of its own, counts what the first level counts
(``units.FROM_LEVEL_TO``, rule ``from_level_to_word``), as it would in digits. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nine men were jailed last year, and the number bailed rose from 12 in 2023 "
            "to fifteen.",
            [(9, "men"), (12, "men"), (15, "men")],
        ),
        (
            "Sixty shops were visited in March, and the number fined went from 14 to six.",
            [(60, "shops"), (14, "shops"), (6, "shops")],
        ),
        (
            "Eight girls were cautioned in 2024, and the number charged fell from 10 to "
            "three over the same period.",
            [(8, "girls"), (10, "girls"), (3, "girls")],
        ),
        # a first level in words, with its noun or without
        (
            "The rural team in Cumbria will grow from five officers to eight.",
            [(5, "officers"), (8, "officers")],
        ),
        (
            "Arrests for sheep worrying in Kent went from 12 arrests to nine.",
            [(12, "arrests"), (9, "arrests")],
        ),
        # near misses: a noun of its own after the word; no count before "to"; a first
        # level in words with no noun (the count before it is another thing's)
        (
            "Dyfed-Powys Police said 30 farms were visited and the number of patrols rose from "
            "four to seven.",
            [(30, "farms")],
        ),
        ("Arrests rose from 40 to sixty officers.", [(40, "arrests"), (60, "officers")]),
        ("The shop is open from 11 to four on Sundays.", []),
        ("The classes are for children aged from six to ten.", []),
        (
            "Officers in Kent dealt with 120 submissions, and the average wait for a decision "
            "had fallen from 21 days to nine since April.",
            [(120, "submissions"), (21, "days")],
        ),
    ],
)
def test_second_level_in_words_counts_the_first(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    doc = nlp(text)
    assert [(f.value, f.unit) for f in doc._.statistics] == expected
