"""A period phrase right after a scene-setting clause of a past start ("where the charity
started a service in January") dates an event, which no figure takes; one rule per row
of ``PAST_STARTS``, near misses, and the figures of whole sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_past_starts import PAST_STARTS, past_start
from tests.statistics.conftest import PeriodsOf

P = dt.date(2024, 9, 20)

ROWS: list[tuple[str, str | None]] = [
    ("In Rhyl, where the council opened a youth hub in ", "scene_started"),
    ("After the force launched its online portal ", "scene_started"),
    ("when Barnardo's set up a service there in ", "scene_started"),
    ("Ministry of Justice figures published ", "figures_published"),
    ("The annual report, released in ", "figures_published"),
    ("Data first issued ", "figures_published"),
    ("Government estimates published ", "figures_published"),
    ("Provisional numbers released on ", "figures_published"),
    ("Figures published by the Home Office ", "figures_published_by"),
    ("Statistics released by the Office for National Statistics on ", "figures_published_by"),
    ("The report, published by Barnardo's in ", "figures_published_by"),
    ("The trust's survey of 1,500 nurses across Wales, published ", "survey_published_aside"),
    ("A poll of parents in Hull, released on ", "survey_published_aside"),
    ("Its review into 300 case files, first issued in ", "survey_published_aside"),
    # near misses: an aside of fieldwork, not of publishing; publishing with no survey
    ("The survey of 900 drivers, carried out ", None),
    ("Officers spoke to 400 people in Swindon, published ", None),
    # near misses: a publisher in lower case, a verb of publishing with no figures
    ("Figures published by the council ", None),
    ("Appeals published by Kent Police ", None),
    # near misses: no start, or a span since the start
    ("In Rhyl, where officers made 40 arrests in ", None),
    ("The hub, which opened in ", None),
    ("Reports have risen since the force launched its app in ", None),
    ("The force published 40 appeals in ", None),
    ("Officers revised the estimates in ", None),
    # near misses: a comparison's earlier level counted when the thing began
    ("42 venues hold the award, up from 17 when the scheme was launched in ", None),
    ("Calls rose to 90, compared with 35 calls when the line opened in ", None),
    # near misses: the things started are a count, the verb's subject (guard counted_start)
    ("In Leigh, where 12 hubs were opened in ", None),
    ("when 40 cameras have been rolled out ", None),
    ("In Crewe, where six wardens were introduced in ", None),
]


def test_every_rule_has_a_row() -> None:
    assert set(PAST_STARTS) == {name for _, name in ROWS if name}


@pytest.mark.parametrize(("before", "expected"), ROWS)
def test_past_start(before: str, expected: str | None) -> None:
    assert past_start(before + "May", len(before)) == expected


SENTENCES: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "In Rhyl, where the council opened a youth hub in May, reports fell to 40.",
        {40: None},
    ),
    (
        "Officers made 61 arrests between June and August, after the force launched a "
        "new unit in May.",
        {61: ("2024-06-01", "2024-08-31")},
    ),
    (
        "Council figures published in March showed 2,140 fly-tipping reports in 2023.",
        {2140: ("2023-01-01", "2023-12-31")},
    ),
    ("Figures released in April show 312 thefts were reported.", {312: None}),
    # the publisher named between the verb and the phrase (figures_published_by)
    (
        "Figures published by the Home Office last week show that 5,214 potential victims "
        "were referred in the second quarter of 2024.",
        {5214: ("2024-04-01", "2024-06-30")},
    ),
    ("Data released by the ONS last month showed 300 thefts.", {300: None}),
    # estimates and numbers come out too (figures_published)
    (
        "Government estimates published last month show that around 290 people were killed "
        "in Great Britain in 2024.",
        {290: ("2024-01-01", "2024-12-31")},
    ),
    ("Estimates released in May show 410 crashes.", {410: None}),
    # the earlier level of a comparison counted when the thing began takes that date
    (
        "Sixty shops now display the sticker, up from 24 when the campaign started in 2022.",
        {60: None, 24: ("2022-01-01", "2022-12-31")},
    ),
    # a count of the things started is counted over the phrase (guard counted_start)
    (
        "In Leigh, where 12 hubs were opened in 2023, visits rose by 9%.",
        {12: ("2023-01-01", "2023-12-31"), 9: None},
    ),
    # what was surveyed between the noun and the aside (survey_published_aside)
    (
        "The charity's survey of 2,000 people aged 16 to 24 across England, published "
        "last month, found that three in ten felt unsafe.",
        {2000: None, 30: None},
    ),
    (
        "A poll of 1,200 parents, released in June, found 45% were worried.",
        {1200: None, 45: None},
    ),
    # the month still dates a figure of its own clause
    ("In Rhyl, officers made 40 arrests in May.", {40: ("2024-05-01", "2024-05-31")}),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_a_start_date_dates_no_figure(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
