"""Stage 3b: figures with value, unit, qualifier, change, area, rate and period."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.findings import CheckFinding
from pressfacts.lexicon.number_words import parse_number
from pressfacts.statistics.figures import (
    candidate_figures,
    number_flag,
    number_starts,
    numbered_sentences,
)

P = dt.date(2024, 3, 5)


def figures(nlp: Language, text: str, published: dt.date | None = P) -> list[dict[str, object]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [
        {
            "text": text[f.start : f.end],
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier,
            "change": f.change,
            "area": f.area,
            "per": f.per,
            "period": (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        }
        for f in doc._.statistics
    ]


def one(nlp: Language, text: str, **expected: object) -> None:
    [found] = figures(nlp, text)
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("written", "value"),
    [("1,747", 1747), ("3.5", 3.5), ("six", 6), ("twenty-five", 25), ("1.2 million", 1_200_000),
     ("25k", 25_000), ("five hundred", 500), ("£1.2m".lstrip("£"), 1_200_000), ("seven", 7)],
)  # fmt: skip
def test_parse_number(written: str, value: float) -> None:
    assert parse_number(written) == value


@given(st.text(max_size=200))
def test_no_text_crashes_the_number_grammar(text: str) -> None:
    parse_number(text)
    for start, end, value, unit, _change in candidate_figures(text):
        assert 0 <= start < end <= len(text)
        assert value >= 0 and (unit in ("", "percent", "pounds", "times") or unit.isalpha())


@given(
    st.from_regex(
        r"(nearly |over |about )?[1-9][0-9]{0,2}(,[0-9]{3})?( per cent|%| people)?", fullmatch=True
    )
)
def test_figure_shaped_text_reads_its_digits(text: str) -> None:
    digits = "".join(c for c in text if c.isdigit())
    found = candidate_figures(text)
    assert found and found[0][2] == float(digits)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Dorset made 1,204 arrests last year.",
            {
                "value": 1204,
                "unit": "arrests",
                "area": "Dorset",
                "period": ("2023-01-01", "2023-12-31"),
            },
        ),
        (
            "Nearly 600 people called the helpline every month.",
            {"value": 600, "unit": "people", "qualifier": "nearly", "per": "month"},
        ),
        (
            "Some 3.5 million images were removed in 2022.",
            {
                "value": 3_500_000,
                "unit": "images",
                "qualifier": "approximately",
                "period": ("2022-01-01", "2022-12-31"),
            },
        ),
        ("Twenty-five officers joined the unit.", {"value": 25, "unit": "officers"}),
        (
            "It received just over 1,000 calls.",
            {"value": 1000, "unit": "calls", "qualifier": "more than"},
        ),
        (
            "Fewer than 40 cases reached court.",
            {"value": 40, "unit": "cases", "qualifier": "less than"},
        ),
        # "under" before a count is a qualifier, not an age ("under 18s" is)
        (
            "Just under 2,000 offences were recorded in Devon.",
            {"value": 2000, "unit": "offences", "qualifier": "nearly", "area": "Devon"},
        ),
        (
            "Under 50 referrals were made in Wiltshire.",
            {"value": 50, "unit": "referrals", "qualifier": "less than"},
        ),
        (
            "In excess of 500 images were seized.",
            {"value": 500, "unit": "images", "qualifier": "more than"},
        ),
        (
            "Close to 900 calls were made last month.",
            {"value": 900, "qualifier": "nearly", "period": ("2024-02-01", "2024-02-29")},
        ),
        ("Roughly 40 arrests were made.", {"value": 40, "qualifier": "approximately"}),
        (
            "At least 12 children were safeguarded.",
            {"value": 12, "unit": "children", "qualifier": "at least"},
        ),
        (
            "Up to 300 devices may be examined.",
            {"value": 300, "unit": "devices", "qualifier": "up to"},
        ),
        # across "of these": the noun after it is the unit
        (
            "About 90 of these reports came from Kent.",
            {"value": 90, "unit": "reports", "qualifier": "approximately", "area": "Kent"},
        ),
        # percentages and changes
        (
            "Reports in Essex rose by 37% since 2021.",
            {
                "value": 37,
                "unit": "percent",
                "change": "increase",
                "area": "Essex",
                "period": ("2021-01-01", "2024-03-05"),
            },
        ),
        (
            "Referrals increased by 146 per cent in Cumbria.",
            {"value": 146, "unit": "percent", "change": "increase"},
        ),
        (
            "Crime fell by 12 percent in the year to March 2023.",
            {
                "value": 12,
                "unit": "percent",
                "change": "decrease",
                "period": ("2022-04-01", "2023-03-31"),
            },
        ),
        (
            "Burglaries were down 8% in Surrey.",
            {"value": 8, "change": "decrease", "area": "Surrey"},
        ),
        ("Calls saw a 20 per cent rise.", {"value": 20, "change": "increase"}),
        # a bare verb of change right before the figure ("rose 193 percent")
        (
            "Reports rose 193 percent in Kent.",
            {"value": 193, "unit": "percent", "change": "increase", "area": "Kent"},
        ),
        ("Thefts fell 12% last year.", {"value": 12, "change": "decrease"}),
        # ... but a count the verb reaches through "to" is no change
        ("The total increased to 500 people.", {"value": 500, "unit": "people", "change": None}),
        ("Police received 25k calls in 2023.", {"value": 25_000, "unit": "calls"}),
        ("Reports fell by a third.", {"value": 33.3, "unit": "percent", "change": "decrease"}),
        # proportions in words
        ("One in five victims was a boy.", {"value": 20.0, "unit": "percent"}),
        (
            "Over half of the referrals came from schools.",
            {"value": 50.0, "unit": "percent", "qualifier": "more than"},
        ),
        # multipliers
        (
            "The number of referrals has more than doubled.",
            {"value": 2, "unit": "times", "qualifier": "more than", "change": "increase"},
        ),
        (
            "Calls almost tripled in Wales.",
            {"value": 3, "unit": "times", "qualifier": "nearly", "area": "Wales"},
        ),
        ("Waiting times have halved.", {"value": 50.0, "unit": "percent", "change": "decrease"}),
        ("There was a four-fold increase.", {"value": 4, "unit": "times", "change": "increase"}),
        # money
        (
            "The charity received £1.2m from the Home Office.",
            {"value": 1_200_000, "unit": "pounds"},
        ),
        # "the North-West" is the North West
        ("Some 80 people from the North-West took part.", {"value": 80, "area": "North West"}),
    ],
)
def test_figures(nlp: Language, text: str, expected: dict[str, object]) -> None:
    one(nlp, text, **expected)


@pytest.mark.parametrize(
    "text",
    [
        "Call the helpline on 0808 1000 900 or 101.",  # phone numbers
        "In 2019 the force was inspected.",  # a year
        "The hearing is on 12 March.",  # a date
        "He was arrested at 6.30am on Friday.",  # a time
        "A 45-year-old man was charged.",  # an age
        "Leanne Hart, 34, was jailed.",  # an age in the court-report idiom
        "It was the first operation of its kind and the 3rd in Kent.",  # ordinals
        "He was charged under section 15 of the Act.",  # a section number
        "Quote reference 4521 when calling.",  # a reference number
        "She was jailed for eight years.",  # a duration
        "It is one of the largest operations.",  # "one of the"
        "Officers worked 24/7 with under 18s.",  # 24/7, under 18s
        "Children under 13 were targeted by under-16s.",  # ages after "under"
        "She was the 2nd caller at 10.30pm on 5 May 2023.",  # ordinal, time and date
        "The six forces worked together.",  # a number that refers, it does not count
        "PC 2345 Jodie Marsh arrested him.",  # a collar number
        "In an emergency dial 999, otherwise ring 111.",  # service numbers where dialled
    ],
)
def test_not_statistics(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


def test_counts_compared_across_two_years(nlp: Language) -> None:
    found = figures(
        nlp, "Reports of fraud rose from 120 in 2022 to 410 in 2023, an increase of 242%."
    )
    assert [(f["value"], f["unit"], f["period"]) for f in found] == [
        (120, "reports", ("2022-01-01", "2022-12-31")),
        (410, "reports", ("2023-01-01", "2023-12-31")),
        (242, "percent", ("2022-01-01", "2023-12-31")),  # a change covers both periods
    ]


def test_a_period_in_a_later_clause_is_not_the_figures(nlp: Language) -> None:
    found = figures(
        nlp, "One in four pupils saw an image, while calls rose by 15% in the past year."
    )
    assert [(f["value"], f["period"]) for f in found] == [
        (25.0, None),
        (15, ("2023-03-01", "2024-02-29")),
    ]


def test_a_named_offence_before_its_noun_and_a_check_in_period_order(nlp: Language) -> None:
    doc = nlp.make_doc(
        "Forces in England and Wales recorded 7,062 Sexual Communication with a Child offences "
        "in 2023/24, almost double the 3,728 recorded in 2017/18."
    )
    doc = nlp(doc)
    found = {(f.value, f.unit, f.area) for f in doc._.statistics}
    assert {
        (7062, "offences", "England and Wales"),
        (3728, "offences", "England and Wales"),
    } <= found
    [double] = [f for f in doc._.statistics if f.unit == "times"]
    assert double.check == CheckFinding(3728.0, 7062.0, 1.89, 2.0, True)  # earlier period first


def test_places_joined_by_and_are_one_area(nlp: Language) -> None:
    one(nlp, "Six men in Bristol and Somerset were charged.", value=6, area="Bristol and Somerset")


def test_both_counties_points_back_to_the_two_named(nlp: Language) -> None:
    found = figures(nlp, "Calls rose in Kent and Essex.\n\nIn both counties, calls doubled.")
    assert [(f["value"], f["area"]) for f in found] == [(2, "Kent and Essex")]


@pytest.mark.parametrize(("text", "value"), [("It took 101 calls.", 101), ("1,999 people", 1999)])
def test_service_numbers_that_count_are_statistics(nlp: Language, text: str, value: int) -> None:
    assert [f["value"] for f in figures(nlp, text)] == [value]


def test_a_week_of_action_is_not_a_rate(nlp: Language) -> None:
    one(nlp, "Officers arrested 92 people during a week of action.", value=92, per=None)


def test_no_check_against_counts_of_another_sentence(nlp: Language) -> None:
    doc = nlp("Referrals went from 200 referrals to 300. Calls rose by 15%.")
    assert all(f.check is None for f in doc._.statistics)


def test_respectively_pairs_places_and_figures(nlp: Language) -> None:
    found = figures(nlp, "Kent, Essex and Sussex saw rises of 10%, 20% and 30% respectively.")
    assert [(f["value"], f["area"], f["change"]) for f in found] == [
        (10, "Kent", "increase"),
        (20, "Essex", "increase"),
        (30, "Sussex", "increase"),
    ]


def test_that_figure_carries_unit_and_area_over(nlp: Language) -> None:
    text = (
        "Between April 2020 and March 2021, 210 people in Devon asked for help. "
        "In the following six months that figure rose to 390, a rise of 86%."
    )
    found = figures(nlp, text, published=None)
    assert [(f["value"], f["unit"], f["area"], f["period"]) for f in found] == [
        (210, "people", "Devon", ("2020-04-01", "2021-03-31")),
        (390, "people", "Devon", ("2021-04-01", "2021-09-30")),
        (86, "percent", "Devon", ("2020-04-01", "2021-09-30")),
    ]


def test_a_yardstick_percentage_is_a_change_over_the_same_period(nlp: Language) -> None:
    # "more than the … average, which is 30 per cent" compares with the rise before it
    text = (
        "Referrals in Kent rose by 46 per cent in 2023. "
        "Kent has more than the national average, which is just over 30 per cent."
    )
    found = figures(nlp, text)
    assert [(f["value"], f["qualifier"], f["change"], f["period"]) for f in found] == [
        (46, None, "increase", ("2023-01-01", "2023-12-31")),
        (30, "more than", "increase", ("2023-01-01", "2023-12-31")),
    ]


def test_a_share_after_a_change_is_not_a_change(nlp: Language) -> None:
    # no comparison words: "37% of victims" is a proportion, not the yardstick of the rise
    found = figures(nlp, "Arrests in Kent rose 20% in 2023. Some 37% of victims were girls.")
    assert [(f["value"], f["change"]) for f in found] == [(20, "increase"), (37, None)]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # the stated change agrees with the counts beside it
        (
            "Referrals went from 200 referrals to 300, a rise of 50%.",
            (200.0, 300.0, 50.0, 50.0, True),
        ),
        # and here it does not
        (
            "Referrals went from 200 referrals to 300, a rise of 80%.",
            (200.0, 300.0, 50.0, 80.0, False),
        ),
        # a multiplier checked against the counts
        ("Calls more than doubled, from 120 calls to 250.", (120.0, 250.0, 2.08, 2.0, True)),
        # counts with no unit of their own: the bare "from X to Y" of the change's sentence
        ("A rise of 103% was recorded, from 1,747 to 3,549.", (1747.0, 3549.0, 103.1, 103.0, True)),
        ("Arrests fell by 20%, from 500 to 400.", (500.0, 400.0, 20.0, 20.0, True)),
    ],
)
def test_change_is_checked_against_its_counts(nlp: Language, text: str, check: tuple) -> None:
    doc = nlp(text)
    [change] = [f for f in doc._.statistics if f.change]
    assert change.check == CheckFinding(*check)


@pytest.mark.parametrize(
    "text",
    [
        # guard ``from_to_not_days``: the days of a date range are no counts to check
        "Fires fell by 18% over the Bonfire period, from 26 October to 5 November.",
        "Thefts rose by 40% during the festival, from 3 to 9 August.",
        "Calls fell by 12% from 1 March to 30 April.",
    ],
)
def test_a_date_range_is_no_counts_to_check(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [f.check for f in doc._.statistics if f.change] == [None]


def test_percentages_from_and_to_are_not_counts_to_check(nlp: Language) -> None:
    # "from 10 per cent to 20 per cent" are points, not counts: 100% is not checked on them
    doc = nlp("Reports rose from 10 per cent to 20 per cent, a rise of 100%.")
    assert all(f.check is None for f in doc._.statistics)


def test_every_config_key_is_used() -> None:
    from pressfacts.extensions import register_extensions

    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("pressfacts_sentences")
    nlp.add_pipe("pressfacts_periods")
    nlp.add_pipe(
        "pressfacts_numbers",
        config={
            "cues": [{"id": "q", "role": "qualifier", "value": "nearly", "words": ["well nigh"]}],
            "places": ["Atlantis"],
        },
    )
    [finding] = nlp("Well nigh 40 boats sailed from Atlantis.")._.statistics
    assert (finding.qualifier, finding.area, finding.unit) == ("nearly", "Atlantis", "boats")


def test_seed_002_helpline_number_is_not_a_statistic(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    doc = nlp(seed_texts["002"])
    assert not any(f.value in (808, 1000, 900) for f in doc._.statistics)
    assert not any(f.value in (2017, 2018) for f in doc._.statistics)


def test_seed_000_offences_last_year_resolve_to_2022(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    text = seed_texts["000"]
    found = figures(nlp, text, published=dt.date(2023, 4, 19))
    offences = next(f for f in found if f["value"] == 25000)
    assert offences == {
        "text": "nearly 25,000", "value": 25000, "unit": "offences", "qualifier": "nearly",
        "change": None, "area": "North West", "per": None, "period": ("2022-01-01", "2022-12-31"),
    }  # fmt: skip
    rise = next(f for f in found if f["value"] == 37)
    assert (rise["change"], rise["period"]) == ("increase", ("2021-01-01", "2022-12-31"))


def test_seed_001_north_west_average_is_a_rise_over_the_comparison(
    nlp: Language, seed_texts: dict[str, str]
) -> None:
    found = figures(nlp, seed_texts["001"], published=None)
    average = next(f for f in found if f["value"] == 100)
    assert average == {
        "text": "just over 100 per cent", "value": 100, "unit": "percent",
        "qualifier": "more than", "change": "increase", "area": "North West", "per": None,
        "period": ("2017-07-01", "2018-07-31"),
    }  # fmt: skip


def test_seed_004_checks_agree(nlp: Language, seed_texts: dict[str, str]) -> None:
    doc = nlp(seed_texts["004"])
    checks = [f.check for f in doc._.statistics if f.check]
    assert CheckFinding(163.0, 477.0, 192.6, 193.0, True) in checks
    assert CheckFinding(1747.0, 3549.0, 2.03, 2.0, True) in checks


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No figures here at all.",
        "Two men were held. A third of 1,200 calls came at night. £4.5m was seized.",
        "Calls doubled in Leeds, rising four-fold since one million leaflets went out!",
        "12 arrests. 7 more\n\nFifty-five visits and a quarter of the 300 sites.",
    ],
)
def test_number_starts_from_the_lexeme_flag_are_those_of_the_tokens(
    nlp: Language, text: str
) -> None:
    doc = nlp(text)
    sentences, numbered = numbered_sentences(doc, number_flag(nlp.vocab))
    assert sentences == [(s.start_char, s.end_char) for s in doc.sents]
    assert numbered == [
        number_starts([(t.idx - s.start_char, t.lower_) for t in s]) for s in doc.sents
    ]


# qualifiers of several words: the longest cue before the figure wins ("no fewer than" is
# "at least", not "less than")
@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Durham Police made as many as 300 arrests.", "up to"),
        ("Durham Police made no more than 20 arrests.", "up to"),
        ("Durham Police made a maximum of 12 arrests.", "up to"),
        ("Durham Police made no fewer than 80 arrests.", "at least"),
        ("Durham Police made no less than 80 arrests.", "at least"),
        ("Durham Police made in the region of 600 arrests.", "approximately"),
        ("Durham Police made fewer than 50 arrests.", "less than"),
        ("Durham Police made the best part of 1,000 arrests.", "nearly"),
        ("Durham Police made getting on for 300 arrests.", "nearly"),
        ("Durham Police made well over 100 arrests.", "more than"),
        ("Durham Police seized north of £2m in cash.", "more than"),
        # "then" for "than", a reprint's common typo
        ("Durham Police made more then 100 arrests.", "more than"),
        ("Durham Police made fewer then 50 arrests.", "less than"),
        ("Durham Police made more stops, then 100 arrests.", None),  # a sequence
        ("Durham officers spent a week knocking on 300 doors.", None),  # no "knocking on"
    ],
)
def test_qualifiers_of_several_words(nlp: Language, text: str, qualifier: str) -> None:
    [found] = figures(nlp, text)
    assert found["qualifier"] == qualifier


@pytest.mark.parametrize(
    ("text", "unit", "qualifier"),
    [
        ("Durham Police took 500+ calls in May.", "calls", "more than"),
        ("Durham Police made 50 or more arrests in May.", "arrests", "at least"),
        ("Durham Police seized £40,000-plus in May.", "pounds", "more than"),
        ("Durham Police made 40-plus arrests in May.", "arrests", "more than"),
    ],
)
def test_qualifiers_after_the_figure(nlp: Language, text: str, unit: str, qualifier: str) -> None:
    [found] = figures(nlp, text)
    assert (found["unit"], found["qualifier"]) == (unit, qualifier)
