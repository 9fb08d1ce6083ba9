"""Candidate figures: one row per figure rule and per exclusion rule, sentences of our own."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from unittest import mock

import pytest
import spacy
from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from pressfacts.statistics import figures
from pressfacts.statistics.exclusions import EXCLUSIONS, Exclusion, blocked_spans
from pressfacts.statistics.figures import (
    FIGURE_RULES,
    Figure,
    candidate_figures,
    has_number,
    number_starts,
)
from pressfacts.statistics.rule_gates import GateTable
from pressfacts.statistics.rule_leads import pattern_leads

FIGURE_ROWS = [
    pytest.param("Calls rose 41% in a year.", (41, "percent", None), id="percent"),
    pytest.param("The scheme costs £3.4 million a year.", (3_400_000, "pounds", None), id="money"),
    pytest.param("Tax goes up by 23p a month.", (0.23, "pounds", None), id="pence"),
    pytest.param("Officers found 3kg of cannabis.", (3, "kg", None), id="weight"),
    pytest.param("One in four callers were children.", (25, "percent", None), id="proportion"),
    pytest.param("A quarter of the reports were online.", (25, "percent", None), id="fraction"),
    pytest.param(
        "Sightings fell by as much as half.", (50, "percent", None), id="fraction-as-much-as"
    ),
    pytest.param(
        "Referrals have tripled since the launch.", (3, "times", "increase"), id="multiplier"
    ),
    pytest.param(
        "The rate was twice the rate among other groups.",
        (2, "times", None),
        id="multiple-of-other",
    ),
    pytest.param(
        "Men were twice as likely as women to be searched.",
        (2, "times", None),
        id="twice-as-likely",
    ),
    pytest.param(
        "Calls were three times as many as in 2023.",
        (3, "times", "increase"),
        id="times-earlier-count",
    ),
    pytest.param("Victims were three times more likely to call.", (3, "times", None), id="times"),
    pytest.param(
        "Parents called the line 2,310 times in 2025.", (2310, "occasions", None), id="occasions"
    ),
    pytest.param(
        "Callers waited an average of 52 seconds.", (52, "seconds", None), id="measured-time"
    ),
    pytest.param("Speeds fell by about 6mph.", (6, "mph", None), id="measured-speed"),
    pytest.param("Officers made two dozen arrests.", (24, "", None), id="dozen"),
    pytest.param("The line took a million calls.", (1_000_000, "", None), id="scaled-one"),
    pytest.param("The line took half a million calls.", (500_000, "", None), id="scaled-fraction"),
    pytest.param("Detectives seized 2,418 devices.", (2418, "", None), id="count"),
]


def test_every_figure_rule_has_a_row() -> None:
    assert {rule.name for rule in FIGURE_RULES} == {row.id for row in FIGURE_ROWS}


@pytest.mark.parametrize(("text", "expected"), FIGURE_ROWS)
def test_figure_rules(text: str, expected: tuple[float, str, str | None]) -> None:
    assert [(value, unit, change) for _, _, value, unit, change in candidate_figures(text)] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gardaí seized cannabis worth €1.4 million.", (1_400_000, "euros", None)),
        ("Each fine is €500.", (500, "euros", None)),
        ("The charity raised €2.5m in 2025.", (2_500_000, "euros", None)),
        # near miss: the pound sign keeps its unit
        ("The fund holds £2.5m.", (2_500_000, "pounds", None)),
    ],
)
def test_money_in_euros(text: str, expected: tuple[float, str, str | None]) -> None:
    assert [(value, unit, change) for _, _, value, unit, change in candidate_figures(text)] == [
        expected
    ]


EXCLUSION_ROWS = [
    pytest.param("Ring 01632 960123 for advice.", id="phone"),
    pytest.param("Its detection rate was the highest of the 43 forces.", id="ranked-set"),
    pytest.param("Complaints about the 101 service grew louder.", id="service-number"),
    pytest.param("The force handles 999 and 101 calls.", id="service-number-named"),
    pytest.param("Waits on the 101 phone line grew longer.", id="service-number-described"),
    pytest.param("Rates are given per 100,000 residents.", id="rate-base"),
    pytest.param("Rates are given as thefts for every 1,000 residents.", id="rate-base-for-every"),
    pytest.param(
        "Rates for 2024 for every 1,000 residents are online.", id="rate-base-after-figure"
    ),
    pytest.param("The raid began at 6.30am.", id="time-of-day"),
    pytest.param("The line is staffed until two in the morning.", id="clock-hour"),
    pytest.param("The helpline is open nine till six.", id="opening-hours"),
    pytest.param("Even one crash is one too many.", id="too-many"),
    pytest.param("The pumps may be needed for a day or two.", id="unit-or-two"),
    pytest.param("Catching them is only half the battle.", id="half-idiom"),
    pytest.param("It was launched on 14 March.", id="day-month"),
    pytest.param("It was launched on March 14.", id="month-day"),
    pytest.param("The drop-in ran from 3 to 9 June.", id="day-range"),
    pytest.param("The drop-in ran from June 3 to 9.", id="month-first-day-range"),
    pytest.param("Worried? Text SAFE to 80022 for help.", id="short-code"),
    pytest.param("The unit was set up in 2016.", id="year"),
    pytest.param("The charity marks its 25th birthday.", id="ordinal"),
    pytest.param("A 17-year-old boy was cautioned.", id="age"),
    pytest.param("The pupils, aged 12 to 15, took part.", id="age-range"),
    pytest.param("Losses were highest in the 35 to 44 age group.", id="age-band"),
    pytest.param("The youngest was 12.", id="age-predicate"),
    pytest.param("She is nine now and still guards the yard.", id="age-now"),
    pytest.param("Dealers recruit boys of 13 and 14.", id="age-of-people"),
    pytest.param("Never let a child under five hug a dog.", id="age-under-words"),
    pytest.param("Most of the thefts involved suspects under 18.", id="age-bound-after-person"),
    pytest.param("Now every victim over 65 gets a visit.", id="age-bound-after-one-person"),
    pytest.param("She had a criminal record at 13, and no one noticed.", id="age-at-life-event"),
    pytest.param("Sam Reid, 34, of Hull was jailed.", id="age-after-name"),
    pytest.param("Reports fell in the first half.", id="half-of-year"),
    pytest.param(
        "She must serve half of her prison term before release.", id="share-of-a-sentence"
    ),
    pytest.param("PC 4471 gave evidence.", id="collar-number"),
    pytest.param("He was charged under section 63.", id="reference-number"),
    pytest.param("Crews reached category two and three calls faster.", id="reference-number-word"),
    pytest.param("The Operation Harbour 3 patrols start soon.", id="operation-name"),
    pytest.param("Wardens rode the 7, 22 and 58 routes.", id="route-number-list"),
    pytest.param("Complaints on the 36 route were logged.", id="route-number-named"),
    pytest.param("2. Keep the receipt", id="list-number"),
    pytest.param("The helpline runs 24/7.", id="slash-or-decade"),
    pytest.param("Visit www.example.org/2024 today.", id="web-address"),
    pytest.param("The inquiry took eight months.", id="duration"),
    pytest.param("The course lasts between 18 and 22 weeks.", id="duration-range"),
    pytest.param("The hub opens three evenings a week.", id="schedule"),
    pytest.param("Reports fell over the past two quarters.", id="quarters-of-a-year"),
    pytest.param("Bans rose over the past three seasons.", id="seasons-as-time"),
    pytest.param("Her family has farmed the moor for five generations.", id="generations-as-time"),
    pytest.param("The quarter three report is out.", id="quarter-number"),
    pytest.param("A rise this big over one quarter is rare.", id="one-quarter-as-time"),
    pytest.param("One rider was three times the drink-drive limit.", id="limit-multiple"),
    pytest.param("Most victims were firms employing fewer than 20 people.", id="size-band"),
    pytest.param("Thefts of goods worth £200 or less are dealt with by post.", id="value-ceiling"),
    pytest.param("Officers can seize cash of £1,000 or more at ports.", id="power-floor"),
    pytest.param("The order bars groups of three or more cars.", id="group-size-floor"),
    pytest.param("It is one of the busiest lines.", id="one-of"),
    pytest.param(
        "Behind every burglary there are three frightened neighbours.", id="every-one-there-are"
    ),
    pytest.param("Callers rely on our 100% confidential promise.", id="slogan-percent"),
    pytest.param("Fly-tipping was among their top five worries.", id="top-ranking"),
    pytest.param("Leeds has the region's three busiest stations.", id="count-of-superlatives"),
    pytest.param("Letters go to anyone stopped four times or more.", id="repeat-band"),
    pytest.param("Riders who get reported six times lose their permits.", id="repeat-threshold"),
    pytest.param("He was ordered to carry out 150 hours of unpaid work.", id="sentence-hours"),
    pytest.param("Officers urged riders to think twice before drinking.", id="think-twice"),
    pytest.param("The campaign urges drivers to look twice for bikes.", id="look-twice"),
    pytest.param("The same quad bike was stolen twice in a month.", id="twice-how-often"),
    pytest.param("The man was twice arrested for theft.", id="twice-before-verb"),
    pytest.param("She changed her number twice and had to move.", id="twice-then-clause"),
    pytest.param("No drone may fly within 400 metres of HMP Hull.", id="within-distance"),
    pytest.param("She said the plan failed for three reasons.", id="abstract-count"),
    pytest.param("“Nobody wants to ask a hundred questions,” she said.", id="round-abstract-count"),
    pytest.param("Muggers on two wheels target phone users.", id="on-two-wheels"),
    pytest.param(
        "He said he would rather stop 30 cars and find nothing than miss one.",
        id="would-rather-than",
    ),
    pytest.param("They will drive a hundred miles overnight for a roof.", id="a-round-distance"),
    pytest.param("Tenants were exploited twice over, at work and at home.", id="twice-over"),
    pytest.param("The fall is welcome, but one quarter is not a trend.", id="not-a-trend"),
    pytest.param("The closure was a double blow for the town.", id="article-double-noun"),
    pytest.param("Callers knew the last four digits of the account.", id="digits-of-a-code"),
    pytest.param("Patrols will target the fatal four on rural roads.", id="fatal-four-name"),
    pytest.param(
        "The 12 Scams of Christmas campaign starts in Dorset today.", id="numbered-title-name"
    ),
    pytest.param(
        "If five or more people share a house, it needs a licence.", id="conditional-floor"
    ),
]

# more ways of the same exclusions (ids may repeat a rule's name)
MORE_EXCLUSIONS = [
    pytest.param("Missing People runs the 116 000 helpline.", id="service-number-116"),
    pytest.param("The 116 123 line is free from any phone.", id="service-number-116-line"),
    pytest.param("The box was marked 007 and left.", id="count-leading-zero"),
    pytest.param("Those children went missing more than three times.", id="repeat-band-than"),
    pytest.param("Nobody was stopped more than twice.", id="repeat-band-twice"),
    pytest.param("Drivers were warned after being caught more than five times.", id="repeat-5"),
    pytest.param(
        "For every knife seized there are 12 more on the streets.", id="for-every-there-is"
    ),
    pytest.param("The club runs for 11 to 14-year-olds.", id="age-range-year-olds"),
    pytest.param("Arrests are just half of the job, she said.", id="half-of-the-job"),
    pytest.param("Figures tell only half the story.", id="half-the-story"),
    pytest.param("Sessions suit 8 and 9 year olds.", id="age-range-year-olds-spaced"),
    pytest.param("The office shuts at 17.30 on Fridays.", id="time-of-day-24-hour"),
    pytest.param("The images showed boys aged six to 12.", id="age-range-word-to-digits"),
    pytest.param("Most were girls aged between eleven and thirteen.", id="age-range-in-words"),
    pytest.param("The club is for ages nine-14.", id="age-range-word-hyphen-digits"),
    pytest.param("Staff reply within three working days.", id="duration-working-days"),
    pytest.param("Refunds take up to 10 business days.", id="duration-business-days"),
    pytest.param("Patrols ran over four nights in Hull.", id="duration-nights"),
    pytest.param("It was a two-night crackdown in Leeds.", id="duration-nights-hyphen"),
    pytest.param("Arrests rose for three quarters in a row.", id="quarters-in-a-row"),
    pytest.param("Thefts fell for four consecutive quarters.", id="consecutive-quarters"),
    pytest.param("He will serve at least two-thirds of his sentence.", id="share-of-a-sentence-2"),
    pytest.param("She will spend a third of the term on licence.", id="share-of-a-sentence-3"),
    pytest.param("Funding is half the story.", id="half-idiom-story"),
    pytest.param("Training staff is only half the work, the chief said.", id="half-the-work"),
    pytest.param("She wore size 5 white trainers.", id="reference-number-size"),
    pytest.param("Category 2 to 4 offences are reviewed weekly.", id="reference-number-range"),
    pytest.param("Detections for Groups 1-3 crimes are published.", id="reference-number-groups"),
    pytest.param("Dorset's Group 6 figures are out.", id="reference-number-group"),
    pytest.param(
        "She got a two-year community order with 120 hours of unpaid work.",
        id="sentence-hours-order-with",
    ),
    pytest.param(
        "A suspended sentence and 60 hours of community service were imposed.",
        id="sentence-hours-sentence-and",
    ),
    pytest.param(
        "Magistrates imposed a youth order including ninety hours of unpaid work.",
        id="sentence-hours-order-including-words",
    ),
    pytest.param("Cases closed as outcome 16 are reviewed.", id="reference-number-outcome"),
    pytest.param("Tier three limits on pubs ended in May.", id="reference-number-word-tier"),
    pytest.param("A nurse works four evening shifts each week.", id="schedule-shifts"),
    pytest.param("Medics cover five shifts a week at the hub.", id="schedule-shifts-alone"),
    pytest.param("Priority one incidents get a car.", id="reference-number-word-priority"),
    pytest.param("Only Priority 1 calls are counted here.", id="reference-number-priority-grade"),
    pytest.param("It covers Priority 1 to 3 incidents.", id="reference-number-priority-range"),
    pytest.param("Phase two of the scheme starts now.", id="reference-number-word-phase"),
    pytest.param("Small businesses with under 50 staff can apply.", id="size-band-with"),
    pytest.param("It helps charities that employ up to nine workers.", id="size-band-words"),
    pytest.param("Tools valued at £50 or under are not logged.", id="value-ceiling-valued-at"),
    pytest.param(
        "Border Force has the power to detain sums of £10,000 or over.", id="power-floor-has-power"
    ),
    pytest.param("Hull is in the top 10 hotspots for thefts.", id="top-ranking-digits"),
    pytest.param("It is one of the top three priorities for Kent.", id="top-ranking-one-of"),
    pytest.param("Victims who rang six or more times were called back.", id="repeat-band-words"),
    pytest.param("The forge was run over 3 generations.", id="generations-as-time-digits"),
    pytest.param("Farmers pay for it twice, once to clear it.", id="twice-how-often-pay-for-it"),
    pytest.param("The yard has been raided twice this year.", id="twice-how-often-this-year"),
    pytest.param("He was caught twice by the drone.", id="twice-how-often-caught"),
    pytest.param("The man kicked her twice in the street.", id="twice-how-often-him-her"),
    pytest.param("A youth shoved us twice outside the shop.", id="twice-how-often-us"),
    pytest.param("Patrols cover the city's two largest parks.", id="superlatives-owner"),
    pytest.param("The two biggest depots in Kent were hit.", id="superlatives-the"),
    pytest.param("Wardens met the five most deprived wards.", id="superlatives-most"),
    pytest.param("Victims were girls, some as young as nine.", id="age-as-young-as-word"),
    pytest.param("The riders were as old as seventy.", id="age-as-old-as-word"),
    pytest.param(
        "The estate has been kept by the family for more than seven generations.",
        id="generations-as-time-more-than",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Leeds logged 804 calls, a rate of 0.47 per 1,000 residents.", [804, 0.47]),
        ("The rate in Hull was 1.85 per 10,000 children.", [1.85]),
        ("The rate was 0.25 arrests for each home visited.", [0.25]),
        ("Councils cleared 1.14 million fly-tips last year.", [1_140_000]),
        ("The helpline took 2.35 million calls.", [2_350_000]),
        ("Firms lost 3.75 billion in unpaid fines.", [3_750_000_000]),
        ("The line took 12.5 thousand calls.", [12_500]),
        ("The hub opened at 10.30 on Monday.", []),  # near miss: a time of day
        ("The panel met at 09.15 in Leeds.", []),  # near miss: a 24-hour time
    ],
)
def test_decimals_no_time_is_written_as(text: str, expected: list[float]) -> None:
    """A decimal with one nought before its point, or before "per" or a scale word
    ("million"), is no time of day."""
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers arrested the top 40 offenders in Hull.", [40]),  # no "among"/"in": a count
        ("Wardens ticketed 62 of the top 100 speeders.", [62, 100]),
        # a repeat band bounds how often, not the count of those caught that often
        ("Of them, 214 were caught three times or more.", [214]),
        ("Repeat callers were three times more likely to be hurt.", [3]),
        ("Thefts rose to three times as many in Hull.", [3]),
    ],
)
def test_top_counts_that_are_no_ranking(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses of reference-number-word: a count after a label word
        ("Stage two hundred officers at the event.", [200]),
        # near miss of schedule: shifts counted over a span, not how often
        ("Officers worked 4,000 extra shifts in 2025.", [4000]),
        ("Knife crime is at a level three times higher than in 2019.", [3]),
        ("Officers at every grade, eleven in all, took the course.", [11]),
        # near misses of priority-grade: a count after the grade, a count of grades
        ("Priority 1 calls rose to 2,310 in Kendal.", [2310]),
        ("Dyfed-Powys set 4 priorities for the year.", [4]),
    ],
)
def test_counts_after_a_label_word(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burglary was down a fifth on 2022.", [20]),
        ("Thefts fell a third in Leeds last year.", [33.3]),
        ("Calls went up a quarter.", [25]),
        ("The charity set up a third office.", []),  # an ordinal before its noun
        ("Reports went down a tenth, police said.", [10]),
        ("Arrests fell by around a sixth.", [16.7]),
        ("An eighth of the calls were hoaxes.", [12.5]),
        ("A sixth man was arrested.", []),  # an ordinal before its noun
        ("Two-fifths of them were over 60.", [40]),
        ("It rose by three tenths.", [30]),
        ("Of those stopped, just over a third were drivers.", [33.3]),
        ("Of the callers, a quarter were men.", [25]),
        # a share as the subject of a verb of saying or of what the group did
        ("Three-quarters said they had been followed.", [75]),
        ("Almost two-thirds told the survey they felt unsafe.", [66.7]),
        ("Half lived in the city.", [50]),
        ("He signed half a dozen forms.", [6]),  # no share: six (rule dozen)
        # a fraction compared with a yardstick ("… than") is a change
        ("Thefts in Ely were a fifth higher than in 2023.", [20]),
        ("The unit made 60 arrests, a third fewer than the year before.", [60, 33.3]),
        ("The team hired a third more wardens.", []),  # no "than" after the noun
        # the compared noun between the fraction and "than"
        ("The unit seized 40 knives, a quarter more knives than in 2023.", [40, 25]),
        ("Officers logged a fifth fewer thefts than the year before.", [20]),
        ("Wardens issued a third more parking fines than last year.", [33.3]),
        ("The team hired a third more wardens in Ely.", []),  # near miss: no "than"
        # a word before the noun and the period between it and "than"
        ("Homes in Ely reported a third fewer cold callers in 2024 than the year before.", [33.3]),
        ("Shops logged a fifth more shoplifting offences in May than in April.", [20]),
        ("The team hired a third more wardens for the summer in Ely.", []),  # no "than"
    ],
)
def test_fractions_in_words(text: str, expected: list[float]) -> None:
    assert [round(value, 1) for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-one of the thefts were in Rhyl.", [41]),
        ("Twenty-one of them were cautioned.", [21]),
        ("It was one of the busiest weeks.", []),
    ],
)
def test_a_compound_number_word_ending_in_one_is_a_count(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One hundred and twenty people were arrested.", [120]),
        ("Police arrested one hundred and forty-five men.", [145]),
        ("One thousand two hundred calls were made.", [1200]),
        ("A thousand calls were made.", [1000]),  # "a" scale alone: scaled-one
        ("A dozen officers joined the team.", [12]),  # dozen: "a", a number word or "half a"
        ("Officers made half a dozen arrests.", [6]),
        ("Dozens of officers joined the team.", []),  # vague
        ("He had been stopped a dozen times.", []),  # how often
        ("One hundred people and two dogs were rescued.", [100, 2]),  # "and" then no number
    ],
)
def test_a_scaled_one_with_more_words_is_one_compound(text: str, expected: list[float]) -> None:
    """ "One hundred and twenty" is 120, not "one hundred" (scaled-one) and a stray 20."""
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


# exclusions that set aside one figure of a restatement: the figure left, by value
RESTATED_ROWS = [
    pytest.param("One in four of those stopped (24%) had no licence.", [24], id="bracketed-share"),
]


def test_every_exclusion_has_a_row() -> None:
    rows = [*EXCLUSION_ROWS, *RESTATED_ROWS]
    assert {rule.name for rule in EXCLUSIONS} == {row.id for row in rows}


@pytest.mark.parametrize(("text", "left"), RESTATED_ROWS)
def test_restatements_leave_one_figure(text: str, left: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == left


@pytest.mark.parametrize(
    "text",
    [
        "Two-thirds of the children (67%) were girls.",
        "Nine in 10 callers (91 per cent) got through.",
        "Just over half of 999 calls (52%) were about welfare.",
    ],
)
def test_a_bracketed_percentage_is_the_share(text: str) -> None:
    assert len(candidate_figures(text)) == 1


@pytest.mark.parametrize(
    "text",
    ["Officers made 40 arrests in Kent (12%).", "One in five (of those referred) were boys."],
)
def test_not_a_bracketed_share(text: str) -> None:
    assert len(candidate_figures(text)) == 2 - text.count("(of")


@pytest.mark.parametrize("text", [*EXCLUSION_ROWS, *MORE_EXCLUSIONS])
def test_exclusions_leave_no_figure(text: str) -> None:
    assert candidate_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: a return on money (its "every £1" is a rate's base: rate-base), a
        # tally with no "there are" after "every"
        ("For every £1 spent on the scheme there is £3 saved.", [3]),
        ("Every school in Hull had 30 pupils on the course.", [30]),
    ],
)
def test_every_one_near_misses(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses of twice-how-often: "twice" as a multiple after a verb stays a figure
        ("Thefts of quad bikes rose twice as fast as in 2023.", [2]),
        ("Officers seized twice the number of dogs.", [2]),
        ("Officers seized twice as many dogs as last year.", [2]),
        ("Claims paid twice this figure in 2024.", [2]),
        ("He punched him twice as hard as before.", [2]),  # a multiple after the pronoun
        ("They charged us twice the going rate.", [2]),
        ("Thefts have more than doubled, and are now twice that of 2020.", [2, 2]),
    ],
)
def test_twice_as_a_multiple_near_misses(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # generations-as-time sets aside only the generations: a figure beside them stays;
        # near misses: generations counted (no "for" or "over" before them)
        ("The family has farmed here for four generations and lost 12 ewes.", [12]),
        ("Three generations of one family were arrested in the raid.", [3]),
        ("Two generations of farmers, 14 in all, signed the letter.", [2, 14]),
    ],
)
def test_generations_as_time_and_near_misses(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule outcome-code sets aside only the code: the count beside it stays; near
        # misses: outcomes counted (the number before the word), a count after "outcome:"
        ("Officers recorded 57 outcome 22 deferrals in Dudley.", [57]),
        ("The panel reached 40 outcomes in June.", [40]),
        ("Whatever the outcome, 12 people will be cautioned.", [12]),
    ],
)
def test_outcome_codes_and_near_misses(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers spoke to children aged seven to 10 and 45 parents.", [45]),
        ("The team saw seven to 10 new cases a week.", [7, 10]),  # no "aged": counts
        ("Of 90 pupils, a third were aged 13 or 14.", [90, 33.3]),
        ("Staff aged 15 or 16 and 30 volunteers took part.", [30]),
        ("The team saw 13 or 14 new cases a week.", [13, 14]),  # no "aged": counts
        ("Staff at 14 nightclubs in Derby were trained.", [14]),  # not a duration of nights
        # near misses of count-of-superlatives and the ages in words: counts stay
        ("Two of the largest forces sent 40 officers.", [2, 40]),
        ("The three largest forces made 900 arrests.", [900]),
        ("Officers seized as many as nine cars.", [9]),
        ("The two forces made 16 arrests.", [2, 16]),
        ("Half of the jobs went to women.", [50]),  # not "half the job": a count's share
        ("Half the calls came at night.", [50]),
        ("It grew from three to 12 staff.", [3, 12]),
    ],
)
def test_an_age_range_in_words_leaves_the_counts_beside_it(
    text: str, expected: list[float]
) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


# the ``age`` rule's bare forms: a bound after "were", "people", "victims" with no noun
# the ``service-number`` rule's calls: "999 calls" are emergency calls, not a count
SERVICE_CALL_ROWS = [
    pytest.param("The force answered most 999 calls within seconds.", id="999-calls"),
    pytest.param("Most 999 callers were put through at once.", id="999-callers"),
    pytest.param("Non-emergency 101 calls were answered faster.", id="non-emergency-101"),
    pytest.param("The average wait for a 101 call fell.", id="a-101-call"),
    pytest.param("Its 111 non-emergency line was busy.", id="111-non-emergency"),
    pytest.param("Fewer calls were made to 101 in June.", id="calls-made-to-101"),
    pytest.param("Callers to 111 waited longer.", id="callers-to-111"),
    pytest.param("The board asked about 101 waiting times.", id="101-waiting-times"),
    # rule wait_for_service_calls: the wait, average or response for 101 calls
    pytest.param("The average wait for 101 calls fell sharply.", id="wait-for-101-calls"),
    pytest.param("The response for 111 calls improved in Hull.", id="response-for-111-calls"),
    pytest.param("Of those who had called 101, most gave up.", id="had-called-101"),
    pytest.param("She rang 999 when the men came back.", id="rang-999"),
    pytest.param("Getting through on 101 matters to callers in Leek.", id="on-101-matters"),
    pytest.param("Residents who phoned 101 were told to go online.", id="phoned-101"),
    pytest.param("In Q2 the force took more calls.", id="q-number"),
    pytest.param("Figures for quarter 4 are due.", id="quarter-digit"),
]


@pytest.mark.parametrize("text", SERVICE_CALL_ROWS)
def test_service_calls_leave_no_figure(text: str) -> None:
    assert candidate_figures(text) == []


BARE_AGE_ROWS = [
    pytest.param("Most of the victims in Crewe were under 16.", id="were-under"),
    pytest.param("The scheme is for people under 25.", id="people-under"),
    pytest.param("The victims under 18 were mostly girls.", id="victims-under"),
]


@pytest.mark.parametrize("text", BARE_AGE_ROWS)
def test_bare_ages_leave_no_figure(text: str) -> None:
    assert candidate_figures(text) == []


AGE_BOUND_ROWS = [
    pytest.param("Of those over 65, 12% said they felt unsafe.", [12], id="those-over"),
    pytest.param("It found 27% of people over 70 avoid the tram.", [27], id="people-over"),
    pytest.param(
        "Some 44% of women aged 18 to 24 were harassed, against 9% of those over 60.",
        [44, 9],
        id="a-share-then-those-over",
    ),
    # near misses: a share or a count after "over"
    pytest.param("The rise was seen in those over 40 per cent.", [40], id="over-a-share"),
    pytest.param("Patrols ran on those over 30 routes.", [30], id="over-a-count-of-routes"),
    pytest.param("Officers spoke to over 60 passengers.", [60], id="over-a-count"),
]


@pytest.mark.parametrize(("text", "expected"), AGE_BOUND_ROWS)
def test_an_age_bound_of_people_is_no_figure(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officers made 101 arrests.",
        "Arrests rose to 101 in May.",  # a count, not the line
        "Reports to police rose to 999.",  # a count after "rose to"
        "He called 101 times in one month.",  # a count of times, not the line
        "The team waited for 101 calls to come in.",  # a count: "waited", no wait noun
        "About a quarter of 2,000 calls were hoaxes.",
        "Calls rose by 100% in a year.",
        "Aged care workers made 40 visits.",
        "Reports rose from 120 to 410.",
        "Last year 460 drivers were caught.",  # a period phrase, not "Year 9"
        "Every year 300 calls come in.",
        "In May 46 drivers were caught.",  # no day 46
        "In April 1,200 calls were made.",  # no day "April 1"
        "During Operation Sceptre, 240 knives were handed in.",  # no name before the number
        "The operation led to 12 arrests.",
        "Operation Kestrel ran for a week and 14 vans were stopped.",
        "Officers spent 40 nights on patrol in Hove.",  # a count of nights, no frequency
        "Teams worked 12 nights of operations in Bath.",  # nights put in, not a duration
        "Teams ran two evenings of patrols a week.",  # "of patrols": not a schedule
        "Half of the sentences handed down were suspended.",  # a share of many sentences
        "Half the victims in Kent were under 25.",  # a share of people, not an idiom
        "A third of the terms imposed by the court were for fraud.",
        "Officers dealt with fewer than 10 people on the night.",  # no firm: not a size band
        "Firms reported more than 400 attacks to the centre.",  # no bound before a headcount
        "The centre trained staff at 60 firms with over 2,000 members.",  # members: no staff
        "The support group helped 300 families in Ayr.",  # no number right after "group"
        "Arrests rose from 5 to 12 in Group 2 areas.",  # a range of counts, not of groups
        "A group of 15 youths gathered in Oban.",
        "The helpline took 116 calls in Hull.",  # not a harmonised number: no group after
        "Reports were more than three times higher in Bolton.",  # a multiple: "higher"
        "The rate was more than three times the average.",  # "was" before it
        "Thefts rose by more than three times in Crewe.",
        "Police took more than 2,000 calls.",  # no "times"
        "Offenders completed 5,600 hours of unpaid work in Hull.",  # no order of a court
        # offenders on orders, not an order's own hours
        "Offenders on community orders worked 9,000 hours of unpaid work in Derby.",
        "The order with 40 hours of overtime was signed.",  # overtime, not unpaid work
        "Thieves took goods worth more than £5,000 from the depot.",  # a value stated
        "Goods worth £4,000 or more were stolen in Leek.",  # a floor: the value of the haul
        "Officers seized cash of £2,500 or more from 12 passengers.",  # no power: a haul
        "Officers can seize cash, and took £3,000 from one man.",  # no floor after the power
    ],
)
def test_figures_that_look_like_exclusions_stay(text: str) -> None:
    assert candidate_figures(text)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Of the 90 callers, 31 were aged under 16.", [90, 31]),
        ("The 12 victims were all aged over 75.", [12]),
        ("Some 40 pupils aged below 11 took part.", [40]),
        ("Just under 2,000 calls were logged.", [2000]),
        ("Of the 64 drivers stopped, one in five was under 21.", [64, 20]),
        ("Most of the 300 callers were over 65, and the oldest was 94.", [300]),
        ("Of the 18 victims, the youngest was just 9.", [18]),
        ("Of the 40 people held, 12 were boys, some as young as 13.", [40, 12]),
        ("Victims were as old as 91, the court heard.", []),
        ("The total was under 2,000.", [2000]),  # no age: four digits
        ("Thefts were under 40 in March, down from 75.", [40, 75]),  # no clause end
    ],
)
def test_an_age_bound_is_no_figure(text: str, values: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == values


def test_blocked_spans_are_merged_and_sorted() -> None:
    spans = blocked_spans("Call 101 on 14 March 2021 at 9am.")
    assert spans == sorted(spans)
    assert all(a[1] < b[0] for a, b in pairwise(spans))


@pytest.mark.parametrize("text", EXCLUSION_ROWS)
def test_each_exclusion_is_tried_on_its_own_example(
    text: str, request: pytest.FixtureRequest
) -> None:
    rule = next(r for r in EXCLUSIONS if r.name == request.node.callspec.id)
    assert rule.pattern.search(text)
    assert rule.may_match(text.lower())


def _every_rule_run(text: str) -> list[tuple[int, int]]:
    """The blocked spans with every exclusion run, its ``needs`` unread (the reference)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(m.span() for r in EXCLUSIONS for m in r.pattern.finditer(text)):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_PIECES = [
    "01632 960123", "+44 20 7946 0000", "call 101", "the 999 line", "6.30am", "9 PM",
    "14 March", "Sept 3", "3 to 9 June", "text SAFE to 80022", "in 2016", "25th",
    "a 17-year-old", "AGED 52", "under-18s", "aged 12 to 15", "70 years old", "Sam Reid, 34,",
    "first half", "PC 4471", "Sgt 12", "section 63", "1. Keep", "24/7", "the 1990s",
    "www.example.org", "a@b.org", "eight months", "a six-week", "ONE OF", "100% sure",
    "12 arrests", "£4m", "one in five", "MİNUTE", "ſection", "ınquiry", "Kent", ", ", " ",
    "\n", "five-year", "twenty", "-", "days", "YEAR", "12:15", "3 RD", "18S", "7)", "0",
    "1", ",", "19", ":", "Am", "Op Harbour 3", "OPERATION BLUE 2", "NO. 4", "no 7", "Case",
    "sections", "para", "graph", "s.", "Year 9", "last year ",
]  # fmt: skip


@pytest.mark.parametrize(
    "text", ["It took eight MİNUTES.", "It took eight mİnutes.", "A 16-YEAR-OLD was seen."]
)
def test_exclusions_read_letters_lower_does_not_fold(text: str) -> None:
    assert blocked_spans(text) == _every_rule_run(text) != []


@pytest.mark.parametrize("rule", [r for r in EXCLUSIONS if r.led], ids=lambda r: r.name)
def test_a_led_exclusion_has_leads(rule: Exclusion) -> None:
    assert pattern_leads(rule.pattern)  # else the shared scan would run it everywhere


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_needs_never_skip_a_rule_that_matches(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert blocked_spans(text) == _every_rule_run(text)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["police", "made", "12", "arrests"], True),
        (["seven", "men"], True),
        (["calls", "doubled"], True),
        (["£", "5"], True),
        (["the", "force", "said"], False),
    ],
)
def test_figures_are_looked_for_only_where_numbers_are(words: list[str], expected: bool) -> None:
    assert has_number(words) is expected


@pytest.mark.parametrize(
    "text", [row.values[0] for row in FIGURE_ROWS] + [row.values[0] for row in EXCLUSION_ROWS]
)
def test_looking_only_where_numbers_start_finds_the_same_figures(text: str) -> None:
    tokens = [(t.idx, t.lower_) for t in spacy.blank("en").make_doc(text)]
    assert candidate_figures(text, number_starts(tokens)) == candidate_figures(text)


@pytest.mark.parametrize("text", ["Calls rose 41% to 1,200 in Leeds.", "PC 4471 made 12 arrests."])
def test_a_sentence_read_again_gives_the_same_figures_in_a_list_of_its_own(text: str) -> None:
    starts = number_starts([(t.idx, t.lower_) for t in spacy.blank("en").make_doc(text)])
    first = candidate_figures(text, starts)
    expected = list(first)
    first.clear()  # the caller's list: the cached figures stay whole
    assert candidate_figures(text, starts) == expected != []


@pytest.mark.parametrize(("text", "expected"), FIGURE_ROWS)
def test_each_figure_rule_is_tried_on_its_own_example(
    text: str, expected: tuple[float, str, str | None], request: pytest.FixtureRequest
) -> None:
    rule = next(r for r in FIGURE_RULES if r.name == request.node.callspec.id)
    assert all(literal == literal.lower() for literal in rule.needs)
    assert rule.pattern.search(text)
    assert rule.may_match(text.lower())


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("percent", "Calls rose 41 points."),
        ("money", "It cost 40 pounds."),
        ("fraction", "Some of the reports."),
        ("multiplier", "Referrals rose by three."),
        ("times", "Three time winners."),
        ("scaled-one", "A dozen calls."),
        ("dozen", "Scores of calls."),
        ("scaled-fraction", "Half the calls came at night."),  # no scale after the fraction
        ("pence", "It cost 19 pounds a week."),  # no digit right before a "p"
        ("weight", "Officers seized heroin."),  # no unit right after a digit
        ("proportion", "One of five forces."),  # no "in" between spaces
    ],
)
def test_a_figure_rule_is_spared_a_sentence_without_its_needs_or_hint(name: str, text: str) -> None:
    rule = next(r for r in FIGURE_RULES if r.name == name)
    assert not rule.may_match(text.lower())


