"""A breakdown listed under a lead line ("Arrests by area:" then "- Shropshire: 67"): each
line's count takes the lead's noun, its own place, and the period of the event the
paragraph before dates (the list is read with its lead line).

Every sentence is invented for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.list_units import list_lead_unit
from tests.statistics.conftest import UnitPeriodsOf


def test_a_breakdown_by_area(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    text = (
        "Lincolnshire Police stopped 240 vans during its spring crackdown, which ran from 1 "
        "to 31 March.\n\nStops by district:\n- Boston: 90\n- Lincoln: 150\n\nThat is 30 "
        "more than in March 2023."
    )
    march = ("2024-03-01", "2024-03-31")
    assert unit_periods_of(nlp, text, dt.date(2024, 4, 9)) == [
        (240, "vans", march),
        (90, "stops", march),
        (150, "stops", march),
        (30, "vans", ("2023-03-01", "2024-03-31")),  # the total's, not the last line's
    ]


def test_a_breakdown_led_by_its_event(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    # the lead line names the campaign dated two periods back (not the yardstick's summer)
    text = (
        "The checks were part of the force's summer campaign, which ran from 1 June to 31 "
        "August. Over the summer, officers stopped 410 drivers, compared with 380 in summer "
        "2022.\n\nStops during the campaign by district:\n- Boston: 150\n- Lincoln: 260\n"
    )
    summer = ("2023-06-01", "2023-08-31")
    assert unit_periods_of(nlp, text, dt.date(2023, 9, 6)) == [
        (410, "drivers", summer),
        (380, "drivers", ("2022-06-01", "2022-08-31")),
        (150, "stops", summer),
        (260, "stops", summer),
    ]


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        ("Thefts per district:\n", "- Hull: ", "thefts"),
        ("Drivers caught by area:\n- Leeds: 12\n", "- York: ", "drivers"),
        # the time the breakdown covers between its noun and "by"
        ("Arrests during the operation by town:\n", "- Hull: ", "arrests"),
        ("Thefts in 2023 by ward:\n- Ryde: 40\n", "- Cowes: ", "thefts"),
        # a participle's phrase and a comma before the split
        ("Potential victims indicated by calls to the line, by region:\n", "- Wales: ", "victims"),
        ("Potential victims, by region:\n", "London – ", "victims"),
        ("In 2023:\n", "- Hull: ", None),  # a lead naming no breakdown
        ("Arrests by area:\nOfficers said:\n", "- Hull: ", None),  # another line between
        ("Arrests by area:\n", "- Hull had ", None),  # no place and colon
        # the lead said as a sentence
        ("The number of thefts in each district was:\n", "- Hull: ", "thefts"),
        ("The totals of drivers caught by division were:\n", "- Leeds: ", "drivers"),
        ("The number of arrests rose:\n", "- Hull: ", None),  # no split named
        ("The arrests by area were:\n", "- Hull: ", "arrests"),
        ("By district, the thefts were:\n\n", "* Hull: ", "thefts"),
        ("By area, officers said:\n", "- Hull: ", None),  # no counted noun and verb
        # the lead closing a paragraph line after a sentence of its own
        ("Officers made 90 arrests in May. The arrests by area were:\n", "- Hull: ", "arrests"),
        ("Officers made 90 arrests in May. They said:\n", "- Hull: ", None),
        # a results line that names what it counts, with no breakdown lead
        ("Results:\n", "Arrests: ", "arrests"),
        ("Results:\n", "Vehicles recovered: ", "vehicles"),
        ("Results:\n", "- Search warrants executed – ", "warrants"),
        # rule long_result_label: up to six words after the first
        ("Results:\n", "- Victims referred to support services: ", "victims"),
        ("Results:\n", "- Young people diverted away from the courts – ", "people"),
        ("Results:\n", "- Average time to answer a call in the control room: ", None),
        ("Results:\n", "- Wales: ", None),  # a place, with no lead to count it
        ("Results:\n", "Notes: ", None),  # nothing counted
        # rule split_then_time: the time covered and a bracketed note after the split
        ("Burglaries by district in the year to September 2026:\n", "- Norwich: ", "burglaries"),
        ("Thefts by town (April to June, last year's in brackets):\n", "• Crewe: ", "thefts"),
        ("The number of thefts by district (year to March):\n", "- Hull: ", "thefts"),
        ("Burglaries by district rose sharply:\n", "- Norwich: ", None),  # no colon after
        # a breakdown on its lead's line, up to a place and its number
        ("", "Arrests by area: Rhyl 9, Prestatyn ", "arrests"),
        ("", "Drivers caught by district: Hull (40); York (31) and Selby (", "drivers"),
        ("", "Thefts in 2023 by ward: Ryde: 40, Cowes: ", "thefts"),
        ("", "Arrests by area: officers in Rhyl made ", None),  # no place before the number
        ("", "Arrests rose in Rhyl and Prestatyn ", None),  # no breakdown lead
    ],
)
def test_list_lead_unit(text: str, before: str, expected: str | None) -> None:
    assert list_lead_unit(text, len(text), before) == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        ("Arrests: ", "\n", "arrests"),
        ("Arrests: ", " (2025: 51)", "arrests"),  # last year's beside it
        ("Vehicles seized: ", "", "vehicles"),
        ("County lines: ", " arrested in week of action", None),  # a headline
        ("Drink drivers: ", " caught in festive blitz", None),
        # the head of the label's phrase, not its first word ending in "s"
        ("Cannabis plants seized: ", "", "plants"),
        ("- Arrests for drug offences: ", "", "arrests"),
        # a category of crime named in the singular counts offences (incidents of disorder)
        ("Vehicle crime: ", " (up 4%)", "offences"),
        ("- Violence with injury: ", ", a fall of 6%", "offences"),
        ("Theft from the person: ", "", "offences"),
        ("• Criminal damage and arson: ", "", "offences"),
        ("Anti-social behaviour: ", " (down 8%)", "incidents"),
        # near misses: a label naming no category, or a category word that is not its head
        ("Crime number: ", "", None),
        ("Age: ", "", None),
        ("Total: ", "", None),
        ("Burglary: ", " arrests up in Leeds", None),  # a headline
    ],
)
def test_a_results_line_ends_at_its_number(before: str, after: str, expected: str | None) -> None:
    assert list_lead_unit("", 0, before, after) == expected


def test_a_breakdown_led_by_a_sentence(nlp: Language, unit_periods_of: UnitPeriodsOf) -> None:
    # each line takes the lead's noun, and the period of the release's figures before
    text = (
        "Durham Constabulary caught 530 speeding drivers between 4 and 17 May.\n\nThe "
        "number of drivers caught in each of the force's districts was:\n\n- Darlington: "
        "310\n- Durham: 150\n- Stanley: 70\n"
    )
    span = ("2024-05-04", "2024-05-17")
    found = unit_periods_of(nlp, text, dt.date(2024, 5, 21))
    assert [f for f in found if f[0] != 1] == [
        (530, "drivers", span),
        (310, "drivers", span),
        (150, "drivers", span),
        (70, "drivers", span),
    ]


@pytest.mark.parametrize(
    ("text", "before", "expected"),
    [
        # a lead naming the split but not what is counted: the count before the list
        ("The figures for the districts were:\n", "Burnley – ", "burglaries"),
        ("By district:\n", "- Wyre: ", "burglaries"),
        ("The breakdown by area was:\nHull – 40 (up 4%)\n", "York – ", "burglaries"),
        ("Figures by division:\n", "• Leeds: ", "burglaries"),
        # near misses: a lead naming its noun keeps it, and a line of no place
        ("Thefts by district:\n", "Burnley – ", "thefts"),
        ("The figures for the districts were:\n", "Burnley had ", None),
        ("The figures were:\n", "- Wyre: ", None),  # no split named
    ],
)
def test_a_lead_naming_no_noun_counts_what_was_counted_before(
    text: str, before: str, expected: str | None
) -> None:
    assert list_lead_unit(text, len(text), before, "", "burglaries") == expected


def test_a_breakdown_by_dashes_under_a_lead_naming_no_noun(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    text = (
        "Essex Police recorded 3,050 burglaries in 2024/25, down 6% on the year before.\n\n"
        "The figures for the districts were:\n\nBasildon – 412 (up 4%)\nHarlow – 230 "
        "(down 9%)\n"
    )
    year = ("2024-04-01", "2025-03-31")
    assert [
        row for row in unit_periods_of(nlp, text, dt.date(2025, 6, 12)) if row[1] != "percent"
    ] == [
        (3050, "burglaries", year),
        (412, "burglaries", year),
        (230, "burglaries", year),
    ]


def test_a_dashed_breakdown_with_no_list_marks(
    nlp: Language, unit_periods_of: UnitPeriodsOf
) -> None:
    """Lines "Place – N" with no list mark, under a lead with a participle's phrase and a
    comma, count the lead's noun and take the total's period (``listed_place_count``)."""
    text = (
        "The line took 9,420 calls in 2024.\n\nPotential victims indicated by calls to the "
        "line, by region:\nNorth West – 612\nLondon – 1,904\n\nNote – 40 calls were hoaxes."
    )
    year = ("2024-01-01", "2024-12-31")
    assert unit_periods_of(nlp, text, dt.date(2025, 6, 18))[:3] == [
        (9420, "calls", year),
        (612, "victims", year),
        (1904, "victims", year),
    ]
