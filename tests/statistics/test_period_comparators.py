"""Words before a period that make it the earlier half of a comparison with the main
period stated before it ("compared with 71 in 2018-19", "3 per cent lower on 2020-21"),
and near misses where they do not (moved out of ``test_period_rules``)."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.periods import find_period_phrases
from tests.statistics.conftest import PeriodsOf

P = dt.date(2021, 7, 14)

# the words before a period that make it the earlier half of a comparison with the
# main period stated before it: (text, P, (kind, start, end, anchor) of the last phrase)
COMPARATORS: dict[str, tuple[str, dt.date | None, tuple[str, str, str, tuple[str, str] | None]]] = {
    "on_financial_year": (
        "Thefts in 2021/22 were 3 per cent lower on 2020-21",
        None,
        ("previous", "2020-04-01", "2021-03-31", ("2021-04-01", "2022-03-31")),
    ),
    "than_relative_span": (
        "Between March and May, calls were 9% above than the first three months of last year",
        P,
        ("previous", "2020-01-01", "2020-03-31", ("2021-03-01", "2021-05-31")),
    ),
    "compared_with_figure_in": (
        "There were 88 thefts in 2019-20, compared with 71 in 2018-19",
        None,
        ("previous", "2018-04-01", "2019-03-31", ("2019-04-01", "2020-03-31")),
    ),
    "not_after_in": (
        "There were 88 thefts in 2019-20 and 71 in 2018-19",
        None,
        ("explicit", "2018-04-01", "2019-03-31", None),
    ),
    # comparator words with no later period after the one stated before: a bare yardstick
    "bare_yardstick_first": (
        "Calls to the helpline were up 11% on 2019-20",
        None,
        ("baseline", "2019-04-01", "2020-03-31", None),
    ),
    "bare_yardstick_within_a_wider_span": (
        "Over the five years to March 2021 there were 900 thefts. In Bala, there were 61, "
        "a rise of 9 on 2019-20",
        None,
        ("baseline", "2019-04-01", "2020-03-31", None),
    ),
    "not_a_later_period": (
        "In 2018-19 there were 71, against 2019-20 when there were 88",
        None,
        ("explicit", "2019-04-01", "2020-03-31", None),
    ),
}


@pytest.mark.parametrize("name", list(COMPARATORS), ids=list(COMPARATORS))
def test_comparator_words_make_the_earlier_half(name: str) -> None:
    text, published, (kind, start, end, anchor) = COMPARATORS[name]
    last = find_period_phrases(text, published)[-1]
    got_anchor = (last.anchor[0].isoformat(), last.anchor[1].isoformat()) if last.anchor else None
    assert (last.kind, last.start.isoformat(), last.end.isoformat(), got_anchor) == (
        kind,
        start,
        end,
        anchor,
    )


# a count before a bare yardstick is of the later period left unsaid: the main period of
# the sentences before, else the lead's; the change spans from the yardstick to it
LATER_LEVELS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Gwent Police recorded 2,400 burglaries in 2020/21. Over the five years to March "
        "2021, it recorded more than 11,000 burglaries. In Newport, officers logged 610 "
        "burglaries, a rise of 45 on 2019/20.",
        {
            2400: ("2020-04-01", "2021-03-31"),
            11000: ("2016-04-01", "2021-03-31"),
            610: ("2020-04-01", "2021-03-31"),
            45: ("2019-04-01", "2021-03-31"),
        },
    ),
    (
        "Surrey Police answered 9,100 calls in 2020. Most came at weekends. In Woking, "
        "staff took 800 calls, up 12% on 2019.",
        {
            9100: ("2020-01-01", "2020-12-31"),
            800: ("2020-01-01", "2020-12-31"),
            12: ("2019-01-01", "2020-12-31"),
        },
    ),
    # nothing later stated before: the count stays undated, not the yardstick's
    (
        "Staff in Woking took 800 calls, up 12% on 2019.",
        {800: None, 12: ("2019-01-01", "2019-12-31")},
    ),
    # the yardstick's own count, right before its period, is of that period
    (
        "Burglaries in Woking fell to 310, compared with 420 in 2016/17.",
        {310: None, 420: ("2016-04-01", "2017-03-31")},
    ),
    (
        "Fraud losses in Woking rose to £3.1m, against £1.2m during 2018.",
        {3100000: None, 1200000: ("2018-01-01", "2018-12-31")},
    ),
    (
        "Thefts in Woking rose to 640, up from 309 thefts in 2024.",
        {640: None, 309: ("2024-01-01", "2024-12-31")},
    ),
    # near miss: the comparison's words open the phrase, so the count before is not its
    ("Woking had 310 arrests compared with 2019.", {310: None}),
]


@pytest.mark.parametrize(("text", "expected"), LATER_LEVELS)
def test_a_count_before_a_bare_yardstick(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


# "since" an event dated by a month and year: from that month to P
SINCE_EVENTS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "Reports to the charity have grown by 31% since the government published its "
        "review in November 2019.",
        {31: ("2019-11-01", "2021-07-14")},
    ),
    (
        "Since the force began its drone trial in April 2020, officers have found 17 "
        "missing people.",
        {17: ("2020-04-01", "2021-07-14")},
    ),
    (
        "Referrals have doubled since the launch of the Safe Spaces scheme in June 2019.",
        {2: ("2019-06-01", "2021-07-14")},
    ),
    # the year told from P: "last year", "this year"
    (
        "Since the hub was opened in March last year, staff have seen 410 victims.",
        {410: ("2020-03-01", "2021-07-14")},
    ),
    (
        "Calls have risen by 12% since the helpline was relaunched in February this year.",
        {12: ("2021-02-01", "2021-07-14")},
    ),
    # near miss: no "since", the month alone
    ("Officers made 26 arrests in March last year.", {26: ("2020-03-01", "2020-03-31")}),
    # an event after P dates nothing
    ("Fines have risen by 8% since the law changed in May 2022.", {8: None}),
    ("Fines have risen by 6% since the rules changed in October this year.", {6: None}),
]


@pytest.mark.parametrize(("text", "expected"), SINCE_EVENTS)
def test_since_an_event_in_a_month(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected


# the level a "from X … to Y" reaches takes the period after it, not the first level's
REACHED_LEVELS: list[tuple[str, dict[float, tuple[str, str] | None]]] = [
    (
        "The share of repeat victims fell from 46% for those referred in 2018/19 to 39% "
        "for those referred in 2019/20.",
        {46: ("2018-04-01", "2019-03-31"), 39: ("2019-04-01", "2020-03-31")},
    ),
    (
        "Completion rose from 58% among the men who started in 2018 to 64% among those "
        "who started in 2019.",
        {58: ("2018-01-01", "2018-12-31"), 64: ("2019-01-01", "2019-12-31")},
    ),
    # near misses: no period after the level reached; a period right before each level
    (
        "Thefts rose from 130 in May to 170.",
        {130: ("2021-05-01", "2021-05-31"), 170: ("2021-05-01", "2021-05-31")},
    ),
    (
        "Arrests rose from 30 in 2019 to 45 in 2020.",
        {30: ("2019-01-01", "2019-12-31"), 45: ("2020-01-01", "2020-12-31")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACHED_LEVELS)
def test_a_reached_level_takes_the_period_after_it(
    nlp: Language,
    periods_of: PeriodsOf,
    text: str,
    expected: dict[float, tuple[str, str] | None],
) -> None:
    assert periods_of(nlp, text, P) == expected
