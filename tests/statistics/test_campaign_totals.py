"""Campaign results: a running total's own span, a week named again ("Across the week"),
and the parts of a figure named again."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf, PeriodsOf

P = dt.date(2025, 6, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", bringing/taking the total since … to N": the since is the total's, not the count's
        (
            "Officers arrested 18 drivers during the week of 2 to 8 June, bringing the total "
            "since January to 140.",
            {18: ("2025-06-02", "2025-06-08"), 140: ("2025-01-01", "2025-06-20")},
        ),
        (
            "Police seized 52 knives in May, taking the overall tally since 2023 to 900.",
            {52: ("2025-05-01", "2025-05-31"), 900: ("2023-01-01", "2025-06-20")},
        ),
        # near miss: a participle with its own object keeps the clause's period
        (
            "Officers raided 12 homes in May, taking 40 knives off the streets.",
            {12: ("2025-05-01", "2025-05-31"), 40: ("2025-05-01", "2025-05-31")},
        ),
    ],
)
def test_a_running_total_has_its_own_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Across the week" names the week stated before, for its paragraph
        (
            "The operation ran from 9 to 15 June. Across the week, officers seized £8,200 and "
            "3kg of cannabis.",
            {8200: ("2025-06-09", "2025-06-15"), 3: ("2025-06-09", "2025-06-15")},
        ),
        (
            "The amnesty ran from Monday 2 to Sunday 8 June. Across the whole week, 71 "
            "weapons were surrendered in Hull.",
            {71: ("2025-06-02", "2025-06-08")},
        ),
    ],
)
def test_across_the_week(nlp: Language, periods_of: PeriodsOf, text: str, expected: object) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parts of a figure named again take its period, though left undated
        (
            "Police arrested 44 people during a week of action. The week of action ran "
            "from 2 to 8 June. Officers also visited 60 homes in Bolton. Of the 44 people "
            "arrested, 30 were known to police, and 12 have been charged.",
            {
                44: ("2025-06-02", "2025-06-08"),
                60: ("2025-06-02", "2025-06-08"),
                30: ("2025-06-02", "2025-06-08"),
                12: ("2025-06-02", "2025-06-08"),
            },
        ),
    ],
)
def test_parts_of_a_figure_named_again(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ranked list: the superlative's subject, then "Place with N" items
        (
            "Harrogate accounted for the largest share of the arrests, with 41, followed by "
            "Ripon with 30, Selby with 22 and Whitby with 9.",
            [(41, "Harrogate"), (30, "Ripon"), (22, "Selby"), (9, "Whitby")],
        ),
        (
            "Wrexham saw the highest number of thefts, with 64, followed by Rhyl with 40.",
            [(64, "Wrexham"), (40, "Rhyl")],
        ),
        # near miss: a part of a total after ", with" keeps its own place
        ("Leeds had 90 of the arrests, with 12 in Keighley.", [(90, "Leeds"), (12, "Keighley")]),
    ],
)
def test_a_ranked_list_of_places(
    areas: AreasOf, nlp: Language, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of places with gapped verbs and counts in words or digits
        (
            "Harrogate saw nine arrests, Whitby six and Scarborough five.",
            [(9, "Harrogate"), (6, "Whitby"), (5, "Scarborough")],
        ),
        (
            "Cheltenham recorded 2,410 crimes, Gloucester 3,880 and Stroud 900.",
            [(2410, "Cheltenham"), (3880, "Gloucester"), (900, "Stroud")],
        ),
        # what is left of a count opens the next sentence with its own place
        (
            "Harrogate saw nine arrests and Whitby six. The remaining three were made in Selby.",
            [(9, "Harrogate"), (6, "Whitby"), (3, "Selby")],
        ),
    ],
)
def test_gapped_places(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rural areas are places; "on the" states a place's scope as "in" does
        (
            "Derbyshire Constabulary recorded 40 thefts, 12 of them in the Peak District.",
            [(40, "Derbyshire"), (12, "Peak District")],
        ),
        (
            "Nine of the quad bikes were found during joint patrols with Cleveland Police on "
            "the North York Moors.",
            [(9, "North York Moors")],
        ),
        ("Officers seized 14 vehicles on Dartmoor in May.", [(14, "Dartmoor")]),
    ],
)
def test_rural_places(areas: AreasOf, nlp: Language, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's levels of the change just stated: the earlier level is the earlier
        # period's, the later (here in words) the later period's
        (
            "Devon and Cornwall Police arrested 160 drivers between 1 and 31 May, down from "
            "190 during last year's campaign. In Truro, arrests fell from 21 to nine.",
            {
                160: ("2025-05-01", "2025-05-31"),
                190: ("2024-05-01", "2024-05-31"),
                21: ("2024-05-01", "2024-05-31"),
                9: ("2025-05-01", "2025-05-31"),
            },
        ),
        # near miss: no place opens the sentence, so no back-reference
        (
            "Police arrested 160 drivers between 1 and 31 May. Thefts fell from 21 to 12 "
            "near Truro.",
            {160: ("2025-05-01", "2025-05-31"), 21: None, 12: None},
        ),
    ],
)
def test_a_places_levels_of_the_change_before(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the largest part of the count before, its noun left out, then a pair of counts
        # for places listed before them
        (
            "Officers collected 220 knives in the amnesty. The bin in Leicester took the "
            "most, with 58, while the bins in Loughborough and Hinckley took 31 and 17 "
            "respectively.",
            [(220, None), (58, "Leicester"), (31, "Loughborough"), (17, "Hinckley")],
        ),
        # near miss: no count before to take the noun of
        ("The bin in Leicester took the most, with 58.", []),
    ],
)
def test_the_most_and_a_pair_respectively(
    areas: AreasOf, nlp: Language, text: str, expected: object
) -> None:
    assert areas(nlp, text) == expected
