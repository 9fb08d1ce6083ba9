"""Two named subjects and their two counts, the verb gapped and "respectively" left unsaid
("Wigan accounted for 41 of them, and Bolton and Stockport for 38 and 35."): both counts
count what the count before counted (elided rules ``gapped_pair_first`` and
``gapped_pair_second``), and each takes its subject's place in order (rule
``gapped_pair_places``). Sentences invented for these tests; the near misses keep a noun of
their own or name no pair."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, UnitPeriodsOf

P = dt.date(2025, 11, 27)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers logged 64 van break-ins in May: Preston accounted for 20 of them, and "
         "Chorley and Burnley for 14 and 9.",
         [(64, "break-ins"), (20, "break-ins"), (14, "break-ins"), (9, "break-ins")]),
        ("Kent Police recorded 410 thefts in 2024, and Dover and Folkestone with 52 and 47.",
         [(410, "thefts"), (52, "thefts"), (47, "thefts")]),
        # near misses: a noun of its own; no names before the pair
        ("Kent Police recorded 410 thefts in 2024, and Dover and Folkestone for 52 officers "
         "and 47.",
         [(410, "thefts"), (52, "officers")]),
        ("Kent Police recorded 410 thefts in 2024, and for 52 and 47.", [(410, "thefts")]),
    ],
)  # fmt: skip
def test_gapped_pair_units(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: object
) -> None:
    assert [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lancashire Police said Preston accounted for 20 of the thefts, and Chorley and "
         "Burnley for 14 and 9.",
         [(20, "Preston"), (14, "Chorley"), (9, "Burnley")]),
        ("Kent Police recorded 410 thefts, and Dover and Folkestone with 52 and 47.",
         [(410, "Kent"), (52, "Dover"), (47, "Folkestone")]),
        # near miss: a noun of its own keeps the two places together
        ("Kent Police recorded 410 thefts, and Dover and Folkestone for 52 officers.",
         [(410, "Kent"), (52, "Dover and Folkestone")]),
    ],
)  # fmt: skip
def test_gapped_pair_areas(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Humberside Police said 208 bikes were seized in 2025, while officers in Hull and "
         "Grimsby recovered 64 and 41.",
         [(208, "bikes", "Humberside"), (64, "bikes", "Hull"), (41, "bikes", "Grimsby")]),
        ("The clinics saw 540 patients in Bolton last winter, and the teams in Wigan and "
         "Leigh treated around 310 and 275.",
         [(540, "patients", "Bolton"), (310, "patients", "Wigan"),
          (275, "patients", "Leigh")]),
        # near misses: a noun of its own; nouns of their own (no pair left unsaid); no names
        ("Humberside Police said 208 bikes were seized in 2025, while officers in Hull and "
         "Grimsby recovered 64 cars and 41.",
         [(208, "bikes", "Humberside"), (64, "cars", "Hull and Grimsby")]),
        ("Humberside Police said 208 bikes were seized in 2025, while officers in Hull and "
         "Grimsby recovered 64 vans and 41 cars.",
         [(208, "bikes", "Humberside"), (64, "vans", "Hull and Grimsby"),
          (41, "cars", "Hull and Grimsby")]),
        ("Humberside Police said 208 bikes were seized in 2025, while officers in both "
         "years recovered 64 and 41.",
         [(208, "bikes", "Humberside")]),
    ],
)  # fmt: skip
def test_verbed_pair_units_and_areas(
    nlp: Language, unit_periods_of: UnitPeriodsOf, areas: AreasOf, text: str, expected: object
) -> None:
    """Rules ``verbed_pair_first``/``verbed_pair_second`` (``elided_lists``) and
    ``verbed_pair_places`` (``sibling_areas``): two named places with a verb of their own,
    then their two counts closing the sentence."""
    units = [(v, u) for v, u, _ in unit_periods_of(nlp, text, P)]
    assert [(v, u, a) for (v, u), (_, a) in zip(units, areas(nlp, text), strict=True)] == expected