def _every_figure_rule_run(text: str, starts: tuple[int, ...] | None) -> tuple[Figure, ...]:
    """The figures with every figure rule run, its ``needs`` and ``hint`` unread (the
    reference)."""
    ungated = tuple(replace(rule, needs=(), hint="") for rule in FIGURE_RULES)
    with (
        mock.patch.object(figures, "FIGURE_RULES", ungated),
        mock.patch.object(figures, "_GATES", GateTable(ungated)),
    ):
        return figures._figures.__wrapped__(text, starts)


_FIGURE_PIECES = [
    *(row.values[0] for row in FIGURE_ROWS), "41%", "18 per cent", "18 PERCENT", "9 per\ncent",
    "£4m", "a fifth", "ONE THIRD", "two-thirds", "rose by a quarter", "halved", "DOUBLED",
    "four-fold", "twice", "3 times more", "one hundred", "a Billion", "\u0130", "\u017f",
    "ha\u0131f", "12", "seven", "one in five", " ", "\n", ", ", "of", "the", "by", "than", "cent",
    "19p", "40P", "p", "2kg", "5 KG", "3 tonnes", "1.5 Oz", "g", "lbs", " in ", "IN", "1 in\n4",
]  # fmt: skip


@given(st.lists(st.sampled_from(_FIGURE_PIECES), max_size=10), st.booleans())
def test_figure_needs_never_skip_a_rule_that_matches(pieces: list[str], at_starts: bool) -> None:
    text = "".join(pieces)
    tokens = [(t.idx, t.lower_) for t in _BLANK.make_doc(text)]
    starts = tuple(number_starts(tokens)) if at_starts else None
    assert figures._figures.__wrapped__(text, starts) == _every_figure_rule_run(text, starts)


