""" "the last four digits of the account", "the first two letters of the postcode": a part
of a number or code the text quotes, no tally (exclusion ``digits-of-a-code`` of
:data:`pressfacts.statistics.idiom_exclusions.IDIOM_EXCLUSIONS`). Every sentence is
invented for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The caller read out the last four digits of her card.", []),
        ("Fraudsters quoted the first six digits of the sort code and account number.", []),
        ("He gave the final 3 digits of the reference to the bank.", []),
        ("Only the first two letters of the postcode were shown.", []),
        ("They asked for the middle two characters of the password.", []),
        ("The scammers already knew the last five numbers of the account.", []),
        # near misses: counts and periods after "last"/"first" stay statistics
        ("The last four reports came from Bolton.", [(4, "reports")]),
        ("The first 30 victims were repaid in full.", [(30, "victims")]),
        ("Nine digital investigators joined the unit.", [(9, "investigators")]),
    ],
)
def test_digits_of_a_code(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected
