"""Month names and their abbreviations, written once for every stage.

The reader's datelines, the periods stage and the single-day reader all take their
months from here: ``month_number("Sept.")`` -> 9, and :data:`MONTH` is the regex part
that matches any name or abbreviation with an optional stop ("Jan.", "September").
"""

from __future__ import annotations

MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
"""Each month's full name first, then its abbreviations, in calendar order."""

MISSPELT_MONTHS: dict[str, int] = {
    "janaury": 1,
    "januray": 1,
    "febuary": 2,
    "feburary": 2,
    "febraury": 2,
}
"""Misspellings of full month names that local reprints keep ("since Janaury", "in Febuary"):
read as the month they spell, as full names."""

MONTHS: dict[str, int] = {
    name: number for number, names in enumerate(MONTH_NAMES, start=1) for name in names
} | MISSPELT_MONTHS
"""Lower-case name, abbreviation or misspelling -> month number (1-12)."""

FULL_MONTHS: frozenset[str] = frozenset(names[0] for names in MONTH_NAMES) | frozenset(
    MISSPELT_MONTHS
)
"""The full names (and their misspellings): a stop after one of these ends a sentence, not
an abbreviation."""

MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
"""A month name or abbreviation, longest first ("sept" before "sep"), no stop."""

MONTH = (
    "(?:"
    + "|".join(
        name if name in FULL_MONTHS else name + r"\.?"
        for name in sorted(MONTHS, key=len, reverse=True)
    )
    + ")"
)
"""A month name, or an abbreviation with an optional stop ("Jan.", "June"): a stop after a
full name ends its sentence ("… in September. Last year …" is two phrases, not one)."""


def month_number(word: str) -> int:
    """The number of a month name or abbreviation ("Sept." -> 9); KeyError otherwise."""
    return MONTHS[word.lower().rstrip(".")]


WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
"""The weekdays, Monday first (as :meth:`datetime.date.weekday` counts them), written once
for the period rules that read them (runs of weekdays, a weekday's one-day event)."""
