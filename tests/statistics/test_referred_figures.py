"""Words that make a figure point back to the figure before (``POINTING_BACK``): one row
per rule, near misses, and the period a sum parted out of the sum before takes
(sentences invented for these tests)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.findings import StatisticFinding
from pressfacts.statistics.named_wholes import named_whole
from pressfacts.statistics.referred_figures import POINTING_BACK, points_back

PeriodsOf = Callable[[Language, str, dt.date | None], dict[float, tuple[str, str] | None]]
"""The ``periods_of`` fixture (tests/statistics/conftest.py)."""
AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

# (sentence, offset of the figure, unit, rule name or None)
POINTER_ROWS = [
    pytest.param("That figure is 40 higher.", 15, "people", "that-figure", id="that-figure"),
    pytest.param(
        "The sweep also found 3 machetes.", 21, "machetes", "the-event-again", id="the-event-again"
    ),
    pytest.param("Of these, 12 were girls.", 10, "people", "these-those", id="these-those"),
    pytest.param(
        "The thefts had cost owners £40,000.",
        27,
        "pounds",
        "the-counted-cost",
        id="the-counted-cost",
    ),
    pytest.param("By May 2024 that had fallen to 88.", 31, "", "that-came-to", id="that-came-to"),
    pytest.param("In Ely they fell to 41.", 20, "", "they-came-to", id="they-came-to"),
    pytest.param(
        "In Leek they more than doubled, to 90.", 35, "", "they-came-to", id="they-doubled-to"
    ),
    pytest.param("In Ely they arrested 41 men.", 21, "", None, id="they-arrested-no-level"),
    pytest.param("In Ely they fell by 41.", 20, "", None, id="they-fell-by-no-level"),
    pytest.param(
        "Abuse hit 40%, a figure that rose to 52% among women.",
        37,
        "percent",
        None,
        id="relative-that-rose-to",
    ),
    pytest.param(
        "Whitby's total was almost unchanged, at 88.", 40, "", "place-total", id="place-total"
    ),
    pytest.param(
        "Its total was almost unchanged, at 88.", 35, "", None, id="no-place-before-total"
    ),
    pytest.param("The same 40 officers returned.", 9, "officers", "the-same", id="the-same"),
    # the same span, not the same figure
    pytest.param(
        "The detection rate rose to 31% over the same period, from 27%.",
        57,
        "percent",
        "the-same-span",
        id="the-same-span",
    ),
    pytest.param(
        "Thefts fell in the same six months, to 812.",
        39,
        "",
        "the-same-span",
        id="the-same-six-months",
    ),
    pytest.param(
        "Calls over the same 12 months were 9,400.",
        35,
        "",
        "the-same-span",
        id="the-same-12-months",
    ),
    pytest.param(
        "The money includes £300,000 for two outreach workers.",
        19,
        "pounds",
        "the-sum",
        id="the-sum",
    ),
    pytest.param(
        "This funding will pay for £80,000 of training.",
        26,
        "pounds",
        "the-sum",
        id="the-sum-will-pay",
    ),
    pytest.param("That is 23 fewer than in 2022.", 8, "", "that-is", id="that-is"),
    pytest.param("This was almost 40 more than in May.", 16, "", "that-is", id="this-was-almost"),
    pytest.param("That is an average of 12 a day.", 22, "", None, id="that-is-an-average"),
    pytest.param(
        "That was a rise of 6% on the year before.",
        19,
        "percent",
        "that-was-a-change",
        id="that-was-a-change",
    ),
    pytest.param(
        "The trust said this was an increase of almost 300 on 2022.",
        46,
        "",
        "that-was-a-change",
        id="said-this-was-an-increase",
    ),
    pytest.param(
        "Shoplifting reached 2,100 offences, which was a sharp fall of 9%.",
        62,
        "percent",
        "that-was-a-change",
        id="which-was-a-sharp-fall",
    ),
    pytest.param("There was a rise of 6% in thefts.", 20, "percent", None, id="no-pointing-word"),
    # near misses: no verb of containing; a count, not money; not the sentence's opening
    pytest.param("The money seized was £4,000.", 21, "pounds", None, id="no-containing-verb"),
    pytest.param(
        "The grant will pay for 12 officers.", 23, "officers", None, id="a-count-not-money"
    ),
    pytest.param(
        "Officers said the money includes £9,000.", 33, "pounds", None, id="not-the-opening"
    ),
    pytest.param(
        "Almost two-thirds were grass fires.", 7, "percent", "opening-share", id="opening-share"
    ),
    pytest.param(
        "Over 40% involved a knife.",
        5,
        "percent",
        "opening-share",
        id="opening-share-with-qualifier",
    ),
    pytest.param(  # a gloss in brackets between the share and its verb
        "Nearly a third (31%) came from schools.",
        7,
        "percent",
        "opening-share",
        id="opening-share-with-gloss",
    ),
    pytest.param(  # a share of the things a count before acted on: noun and participle
        "Nearly one in ten of the vehicles checked had a defect.",
        7,
        "percent",
        "opening-share-of-those-done",
        id="opening-share-of-those-done",
    ),
    pytest.param(
        "Almost a third of the drivers stopped were over the limit.",
        7,
        "percent",
        "opening-share-of-those-done",
        id="opening-share-of-those-done-stopped",
    ),
    pytest.param(  # a share of "those", "them" or "these" after it (in component: only
        # after a country's count)
        "Nearly half of those who died had been restrained.",
        7,
        "percent",
        "opening-share-of-those",
        id="opening-share-of-those",
    ),
    pytest.param(
        "Over a third of them were women.", 5, "percent", "opening-share-of-those", id="of-them"
    ),
    pytest.param(  # near miss: no participle, a whole of its own
        "Almost half of the young people were girls.", 7, "percent", None, id="own-whole"
    ),
    pytest.param(  # near miss: a place after the noun, no participle
        "Nearly a third of the drivers in Leeds were fined.", 7, "percent", None, id="own-place"
    ),
    pytest.param(  # near miss: what the brackets hold is no short gloss
        "Nearly a third (a figure the charity called worrying) came from schools.",
        7,
        "percent",
        None,
        id="not-a-long-aside",
    ),
    # a share naming the measure of the share before it again (restated_share); a count
    # after the same words points back by "that-figure"
    pytest.param(
        "Among young women, the figure was 28%.",
        34,
        "percent",
        "share-restated",
        id="share-restated",
    ),
    pytest.param(
        "In Hull, the figure was 310 arrests.", 24, "arrests", "that-figure", id="a-count-restated"
    ),
    # near misses: a count opening its sentence; a share after other words
    pytest.param("Almost 70 were grass fires.", 7, "fires", None, id="a-count-opens"),
    pytest.param("In Hull, 40% involved a knife.", 9, "percent", None, id="a-place-first"),
    pytest.param(
        "Almost half of the patrols were at night.", 7, "percent", None, id="a-share-of-its-own"
    ),
    pytest.param(
        "Over 40 per cent of calls came at night.", 5, "percent", None, id="per-cent-of-its-own"
    ),
    pytest.param(
        "Nearly nine in ten callers were girls.", 7, "percent", None, id="a-noun-of-its-own"
    ),
    # a measure named by its own noun: it follows on, but takes no place (PLACELESS)
    pytest.param(
        "The number of special constables rose to 305.",
        41,
        "special constables",
        "the-number-of",
        id="the-number-of",
    ),
    pytest.param(
        "The total of 12 was a record.", 13, "", "that-figure", id="the-total-of-a-figure"
    ),
    pytest.param(
        "The number of these rose to 305.", 28, "", "that-figure", id="the-number-of-these"
    ),
]


def test_every_pointing_back_rule_has_a_row() -> None:
    assert {rule.name for rule in POINTING_BACK} <= {row.id for row in POINTER_ROWS}


@pytest.mark.parametrize(("sentence", "start", "unit", "expected"), POINTER_ROWS)
def test_points_back(sentence: str, start: int, unit: str, expected: str | None) -> None:
    assert points_back(sentence, start, unit) == expected


def test_a_share_of_those_checked_takes_their_area(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Officers from Kent Police and wardens from Dover District Council checked taxis in "
        "Dover on Friday. Since May, officers have checked 900 vehicles across Kent. Nearly "
        "one in ten of the vehicles checked had a defect."
    )
    assert areas(nlp, text) == [(900, "Kent"), (10, "Kent")]


def test_a_sum_parted_out_takes_the_period_of_the_sum(nlp: Language, periods_of: PeriodsOf) -> None:
    text = (
        "Cumbria's commissioner will spend £1.2m on victims' services in 2025/26. The money "
        "includes £300,000 for outreach workers and £90,000 for a helpline."
    )
    year = ("2025-04-01", "2026-03-31")
    assert periods_of(nlp, text, dt.date(2025, 2, 3)) == {
        1200000: year,
        300000: year,
        90000: year,
    }


# (text, published, {value: (area, period)}): a share "of those <noun>" is a part of the
# last count with that noun, not of the last count of the sentence before
NAMED_WHOLE_ROWS = [
    pytest.param(
        "Avon and Somerset Police logged 1,400 reports of hate crime in 2023/24. Over the "
        "summer, officers made 90 arrests in Bristol. Nearly half of those reports came "
        "from Bath.",
        dt.date(2024, 9, 10),
        {
            1400: ("Avon and Somerset", ("2023-04-01", "2024-03-31")),
            90: ("Bristol", ("2024-06-01", "2024-08-31")),
            50: ("Bath", ("2023-04-01", "2024-03-31")),
        },
        id="the-named-count-not-the-last",
    ),
    pytest.param(
        "Cumbria Police received 620 calls about scams in 2023. In Carlisle, 45 arrests "
        "were made in January. Officers said about a third of those calls came from older "
        "people.",
        dt.date(2024, 2, 1),
        {
            620: ("Cumbria", ("2023-01-01", "2023-12-31")),
            45: ("Carlisle", ("2024-01-01", "2024-01-31")),
            33.3: ("Cumbria", ("2023-01-01", "2023-12-31")),
        },
        id="area-of-the-named-count",
    ),
    pytest.param(
        "Surrey Police took 3,100 reports of fraud in 2025, up from 2,700 reports in 2024. "
        "Older people made up two in five of the reports. Around 800 of the reports came "
        "from Guildford.",
        dt.date(2026, 2, 1),
        {
            3100: ("Surrey", ("2025-01-01", "2025-12-31")),
            2700: ("Surrey", ("2024-01-01", "2024-12-31")),
            40: ("Surrey", ("2025-01-01", "2025-12-31")),
            800: ("Guildford", ("2025-01-01", "2025-12-31")),
        },
        id="of-the-noun-a-share-and-a-count-not-the-yardstick",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), NAMED_WHOLE_ROWS)
def test_a_share_of_a_named_whole_takes_its_area_and_period(
    nlp: Language, text: str, published: dt.date, expected: dict[float, object]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = published
    found = {
        float(f.value): (f.area, (f.period.start.isoformat(), f.period.end.isoformat()))
        for f in nlp(doc)._.statistics
    }
    assert found == expected


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        (" of those reports came from witnesses", "reports"),
        (" of these arrests were in Leeds", "arrests"),
        (" of those 40 arrests were in Leeds", None),  # a figure of its own
        (" of those who reported", None),  # no count is "who"
        (" of all reports", None),  # no pointing word
        (" of the reports came from Leeds", "reports"),
        (" of the 40 arrests", None),  # a figure of its own
    ],
)
def test_named_whole(after: str, expected: str | None) -> None:
    earlier = [
        StatisticFinding(start=0, end=3, value=40, unit="arrests", sentence=0),
        StatisticFinding(start=9, end=12, value=900, unit="reports", sentence=0),
    ]
    whole = named_whole(after, earlier)
    assert (whole.unit if whole else None) == expected


def _records(
    nlp: Language, text: str, published: dt.date
) -> list[tuple[float, str | None, tuple[str, str] | None]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    return [
        (
            float(f.value),
            f.area,
            (f.period.start.isoformat(), f.period.end.isoformat()) if f.period else None,
        )
        for f in nlp(doc)._.statistics
    ]


# a figure restated after a referring word ("Of the 88 people arrested", "those 40
# knives") is the earlier figure, though a lead-in or the sentence before gave it
# another period; its parts take that figure's area and period
RESTATED_ROWS = [
    pytest.param(
        "Dyfed-Powys Police has made 88 arrests since the start of Operation Kestrel in "
        "January.\n\nIn the past three months, 20 of the arrests were in Llanelli and 14 in "
        "Aberystwyth.\n\nOf the 88 people arrested, 31 have been charged.",
        [
            (88.0, "Dyfed-Powys", ("2024-01-01", "2024-03-05")),
            (20.0, "Llanelli", ("2023-12-01", "2024-02-29")),
            (14.0, "Aberystwyth", ("2023-12-01", "2024-02-29")),
            (88.0, "Dyfed-Powys", ("2024-01-01", "2024-03-05")),
            (31.0, "Dyfed-Powys", ("2024-01-01", "2024-03-05")),
        ],
        id="of-the-figure-arrested-and-its-part",
    ),
    pytest.param(
        "Sussex Police seized 40 knives in 2023.\n\nIn the past three months, officers "
        'made 9 arrests in Crawley.\n\nInspector Jo Vale said: "All 40 knives are off '
        'the streets."',
        [
            (40.0, "Sussex", ("2023-01-01", "2023-12-31")),
            (9.0, "Crawley", ("2023-12-01", "2024-02-29")),
            (40.0, "Sussex", ("2023-01-01", "2023-12-31")),
        ],
        id="a-quote-restating-a-figure",
    ),
    pytest.param(
        "Sussex Police seized 19 knives in 2023.\n\nIn the past three months, officers "
        "made 9 arrests in Hastings.\n\nOf the 19 knives, 11 were found in Crawley.",
        [
            (19.0, "Sussex", ("2023-01-01", "2023-12-31")),
            (9.0, "Hastings", ("2023-12-01", "2024-02-29")),
            (19.0, "Sussex", ("2023-01-01", "2023-12-31")),
            (11.0, "Crawley", ("2023-01-01", "2023-12-31")),
        ],
        id="a-part-naming-its-own-place-keeps-it",
    ),
    # quoted, with no referring word: the speaker cites the release's figure
    pytest.param(
        "Suffolk Police seized 57 knives in 2023.\n\nIn the past three months, officers "
        'made 9 arrests in Ipswich.\n\nInspector Ray Dunn said: "57 knives is 57 too '
        'many."',
        [
            (57.0, "Suffolk", ("2023-01-01", "2023-12-31")),
            (9.0, "Ipswich", ("2023-12-01", "2024-02-29")),
            (57.0, "Suffolk", ("2023-01-01", "2023-12-31")),
        ],
        id="a-quoted-figure-without-a-referring-word",
    ),
    # quoted, a round count of another noun: a count of its own
    pytest.param(
        "Suffolk Police made 40 arrests in 2023.\n\nIn the past three months, officers "
        'made 9 arrests in Ipswich.\n\nInspector Ray Dunn said: "We have 40 officers '
        'on the case."',
        [
            (40.0, "Suffolk", ("2023-01-01", "2023-12-31")),
            (9.0, "Ipswich", ("2023-12-01", "2024-02-29")),
            (40.0, "Suffolk", None),  # not 2023's 40 arrests
        ],
        id="a-quoted-round-count-of-another-noun",
    ),
    # quoted with a period of its own that differs: a count of its own
    pytest.param(
        "Suffolk Police seized 57 knives in 2023.\n\nInspector Ray Dunn said: "
        '"We found 57 knives last month alone."',
        [
            (57.0, "Suffolk", ("2023-01-01", "2023-12-31")),
            (57.0, "Suffolk", ("2024-02-01", "2024-02-29")),
        ],
        id="a-quoted-figure-of-its-own-period",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESTATED_ROWS)
def test_a_restated_figure_is_the_earlier_one(
    nlp: Language, text: str, expected: list[tuple[float, str | None, tuple[str, str] | None]]
) -> None:
    assert _records(nlp, text, dt.date(2024, 3, 5)) == expected


def test_an_opening_share_takes_the_area_of_the_figure_before(
    nlp: Language, areas: AreasOf
) -> None:
    text = (
        "North Wales Police and the fire service have launched a campaign.\n\nFirefighters "
        "attended 640 grass fires across Conwy and Denbighshire in 2023. Almost a third were "
        "started deliberately."
    )
    assert areas(nlp, text) == [(640, "Conwy and Denbighshire"), (33.3, "Conwy and Denbighshire")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # a quoted rate of the same unit of time: the figure, its qualifier
            "The Leeds helpline took 86,140 calls in 2024/25. That is 240 calls a day on "
            "average.\n\nIt made 9,300 referrals in the year.\n\n"
            'Ms Okoro said: "Our staff answered around 240 of them every day."',
            [(240, "calls", None, "day", 2)],
            id="quoted-rate-restated",
        ),
        pytest.param(  # a quoted round count of another noun and no rate: a count of its own
            "The Leeds helpline took 86,140 calls in 2024/25 and trained 240 volunteers.\n\n"
            'Ms Okoro said: "We made 240 referrals."',
            [(240, "volunteers", None, None, 1), (240, "referrals", None, None, 1)],
            id="quoted-round-count-of-another-noun",
        ),
        pytest.param(  # a quoted count named by what the earlier count underwent
            "The panel heard 600 cases in 2024/25. Of those, 240 were withdrawn early.\n\n"
            'Ms Okoro said: "Our 240 withdrawals saved months of work."',
            [(240, "cases", None, None, 2)],
            id="quoted-count-named-by-its-event",
        ),
        pytest.param(  # near miss: a quoted round count whose noun is no such verb's
            "The panel heard 600 cases in 2024/25. Of those, 240 were withdrawn early.\n\n"
            'Ms Okoro said: "We trained 240 mentors."',
            [(240, "cases", None, None, 1), (240, "mentors", None, None, 1)],
            id="quoted-round-count-of-another-event",
        ),
    ],
)
def test_a_quoted_repeat_is_the_figure_stated_before(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None, str | None, int]]
) -> None:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 2)
    rows: dict[tuple[float, str], list[StatisticFinding]] = {}
    for finding in nlp(doc)._.statistics:
        if finding.value == 240:
            rows.setdefault((finding.value, finding.unit), []).append(finding)
    assert [
        (value, unit, found[0].qualifier, found[0].per, len(found))
        for (value, unit), found in rows.items()
    ] == expected
    assert all(
        len({(f.qualifier, f.area, f.period) for f in found}) == 1 for found in rows.values()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "In Scotland, calls rose to 310 in 2023. The charity took 4,216 calls across the "
            "UK in 2023. Almost half (47%) came from parents.",
            [(310, "Scotland"), (4216, "UK"), (47, "UK"), (47, "UK")],
            id="glossed-share-of-the-uk-count",
        ),
        pytest.param(  # near miss: the share names a place of its own
            "In Scotland, calls rose to 310 in 2023. The charity took 4,216 calls across the "
            "UK in 2023. In Wales, almost half (47%) came from parents.",
            [(310, "Scotland"), (4216, "UK"), (47, "Wales"), (47, "Wales")],
            id="a-place-of-its-own",
        ),
    ],
)
def test_a_glossed_opening_share_takes_the_area_of_the_figure_before(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    """The share's two wordings are one figure (``restatements``), placed where the first
    stands: a share of the count before (rule ``opening-share``) is in its area."""
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Car thefts in Wiltshire fell to 1,240 in 2024, down from 1,610 in 2023. In Swindon"
            " they fell to 410.",
            [
                (1240, "thefts", "Wiltshire"),
                (410, "thefts", "Swindon"),
                (1610, "thefts", "Wiltshire"),
            ],
        ),
        (
            "Reports of dog attacks in Dorset rose to 520 last year. In Poole they almost"
            " doubled, to 96.",
            [(520, "reports", "Dorset"), (2, "times", "Poole"), (96, "reports", "Poole")],
        ),
        # near miss: "they" with a verb of its own is no level of the counts before
        (
            "Car thefts in Wiltshire fell to 1,240 in 2024. In Swindon they arrested 41 men.",
            [(1240, "thefts", "Wiltshire"), (41, "men", "Swindon")],
        ),
    ],
)
def test_they_came_to_counts_the_noun_before(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    """Pointer ``they-came-to``: the level is kept, counting the noun of the counts before."""
    found = sorted((float(f.value), f.unit, f.area) for f in nlp(text)._.statistics)
    assert found == sorted(expected)
