"""Counts whose noun follows an adjective-like participle, and changes told per unit.

"3,287 drug-related arrests" (a hyphened participle never is the count's verb), "57
planned searches" (a participle of the named list of adjectives), and "an increase of 112
year on year" (a change, not a duration of 112 years).
"""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.units import noun_after


def units(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2026, 5, 14)
    doc = nlp(doc)
    return [(f.value, f.unit, f.change) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers in Tayside made 2,140 drug-related arrests in 2025.",
            [(2140, "arrests", None)],
        ),
        ("Gwent recorded 64 knife-enabled robberies last year.", [(64, "robberies", None)]),
        (  # a noun before the hyphened participle: the plural after both is counted
            "Police in Kent recorded 30,112 domestic abuse-related crimes in 2025.",
            [(30112, "crimes", None)],
        ),
        ("Essex saw 41 knife crime-related deaths last year.", [(41, "deaths", None)]),
        (
            "Officers made 212 county lines-linked arrests in Hull in 2025.",
            [(212, "arrests", None)],
        ),
        (
            "Door staff reported 310 alcohol-fuelled incidents in Cardiff in 2025.",
            [(310, "incidents", None)],
        ),
        ("Detectives carried out 48 planned searches in Fife in 2025.", [(48, "searches", None)]),
        ("Police seized 90 uninsured vehicles in Moray last year.", [(90, "vehicles", None)]),
        ("Wigan had 1,310 licensed drivers in May 2025.", [(1310, "drivers", None)]),
        ("Officers visited 64 licenced premises in Crewe in 2025.", [(64, "premises", None)]),
        ("There were 12 armed officers on duty in Inverness in 2025.", [(12, "officers", None)]),
        (
            "Cumbria recorded 23 confirmed cases of badger baiting in 2025.",
            [(23, "cases", None)],
        ),
        ("Norfolk logged 41 attempted thefts of quad bikes last year.", [(41, "thefts", None)]),
        ("Wardens found 9 poisoned buzzards in Powys in 2025.", [(9, "buzzards", None)]),
        (
            "The council cleared 160 abandoned vehicles in Conwy last year.",
            [(160, "vehicles", None)],
        ),
        # things taken or given up
        ("Kennels in Hull held 88 seized dogs in May 2025.", [(88, "dogs", None)]),
        ("The charity took 310 surrendered animals in Devon last year.", [(310, "animals", None)]),
        # casualties and the bereaved, alone or two participles joined by "and"/"or"
        ("Brake supported 870 bereaved families in Kent in 2025.", [(870, "families", None)]),
        ("The trust helped 215 injured riders in Devon last year.", [(215, "riders", None)]),
        (
            "The service saw 1,320 bereaved and seriously injured people in Essex in 2025.",
            [(1320, "people", None)],
        ),
        ("The fund paid 36 wounded or disabled veterans in 2025.", [(36, "veterans", None)]),
        (
            "Lothian recorded 905 thefts, an increase of 112 year on year.",
            [(905, "thefts", None), (112, "thefts", "increase")],
        ),
        (
            "Dyfed-Powys logged 40 burglaries, up 7 month-on-month.",
            [(40, "burglaries", None), (7, "burglaries", "increase")],
        ),
    ],
)
def test_modified_counts(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2025, 300 attended workshops in Fife.", []),  # the count's own verb
        ("In 2025, 18 confirmed by tests were in Fife.", []),  # the count's own verb
        ("In 2025, 40 injured in crashes were in Fife.", []),  # no noun after the participle
        ("In 2025, 52 seized in raids were in Fife.", []),  # no noun after the participle
        ("In 2025, 12 injured and three killed were in Fife.", []),  # a count after the join
        ("The scheme in Fife ran for 12 years.", []),  # a duration stays one
        ("Inverness saw 30 more drivers caught over two years.", [(30, "drivers", "increase")]),
    ],
)
def test_not_counts(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("after", "unit"),
    [
        (" drug-related arrests in May", "arrests"),
        (" year-on-year", None),
        (" planned to", None),
        # after "of them"/"of which": a noun of its own counts; a determiner opens a phrase
        # of its own ("the morning after drinking"), which is not the thing counted
        (" of them women", "women"),
        (" of them the morning after drinking", None),
        (" of which a day later", None),
        (" of them aged under 25", None),
    ],
)
def test_noun_after(after: str, unit: str | None) -> None:
    assert noun_after(after) == unit


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Parents in Fife called the line 2,310 times in 2025.", [(2310, "occasions", None)]),
        ("The man was stopped 14 times in Moray last year.", [(14, "occasions", None)]),
        ("Victims were three times more likely to report it.", [(3, "times", None)]),
        ("The line in Fife rang 40 times a day in 2025.", []),  # how often, not a count
    ],
)
def test_times_as_occasions(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "The figures for X" points back as "The figure for X" does
            "In 2025, Dundee registered 412 children. The figures for the Perth council area "
            "fell from 230 to 190.",
            [(412, "children", None), (230, "children", None), (190, "children", None)],
        ),
        (
            "In 2025, Dundee registered 412 children. The figure for Fife rose from 80 to 95.",
            [(412, "children", None), (80, "children", None), (95, "children", None)],
        ),
    ],
)
def test_the_figures_point_back(
    nlp: Language, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert units(nlp, text) == expected
