"""A count that is the object of a second verb after "and" (", but", ", while"), its noun left
out and a relative clause after it ("stopped 340 lorries and seized 19 that were
overloaded"), counts the things the count before it counted (elided rule
``object_relative``); with "who", only people counted before (rule
``object_relative_people``). Found by held-out 386. Sentences invented for the test; near misses
keep a noun of their own, or have no relative clause after the count."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitsOf

P = dt.date(2025, 9, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Swindon stopped 340 lorries and seized 19 that were overloaded.",
            [(340, "lorries"), (19, "lorries")],
        ),
        (
            "The team checked 212 vans in Crawley and found 37 that had no valid MOT.",
            [(212, "vans"), (37, "vans")],
        ),
        (
            "Staff in Dudley inspected 85 shops, but closed 6 which were selling fake goods.",
            [(85, "shops"), (6, "shops")],
        ),
        (
            "Officers in Bury traced 140 runaways and returned 52 who had been sleeping rough.",
            [(140, "runaways"), (52, "runaways")],
        ),
        (
            "Officers in Hove stopped 60 drivers and arrested 9 who were over the limit.",
            [(60, "drivers"), (9, "drivers")],
        ),
        (
            "Stewards at Ashton Gate ejected 140 fans and arrested 12 who were drunk.",
            [(140, "fans"), (12, "fans")],
        ),
        (
            "Officers in Ely stopped 600 motorists and arrested 42 who were over the limit.",
            [(600, "motorists"), (42, "motorists")],
        ),
        # near misses: a noun of its own; no relative clause after the count; people told
        # by "who" after things counted (object_relative_people needs people before)
        (
            "Officers in Swindon stopped 340 lorries and seized 19 cars that were overloaded.",
            [(340, "lorries"), (19, "cars")],
        ),
        (
            "Officers in Swindon stopped 340 lorries and seized 19 that day.",
            [(340, "lorries")],
        ),
        (
            "Officers in Luton searched 30 properties and arrested 12 who were wanted.",
            [(30, "properties")],
        ),
    ],
)  # fmt: skip
def test_object_relative(
    nlp: Language, units_of: UnitsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert units_of(nlp, text, P) == expected
