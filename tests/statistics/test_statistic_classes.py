"""Classes of figure read wrongly before (issue 10): limit multiples, school years, level
verbs, a count before its change, "since" a day. Sentences of our own, positives and
near-misses, read by the whole pipeline."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.level_subjects import level_subject
from pressfacts.statistics.thresholds import LIMIT_MULTIPLE

Row = tuple[float, str, str | None, str | None]
"""(value, unit, change, period "start..end" or None) of one statistic."""


def read(nlp: Language, text: str) -> list[Row]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 20)
    doc = nlp(doc)
    return [
        (f.value, f.unit, f.change, f"{f.period.start}..{f.period.end}" if f.period else None)
        for f in doc._.statistics
    ]


LIMIT_ROWS = [
    ("twice the legal limit", True),
    ("more than three times the drink-drive limit", True),
    ("four times over the speed limit", True),
    ("double the alcohol threshold", True),
    ("twice the number of arrests", False),  # no limit: a multiple of a count
    ("doubled the limit", False),  # a change of the limit itself
    ("three times more likely to exceed the limit", False),  # a ratio, not of the limit
]


@pytest.mark.parametrize(("words", "is_limit"), LIMIT_ROWS)
def test_limit_multiple(words: str, is_limit: bool) -> None:
    assert bool(LIMIT_MULTIPLE.search(words)) is is_limit


LEVEL_ROWS = [
    ("Burglaries reached ", "burglaries"),
    ("Calls to the helpline totalled more than ", "calls"),
    ("In June, thefts in the town centre stood at ", "thefts"),
    # two openings: a part of the area and the places it holds
    ("In the west of the county, Bude and Launceston, serious-injury crashes fell to ", "crashes"),
    ("In the north, Alnwick, thefts fell from ", "thefts"),
    # the noun of a superlative beside the count
    ("Quad bikes made up a third of it, and Melton had the most thefts, ", "thefts"),
    ("Hove saw the highest number of arrests, with ", "arrests"),
    # a superlative of two places ranked together: plural "numbers", "shares"
    ("Bury and Rochdale had the highest numbers of referrals, with ", "referrals"),
    ("Ayr and Irvine took the largest shares of the grants, at ", "grants"),
    ("Bury and Rochdale had the highest numbers of referrals since ", None),  # no count
    ("Hove saw the most arrests since ", None),  # no count in apposition
    # a comparison with everywhere else names the counted noun too
    ("Wrexham saw more burglaries than anywhere else in the region, with ", "burglaries"),
    ("Rhyl recorded fewer thefts than any other town, at ", "thefts"),
    ("Rhyl recorded more thefts than in 2023, with ", None),  # no "anywhere else"
    ("Referrals have risen to ", "referrals"),
    ("Officers reached ", "officers"),  # the noun after the count is read first
    ("The team reached ", None),  # no plural subject
    ("Police said thefts reached ", "thefts"),  # reported speech: its subject
    ("Sgt Jo Bell, of the dog unit, said that thefts of dogs had fallen to ", "thefts"),
    ("Police said the number of thefts had fallen to ", "thefts"),
    # the figures named as the source before the subject
    ("The figures, for May, show burglaries in Bude rose to ", "burglaries"),
    ("New data reveals that calls to the helpline reached ", "calls"),
    ("Latest statistics showed thefts of bikes fell to ", "thefts"),
    ("Officers show pupils reached ", None),  # not the figures as the source
    ("Burglaries fell by ", None),  # a change, not a level
    # a level after the change that led to it
    ("Domestic abuse crimes recorded by the force rose by 5% in 2023/24, to ", "crimes"),
    ("Burglaries in Leeds fell by 12 per cent last year, to just over ", "burglaries"),
    ("Thefts from vans rose by a third, to ", "thefts"),
    ("Police said thefts rose by 4%, to ", "thefts"),  # reported speech: its subject
    # no comma: the count right after "to" is the level (a date after "to" is a period's)
    ("Thefts rose by 4% to ", "thefts"),
    ("In Swansea, offences fell by 6% to just over ", "offences"),
    ("Officers said the total rose by 4% to ", None),  # no plural subject
    # a participle and its phrase between the subject and its level verb
    ("Closure orders granted by magistrates in Hull rose to ", "orders"),
    ("Calls made to the helpline topped ", "calls"),
    ("Thefts recorded by the force grew to ", "thefts"),
    ("Fines issued in the city centre fell from ", "fines"),
    # a participle of detecting or taking: the phrase's noun is no subject
    ("Speeding offences detected by cameras in Lincolnshire climbed to ", "offences"),
    ("But offences detected by the partnership's cameras climbed to ", "offences"),
    ("Bikes stolen from stations in York rose to ", "bikes"),
    ("Frauds identified by banks in Wales fell to ", "frauds"),
    ("Drivers caught on camera in Hull reached ", "drivers"),
    ("Vehicles recovered by the team topped ", "vehicles"),
    # near miss: such a participle as the sentence's own verb makes no subject
    ("Officers caught ", None),
    # more level verbs
    ("Reports peaked at ", "reports"),
    ("Arrests jumped to ", "arrests"),
    # an amount noun counts the noun before it
    ("Weekly burglary numbers peaked at ", "burglaries"),
    ("Arrest figures in Dover dipped to ", "arrests"),
    ("The numbers reached ", None),  # nothing counted before the amount noun
    # both levels of a change named by its size, after a comma
    ("In Hove, burglaries halved, from ", "burglaries"),
    ("In Hove, burglaries halved, from 98 to ", "burglaries"),
    # both levels of a change from one to another, in reported speech
    ("The charity said fires in Fife had fallen from ", "fires"),
    ("The charity said fires in Fife had fallen from 89 in 2023 to ", "fires"),
    # both levels after the figures named as their source, with words before "figures"
    ("Home Office figures show that stop searches fell from ", "searches"),
    ("Council data published in June shows evictions rose from 412 in 2022 to ", "evictions"),
    # two short phrases after the subject's head
    ("Thefts of bikes at stations in Hove rose from ", "thefts"),
    ("Admissions for burns with acid at the three hospitals fell from ", "admissions"),
    # near miss: a clause with its own verb between the subject and the change
    ("Fires in bins that pupils in Ely and Hove reported to staff fell from ", None),
    # near miss: "show" with no figures before it names no source
    ("Officers show that thefts fell from ", None),
    ("Monthly totals reached ", None),
]


@pytest.mark.parametrize(("before", "noun"), LEVEL_ROWS)
def test_level_subject(before: str, noun: str | None) -> None:
    assert level_subject(before) == noun


PIPELINE_ROWS = [
    # a limit multiple describes one offender: no statistic
    (
        "Officers in Hull stopped 75 drivers, one of them twice the legal limit.",
        [(75, "drivers", None, None)],
    ),
    ("A rider in Hull was found to be three times the drink-drive limit.", []),
    (
        "Thefts of bikes in Hull have doubled since 2022.",
        [(2, "times", "increase", "2022-01-01..2024-03-20")],
    ),
    # a school year inside the noun phrase
    ("Officers in Hull spoke to 60 Year 10 pupils.", [(60, "pupils", None, None)]),
    ("Officers in Hull spoke to 60 pupils over two years.", [(60, "pupils", None, None)]),
    ("The course in Hull takes 3 years.", []),
    # a level verb gives the subject's noun
    (
        "Calls to the line in Hull reached 640 in January.",
        [(640, "calls", None, "2024-01-01..2024-01-31")],
    ),
    (
        "Reports in Hull totalled almost 900 last year.",
        [(900, "reports", None, "2023-01-01..2023-12-31")],
    ),
    ("The Hull team reached 640.", []),
    # a count before its change takes the later period; the change both
    (
        "In 2023 officers in Hull logged 80 burglaries, 15 more than the year before.",
        [
            (80, "burglaries", None, "2023-01-01..2023-12-31"),
            (15, "burglaries", "increase", "2022-01-01..2023-12-31"),
        ],
    ),
    (
        "In 2023 officers in Hull logged 80 burglaries, compared with 95 the year before.",
        [
            (80, "burglaries", None, "2023-01-01..2023-12-31"),
            (95, "burglaries", None, "2022-01-01..2022-12-31"),
        ],
    ),
    # a count opening its sentence as a passive's subject counts the noun before
    (
        "Officers in Hull seized 210 knives in January. Nearly 90 were found in cars.",
        [
            (210, "knives", None, "2024-01-01..2024-01-31"),
            (90, "knives", None, "2024-01-01..2024-01-31"),
        ],
    ),
    (
        "Officers in Hull seized 210 knives in January. In February, 90 were found.",
        [
            (210, "knives", None, "2024-01-01..2024-01-31"),
            (90, "knives", None, "2024-02-01..2024-02-29"),
        ],
    ),  # after a short lead-in: the count of the sentence before
    (
        "Officers in Hull seized 210 knives in January. It was cold. 90 were found.",
        [(210, "knives", None, "2024-01-01..2024-01-31")],
    ),  # not the sentence right after the count
    (
        "Officers in Hull seized £210 in January. 90 were found in cars.",
        [(210, "pounds", None, "2024-01-01..2024-01-31")],
    ),  # money is no counted noun
    ("Officers in Hull seized 210 knives. 90 were there.", [(210, "knives", None, None)]),
    # a record "since" a time is no period of the figure
    (
        "In 2023 officers in Hull logged 300 burglaries, the lowest since 2015.",
        [(300, "burglaries", None, "2023-01-01..2023-12-31")],
    ),
    (
        "Most of the 300 burglaries in Hull since 2015 were at night.",
        [(300, "burglaries", None, "2015-01-01..2024-03-20")],
    ),  # "most" as a determiner, no record
    (
        "Burglaries in Hull have fallen 20% since 2015.",
        [(20, "percent", "decrease", "2015-01-01..2024-03-20")],
    ),
    # "since" a day runs from that day to P; "since" a month from its first day
    (
        "Reports in Hull have risen 8% since February 12.",
        [(8, "percent", "increase", "2024-02-12..2024-03-20")],
    ),
    (
        "Reports in Hull have risen 8% since 12 February.",
        [(8, "percent", "increase", "2024-02-12..2024-03-20")],
    ),
    (
        "Reports in Hull have risen 8% since 2 May 2023.",
        [(8, "percent", "increase", "2023-05-02..2024-03-20")],
    ),
    (
        "Reports in Hull have risen 8% since February.",
        [(8, "percent", "increase", "2024-02-01..2024-03-20")],
    ),
    (
        "Reports in Hull have risen 8% since Feb.",
        [(8, "percent", "increase", "2024-02-01..2024-03-20")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PIPELINE_ROWS)
def test_statistic_classes(nlp: Language, text: str, expected: list[Row]) -> None:
    assert read(nlp, text) == expected


Record = tuple[float, str, str | None, str | None, int]
"""(value, unit, area, period "start..end" or None, number of mentions) of one record."""


def records(nlp: Language, text: str) -> list[Record]:
    from pressfacts.knowledge.statistic_merge import doc_statistics, merge_statistics

    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 20)
    doc = nlp(doc)
    return sorted(
        (
            r.value,
            r.unit,
            r.area,
            f"{r.period.start}..{r.period.end}" if r.period else None,
            len(r.mentions),
        )
        for r in merge_statistics(doc_statistics(doc, "d"))
    )


REFERRED_ROWS = [
    # a figure named again with "those"/"all" is the earlier statistic, not a new one
    # with the area of the sentence before it
    (
        "Police in Lancashire arrested 230 drivers in January. There were 90 arrests in "
        "Preston. The inspector said: “Those 230 drivers put lives at risk.”",
        [
            (90, "arrests", "Preston", "2024-01-01..2024-01-31", 1),  # narrative_count
            (230, "drivers", "Lancashire", "2024-01-01..2024-01-31", 2),
        ],
    ),
    (
        "Officers in Lancashire seized 64 knives last year. There were 20 knives found in "
        "Blackpool. All 64 knives were destroyed.",
        [
            # a place's share of the knives seized last year covers last year
            (20, "knives", "Blackpool", "2023-01-01..2023-12-31", 1),
            (64, "knives", "Lancashire", "2023-01-01..2023-12-31", 2),
        ],
    ),
    # a repeat inside the period its lead-in carries, split by a place and partner force
    (
        "Merseyside Police officers stopped 900 drivers at 14 checkpoints during a week of "
        "action from 4 to 10 March, seizing 52 vehicles. Of the 52 vehicles, 30 were seized "
        "in Cheshire, where Cheshire Constabulary officers joined the operation.",
        [
            (14, "checkpoints", "Merseyside", "2024-03-04..2024-03-10", 1),
            (30, "vehicles", "Cheshire", "2024-03-04..2024-03-10", 1),
            (52, "vehicles", "Merseyside", "2024-03-04..2024-03-10", 2),
            (900, "drivers", "Merseyside", "2024-03-04..2024-03-10", 1),
        ],
    ),
    # near-miss: no referring word, a new count of the same size
    (
        "Officers in Lancashire seized 64 knives last year. There were 64 people stopped "
        "in Preston.",
        [
            (64, "knives", "Lancashire", "2023-01-01..2023-12-31", 1),
            (64, "people", "Preston", "2023-01-01..2023-12-31", 1),  # narrative_count
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REFERRED_ROWS)
def test_referred_figure(nlp: Language, text: str, expected: list[Record]) -> None:
    assert records(nlp, text) == expected