_BLANK = spacy.blank("en")


# the ``schedule`` rule: how often something runs is no count
@pytest.mark.parametrize(
    "text",
    [
        "Patrols run on two Saturdays a month.",
        "The drop-in opens one night per week.",
        "Staff visit four mornings every fortnight.",
        "The café hosts advice sessions two afternoons a week.",
    ],
)
def test_schedules_leave_no_figure(text: str) -> None:
    assert candidate_figures(text) == []


# a multiplier written as one word with "fold" is a multiple like "four-fold"
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reports saw a threefold rise.", 3),
        ("Seizures increased tenfold.", 10),
        ("Calls rose four-fold.", 4),
        ("Thefts rose five fold.", 5),
    ],
)
def test_fold_multipliers(text: str, value: float) -> None:
    assert [(v, unit, change) for _, _, v, unit, change in candidate_figures(text)] == [
        (value, "times", "increase")
    ]


def test_a_word_ending_in_fold_is_no_multiplier() -> None:
    assert candidate_figures("The suspect was blindfolded.") == []


# a fraction right after a verb or adverb of change is a figure ("down a third")
@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thefts were down a third.", 33.3),
        ("Thefts were up a quarter.", 25.0),
        ("Thefts rose a fifth.", 20.0),
        ("Thefts have fallen a tenth.", 10.0),
    ],
)
def test_fractions_after_a_change_word(text: str, value: float) -> None:
    assert [(v, unit) for _, _, v, unit, _ in candidate_figures(text)] == [(value, "percent")]


