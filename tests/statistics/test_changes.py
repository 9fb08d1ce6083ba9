"""Changes: one row per change rule, on sentences of our own."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.changes import CHANGE_RULES
from tests.statistics.conftest import ChangesOf

P = dt.date(2024, 3, 5)
"""The publication date of every text of this file."""


CHANGE_ROWS = [
    pytest.param("Hate crime reports halved.", [(50, "percent", "decrease")], id="given"),
    pytest.param("Thefts fell by 18% in Leeds.", [(18, "percent", "decrease")], id="cue-before"),
    pytest.param(
        "Thefts in Leeds rose by only 3%.", [(3, "percent", "increase")], id="cue-before-focus"
    ),
    pytest.param(
        "The council plans to raise the levy by 3.1% in April.",
        [(3.1, "percent", "increase")],
        id="verb-object-by",
    ),
    pytest.param(
        "Thefts in Bury fell fastest, by 23% in 2023.",
        [(23, "percent", "decrease")],
        id="verb-manner-by",
    ),
    pytest.param(
        "Officers saw a 12% month-on-month rise in calls.",
        [(12, "percent", "increase")],
        id="cue-after",
    ),
    pytest.param(
        "Fife and Angus saw the steepest falls, at 22% and 17% respectively.",
        [(22, "percent", "decrease"), (17, "percent", "decrease")],
        id="noun-then-at",
    ),
    pytest.param(
        "The helpline saw a rise in calls from Orkney of nearly a fifth.",
        [(20, "percent", "increase")],
        id="noun-in-then-of",
    ),
    pytest.param(
        "The team answered 260 more calls than in May.",
        [(260, "calls", "increase")],
        id="comparative-after",
    ),
    pytest.param(
        "Reports of robbery rose to 460, a rise of 40, or 9%.",
        [(460, "reports", None), (40, "reports", "increase"), (9, "percent", "increase")],
        id="listed-with",
    ),
    pytest.param(
        "Fees will rise by 2%, which equates to £6 a year.",
        [(2, "percent", "increase"), (6, "pounds", "increase")],
        id="equates-to",
    ),
    pytest.param(
        "Car thefts fell by 11% in the county, and by more than a third in Crawley.",
        [(11, "percent", "decrease"), (33.3, "percent", "decrease")],
        id="and-by-again",
    ),
    pytest.param(
        "Vehicle fires fell by 14% in Salford, and in Trafford by 9%.",
        [(14, "percent", "decrease"), (9, "percent", "decrease")],
        id="and-in-place-by",
    ),
    pytest.param(
        "For most homes that is an extra 31p a week, or £1.34 a month.",
        [(0.31, "pounds", "increase"), (1.34, "pounds", "increase")],
        id="extra-charge",
    ),
    pytest.param(
        "The increase, which works out at about 33p a week, was backed in Gwent.",
        [(0.33, "pounds", "increase")],
        id="rise-at-a-rate",
    ),
    pytest.param(
        "The rise, equivalent to 3.3%, was backed by the Cleveland panel.",
        [(3.3, "percent", "increase")],
        id="change-noun-equal-to",
    ),
    pytest.param(
        "Shoplifting in Bury fell by 14%, compared with 5% across the county.",
        [(14, "percent", "decrease"), (5, "percent", "decrease")],
        id="compared-yardstick-change",
    ),
]


# near misses of rule and-by-again: no change before "and by"; "by" before a month
AND_BY_NEAR_MISSES = [
    (
        "Officers made 40 arrests in Hove, and by Friday 12 people had been charged.",
        [(40, "arrests", None), (12, "people", None)],
    ),
    (
        "Thefts fell by 11% last year, and by March 40 officers had joined.",
        [(11, "percent", "decrease"), (40, "officers", None)],
    ),
]


# rule and-in-place-by: a fronted place ("and in Trafford by 9%", "but across North Ayrshire
# by only 2%") carries the change before it; near misses: a month, no "by", no change before
AND_IN_PLACE_BY_ROWS = [
    pytest.param(
        "Grass fires rose by 40% on 2022, but across North Ayrshire by only 2%.",
        [(40, "percent", "increase"), (2, "percent", "increase")],
        id="but-across-a-two-word-place",
    ),
    pytest.param(
        "Arson fell by 20% in Gwent, and in Newport and Torfaen by almost a quarter.",
        [(20, "percent", "decrease"), (25, "percent", "decrease")],
        id="two-places-and-a-proportion",
    ),
    pytest.param(
        "Thefts fell by 11% in Dover, and in March by 40 votes the plan was approved.",
        [(11, "percent", "decrease"), (40, "votes", None)],
        id="near-miss-a-month",
    ),
    pytest.param(
        "Burglary rose by 12% in Kent, and in Hull 40 people were arrested.",
        [(12, "percent", "increase"), (40, "people", None)],
        id="near-miss-no-by",
    ),
    pytest.param(
        "Officers made 30 arrests in Rhyl, and in Prestatyn by Friday 12 people had been charged.",
        [(30, "arrests", None), (12, "people", None)],
        id="near-miss-no-change-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AND_IN_PLACE_BY_ROWS)
def test_and_in_place_by(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(("text", "expected"), AND_BY_NEAR_MISSES)
def test_and_by_near_misses(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


# a verb of change before a long object: read further back than the qualifier window
LONG_OBJECT_ROWS = [
    ("The panel will cut the fire service share of council tax for a Band B home by £9.",
     [(9, "pounds", "decrease")]),
    ("The plan will raise the policing part of the bill for every Band D property by £21.",
     [(21, "pounds", "increase")]),
    ("The flats were reviewed by 12 officers.", [(12, "officers", None)]),  # no verb of change
    # an object of up to sixteen words
    ("The scheme has cut the number of people held under section 136 of the Mental Health "
     "Act in Bath by 120.", [(120, "people", "decrease")]),
]  # fmt: skip


# a change verb, how it changed, then "by": the verb's change; no change verb, no change
# a rate between a figure and its comparative: still a change ("78p a month more")
RATE_COMPARATIVE_ROWS = [
    ("Households in Band B face 52p a month more than in 2023/24.", [(0.52, "pounds", "increase")]),
    ("Drivers paid £3 a week less than last year.", [(3, "pounds", "decrease")]),
    ("The scheme costs £4 a month.", [(4, "pounds", None)]),  # no comparative
    # the points of a share's change between a figure and its comparative
    ("Trust in the force was two points lower than in 2023/24.", [(2, "points", "decrease")]),
    ("Confidence was 3 percentage points higher than in 2022.", [(3, "points", "increase")]),
    ("The team scored 40 points in the final.", [(40, "points", None)]),  # no comparative
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RATE_COMPARATIVE_ROWS)
def test_a_rate_before_a_comparative(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


MANNER_ROWS = [
    ("Calls to the helpline rose sharply, by 640 in Selby.", [(640, "calls", "increase")]),
    ("Burglaries dropped steeply by 17% in Crewe.", [(17, "percent", "decrease")]),
    ("Arrests in Ely increased most, by 9%.", [(9, "percent", "increase")]),
    ("The patrols finished early, by 40 minutes in Hull.", []),
    ("The hub was opened quickly, by 12 volunteers in Derby.", [(12, "volunteers", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MANNER_ROWS)
def test_verb_of_change_then_its_manner(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(("text", "expected"), LONG_OBJECT_ROWS)
def test_verb_of_change_before_a_long_object(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


def test_every_change_rule_has_a_row() -> None:
    assert {rule.name for rule in CHANGE_RULES} == {row.id for row in CHANGE_ROWS}


@pytest.mark.parametrize(("text", "expected"), CHANGE_ROWS)
def test_change_rules(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count opening a clause of its own after a change is no part of the change
        (
            "Officers detected 910 offences, up 12%, and 164 drivers were reported.",
            [(910, "offences", None), (12, "percent", "increase"), (164, "drivers", None)],
        ),
        (
            "Arrests were up 14% and 40 people were charged.",
            [(14, "percent", "increase"), (40, "people", None)],
        ),
        (
            "Burglary fell by 9%, and 8% of victims had been burgled before.",
            [(9, "percent", "decrease"), (8, "percent", None)],
        ),
        # near misses: figures listed with the change take it
        ("Calls rose by 55, or 8%.", [(55, "calls", "increase"), (8, "percent", "increase")]),
        (
            "Reports rose by 146%, 193% and 186% in the three towns.",
            [
                (146, "percent", "increase"),
                (193, "percent", "increase"),
                (186, "percent", "increase"),
            ],
        ),
    ],
)
def test_a_count_with_a_clause_of_its_own_is_not_listed_with_a_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plural change nouns, with a qualifier between or not
        (
            "Bury and Bolton each recorded falls of around 9% in 2023.",
            [(9, "percent", "decrease")],
        ),
        (
            "Both divisions saw reductions of 6% and 4%.",
            [(6, "percent", "decrease"), (4, "percent", "decrease")],
        ),
        ("The town saw drops of more than 10%.", [(10, "percent", "decrease")]),
        ("The wards had jumps of 30% in calls.", [(30, "percent", "increase")]),
        # near miss: a fall counted, not a fall's size
        ("Officers attended 40 falls in care homes.", [(40, "falls", None)]),
    ],
)
def test_a_plural_change_noun_before_its_size(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The panel backed a precept rise of £13 a year.", [(13, "pounds", "increase")]),
        ("It reported a burglary fall of 8% in Hull.", [(8, "percent", "decrease")]),
    ],
)
def test_a_cue_after_its_noun(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Girls were four times more likely to be targeted.", [(4, "times", None)]),
        ("Girls were four times more likely than boys to be targeted.", [(4, "times", None)]),
        # a multiplier compared with an earlier time is a change
        (
            "Thefts in Hull were three times higher in 2024 than in 2019.",
            [(3, "times", "increase")],
        ),
        ("Thefts in Hull were twice as high last year as in 2019.", [(2, "times", "increase")]),
        ("The charity has 30 staff in Hull.", [(30, "staff", None)]),
        ("Volunteers ran 120 drop-in sessions in Hull.", [(120, "sessions", None)]),
        ("Reports showed a 12% drop in Hull.", [(12, "percent", "decrease")]),
        # a verb's particle is no change
        ("Detectives shut down 14 drug lines in Preston.", [(14, "lines", None)]),
        ("Officers closed down six brothels in Wrexham.", [(6, "brothels", None)]),
        ("The team tracked down 27 suspects in Luton.", [(27, "suspects", None)]),
        ("The trust set up 12 hubs across Devon.", [(12, "hubs", None)]),
        ("The council has put up 35 warning signs in Exeter.", [(35, "signs", None)]),
        ("Wardens are putting up 60 posters across Hull.", [(60, "posters", None)]),
        ("Volunteers signed up 340 households in Ely.", [(340, "households", None)]),
        ("Magistrates handed down 23 fines in Bangor.", [(23, "fines", None)]),
        ("Courts in Truro hand down 40 bans a year.", [(40, "bans", None)]),
        # the particle alone is still a change
        ("Burglaries were down 9% in Bury.", [(9, "percent", "decrease")]),
        ("Thefts were up 31% in Selby.", [(31, "percent", "increase")]),
        # a sum added, not a charge's rise stated as a rate
        ("The panel found an extra £2m for patrols in Hull.", [(2000000, "pounds", None)]),
        # a count that is a part of a whole, after a change and "and": no listed change
        (
            "Thefts of quads rose by 14%, and 9 of the 40 thefts were in Powys.",
            [(14, "percent", "increase"), (9, "thefts", None), (40, "thefts", None)],
        ),
        (
            "Sheep attacks fell by 6%, and 11 of the attacks were near Hexham.",
            [(6, "percent", "decrease"), (11, "attacks", None)],
        ),
    ],
)
def test_no_change_where_none_is_stated(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


# what a verb of providing adds is a level, unless it is compared ("… more … than …")
PROVIDED_ROWS = [
    pytest.param(
        "The grant will pay for 15 extra officers in Swansea.",
        [(15, "officers", None)],
        id="pay-for-extra",
    ),
    pytest.param(
        "The commissioner has funded eight additional caseworkers this year.",
        [(8, "caseworkers", None)],
        id="funded-additional",
    ),
    pytest.param(
        "The charity recruited 30 more volunteers in Ayrshire.",
        [(30, "volunteers", None)],
        id="recruited-more",
    ),
    pytest.param(
        "The commissioner set aside £90,000 to take on four more analysts in Dorset.",
        [(90000, "pounds", None), (4, "analysts", None)],
        id="take-on-more",
    ),
    pytest.param(
        "Cumbria Police appointed 11 additional detectives in Carlisle.",
        [(11, "detectives", None)],
        id="appointed-additional",
    ),
    pytest.param(
        "The money takes the scheme into six more towns in Fife.",
        [(6, "towns", None)],
        id="into-more",
    ),
    pytest.param(
        "The grant is enough for around 300 extra hours of patrols in Powys.",
        [(300, "hours", None)],
        id="enough-for-extra",
    ),
    pytest.param(
        "The £20,000 will be enough for 12 more speed checks in Conwy.",
        [(20000, "pounds", None), (12, "checks", None)],
        id="enough-for-more",
    ),
    pytest.param(
        "Patrols were enough for 40 more arrests than in 2023.",
        [(40, "arrests", "increase")],
        id="enough-for-more-than-is-a-change",
    ),
    pytest.param(
        "The force recruited 45 more officers than in 2022.",
        [(45, "officers", "increase")],
        id="recruited-more-than-is-a-change",
    ),
    pytest.param(
        "Kent Police took on 60 more officers than in 2023.",
        [(60, "officers", "increase")],
        id="took-on-more-than-is-a-change",
    ),
    pytest.param(
        "Officers made 120 more arrests in Swansea.",
        [(120, "arrests", "increase")],
        id="no-verb-of-providing",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROVIDED_ROWS)
def test_what_is_provided_is_a_level(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers recorded 88 bites in Truro in 2024, a quarter more than in 2023.",
            [(88, "bites", None), (25, "percent", "increase")],
        ),
        (
            "Wardens issued 30 fines, two thirds fewer than last year.",
            [(30, "fines", None), (66.7, "percent", "decrease")],
        ),
    ],
)
def test_a_fraction_compared_with_a_yardstick(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a percentage compared with after a level percentage of its sentence is no change,
        # though a change stands in the sentence before
        (
            "Detections fell by 9% last year. The rate was 4.1% in 2024, compared with an "
            "average of 5.2% across Wales.",
            [(9, "percent", "decrease"), (4.1, "percent", None), (5.2, "percent", None)],
        ),
        # near miss: the yardstick of the change itself keeps the change's kind
        (
            "Detections fell by 9% last year, compared with an average of 4% across Wales.",
            [(9, "percent", "decrease"), (4, "percent", "decrease")],
        ),
    ],
)
def test_a_level_percentages_yardstick_is_no_change(
    nlp: Language, changes_of: ChangesOf, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert changes_of(nlp, text, P) == expected
