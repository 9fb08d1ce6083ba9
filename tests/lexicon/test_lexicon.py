"""The shared lexicon: number words read right, months written once."""

from __future__ import annotations

import re

import pytest

from pressfacts.lexicon.months import MONTH, MONTHS, month_number
from pressfacts.lexicon.number_words import NUMBER, count_value, parse_number, tidy


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("one thousand two hundred", 1200),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("three dozen", 36),
        ("Thirty two", 32),
        ("twenty-five", 25),
        ("forty-one", 41),
        ("a million", 1_000_000),
        ("a hundred", 100),
        ("nine hundred thousand", 900_000),
        ("one hundred and six", 106),
        ("1.2 million", 1_200_000),
        ("1.2m", 1_200_000),
        ("3,418", 3418),
        ("40k", 40_000),
        ("2.5bn", 2_500_000_000),
    ],
)
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


@pytest.mark.parametrize(
    "vague", ["dozens", "tens of thousands", "hundreds", "thousands", "a few", "several", ""]
)
def test_vague_quantities_are_no_numbers(vague: str) -> None:
    assert parse_number(vague) is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("officers seized two hundred and fifty wraps", "two hundred and fifty"),
        ("one thousand two hundred calls", "one thousand two hundred"),
        ("Thirty two pupils", "Thirty two"),
    ],
)
def test_the_number_pattern_takes_the_whole_compound(text: str, found: str) -> None:
    match = re.search(NUMBER, text, re.I)
    assert match is not None and match.group(0) == found


def test_count_value_reads_small_counts_and_refuses_others() -> None:
    assert count_value("six") == 6
    assert count_value("18") == 18
    with pytest.raises(ValueError):
        count_value("dozens")


@pytest.mark.parametrize(
    ("word", "number"),
    [("January", 1), ("Sept", 9), ("sept.", 9), ("Sep", 9), ("Jan.", 1), ("may", 5), ("Dec", 12)],
)
def test_month_number(word: str, number: int) -> None:
    assert month_number(word) == number


@pytest.mark.parametrize(
    ("word", "number"),
    [("Janaury", 1), ("januray", 1), ("Febuary", 2), ("Feburary", 2), ("Febraury", 2)],
)
def test_a_misspelt_month_is_read_as_its_month(word: str, number: int) -> None:
    assert month_number(word) == number  # ``MISSPELT_MONTHS``


@pytest.mark.parametrize("word", ["Janet", "Jamuary", "Feb-ruary", "Fubuary"])
def test_other_words_are_no_months(word: str) -> None:
    match = re.fullmatch(MONTH, word, re.I)
    assert match is None


def test_month_pattern_takes_the_longest_form() -> None:
    match = re.match(MONTH, "September", re.I)
    assert match is not None and match.group(0) == "September"
    assert len(set(MONTHS.values())) == 12


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Sept. 5", "Sept."),  # an abbreviation takes its stop
        ("Jan. 2024", "Jan."),
        ("September. Last year", "September"),  # a full name's stop ends the sentence
        ("June.", "June"),
        ("Febuary. Last year", "Febuary"),  # a misspelt full name likewise
    ],
)
def test_a_month_takes_a_stop_only_as_an_abbreviation(text: str, taken: str) -> None:
    match = re.match(MONTH, text, re.I)
    assert match is not None and match.group(0) == taken


@pytest.mark.parametrize(
    ("value", "tidied"),
    [
        (8.2 * 1_000_000, 8200000),  # 8199999.999…: whole once rounded
        (1747.0, 1747),
        (33.333, 33.33),
        (0.5, 0.5),
    ],
)
def test_tidy_gives_an_int_for_a_whole_value(value: float, tidied: float) -> None:
    result = tidy(value)
    assert result == tidied and type(result) is type(tidied)