def test_a_fraction_with_no_lead_is_no_figure() -> None:
    assert candidate_figures("The raid ended at a quarter past midnight.") == []


def test_a_count_joined_by_a_hyphen_is_no_count_but_plus() -> None:
    assert [v for _, _, v, _, _ in candidate_figures("A 40-strong team made 40-plus arrests.")] == [
        40
    ]


@pytest.mark.parametrize(
    "text",
    ["The plan runs for two financial years.", "It took three academic years to build."],
)
def test_a_qualified_year_is_a_duration(text: str) -> None:
    assert candidate_figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fraud is now one in every three crimes.", [33.3]),
        ("The permit costs £3.40 a month.", [3.4]),  # money, not a time of day
        ("Burglary was up 12pc in Poole.", [12]),  # "pc" as some papers write per cent
        ("Twelve PCs and 4 PCSOs joined.", [12, 4]),  # police constables, not per cent
        ("The doors open at 9.30 and close at 10.15.", []),  # times of day
    ],
)
def test_shares_and_pence_written_with_a_point(text: str, expected: list[float]) -> None:
    assert [round(value, 1) for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine out of ten drivers wore belts.", [(90, "percent")]),
        ("Officers visited 31 out of 40 schools.", [(77.5, "percent")]),
        ("One in every three calls was silent.", [(33.3, "percent")]),
        ("Guards found phones, about one for every four inmates.", [(25, "percent")]),
        ("Two for every ten vans failed checks.", [(20, "percent")]),
        ("He walked out of the court after 2 days.", []),  # no proportion
        ("They swapped one for five tickets.", [(5, "")]),  # "for" without "every": no share
    ],
)
def test_a_proportion_in_or_out_of(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(value, unit) for _, _, value, unit, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hours of work counted are a figure; hours as time stay a duration
        ("Officers put in 3,200 hours of high-visibility patrols.", [3200]),
        ("Staff reviewed 640 hours of CCTV footage.", [640]),
        # a bare "night" or "day" naming the plural count noun after it (day-or-night-noun)
        ("Wardens carried out 38 night patrols in Ripon.", [38]),
        ("Nurses made 12 day visits to the farm.", [12]),
        ("Specials worked 240 night shifts in Goole.", [240]),
        # "night-time"/"day-time" naming the plural count noun, up to two words on
        # (night-time-noun)
        ("Specials covered 96 night-time economy shifts in Whitby.", [96]),
        ("Officers carried out 140 night-time patrols in Beverley.", [140]),
        ("Wardens made 35 day-time visits to the park.", [35]),
        ("The order set a curfew of nine night-time hours in Filey.", []),  # no count noun
        ("It was a two-night operation in Thirsk.", []),  # hyphened: a duration
        ("Staff went on a five day course in Selby.", []),  # no plural count noun after
        ("Patrols ran for three night hours in Malton.", []),  # "hours" is no count noun
        ("The force paid for 1,150 hours of overtime.", [1150]),
        ("Wardens spent 2,400 hours on foot patrols.", [2400]),
        ("Offenders completed 5,600 hours of unpaid work in Hull.", [5600]),
        ("Volunteers gave 700 hours of their time to the project.", [700]),
        ("Its volunteers gave 41,000 hours last year.", [41000]),
        ("Special constables worked 18,500 hours in 2024.", [18500]),
        ("Specials volunteered 9,300 hours across Dorset.", [9300]),
        ("Specials gave 9,300 hours of duty across Dorset.", [9300]),
        ("The cadet said he had given 310 hours in his first year.", [310]),
        ("Volunteers have given 2,750 hours since May.", [2750]),
        ("The court was given 48 hours to respond.", []),  # a deadline: a duration
        ("The suspect was on duty for 12 hours.", []),
        ("Cadets gave 9,800 hours, up from the 6,100 hours recorded a year before.", [9800, 6100]),
        ("It is double the 2,400 hours logged by specials in 2023.", [2, 2400]),
        ("The search recorded nothing in 48 hours.", []),  # near miss: hours before no verb
        # "accounted for" / a verb of work + "a further" before the hours: time put in
        ("Hull accounted for 4,120 hours, Grimsby for 2,050 and Goole for 880.", [4120, 2050, 880]),
        ("Crews in Selby and Tadcaster worked a further 1,340 hours.", [1340]),
        ("Cadets gave a further 260 hours in the summer.", [260]),
        ("Mentors put in a further 750 hours at weekends.", [750]),
        ("Porters worked a further 10 hours that night.", []),  # one shift: a duration
        # "spent" / "a total of" before 100 hours or more: time put in, counted
        ("Officers spent 3,870 hours with people in crisis.", [3870]),
        ("Volunteers gave up a total of 640 hours over the summer.", [640]),
        ("He spent 36 hours in custody.", []),  # one stretch: a duration
        ("A total of 48 hours passed before the arrest.", []),
        # a total of prison terms stays a duration, however long
        ("Seven members of a gang were jailed for a total of 112 years.", [7]),
        ("The gang were jailed for a total of 1,048 months.", []),
        ("Staff lost a total of 1,200 days to sickness.", [1200]),  # days: time lost
        ("The suspect was held for a further 36 hours.", []),
        ("Magistrates granted officers a further 24 hours to question him.", []),
        ("The delay accounted for the 48 hours it took to reopen the road.", []),
        ("The cordon stayed in place for 1,200 hours.", []),
        ("She was detained within 24 hours of her time in the cell ending.", []),
        ("He spent 12 hours on the roof.", []),
        ("Suspects were held for 36 hours of questioning.", []),
        ("The cordon stayed for 48 hours.", []),
    ],
)
def test_hours_of_work_are_counted(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the ``short-code`` rule: a text number, however the text leads to it
        ("Passengers can text the force on 61016 at any time.", []),
        ("Nearly 300 of those who texted 61016 were travelling alone.", [300]),
        ("Reports to its 61016 text service rose.", []),
        ("Worried passengers can text us on 61016.", []),
        ("A third of the 800 reports were made by text to 61016.", [33.3, 800]),
        ("Some 450 texts to 61016 came from women travelling at night.", [450]),
        # near misses: counts of texts and of people texted
        ("Officers texted 12 people about the delays.", [12]),
        ("The line received 12,500 text messages.", [12500]),
        ("In all 14,200 text reports were logged.", [14200]),
        ("Reports rose from 900 texts to 1,200 texts.", [900, 1200]),
        ("She sent 40 texts to 12 different officers.", [40, 12]),
    ],
)
def test_a_text_number_is_no_figure(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A quarter of a million pounds was seized.", [(250_000, "pounds")]),
        ("Three quarters of a million calls came in.", [(750_000, "calls")]),
        ("One-fifth of calls were abandoned.", [(20, "percent")]),  # a hyphenated fraction
        ("One-third of victims were men.", [(33.3, "percent")]),
    ],
)
def test_fractions_of_a_scale_and_hyphenated_fractions(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(f.value, f.unit) for f in nlp(text)._.statistics] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asian drivers were stopped at 2.7 times the rate of white drivers.", [(2.7, "times")]),
        ("Fines reached five times the national average.", [(5, "times")]),
        (
            "The ratio was 1.8 times, up from 1.6 times a year earlier.",
            [(1.8, "times"), (1.6, "times")],
        ),
        ("In Dudley it was 2.2 times.", [(2.2, "times")]),
        # near misses: how often, and a count of occasions
        ("Victims called 2.5 times a week.", []),
        ("Residents rang the line 64 times in May.", [(64, "occasions")]),
    ],
    ids=[
        "times-the-rate",
        "times-the-average",
        "decimal-after-from",
        "decimal-alone",
        "how-often",
        "occasions",
    ],
)
def test_a_ratio_stated_without_more_likely(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(value, unit) for _, _, value, unit, _ in candidate_figures(text)]
    assert [f for f in found if f[1] in ("times", "occasions")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity spends 86p in every £1 on its helpline.", [0.86]),
        ("For each £1 invested, £4 is saved in court costs.", [4]),
        ("Every £10 donated pays for one call.", [10]),  # no base of a rate
        ("The pilot cost £1 per call answered.", [1]),
    ],
)
def test_every_pound_is_the_base_of_a_rate(text: str, expected: list[float]) -> None:
    """ "86p in every £1": the £1 is the rate's base (exclusion ``rate-base``), no figure."""
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small count of occasions right after a past participle
        ("Paramedics have been assaulted six times this year.", [(6, "occasions")]),
        ("The van was stopped 3 times in May.", [(3, "occasions")]),
        # near misses: a ratio (the ratio rule's), how often, a proportion, no participle
        ("Boys were stopped three times more often.", [(3, "times")]),
        ("He reported nine times out of ten.", []),
        ("It happened four times a week.", []),
        ("Patrols rose four times in the city.", []),
    ],
)
def test_a_small_count_of_occasions(text: str, expected: list[tuple[float, str]]) -> None:
    found = [(value, unit) for _, _, value, unit, _ in candidate_figures(text)]
    assert [f for f in found if f[1] in ("times", "occasions")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tally_of_occasions (thresholds.TALLY_OF_OCCASIONS): "more than N times" with a
        # count of a hundred or more is a tally of occasions, no repeat band
        ("Lifeboats from Wales launched more than 1,400 times in 2025.", [1400]),
        ("Firefighters were called out more than 250 times over the summer.", [250]),
        ("The helpline was rung fewer than 3,000 times last winter.", [3000]),
        # near misses: a band of how often each one was seen, and multiples
        ("Some of the swimmers were rescued more than twice.", []),
        ("Eleven men went missing more than 15 times.", [11]),
        ("The bill was more than 300 times the usual charge.", [300]),
    ],
)
def test_a_tally_of_occasions_is_no_repeat_band(text: str, expected: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rule times_then_span: a small count of occasions told with its span or place
        ("The unit used dispersal orders eight times in the town centre.", [(8, "occasions")]),
        ("Crews were called out six times since May.", [(6, "occasions")]),
        ("Wardens closed the car park four times last year.", [(4, "occasions")]),
        # near misses: a multiple, a streak, how often
        ("Knife crime is three times higher in Hull.", [(3, "times")]),
        ("Thefts rose three times in a row.", []),
        ("Anyone who calls three times in six months gets a review.", []),
        ("A girl who goes missing four times in a month is at risk.", []),
        ("Victims rang four times a day.", []),
    ],
)
def test_small_counts_of_occasions_with_a_span(
    text: str, expected: list[tuple[float, str]]
) -> None:
    found = [(value, unit) for _, _, value, unit, _ in candidate_figures(text)]
    assert [f for f in found if f[1] in ("times", "occasions")] == expected
