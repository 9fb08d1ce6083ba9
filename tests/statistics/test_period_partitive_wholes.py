"""A named part's count "of the <things>" takes the period of the sentence that counted
them, past nearer sentences about another measure (``period_partitive_wholes``). Every
sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_partitive_wholes import PARTITIVE_OPENINGS
from tests.statistics.conftest import PeriodsOf

P = dt.date(2026, 3, 4)

ROWS = [
    pytest.param(
        "Cheshire's hub helped 4,210 victims and families between April and December last "
        "year. It offers advice by phone and in person. The average wait for a callback fell "
        "to nine days in the quarter to the end of September. Warrington accounted for 1,130 "
        "of the families the hub helped, and Crewe for 870.",
        {1130.0: ("2025-04-01", "2025-12-31"), 870.0: ("2025-04-01", "2025-12-31")},
        id="past-a-sentence-about-another-measure",
    ),
    pytest.param(
        "Officers in Kent made 2,950 referrals in 2025. Some 41% of callers were repeat "
        "victims in the last three months. Medway made up 611 of those referrals.",
        {611.0: ("2025-01-01", "2025-12-31")},
        id="made-up-of-those",
    ),
    pytest.param(
        "Wardens in Leicester supported 268 older tenants during 2025. The team logged 41 "
        "fraud reports in January. Of the tenants supported, about one in four lived alone.",
        {25.0: ("2025-01-01", "2025-12-31")},
        id="of-the-noun-done-shares",
    ),
    # near misses: the noun counted nowhere before, or the nearest sentence counts it
    pytest.param(
        "The charity helped 1,940 victims of fraud in 2025. Calls now come in at a rate of "
        "about 90 a week. Of those it supported, 311 had lost their savings.",
        {311.0: ("2025-01-01", "2025-12-31")},
        id="of-those-it-supported-past-a-rate-held-now",
    ),
    pytest.param(
        "Volunteers visited 860 older residents in 2025. Helpline calls now run at a rate of "
        "about 40 a day. Of the people they met, 40% lived alone.",
        {40.0: ("2025-01-01", "2025-12-31")},
        id="of-the-people-they-met",
    ),
    pytest.param(
        "Officers in Kent made 2,950 referrals in 2025. In January, 310 calls were logged. "
        "Medway accounted for 61 of the calls.",
        {61.0: ("2026-01-01", "2026-01-31")},
        id="the-nearest-sentence-counts-the-noun",
    ),
    pytest.param(
        "Officers in Kent made 2,950 referrals in 2025. In January, 310 calls were logged. "
        "Medway accounted for 61 of the complaints.",
        {61.0: ("2026-01-01", "2026-01-31")},
        id="a-noun-counted-nowhere-keeps-the-back-reference",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_part_takes_its_whole_s_period(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: dict[float, object]
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("Wigan accounted for 310 of the witnesses", "witnesses"),
        ("Leeds and Bradford together made up nearly 900 of these calls", "calls"),
        ("Hull accounted for the rest of the calls", None),
        ("Hull accounted for 40% of the calls", None),
    ],
)
def test_partitive_openings(opening: str, noun: str | None) -> None:
    found = PARTITIVE_OPENINGS["part_accounted_of_the_noun"].match(opening)
    assert (found.group("noun") if found else None) == noun


@pytest.mark.parametrize(
    ("opening", "noun"),
    [
        ("Of the adults helped, around two in five", "adults"),
        ("Of those victims identified, 40%", "victims"),
        ("Of the calls taken, half", "calls"),
        # near misses: a count restated, no participle, no comma after it
        ("Of the 143 adults helped, 12", None),
        ("Of the victims, 40%", None),
        ("Of the calls answered within a minute most", None),
    ],
)
def test_of_the_noun_done(opening: str, noun: str | None) -> None:
    found = PARTITIVE_OPENINGS["of_the_noun_done"].match(opening)
    assert (found.group("noun") if found else None) == noun


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part "of the <done> <noun>" takes the period of the sentence that counted the
        # noun with that verb, past a lead-in between (``part_of_the_done_noun``)
        ("Sefton Council revoked the licences of 22 private hire drivers in the year to "
         "March 2025. Since January, 640 drivers have passed the new test. Four of the revoked "
         "drivers had failed to renew their insurance.",
         {640: ("2026-01-01", "2026-03-04"), 4: ("2024-04-01", "2025-03-31")}),
        ("Dyfed-Powys Police seized 48 quad bikes in 2025. Since December, 19 bikes have been "
         "returned to owners. Nine of the seized bikes had false plates.",
         {19: ("2025-12-01", "2026-03-04"), 9: ("2025-01-01", "2025-12-31")}),
        # the verb and noun name one count: read further back, past comment (``DONE_SENTENCES``)
        ("Wirral Council revoked the licences of 31 taxi drivers in 2025. Checks are made "
         "every week. Drivers must pass a safeguarding course. The course is free. It takes "
         "a morning. Officers welcome the change. Since January, 212 drivers have passed. "
         "Seven of the revoked drivers had hidden convictions.",
         {212: ("2026-01-01", "2026-03-04"), 7: ("2025-01-01", "2025-12-31")}),
        # a participle not in -ed (``IRREGULAR_DONE``); a whole told on no day leaves its
        # part undated, past a day stated between (``undated_done_whole``)
        ("Gwent Police recovered 30 vans in 2025. Since January, 12 vans have been sold. "
         "Five of the stolen vans had cloned plates.",
         {12: ("2026-01-01", "2026-03-04"), 5: ("2026-01-01", "2026-03-04")}),
        ("In Gwent, 40 vans were stolen in 2025. Since January, 12 vans have been sold. "
         "Five of the stolen vans had cloned plates.",
         {12: ("2026-01-01", "2026-03-04"), 5: ("2025-01-01", "2025-12-31")}),
        ("Police said 27 cars were stolen in Luton. Two men were arrested on Thursday. Eleven "
         "of the stolen cars have been recovered.",
         {27: None, 11: None}),
        # near misses: no sentence before counts the noun with the verb; a plain part
        ("Surrey Police stopped 80 taxis in 2025. Since January, 35 taxis have been tested. "
         "Six of the licensed taxis failed.",
         {6: ("2026-01-01", "2026-03-04")}),
        ("Surrey Police stopped 80 taxis in 2025. Since January, 35 taxis have been tested. "
         "Six of the taxis failed.",
         {6: ("2026-01-01", "2026-03-04")}),
    ],
)  # fmt: skip
def test_part_of_the_done_noun(
    nlp: Language, periods_of: PeriodsOf, text: str, expected: object
) -> None:
    found = periods_of(nlp, text, P)
    assert {value: found.get(value) for value in expected} == expected


@pytest.mark.parametrize(
    ("opening", "found"),
    [
        ("Of those it supported, 412 had been burgled", True),
        ("Of the people they helped, 40% were women", True),
        ("Of those we have met, about half", True),
        ("Of those, 40 were charged", False),  # no verb: the usual back-reference
        ("Of those arrested, 12 were women", False),  # no pronoun subject
    ],
)
def test_of_those_it_did(opening: str, found: bool) -> None:
    """Rule ``of_those_it_did``: a part of the people a pronoun's verb counted."""
    assert bool(PARTITIVE_OPENINGS["of_those_it_did"].match(opening)) is found
