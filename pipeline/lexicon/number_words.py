"""Numbers as written in press releases: digits, words, scales, fractions, multipliers.

Plain functions, no spaCy: ``parse_number("1,747")`` -> 1747, ``parse_number("twenty-five")``
-> 25, ``parse_number("1.2 million")`` -> 1200000, ``parse_number("25k")`` -> 25000,
``parse_number("two hundred and fifty")`` -> 250, ``parse_number("a dozen")`` -> 12,
``parse_number("half a dozen")`` -> 6.
Compound number words are read by text2num (a maintained, offline reader); the words
around it (an article for "one", "dozen", vague plurals) are settled here first.
Vague quantities ("dozens", "hundreds", "tens of thousands") are not numbers: None.
"""

from __future__ import annotations

import re

from text_to_num import text2num

UNITS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "mn": 1_000_000,
}  # fmt: skip
MULTIPLIERS = {
    "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2,
    "triple": 3, "tripled": 3, "triples": 3, "tripling": 3, "treble": 3, "trebled": 3,
    "quadruple": 4, "quadrupled": 4, "quadruples": 4,
}  # fmt: skip
HALVING = ("halved", "halves", "halving")
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 33.3, "one third": 33.3,
    "two thirds": 66.7, "two-thirds": 66.7, "a quarter": 25.0, "one quarter": 25.0,
    "three quarters": 75.0, "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0,
    "a tenth": 10.0, "one tenth": 10.0, "two fifths": 40.0, "two-fifths": 40.0,
    "three fifths": 60.0, "three-fifths": 60.0, "four fifths": 80.0, "four-fifths": 80.0,
    "three tenths": 30.0, "three-tenths": 30.0, "one-half": 50.0, "one-third": 33.3,
    "one-quarter": 25.0, "one-fifth": 20.0, "one-tenth": 10.0, "a sixth": 16.7,
    "one sixth": 16.7, "one-sixth": 16.7, "an eighth": 12.5, "one eighth": 12.5,
    "one-eighth": 12.5,
}  # fmt: skip
VAGUE = re.compile(
    r"(?:dozens|scores|hundreds|thousands|millions|tens)(?:\s+(?:and|of)\s+"
    r"(?:dozens|hundreds|thousands|millions))*"
)
"""A vague plural quantity: "dozens", "tens of thousands", "hundreds and thousands" (no value)."""

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
WORD_NUMBER = (
    rf"(?:(?:{'|'.join(TENS)})[- ](?:one|{'|'.join(k for k in UNITS if UNITS[k] < 10)})|{_WORD})"
)
"""A number word up to 99, other than a bare "one" (a pronoun as often as a count)."""
_SCALE_WORD = r"(?:hundred|thousand|million|billion)"
_WORD_COMPOUND = (
    rf"(?:(?:{WORD_NUMBER}|one)\s{_SCALE_WORD}"
    rf"(?:(?:\s+and)?\s(?:{WORD_NUMBER}|one)(?:\s{_SCALE_WORD})?)*)"
)
"""Number words with scales: "one thousand two hundred", "two hundred and fifty"."""
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALE = r"(?:\s?(?:million|billion|bn|mn|m|k)\b|\s(?:thousand|hundred)\b)"
NUMBER = (
    rf"(?:{DIGITS}{SCALE}?|{_WORD_COMPOUND}|(?:{WORD_NUMBER})(?:\s(?:hundred|thousand|million))?)"
)
"""A number in digits or words, with an optional scale word."""

_ARTICLE = re.compile(r"^an?\s+(?=hundred|thousand|million|billion|dozen)")
"""The article that stands for "one": "a million" (not "a few")."""


def _words_value(text: str) -> float | None:
    words = _ARTICLE.sub("one ", re.sub(r"\s+", " ", text))
    if not words or VAGUE.fullmatch(words):
        return None
    dozens = re.fullmatch(r"(?:(?P<n>.+)\s)?dozen", words)
    if dozens:  # "a dozen", "two dozen", "half a dozen"
        n = dozens.group("n")
        count = 0.5 if n in ("half a", "half one") else _words_value(n) if n else 1.0
        return None if count is None else count * 12
    try:
        return float(text2num(words, "en"))
    except ValueError:
        return None


def parse_number(text: str) -> float | None:
    """The value of a number as written, or None if it is not one (or a vague one)."""
    cleaned = text.strip().lower()
    match = re.fullmatch(rf"({DIGITS})\s?(million|billion|bn|mn|m|k|thousand|hundred)?", cleaned)
    if match:
        value = float(match.group(1).replace(",", ""))
        return value * SCALES[match.group(2)] if match.group(2) else value
    return _words_value(cleaned)


def count_value(word: str) -> int:
    """A small count in digits or words ("6", "six", "twenty-four"); ValueError otherwise."""
    value = parse_number(word)
    if value is None or not value.is_integer():
        raise ValueError(f"not a count: {word!r}")
    return int(value)


def tidy(value: float) -> float | int:
    """Rounded to two decimals, an int when that is whole (1747, not 1747.0; "£8.2m" is
    8200000, not the 8199999.999… of 8.2 × 1,000,000 nor 8200000.0)."""
    rounded = round(float(value), 2)
    return int(rounded) if rounded.is_integer() else rounded
