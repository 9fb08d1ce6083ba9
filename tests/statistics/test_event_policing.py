"""The policing of events: a festival or carnival dated in a sentence of its own governs
the figures around it, and "last year's festival" is the same dates a year earlier."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 7, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event named before its dates, and the figures of the paragraph after them
        (
            "Officers made 35 arrests across the four days of the Glastonbury Festival.\n\n"
            "The festival ran from Wednesday 25 to Sunday 29 June. Stewards turned away 140 "
            "people at the gates.",
            {35: ("2025-06-25", "2025-06-29"), 140: ("2025-06-25", "2025-06-29")},
        ),
        (
            "The carnival took place from 5 to 7 July in Bristol.\n\nOfficers made 210 "
            "arrests and seized 18 knives.",
            {210: ("2025-07-05", "2025-07-07"), 18: ("2025-07-05", "2025-07-07")},
        ),
        # "last year's festival": the festival's dates a year earlier; a change covers both
        (
            "The festival ran from 4 to 6 July. Thefts fell by 30% compared with last "
            "year's festival. Stewards ejected 12 people, down from 19 at last year's carnival.",
            {
                30: ("2024-07-04", "2025-07-06"),
                12: ("2025-07-04", "2025-07-06"),
                19: ("2024-07-04", "2024-07-06"),
            },
        ),
        # near miss: a festival named with no dates anywhere dates nothing
        (
            "The festival director said 40 stewards had been hired.",
            {40: None},
        ),
    ],
)
def test_a_dated_festival_governs_its_figures(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, P) == expected


PATROLS_P = dt.date(2025, 10, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # patrols dated in their own sentence; "During the patrols," leads in to its
        # paragraph and the next
        (
            "Officers carried out extra patrols in 12 town centres between May and "
            "August.\n\nDuring the patrols, officers made 40 arrests and seized 15 knives.\n\n"
            "Dispersal orders were used on 9 occasions.",
            {
                12: ("2025-05-01", "2025-08-31"),
                40: ("2025-05-01", "2025-08-31"),
                15: ("2025-05-01", "2025-08-31"),
                9: ("2025-05-01", "2025-08-31"),
            },
        ),
        # the patrols named again after a figure
        (
            "Wardens ran patrols in Hull between 1 and 14 June. Officers made 22 arrests "
            "during the patrols.",
            {22: ("2025-06-01", "2025-06-14")},
        ),
        # near miss: a sentence naming the patrols keeps a period of its own
        (
            "Wardens ran patrols in Hull between 1 and 14 June. During the patrols in "
            "September, officers made 12 arrests.",
            {12: ("2025-09-01", "2025-09-30")},
        ),
        # near miss: patrols named far from the span are not dated by it (a count of
        # events told in the past would take the lead's span: period_narrative)
        (
            "Officers carried out patrols, visited every school in the town and handed out "
            "leaflets to shopkeepers and residents between May and August.\n\nDuring the "
            "patrols, officers spoke to 40 shopkeepers.",
            {40: None},
        ),
    ],
)
def test_dated_patrols_govern_the_figures_after(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, PATROLS_P) == expected


QUARTER_P = dt.date(2025, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "fell to N, from M in <period>": the period dates M only; N is of the span
        # stated before
        (
            "Between July and September, 2,400 incidents were reported. In Hull, reports fell "
            "to 310, from 420 in the third quarter of 2024.",
            {
                2400: ("2025-07-01", "2025-09-30"),
                310: ("2025-07-01", "2025-09-30"),
                420: ("2024-07-01", "2024-09-30"),
            },
        ),
        (
            "Between July and September, 2,400 incidents were reported. In Hull, the share "
            "rose to 14%, up from 11% in Q2 2024/25.",
            {
                2400: ("2025-07-01", "2025-09-30"),
                14: ("2025-07-01", "2025-09-30"),
                11: ("2024-07-01", "2024-09-30"),
            },
        ),
        # the yardstick's period right after its level, no preposition between
        (
            "Between July and September, 2,400 incidents were reported. In Hull, reports fell "
            "to 310, from 420 a year earlier.",
            {
                2400: ("2025-07-01", "2025-09-30"),
                310: ("2025-07-01", "2025-09-30"),
                420: ("2024-07-01", "2024-09-30"),
            },
        ),
        (
            "Cumbria Constabulary recruited 240 officers in 2024/25. The number of PCSOs fell "
            "to 96, from 104 the year before.",
            {
                240: ("2024-04-01", "2025-03-31"),
                96: ("2024-04-01", "2025-03-31"),
                104: ("2023-04-01", "2024-03-31"),
            },
        ),
        # near miss: a level stated in the period itself keeps it
        (
            "Between July and September, 2,400 incidents were reported. In Hull, there were "
            "310 reports in Q2 2024/25.",
            {2400: ("2025-07-01", "2025-09-30"), 310: ("2024-07-01", "2024-09-30")},
        ),
    ],
)
def test_a_level_reached_before_its_yardstick_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    assert periods_of(nlp, text, QUARTER_P) == expected
