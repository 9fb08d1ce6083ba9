"""Places as worded and what they lie within: one table per rule family (sub-areas, list
articles, the lead's district or region, partners, bylines, a figure that is a mean)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import Body
from pressfacts.statistics.lead_sentences import lead_sentence
from pressfacts.statistics.partner_cues import PARTNER_CUES
from pressfacts.statistics.place_wording import (
    SUB_AREA_RULES,
    PlaceTree,
)

P = dt.date(2024, 3, 5)
AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""


def document_area(nlp: Language, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    reader = nlp.get_pipe("pressfacts_numbers").reader.areas
    bodies = [Body(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["entities"]]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    return reader.document_area(
        doc.text,
        lead_sentence(doc.text, sentences),
        reader.places_and_bodies(doc.text, bodies),
        bodies,
        reader.tree,
    )


SUB_AREA_ROWS = [
    pytest.param(
        "Burglaries in east Leeds rose to 310 last year.", [(310, "east Leeds")], id="compass-part"
    ),
    pytest.param(
        "Officers made 45 arrests in South-West Glasgow on Friday.",
        [(45, "South-West Glasgow")],
        id="compass-part-hyphened",
    ),
    pytest.param(
        "Shoplifting in Cardiff city centre fell to 220 offences in 2023.",
        [(220, "Cardiff city centre")],
        id="centre",
    ),
    pytest.param(
        "Wardens issued 60 fines in Wigan town centre.",
        [(60, "Wigan town centre")],
        id="centre-town",
    ),
    pytest.param(
        "Rangers dealt with 41 sheep worrying incidents in the Snowdonia National Park in 2024.",
        [(41, "Snowdonia National Park")],
        id="national-park",
    ),
    pytest.param(
        "In the Brecon Beacons National Park alone, 17 ewes were killed last spring.",
        [(17, "Brecon Beacons National Park")],
        id="national-park-opening",
    ),
    pytest.param(
        "Wardens in the Cairngorms recorded 26 dogs off leads on Sunday.",
        [(26, "Cairngorms")],
        id="national-park-without-the-words",
    ),
    pytest.param(
        "Officers handed out 300 leaflets in the Peak District national park.",
        [(300, "Peak District")],
        id="national-park-near-miss-lower-case",
    ),
    pytest.param(
        "Cable theft disrupted 640 trains in Network Rail's Wales & Western region.",
        [(640, "Wales & Western")],
        id="joined-region",
    ),
    pytest.param(
        "South Wales Police made 12 arrests on Monday.", [(12, "South Wales")], id="gazetteer-name"
    ),
    pytest.param(
        "There were 75 reports across the Dundee district. Officers took 40 calls "
        "in the Fife area.",
        [(75, "Dundee"), (40, "Fife")],
        id="place-with-area-word",
    ),
    pytest.param(
        "Aberdeen City, Moray and Aberdeenshire together recorded more than 400 referrals.",
        [(400, "Aberdeen City, Moray and Aberdeenshire")],
        id="council-area-city",
    ),
    pytest.param(
        "The highest rate of 52 cases was in Dundee City last year.",
        [(52, "Dundee City")],
        id="council-area-city-alone",
    ),
    pytest.param(
        "Dundee City Council paid for 30 new street lights.",
        [(30, "Dundee")],
        id="council-area-city-not-council",
    ),
    pytest.param(
        "The Shetland Islands and the Orkney Islands reported 18 thefts in 2024.",
        [(18, "Shetland Islands and the Orkney Islands")],
        id="council-area-islands",
    ),
]


def test_every_sub_area_rule_has_a_row() -> None:
    assert {rule.name for rule in SUB_AREA_RULES} <= {row.id for row in SUB_AREA_ROWS}


@pytest.mark.parametrize(("text", "expected"), SUB_AREA_ROWS)
def test_sub_area_rules(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Bins stood at 16 libraries across Bolton, Wigan and the Wirral.",
            [(16, "Bolton, Wigan and the Wirral")],
            id="article-kept",
        ),
        pytest.param(
            "Bins stood at 16 libraries across Bolton and Wigan.",
            [(16, "Bolton and Wigan")],
            id="no-article",
        ),
    ],
)
def test_list_member_keeps_its_article(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


LEAD_ROWS = [
    pytest.param(
        "Police Scotland has made more arrests for car theft in Glasgow than ever before. "
        "Officers seized 12 cars.",
        ("Glasgow", "lead-district"),
        id="lead-district",
    ),
    pytest.param(
        "Merseyside Police is warning families in north Liverpool about a scam. Officers "
        "took 30 reports.",
        ("north Liverpool", "lead-district"),
        id="lead-district-sub-area",
    ),
    pytest.param(
        "A charity has opened a campaign in the North West, working with Cumbria Police and "
        "Cheshire Constabulary. Officers seized 20 cars.",
        ("North West", "lead-region"),
        id="lead-region",
    ),
    pytest.param(
        "Dorset Police is the first force in the UK to fit the new cameras. Officers stopped "
        "20 cars.",
        ("Dorset", "lead-body"),
        id="place-outside-the-body",
    ),
    pytest.param(
        "Fines issued in Oxford city centre will rise, Oxford City Council said. Wardens "
        "issued 80 fines.",
        ("Oxford", "lead-body"),
        id="part-of-the-body-place",
    ),
    pytest.param(
        "Officers from Kent, Surrey and Sussex Police made arrests in the South East. Officers "
        "seized 9 cars.",
        ("South East", "lead-region"),
        id="region-over-joined-forces",
    ),
    pytest.param(
        "Officers from Essex Police and licensing staff from Southend City Council ran taxi "
        "checks in Southend on Friday. Officers seized 12 cars.",
        ("Southend", "lead-inner-body"),
        id="lead-inner-body",
    ),
    pytest.param(
        "Licensing officers from Blackpool Council, working with officers from Lancashire "
        "Police, stopped cabs in Blackpool overnight. Officers seized 4 cars.",
        ("Blackpool", "lead-inner-body"),
        id="lead-inner-body-council-first",
    ),
    pytest.param(
        "Officers from Essex Police and licensing staff from Southend City Council ran taxi "
        "checks across Essex on Friday. Officers seized 12 cars.",
        ("Essex", "lead-body"),
        id="lead-inner-body-not-the-outer-place",
    ),
    pytest.param(
        "Southend City Council ran taxi checks in Southend on Friday. Officers seized 12 cars.",
        ("Southend", "lead-body"),
        id="lead-inner-body-needs-two-bodies",
    ),
    pytest.param(
        "By Sam Reed\n\nWest Yorkshire Police has made more arrests in Bradford this year. "
        "The force seized 8 cars.",
        ("Bradford", "lead-district"),
        id="byline-skipped",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_ROWS)
def test_lead_sentence_rules(nlp: Language, text: str, expected: tuple[str, str]) -> None:
    assert document_area(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A hub has opened in Preston. The hub will see up to 90 families a year, alongside "
            "Lancashire Constabulary.",
            [(90, "Preston")],
            id="alongside",
        ),
        pytest.param(
            "A hub has opened in Preston. Working with Lancashire Constabulary, it saw 90 "
            "families.",
            [(90, "Preston")],
            id="working-with",
        ),
        pytest.param(
            "A hub has opened in Preston. Lancashire Constabulary made 90 arrests.",
            [(90, "Lancashire")],
            id="not-a-partner",
        ),
        pytest.param(
            "Cafes in Wigan town centre have joined a safe spaces scheme.\n\nThe scheme is "
            "funded by Greater Manchester Police, a local charity and Salford City Council. "
            "So far, 40 cafes have signed up.",
            [(40, "Wigan town centre")],
            id="funded-by-a-list",
        ),
        pytest.param(
            "Pensioners in England and Wales lost £3m to phone scams last year, a charity "
            "said as it launched a campaign with the City of London Police.\n\nThe charity "
            "said 5,200 people had called its helpline.",
            [(3000000, "England and Wales"), (5200, "England and Wales")],
            id="lead-partner-is-not-the-scope",
        ),
        pytest.param(
            "Shops in Derby city centre have teamed up with Derbyshire Constabulary to cut "
            "thefts.\n\nStaff reported 310 thefts in the first month.",
            [(310, "Derby city centre")],
            id="teamed-up-with",
        ),
        pytest.param(
            "A youth project in Rhyl has helped 75 teenagers. It costs £90,000 a year and is "
            "paid for by the Police and Crime Commissioner for North Wales.",
            [(75, "Rhyl"), (90000, "Rhyl")],
            id="paid-for-by-a-commissioner",
        ),
        pytest.param(
            "Gwent Police will fund 4 new advisers and a helpline run with Welsh Women's Aid.",
            [(4, "Gwent")],
            id="run-with-a-national-charity",
        ),
    ],
)
def test_a_partner_body_is_not_a_figures_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert {"alongside", "working with"} <= set(PARTNER_CUES)
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police said 30 clubs received an average of £600 from the fund.",
            [(30, "Essex"), (600, "Essex")],
            id="a-mean-is-no-yardstick",
        ),
        pytest.param(
            "Cheshire Police said 120 people reported being scammed, an average loss of "
            "£3,200 per victim.",
            [(120, "Cheshire"), (3200, "Cheshire")],
            id="an-average-loss-of",
        ),
        pytest.param(
            "Dorset Police said 75 claims were paid, an average payout of just over £900.",
            [(75, "Dorset"), (900, "Dorset")],
            id="an-average-payout-of",
        ),
        pytest.param(  # near miss: a yardstick of another place, with "a"
            "Essex Police said reports rose by 8%, above a national average of 11%.",
            [(8, "Essex"), (11, None)],
            id="a-national-average-kept",
        ),
        pytest.param(
            "Essex Police said reports rose by 8%, below the national average of 11%.",
            [(8, "Essex"), (11, None)],
            id="yardstick-kept",
        ),
        pytest.param(
            "Kent Police said 40 people were defrauded. The average loss was just over "
            "£1,500, against the national average of £700.",
            [(40, "Kent"), (1500, "Kent"), (700, None)],
            id="the-average-loss-was",
        ),
        pytest.param(
            "Durham Police said 60 people were scammed, the average victim losing £2,400.",
            [(60, "Durham"), (2400, "Durham")],
            id="the-average-victim-losing",
        ),
        pytest.param(
            "Durham Police said 60 grants were made; the average applicant received £450.",
            [(60, "Durham"), (450, "Durham")],
            id="the-average-applicant-received",
        ),
        pytest.param(  # near miss: a yardstick that moved
            "Durham Police said thefts rose by 9%, the national average rising by 4%.",
            [(9, "Durham"), (4, None)],
            id="the-average-rising",
        ),
    ],
)
def test_an_average_of(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


TREE = PlaceTree(["Salford > Greater Manchester", "Greater Manchester > North West"])


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        pytest.param("Salford", "Greater Manchester", True, id="parent"),
        pytest.param("salford", "North-West", True, id="ancestor-folded"),
        pytest.param("east Salford", "North West", True, id="sub-area"),
        pytest.param("Salford city centre", "Salford", False, id="part-not-district"),
        pytest.param("Salford", "Salford", False, id="not-within-itself"),
        pytest.param("North West", "Salford", False, id="upward-only"),
    ],
)
def test_place_tree(inner: str, outer: str, expected: bool) -> None:
    assert TREE.within(inner, outer) is expected


JOINED_TREE = PlaceTree(["Test Valley > Hampshire", "Ryde > Isle of Wight", "Hampshire > England"])


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        # rule joined_area_within: what lies in A or in B lies in "A and B"
        pytest.param("Test Valley", "Hampshire and Isle of Wight", True, id="in-first-part"),
        pytest.param("Ryde", "Hampshire and Isle of Wight", True, id="in-second-part"),
        # near misses: a part is not within the joined area strictly; a place elsewhere;
        # countries joined ("England and Wales": a figure's national scope, not a force's)
        pytest.param("Hampshire", "Hampshire and Isle of Wight", False, id="part-itself"),
        pytest.param("Test Valley", "Devon and Cornwall", False, id="other-joined-area"),
        pytest.param("Test Valley", "England and Wales", False, id="joined-countries"),
    ],
)
def test_joined_area_within(inner: str, outer: str, expected: bool) -> None:
    assert JOINED_TREE.within(inner, outer) is expected


COMPASS_TREE = PlaceTree(
    [
        "West Yorkshire > Yorkshire and the Humber",
        "South Yorkshire > Yorkshire and the Humber",
        "Humberside > Yorkshire and the Humber",
        "Yorkshire and the Humber > England",
        "North West > England",
    ]
)


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        # a place whose own name opens on a compass word is looked up whole
        pytest.param("West Yorkshire", "Yorkshire and the Humber", True, id="compass-named"),
        pytest.param("south-yorkshire", "England", True, id="compass-named-folded"),
        pytest.param("West Yorkshire", "North West", False, id="compass-named-elsewhere"),
    ],
)
def test_place_tree_compass_named_places(inner: str, outer: str, expected: bool) -> None:
    assert COMPASS_TREE.within(inner, outer) is expected


@pytest.mark.parametrize(
    ("sentence", "area", "expected"),
    [
        # "the region" after a list of places that all lie in the release's own region
        pytest.param(
            "Across the region, 61 vans were seized.",
            "West Yorkshire, South Yorkshire and Humberside",
            "Yorkshire and the Humber",
            id="list-within-own-region",
        ),
        pytest.param(
            "In the region the figure was 40.",
            "West Yorkshire and Humberside",
            "Yorkshire and the Humber",
            id="pair-within-own-region",
        ),
        # near misses: a list reaching outside the region, or no region words
        pytest.param(
            "Across the region, 61 vans were seized.",
            "West Yorkshire and North West",
            "West Yorkshire and North West",
            id="list-outside-own-region",
        ),
        pytest.param(
            "Officers seized 61 vans.",
            "West Yorkshire, South Yorkshire and Humberside",
            "West Yorkshire, South Yorkshire and Humberside",
            id="no-region-words",
        ),
    ],
)
def test_the_region_after_a_list_of_its_places(sentence: str, area: str, expected: str) -> None:
    assert COMPASS_TREE.pointed_back(sentence, area, None, "Yorkshire and the Humber") == expected


def test_place_tree_rejects_a_bad_line() -> None:
    with pytest.raises(ValueError, match="place_within"):
        PlaceTree(["Salford, Greater Manchester"])


def test_the_shipped_tree_knows_its_places() -> None:
    from pressfacts.resources import load_word_list

    tree = PlaceTree(load_word_list("place_within"))
    assert tree.within("Norwich", "England")
    assert tree.within("Durham", "North East")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Leeds City Council and West Yorkshire Police will share £300,000 to fund youth "
            "workers.",
            [(300000, "Leeds")],
            id="council-and-force",
        ),
        pytest.param(
            "Officers in Bristol and Somerset made 14 arrests.",
            [(14, "Bristol and Somerset")],
            id="places-keep-their-join",
        ),
        pytest.param(
            "Kent Police and Essex Police made 14 arrests.",
            [(14, "Kent and Essex")],
            id="side-by-side-bodies",
        ),
    ],
)
def test_nested_bodies_name_the_narrower(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "West Yorkshire Police published its figures.\n\nOfficers in east Leeds gave "
            "their figures for the year:\n- 40 people were arrested\n- 300 cars were "
            "stopped\n\nThe force seized 9 knives.",
            [(40, "east Leeds"), (300, "east Leeds"), (9, "West Yorkshire")],
            id="colon-lead-in-governs-every-line",
        ),
        pytest.param(
            "West Yorkshire Police published its figures.\n\nOver the year:\n- 40 people "
            "were arrested\n- 300 cars were stopped\n",
            [(40, "West Yorkshire"), (300, "West Yorkshire")],
            id="lead-in-without-a-place",
        ),
        pytest.param(
            "West Yorkshire Police published its figures.\n\nOfficers worked in east Leeds."
            "\n- 40 people were arrested\n- 300 cars were stopped\n",
            [(40, "east Leeds"), (300, "West Yorkshire")],
            id="no-colon-first-line-only",
        ),
    ],
)
def test_list_lead_in_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


# what "the area" / "the county" points back to, and places that are not a figure's area
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in north Leeds have seized 14 cars, West Yorkshire Police said.\n\n"
            "In the area, 52 thefts were reported.",
            [(14, "north Leeds"), (52, "north Leeds")],
            id="force-speaks-of-a-scope-place",
        ),
        pytest.param(
            "A new playground in Exeter is run by Devon County Council. It cost £20,000 and "
            "the county council paid half.",
            [(20000, "Exeter")],
            id="county-council-is-not-the-county",
        ),
        pytest.param(
            "Chester, 4 March 2024 – A youth charity has helped 300 families this winter.",
            [(300, None)],
            id="dateline-place",
        ),
        pytest.param(
            "Gwent Police has opened a grant fund.\n\nThe fund pays out £90,000 this spring, "
            "and a further £20,000 goes to boxing clubs in Newport and Caerphilly.",
            [(20000, "Newport and Caerphilly"), (90000, "Gwent")],
            id="a-further-amount-has-its-own-place",
        ),
        pytest.param(
            "Gwent Police recorded an average of 12 thefts a day, and 9% more than the first "
            "half of last year.",
            [(9, "Gwent"), (12, "Gwent")],
            id="after-an-average-is-no-yardstick",
        ),
        pytest.param(
            "Officers in Crewe found 300 stolen bikes, 4 March 2024.",
            [(300, "Crewe")],
            id="not-a-dateline",
        ),
    ],
)
def test_referred_and_excluded_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)


# places listed together name one area as worded, whichever towns the list names
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Patrols in Torbay and Truro found 25 knives.",
            [(25, "Torbay and Truro")],
            id="two-towns",
        ),
        pytest.param(
            "Youth workers in Walsall, Solihull and Sandwell met 410 young people.",
            [(410, "Walsall, Solihull and Sandwell")],
            id="three-districts",
        ),
        pytest.param(
            "Grants of £50,000 are kept for clubs in Wrexham and Conwy.",
            [(50000, "Wrexham and Conwy")],
            id="welsh-districts",
        ),
    ],
)
def test_listed_places_name_one_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("Gateshead", "Northumbria"),
        ("Knowsley", "Merseyside"),
        ("Torbay", "Devon and Cornwall"),
        ("Basildon", "East of England"),
        ("Wrexham", "Wales"),
        ("east Medway", "Kent"),
    ],
)
def test_the_shipped_tree_knows_force_districts(inner: str, outer: str) -> None:
    from pressfacts.resources import load_word_list

    assert PlaceTree(load_word_list("place_within")).within(inner, outer)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "West Yorkshire Police recorded 31 burglaries of student homes in Headingley.",
            [(31, "Headingley")],
            id="leeds-student-district",
        ),
        pytest.param(
            "In Fallowfield, 17 bikes were stolen from outside halls.",
            [(17, "Fallowfield")],
            id="manchester-student-district",
        ),
        pytest.param(
            "Officers handed out 260 door alarms in Selly Oak and Roath.",
            [(260, "Selly Oak and Roath")],
            id="two-student-districts",
        ),
        pytest.param(
            "Northumbria Police made 19 arrests near the university.",
            [(19, "Northumbria")],
            id="no-district-named",
        ),
    ],
)
def test_student_districts_are_places(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    """University-town districts named alone (the gazetteer's student-district block)."""
    assert areas(nlp, text) == expected


def test_a_student_district_that_is_a_given_name_stays_in_a_person(nlp: Language) -> None:
    """A district of the block that is also a given name (Clifton) leaves a person whole."""
    doc = nlp("Detective Sergeant Clifton Barnes, of Leicestershire Police, said 40 were held.")
    people = {i.name for i in doc._.entity_info.values() if i.type == "PERSON"}
    assert "Clifton Barnes" in people
