"""A release's lead dated by a rolling span governs the paragraphs after it
(``release_lead_span`` and ``release_lead_past_year`` in ``period_release_leads``).
Sentences invented for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 6, 10)
YEAR_TO_APRIL = ("2024-05-01", "2025-04-30")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's rolling span reaches the paragraphs after it that state none
        ("Avon and Somerset Police has dismantled 64 cannabis grows in the 12 months to "
         "April, the force said.\n\nOfficers removed 5,210 plants from the properties.\n\n"
         "A total of 41 people were arrested.",
         {64: YEAR_TO_APRIL, 5210: YEAR_TO_APRIL, 41: YEAR_TO_APRIL}),
        ("Durham Constabulary seized 37 firearms in the year ending April 2025.\n\n"
         "Detectives charged 19 people, up from 12 the year before.",
         {37: YEAR_TO_APRIL, 19: YEAR_TO_APRIL, 12: ("2023-05-01", "2024-04-30")}),
        # a plain text's headline line before the lead: the lead is the sentence after it
        ("Drivers feel safer on the county's roads\n\nThree in four drivers (75%) felt safe "
         "on Kent's roads in the 12 months to April, up from 70% a year earlier.\n\nThe "
         "commissioner presented the survey to the panel on Friday. Confidence was highest "
         "among older drivers, at 88%.",
         {75: YEAR_TO_APRIL, 70: ("2023-05-01", "2024-04-30"), 88: YEAR_TO_APRIL}),
        # near miss: a paragraph stating its own period ends the reach
        ("Avon and Somerset Police has dismantled 64 cannabis grows in the 12 months to "
         "April.\n\nIn 2023, 22 grows were found.\n\nOfficers removed 5,210 plants.",
         {64: YEAR_TO_APRIL, 22: ("2023-01-01", "2023-12-31"), 5210: None}),
        # near miss: a quote speaks generally, not of the lead's year
        ("Durham Constabulary seized 37 firearms in the year ending April 2025.\n\n"
         "The inspector said: \"About a third of the guns we find are converted.\"",
         {37: YEAR_TO_APRIL, 33.3: None}),
        # near miss: a lead dated by a year, not a rolling span, is other rules' business
        ("Durham Constabulary seized 37 firearms in 2024.\n\nDetectives have charged 19 people.",
         {37: ("2024-01-01", "2024-12-31"), 19: None}),
    ],
)  # fmt: skip
def test_release_lead_span(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    assert periods_of(nlp, text, P) == expected


WEEK = ("2025-05-19", "2025-05-25")
AFTER_WEEK = dt.date(2025, 5, 28)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an event's short span in the lead reaches the paragraphs after it, past a
        # restatement of the span, a yardstick and a relative clause's event
        ("Cheshire Constabulary recovered 96 blades during the week of action from 19 to 25 "
         "May.\n\nOfficers made 58 searches over the seven days, up from 44 in the same week "
         "last year.\n\nIn Crewe, where the council fitted a new bin in January, 17 blades "
         "were handed in. Warrington followed with 12 blades.\n\nLicensing officers visited "
         "33 shops.",
         P,
         {96: WEEK, 58: WEEK, 44: ("2024-05-19", "2024-05-25"), 17: WEEK, 12: WEEK,
          33: WEEK}),
        # "last week" in the lead, its dates in the next sentence; a plan after P does not
        # end the reach
        ("Officers in Cumbria arrested 23 people in seven days of action against knife crime "
         "last week.\n\nThe week, which ran from Monday 19 May to Sunday 25 May, was part of "
         "Operation Sceptre.\n\nIn Carlisle, 14 knives were seized.\n\nTraining was given "
         "to 410 pupils in 9 schools. Another 12 schools will be visited in July.",
         AFTER_WEEK,
         {23: WEEK, 14: WEEK, 410: WEEK, 9: WEEK, 12: ("2025-07-01", "2025-07-31")}),
        # near miss: a paragraph stating a span of its own ends the reach
        ("Cheshire Constabulary recovered 96 blades during the week of action from 19 to 25 "
         "May.\n\nIn 2024, 310 blades were handed in.\n\nLicensing officers visited 33 shops.",
         P,
         {96: WEEK, 310: ("2024-01-01", "2024-12-31"), 33: None}),
        # near miss: a quote speaks generally, not of the week
        ("Cheshire Constabulary recovered 96 blades during the week of action from 19 to 25 "
         "May.\n\nThe inspector said: \"About a third of the knives we find are kitchen "
         "knives.\"",
         P,
         {96: WEEK, 33.3: None}),
        # near miss: a span longer than an event's week is a scheme's, other rules' business
        ("Cheshire Constabulary recovered 960 blades during the amnesty from January to April."
         "\n\nIn Crewe, 170 blades were handed in.\n\nThe force has 31 bins.\n\n"
         "Licensing officers visit 33 shops a month.",
         P,
         {960: ("2025-01-01", "2025-04-30"), 170: ("2025-01-01", "2025-04-30"), 31: None,
          33: None}),
    ],
)  # fmt: skip
def test_release_event_span(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    published: dt.date,
    expected: dict[float, object],
) -> None:
    assert periods_of(nlp, text, published) == expected


PAST_YEAR = ("2024-06-01", "2025-05-31")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead dated "in the past year" (its figure in words or digits) reaches the
        # paragraphs after it that state no period of their own
        ("Three in five bus drivers have been abused at work in the past year, a union "
         "said.\n\nIts poll of 1,300 drivers found that 58% had been sworn at and 12 per "
         "cent spat at.",
         {60: PAST_YEAR, 1300: PAST_YEAR, 58: PAST_YEAR, 12: PAST_YEAR}),
        ("Rangers have removed 840 snares over the last 12 months, the trust said.\n\n"
         "Volunteers logged 95 traps on the moor.",
         {840: PAST_YEAR, 95: PAST_YEAR}),
        # near misses: "last year" is a calendar year (other rules); a shorter span
        ("Rangers removed 840 snares last year, the trust said.\n\nVolunteers logged 95 traps.",
         {840: ("2024-01-01", "2024-12-31"), 95: None}),
        ("Rangers have removed 840 snares in the past six months, the trust said.\n\n"
         "Volunteers logged 95 traps.",
         {840: ("2024-12-01", "2025-05-31"), 95: None}),
        # near miss: a lead with no figure before its period
        ("Bus drivers have faced more abuse in the past year, a union said.\n\nIts poll "
         "found that 58% had been sworn at.",
         {58: None}),
    ],
)  # fmt: skip
def test_release_lead_past_year(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    """Rule ``release_lead_past_year``."""
    assert periods_of(nlp, text, P) == expected
