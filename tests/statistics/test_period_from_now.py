"""From P to a named end: "from today until the end of May", "from now to 30 April"
(:mod:`pressfacts.statistics.period_from_now`), one row per rule, near misses, and the
next such end when P's year's is past."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.period_from_now import FROM_NOW_RULES
from tests.statistics.conftest import PeriodsOf

P = dt.date(2025, 4, 14)

ROWS: list[tuple[str, str | None, dict[float, tuple[str, str] | None]]] = [
    (
        "From today until the end of June, wardens will hand out 2,000 poo bags.",
        "from_now_to_month_end",
        {2000: ("2025-04-14", "2025-06-30")},
    ),
    (
        "Rangers will run 45 patrols from now to the end of August.",
        "from_now_to_month_end",
        {45: ("2025-04-14", "2025-08-31")},
    ),
    (
        "The force will give out 800 leaflets from today until 31 May.",
        "from_now_to_day",
        {800: ("2025-04-14", "2025-05-31")},
    ),
    (
        "From now till January 6, officers will make 120 checks.",
        "from_now_to_day",
        {120: ("2025-04-14", "2026-01-06")},  # the next 6 January, not the past one
    ),
    (
        "From today until the end of March, volunteers will staff 30 stalls.",
        "from_now_to_month_end",
        {30: ("2025-04-14", "2026-03-31")},  # March of P's year is past: the next one
    ),
    (
        "The council has set aside £85,000 for the rest of this year to keep the wardens on.",
        "rest_of_the_year",
        {85000: ("2025-04-14", "2025-12-31")},
    ),
    (
        "Over the remainder of the year, Kent Police will carry out 64 more checks.",
        "rest_of_the_year",
        {64: ("2025-04-14", "2025-12-31")},
    ),
    (
        "Between now and the end of February, PCSOs will fit 350 door chains in Wrexham.",
        "between_now_and_month_end",
        {350: ("2025-04-14", "2026-02-28")},  # February of P's year is past: the next one
    ),
    (
        "Between today and 30 June the fund will pay for 90 alarms.",
        "between_now_and_day",
        {90: ("2025-04-14", "2025-06-30")},
    ),
    (
        "The crackdown runs until the end of June, and officers will fit 600 shed alarms.",
        "runs_until_month_end",
        {600: ("2025-04-14", "2025-06-30")},
    ),
    (
        "The scheme will continue until the end of January, and Gwent Police will hand out 250 "
        "dash cams.",
        "runs_until_month_end",
        {250: ("2025-04-14", "2026-01-31")},
    ),
    (
        "The trust will put £60,000 into extra counsellors between now and March 2027.",
        "now_to_dated_end",
        {60000: ("2025-04-14", "2027-03-31")},
    ),
    (
        "From today until the end of June 2026, Gwent Police will fund 12 advisers.",
        "now_to_dated_end",
        {12: ("2025-04-14", "2026-06-30")},
    ),
    (
        "Between today and 31 January 2026 the council will fit 75 alarms in Bangor.",
        "now_to_dated_end",
        {75: ("2025-04-14", "2026-01-31")},
    ),
    # what runs now or is to run until a day, a weekday before it allowed (rule
    # runs_until_day)
    (
        "The amnesty will run until Friday 16 May, and officers expect to collect 400 knives.",
        "runs_until_day",
        {400: ("2025-04-14", "2025-05-16")},
    ),
    (
        "The crackdown continues until 9 June, with 70 officers on patrol in Swindon.",
        "runs_until_day",
        {70: ("2025-04-14", "2025-06-09")},
    ),
    # ... and as a sentence of its own, it leads in the paragraph after it (lead-in rule
    # event_runs_until_lead_in); not a figure of a year stated in the next sentence
    (
        "The campaign will run until Friday 16 May. Officers will visit 800 homes in Luton.",
        "runs_until_day",
        {800: ("2025-04-14", "2025-05-16")},
    ),
    (
        "The campaign will run until Friday 16 May. Officers visited 600 homes in 2023.",
        "runs_until_day",
        {600: ("2023-01-01", "2023-12-31")},
    ),
    # a plan's end after "before" in a clause of the future (rule plan_end_before)
    (
        "Officers will hold six property-marking stalls in Exeter before the end of June.",
        "plan_end_before",
        {6: ("2025-04-14", "2025-06-30")},
    ),
    (
        "Volunteers will fit 250 door chains in Yeovil before the scheme ends on 30 May.",
        "plan_end_before",
        {250: ("2025-04-14", "2025-05-30")},
    ),
    (
        "The guild is to hand out 400 shed alarms before the end of term on 4 July.",
        "plan_end_before",
        {400: ("2025-04-14", "2025-07-04")},
    ),
    # near misses: the past; a bare day after "before" (a deadline)
    ("Officers seized 30 bikes in Exeter before the end of March.", None, {30: None}),
    ("The council will fit 90 locks in Yeovil before 30 May.", None, {90: None}),
    ("The operation ran until 9 June and 70 officers took part.", None, {70: None}),
    # near misses: a dated end with no "now" is how long something lasts; an end before P
    ("The PCC will fund 8 advisers until March 2027.", None, {8: None}),
    ("Between now and March 2024 the fund paid for 50 locks.", None, {50: None}),
    # near misses: a run in the past has no start said; a month named after "until" alone
    ("The appeal ran until the end of March and raised £4,000.", None, {4000: None}),
    ("Wardens handed out 90 leaflets until the end of May.", None, {90: None}),
    # near miss: a year is no month end
    ("Between now and 2030 the force will recruit 260 officers.", None, {260: None}),
    # near misses: no start stated; a start that is a day, not today (no span to P)
    ("Officers handed out 300 leaflets until the end of May.", None, {300: None}),
    # (a day to a month's end is a range of its own: rule day_to_month_end)
    (
        "Officers handed out 300 leaflets from 3 March until the end of May.",
        None,
        {300: ("2025-03-03", "2025-05-31")},
    ),
    # an end with its year and no start is how long something lasts: no period, and its
    # month is not read as one (rule until_dated_end)
    (
        "The largest grant, £210,000, will run a refuge until March 2028.",
        "until_dated_end",
        {210000: None},
    ),
    (
        "A worker will be in post until the end of March 2027, with 40 families seen.",
        None,
        {40: None},
    ),
    ("The scheme is free until 31 March 2026 for 300 households.", None, {300: None}),
    # near misses: a start makes it a range; a month of its own is read
    (
        "A further £95,000 will cut the list from September until March 2026.",
        None,
        {95000: ("2025-09-01", "2026-03-31")},
    ),
    ("Officers made 40 arrests in March 2025.", None, {40: ("2025-03-01", "2025-03-31")}),
    # the rest of a day is no span to the year's end
    ("Officers stayed in the area for the rest of the day and stopped 40 cars.", None, {40: None}),
]


def test_every_rule_has_a_row() -> None:
    assert {rule.name for rule in FROM_NOW_RULES} == {name for _, name, _ in ROWS if name}


@pytest.mark.parametrize(("text", "name", "expected"), ROWS)
def test_from_now_to_an_end(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    name: str | None,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
