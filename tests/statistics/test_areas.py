"""Statistic areas: the document's own area and each figure's area rules, one row a rule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import (
    AreaReader,
    Body,
    Place,
    joined,
)
from pressfacts.statistics.figure_areas import FIGURE_AREA_RULES
from pressfacts.statistics.namesake_cities import namesake_city
from pressfacts.statistics.nations import NATION_SETS, body_nation

P = dt.date(2024, 3, 5)
AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""


def document_area(nlp: Language, text: str) -> tuple[str | None, str | None]:
    doc = nlp(text)
    reader = nlp.get_pipe("pressfacts_numbers").reader.areas
    bodies = [Body(s.start_char, s.end_char, s.label_, s.id_) for s in doc.spans["entities"]]
    first = next(iter(doc.sents))
    return reader.document_area(
        doc.text,
        (first.start_char, first.end_char),
        reader.places_and_bodies(doc.text, bodies),
        bodies,
    )


DOCUMENT_AREA_ROWS = [
    pytest.param(
        "Essex Police officers seized a van on Tuesday. Detectives charged 12 people.",
        ("Essex", "lead-body"),
        id="lead-body",
    ),
    pytest.param(
        "A scheme that ran across Frodsham borough has ended. Gwent Police said 30 homes "
        "were visited.",
        ("Frodsham", "lead-place"),
        id="lead-place",
    ),
    pytest.param(
        "A man was jailed on Friday. Sussex Police said the case took two years.",
        ("Sussex", "issuing-body"),
        id="issuing-body",
    ),
    pytest.param(
        "Officers from Cheshire, Merseyside and Cumbria Police took part. Cheshire Police "
        "led the week.",
        ("Cheshire, Merseyside and Cumbria", "joint-forces"),
        id="joint-forces",
    ),
    pytest.param(  # the lead names one force; a list of forces comes later (rule lead-body-alone)
        "Surrey Police arrested 90 drivers in June. Inspector Al Ray, head of roads policing for "
        "Surrey Police and Sussex Police, said it went well.",
        ("Surrey", "lead-body"),
        id="lead-body-alone",
    ),
    pytest.param(  # near miss: the lead names the list
        "Surrey Police and Sussex Police arrested 90 drivers in June. Surrey Police led it.",
        ("Surrey and Sussex", "joint-forces"),
        id="joint-forces-in-the-lead",
    ),
    pytest.param(  # near miss: a lead of joint work, the list after it is the release's
        "Surrey Police alongside other forces arrested 90 drivers in June. Officers from "
        "Surrey, Sussex and Kent Police took part.",
        ("Surrey, Sussex and Kent", "joint-forces"),
        id="joint-work-in-the-lead",
    ),
    pytest.param(
        "The charity Childline Cymru published its figures on Monday.",
        ("Wales", "lead-body"),
        id="national-branch",
    ),
    pytest.param(
        "The Norfolk Police and Crime Commissioner set out her plan on Monday.",
        ("Norfolk", "lead-body"),
        id="pcc",
    ),
    pytest.param(
        "The Home Office has announced new funding for a national helpline.",
        (None, None),
        id="no-territorial-body",
    ),
    pytest.param(
        "Sheffield City Council and South Yorkshire Police opened a hub on Monday.",
        ("Sheffield", "lead-body"),
        id="council",
    ),
    pytest.param(  # a service named for places joined by "and", each in the gazetteer
        "Crews from Hereford and Worcester Fire and Rescue Service attended 900 incidents.",
        ("Hereford and Worcester", "lead-body"),
        id="service-of-joined-places",
    ),
    pytest.param(
        "Barnsley Women's Aid opened a second refuge on Monday.",
        ("Barnsley", "lead-body"),
        id="local-charity",
    ),
    pytest.param(
        "British Transport Police said reports on trains had risen.",
        ("Great Britain", "national-body"),
        id="national-body",
    ),
    pytest.param(
        "British Transport Police searched 900 passengers at stations on Friday. Essex "
        "Police officers joined the patrols.",
        ("Great Britain", "lead-national-body"),
        id="lead-national-body",
    ),
    pytest.param(  # near-miss: the territorial force is named beside it in the lead
        "British Transport Police and Essex Police patrolled stations on Friday.",
        ("Essex", "lead-body"),
        id="territorial-beside-a-railway-force",
    ),
    pytest.param(
        "The National Crime Agency and Kent Police said the inquiry had ended.",
        ("Kent", "lead-body"),
        id="territorial-before-national",
    ),
    pytest.param(  # a charity of no known area issues it; the force is named later
        "The Lucy Faithfull Foundation says its helpline took 900 calls in 2023. Officers "
        "from Avon and Somerset Police helped to plan the campaign.",
        (None, "lead-unplaced-charity"),
        id="lead-unplaced-charity",
    ),
    pytest.param(  # after a headline, the sentence that names the issuer
        "Calls to helpline rise again\n\nThe Lucy Faithfull Foundation says its helpline "
        "took 900 calls. Greater Manchester Police backed the campaign.",
        (None, "lead-unplaced-charity"),
        id="unplaced-charity-after-a-headline",
    ),
    pytest.param(  # near-miss: the force is named beside the charity in the lead
        "The Lucy Faithfull Foundation and Kent Police launched a campaign on Monday.",
        ("Kent", "lead-body"),
        id="charity-beside-a-force",
    ),
    pytest.param(  # a charity of no known area states its remit in an aside
        "The Ashdown Trust said its helpline took 4,870 calls in 2025. The charity, which runs "
        "the helpline for Scotland, said demand had grown.",
        ("Scotland", "charity-remit"),
        id="charity-remit",
    ),
    pytest.param(  # ... by its name, with a force named later as a partner
        "The Ashdown Trust says its helpline took 900 calls in 2023. Officers from Kent Police "
        "joined the Ashdown Trust, which provides support across England and Wales, at events.",
        ("England and Wales", "charity-remit"),
        id="charity-remit-by-name",
    ),
    pytest.param(  # near-miss: a body it works with, no scope preposition
        "The Ashdown Trust said its helpline took 4,870 calls in 2025. The charity, which works "
        "with Kent Police, said demand had grown.",
        (None, "lead-unplaced-charity"),
        id="charity-works-with-a-force",
    ),
    pytest.param(  # near-miss: the aside describes no charity
        "The Home Office has announced new funding for a helpline. The scheme, which runs "
        "across Wales, opens in May.",
        (None, None),
        id="remit-of-no-charity",
    ),
    pytest.param(  # near-miss: a release with an area of its own keeps it
        "Essex Police seized a van on Tuesday. The charity, which runs the helpline for "
        "Scotland, gave advice.",
        ("Essex", "lead-body"),
        id="remit-beside-an-issuer",
    ),
    pytest.param(  # a headline naming no place: the scope is read in the sentence after
        "Drink-drive arrests rise over Christmas\n\n8 January 2026\n\nOfficers in Cumbria "
        "arrested 97 drivers during the festive campaign. Most were stopped at night.",
        ("Cumbria", "lead-place"),
        id="scope-place-after-a-headline",
    ),
    pytest.param(  # ... and a force named later is not the area
        "Shoplifting arrests up\n\nShops across Derby reported 410 thefts in the spring. "
        "Leicestershire Police lent officers to the patrols.",
        ("Derby", "lead-place"),
        id="scope-place-after-a-headline-before-a-force",
    ),
    pytest.param(  # near-miss: the force is named in the sentence after the headline
        "Arrests rise\n\nSurrey Police officers in Woking arrested 30 people last week.",
        ("Surrey", "lead-body"),
        id="force-after-a-headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOCUMENT_AREA_ROWS)
def test_document_area_rules(nlp: Language, text: str, expected: tuple[str | None, str]) -> None:
    assert document_area(nlp, text) == expected


FIGURE_AREA_ROWS = [
    pytest.param(
        "Figures for England and Wales were out today. Avon and Somerset Police has 205 "
        "officers per 100,000 people, short of the national average of 238.",
        [(205, "Avon and Somerset"), (238, "England and Wales")],
        id="national-figure",
    ),
    pytest.param(
        "In Cumbria, reports rose by 30% last year, more than the North West average of 12%.",
        [(30, "Cumbria"), (12, "North West")],
        id="yardstick",
    ),
    pytest.param(
        "The Cumbria helpline took 9,100 calls in 2024. That is 25 a day on average, and "
        "about one in three of them came at night.",
        [(9100, "Cumbria"), (25, "Cumbria"), (33.3, "Cumbria")],
        id="on-average-is-no-yardstick",
    ),
    pytest.param(
        "Cheshire Constabulary logged 312 arson attacks in 2025, in line with the five-year "
        "average of 305.",
        [(312, "Cheshire"), (305, "Cheshire")],
        id="a-time-average-is-the-place-s-own",
    ),
    pytest.param(
        "Cheshire Constabulary logged 312 arson attacks in 2025, in line with the average of 305.",
        [(312, "Cheshire"), (305, None)],
        id="a-bare-average-has-no-place",
    ),
    pytest.param(
        "Thefts in Lancashire rose by 6%, with Preston accounting for nearly 30% of them.",
        [(6, "Lancashire"), (30, "Preston")],
        id="share-of",
    ),
    pytest.param(
        "Conwy has 52 licensed kennels, nearly a third of all those in North Wales.",
        [(52, "Conwy"), (33.3, "North Wales")],
        id="wider-whole-share",
    ),
    pytest.param(
        "Hate crime rose in Ceredigion.\n\nDyfed-Powys Police logged 210 hate crimes in the "
        "county in 2025.",
        [(210, "Ceredigion")],
        id="own-region-words",
    ),
    pytest.param(  # "in the city" right after a count: the release's own city, named last
        "Shop theft rises in Exeter\n\nShoplifting in Exeter has risen, figures show.\n\n"
        "Devon and Cornwall Police recorded 1,912 shop thefts in the city in 2024.",
        [(1912, "Exeter")],
        id="own-region-words-the-city",
    ),
    pytest.param(  # near miss: "the city centre" is no pointing back
        "Shop theft rises in Exeter\n\nShoplifting in Exeter has risen, figures show.\n\n"
        "Devon and Cornwall Police recorded 1,912 shop thefts in the city centre in 2024.",
        [(1912, "Devon and Cornwall")],
        id="own-region-words-the-city-centre",
    ),
    pytest.param(  # near miss: "the county" after two counties names neither
        "Calls rose in Norfolk and Suffolk.\n\nNorfolk Constabulary logged 210 hate crimes "
        "in the county in 2025.",
        [(210, "Norfolk")],
        id="own-region-words-after-a-list",
    ),
    pytest.param(
        "Leicestershire Police made 310 arrests, 120 of them in the city.\n\nOfficers also "
        "visited schools in Leicester.",
        [(310, "Leicestershire"), (120, "Leicester")],
        id="namesake-city",
    ),
    pytest.param(
        "Derbyshire Police made 310 arrests, 40 of them in Derby.\n\nAcross the city, "
        "officers stopped 120 drivers.",
        [(310, "Derbyshire"), (40, "Derby"), (120, "Derby")],
        id="namesake-city-opening",
    ),
    pytest.param(
        "Nottinghamshire Police recorded 900 burglaries, up 4% on 2023, with Nottingham the "
        "worst hit.\n\nThe city accounted for 510 of the burglaries.",
        [(900, "Nottinghamshire"), (4, "Nottinghamshire"), (510, "Nottingham")],
        id="namesake-city-subject",
    ),
    pytest.param(
        "Lincolnshire Police recorded 900 burglaries, with Lincoln the worst hit.\n\nThe "
        "rate in the city was 4.2 burglaries per 1,000 homes.",
        [(900, "Lincolnshire"), (4.2, "Lincoln")],
        id="namesake-city-subject-after-a-noun",
    ),
    pytest.param(
        "Officers from Kent Police's rail team made 24 checks in Ashford, leading to three "
        "arrests.",
        [(24, "Ashford"), (3, "Ashford")],
        id="result-clause",
    ),
    pytest.param(  # near misses: a county named after no city; the city centre
        "Derbyshire Police made 310 arrests, 120 of them in the city centre.\n\nOfficers "
        "also visited schools in Derby.",
        [(310, "Derbyshire"), (120, "Derbyshire")],
        id="the-city-centre-is-no-namesake",
    ),
    pytest.param(
        "Kent Police made 310 arrests, 120 of them in the city.\n\nOfficers also visited "
        "schools in Canterbury.",
        [(310, "Kent"), (120, "Kent")],
        id="no-namesake-city",
    ),
    pytest.param(  # the words before the figure in its clause, past a town named earlier
        "Staffordshire's commissioner has announced new funding.\n\nIt will pay for 9 more "
        "refuge places in Tamworth, taking the total across the county to 44.",
        [(9, "Tamworth"), (44, "Staffordshire")],
        id="own-region-words-before-the-figure",
    ),
    pytest.param(  # near miss: words of another clause leave the town its figure
        "Staffordshire's commissioner has announced new funding.\n\nAcross the county the "
        "scheme will grow, and Tamworth will get 9 more refuge places.",
        [(9, "Tamworth")],
        id="region-words-of-another-clause",
    ),
    pytest.param(
        "Thieves took 52 bikes in York city centre. City of York Council will fit 80 stands in "
        "the city centre.",
        [(52, "York city centre"), (80, "York city centre")],
        id="centre-named-before",
    ),
    pytest.param(
        "There were 60 thefts across Swale. Kent Police said thefts in the borough fell by 9%.",
        [(60, "Swale"), (9, "Swale")],
        id="the-borough-over-its-county",
    ),
    pytest.param(
        "Kent Police said 450 burglaries were recorded in Essex last year.",
        [(450, "Essex")],
        id="clause-place",
    ),
    pytest.param(
        "A refuge in Truro took in 64 women. Over 20 of them were referred by Devon and"
        " Cornwall Police.",
        [(64, "Truro"), (20, "Truro")],
        id="part-by-force-agent",
    ),
    pytest.param(
        "The line took 300 calls in York. It was given £20,000 to train 90 nurses across Kent.",
        [(300, "York"), (20000, "Kent"), (90, "Kent")],
        id="money-purpose-place",
    ),
    pytest.param(
        "In Leeds, 19 people were charged, while officers in Bradford dealt with 11 "
        "shoplifters, seven of whom were under 18.",
        [(19, "Leeds"), (11, "Bradford"), (7, "Bradford")],
        id="part-of-sentence-whole",
    ),
    pytest.param(
        "Cumbria Police said burglary fell. In Carlisle the fall was steeper, with 310 "
        "burglaries reported.",
        [(310, "Carlisle")],
        id="sentence-opening",
    ),
    pytest.param(
        "Avon and Somerset Police gave its figures. Officers seized 90 knives in Bath, "
        "compared with 70 in the same month last year.",
        [(90, "Bath"), (70, "Bath")],
        id="compared-count",
    ),
    pytest.param(
        "Lancashire Police gave its figures. Officers seized 61 quad bikes in Burnley last "
        "year and a further 17 since January.",
        [(61, "Burnley"), (17, "Burnley")],
        id="further-count",
    ),
    pytest.param(
        "Patrols in Norfolk were doubled. Across the region, 75 drivers were stopped.",
        [(2, "Norfolk"), (75, "Norfolk")],
        id="region-words",
    ),
    pytest.param(  # a part in a clause of its own: the whole's place, not the aside's
        "In Cumbria, which covers Carlisle, Kendal and Barrow, officers handled 180 calls, "
        "about a quarter of them at night.",
        [(180, "Cumbria"), (25, "Cumbria")],
        id="a-part-after-an-aside-of-places",
    ),
    pytest.param(
        "Officers in Devon arrested 40 men. Of the arrests, 12 were for fraud.",
        [(40, "Devon"), (12, "Devon")],
        id="anaphora",
    ),
    pytest.param(
        "Wardens are patrolling in Whitby.\n\nOfficers made 64 arrests, compared with 50 a "
        "year earlier, North Yorkshire Police said.",
        [(64, "North Yorkshire"), (50, "North Yorkshire")],
        id="closing-speaker",
    ),
    pytest.param(
        "In Rugby, wardens issued 96 fines in May, compared with 70 a year earlier, "
        "Warwickshire County Council said.",
        [(96, "Rugby"), (70, "Rugby")],
        id="yardstick-under-speaker",
    ),
    pytest.param(
        "Mind helped 9,100 people across the UK in 2023. Police in Wales recorded 4,780 hate "
        "crimes against disabled people in 2023, down 11% on the year before.",
        [(9100, "UK"), (4780, "Wales"), (11, "Wales")],
        id="subject-place",
    ),
    pytest.param(
        "Essex Police are appealing for help to find a man missing from his home in Harlow."
        "\n\nIn 2024, the force received 1,320 reports of missing people.",
        [(1320, "Essex")],
        id="force-subject",
    ),
    pytest.param(
        "Cheshire Police said missing episodes had fallen.\n\nHalton Council's director, Joe "
        "Bright, welcomed the figures. He said the council had hired 14 more staff.",
        [(14, "Halton")],
        id="council-subject",
    ),
    pytest.param(
        "Gwent Police arrested 40 drivers.\n\nVale of Glamorgan Council's wardens issued 65 fines.",
        [(40, "Gwent"), (65, "Vale of Glamorgan")],
        id="named-council-subject",
    ),
    pytest.param(
        "Dorset Police announced its figures. The helpline works in England and Wales. "
        "Last year it answered 9,000 calls.",
        [(9000, "England and Wales")],
        id="lead-in",
    ),
    pytest.param(
        'Surrey Police has launched a campaign.\n\n"It began in Woking," he said. "Shops '
        'there logged 73 thefts in May."',
        [(73, "Woking")],
        id="there-points-back",
    ),
    pytest.param(
        "Thames Valley Police officers pulled a teenager from the river in Reading.\n\n"
        "Police and Crime Commissioner Amy Lowther said her office would spend £40,000.",
        [(40000, "Thames Valley")],
        id="commissioner-subject",
    ),
    pytest.param(
        "Officers in Truro made arrests on Friday. In Gwynedd, 320 people were helped by the "
        "scheme in 2025. Its volunteers delivered 4,100 meals in the same year.",
        [(320, "Gwynedd"), (4100, "Gwynedd")],
        id="possessive-opening",
    ),
    pytest.param(
        "Essex Police has published its figures.\n\nOfficers arrested nine people in raids in "
        "Harlow and Basildon. They seized 3kg of heroin and £52,000 in cash.",
        [(9, "Harlow and Basildon"), (3, "Harlow and Basildon"), (52000, "Harlow and Basildon")],
        id="pronoun-went-on",
    ),
    pytest.param(
        "Durham Constabulary has issued a warning.\n\nAction Fraud received 88 reports of "
        "courier fraud from Darlington in 2024. Victims lost £410,000.",
        [(88, "Darlington"), (410000, "Darlington")],
        id="victims-went-on",
    ),
    pytest.param(
        "A survey found one in five adults in the UK had lost money. Police in Wales logged "
        "640 reports in 2023. That is nearly double the 330 reports of 2021.",
        [(20, "UK"), (640, "Wales"), (2, "Wales"), (330, "Wales")],
        id="that-compares-back",
    ),
    pytest.param(
        "One in four cyclists in England say they were cut up last week, Cycling UK said.\n\n"
        "The charity surveyed 1,800 cyclists across Britain in May. Nearly half said they "
        "avoided main roads.",
        [(25, "England"), (1800, "Britain"), (50, "Britain")],
        id="survey-sample-share",
    ),
    pytest.param(
        "Surrey Police has launched a campaign. Officers stopped 212 vehicles on Monday.",
        [(212, "Surrey")],
        id="document",
    ),
]


def test_every_figure_area_rule_has_a_row() -> None:
    assert {rule.name for rule in FIGURE_AREA_RULES} - {"clause-place"} <= {
        row.id for row in FIGURE_AREA_ROWS
    }


@pytest.mark.parametrize(("text", "expected"), FIGURE_AREA_ROWS)
def test_figure_area_rules(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district named through a force's possessive is the scope of the release
        (
            "Officers in West Yorkshire Police's Calderdale district made 41 arrests in May. "
            "Nine officers were added.",
            [(41, "Calderdale"), (9, "Calderdale")],
        ),
        (
            "Patrols across the force's Medway division found 12 knives. Kent Police said so.",
            [(12, "Medway")],
        ),
        # near miss: a place as a modifier, not the scope
        ("Kent Police's Medway officers made 30 arrests.", [(30, "Kent")]),
    ],
)
def test_a_district_named_through_a_possessive(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # listed districts inside the innermost area of nested bodies (a charity's Welsh
        # branch, a Welsh force) are the release's scope
        (
            "Barnardo's Cymru and Dyfed-Powys Police helped 80 children in Llanelli and "
            "Aberystwyth. The service has 12 workers.",
            [(80, "Llanelli and Aberystwyth"), (12, "Llanelli and Aberystwyth")],
        ),
        # near miss: places that hold a part of what the lead tells are not its scope
        (
            "Avon and Somerset Police made 40 arrests, with most of them in Bristol and "
            "Bath. Officers seized 12 knives.",
            [(40, "Avon and Somerset"), (12, "Avon and Somerset")],
        ),
        (  # "with most incidents in": the things just counted, named again (PART_OF)
            "West Yorkshire Police received 287 reports of spiking in 2024, with most "
            "incidents in Leeds and Bradford. Almost a third of reports related to needles.",
            [(287, "West Yorkshire"), (33.3, "West Yorkshire")],
        ),
        # a part after ", and": its place is the part's; the total and the document keep
        # the force's area; a part with no place takes the total's
        (
            "Surrey Police found 120 missing children in 2023, and almost half of them "
            "were in Guildford. Officers made 15 arrests.",
            [(120, "Surrey"), (50, "Guildford"), (15, "Surrey")],
        ),
        (
            "In Woking, 30 children were referred. Surrey Police found 120 missing children "
            "in 2023, and one in four of them had gone missing before.",
            [(30, "Woking"), (120, "Surrey"), (25, "Surrey")],
        ),
        # a with-clause of its own people and place: its figures are the place's, the
        # figure before it the force's
        (
            "Seizures of drugs by Essex Police doubled this year, with officers in Harlow "
            "finding 25 wraps a week.",
            [(2, "Essex"), (25, "Harlow")],
        ),
    ],
)
def test_lead_districts(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


def test_a_comparison_does_not_take_the_place_before_it(nlp: Language, areas: AreasOf) -> None:
    text = (
        "The Home Office published a report. Officers caution 300 people in the UK every "
        "week, compared with 120 cautions in 2010."
    )
    assert areas(nlp, text) == [(300, "UK"), (120, None)]


def test_a_part_of_a_total_keeps_its_force_to_itself(nlp: Language, areas: AreasOf) -> None:
    text = "The NCA said that in Gwent 60 arrests were made with 20 of those made by Kent Police."
    assert areas(nlp, text) == [(60, "Gwent"), (20, "Kent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Twelve of the burglaries were in Rhyl and Prestatyn, Gwent Police said.",
            [(12, "Rhyl and Prestatyn")],
            id="a-list-closed-by-and-takes-no-body-after-a-comma",
        ),
        pytest.param(
            "Officers made 40 arrests in Conwy, Bangor and Rhyl.",
            [(40, "Conwy, Bangor and Rhyl")],
            id="a-list-of-three",
        ),
        pytest.param(
            "Officers made 41 arrests in Conwy, Bangor, and Rhyl.",
            [(41, "Conwy, Bangor and Rhyl")],
            id="a-list-with-a-serial-comma",
        ),
    ],
)
def test_list_members(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("names", "area"),
    [
        pytest.param(
            ["England", "Wales", "Scotland", "Northern Ireland"], "UK", id="united-kingdom"
        ),
        pytest.param(["England", "Scotland", "Wales"], "Great Britain", id="great-britain"),
        pytest.param(["England", "Wales"], "England and Wales", id="england-and-wales"),
    ],
)
def test_nation_sets(names: list[str], area: str) -> None:
    assert {s.name for s in NATION_SETS} >= {"united-kingdom", "great-britain", "england-and-wales"}
    text, places = "", []
    for index, name in enumerate(names):
        if index:
            text += " and " if index == len(names) - 1 else ", "
        places.append(Place(len(text), len(text) + len(name), name, "place"))
        text += name
    assert [p.area for p in joined(text, places)] == [area]


def test_places_are_found_outside_masked_names() -> None:
    reader = AreaReader(["Kent", "Essex"])
    text = "Kent Police and officers in Essex"
    assert reader.places_in(text, [(0, 11)]) == [(28, "Essex")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers in the Mid and East Antrim policing district made 52 arrests in 2023.",
            [(52, "Mid and East Antrim")],
            id="ni-district-with-and",
        ),
        pytest.param(
            "The council recorded 310 fly-tipping reports in Armagh City, Banbridge and "
            "Craigavon last year.",
            [(310, "Armagh City, Banbridge and Craigavon")],
            id="ni-district-with-a-list-inside",
        ),
        pytest.param(
            "Fermanagh and Omagh saw 18 deliberate fires in July.",
            [(18, "Fermanagh and Omagh")],
            id="ni-district-joined-pair",
        ),
    ],
)
def test_a_council_area_named_with_and_is_one_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    """Northern Ireland's council areas (PSNI's districts) are single places, not lists."""
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("name", "branch_word", "area"),
    [
        # a list of nations closing a body's name makes the country it names
        pytest.param("Victim Support England & Wales", "wales", "England and Wales", id="amp"),
        pytest.param("Rape Crisis England and Wales", "wales", "England and Wales", id="and"),
        pytest.param(
            "Safer Roads England, Wales and Scotland", "scotland", "Great Britain", id="three"
        ),
        # one nation alone, or a nation adjective first: as before
        # nations that make no country: listed with "and", as the text names them
        pytest.param(
            "SafeLives Scotland & Northern Ireland",
            "ireland",
            "Scotland and Northern Ireland",
            id="two-nations",
        ),
        pytest.param("Childline Cymru", "cymru", "Wales", id="branch-word"),
        pytest.param("Scottish Women's Aid", "aid", "Scotland", id="adjective"),
        # near misses: nations inside the name, not closing it; no nation at all
        pytest.param("England and Wales Cricket Board", "board", None, id="not-closing"),
        pytest.param("Victim Support", "support", None, id="none"),
    ],
)
def test_body_nation(name: str, branch_word: str, area: str | None) -> None:
    assert body_nation(name, branch_word) == area


def test_a_charity_named_for_two_nations_gives_both(nlp: Language, areas: AreasOf) -> None:
    text = "Rape Crisis England & Wales said it took 4,100 calls from students in May."
    assert areas(nlp, text) == [(4100, "England and Wales")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the nations closing a known charity's name are its branch's, not the last alone
        (
            "Cleveland Police recorded 210 burglaries. Victim Support England & Wales said it "
            "helped more than 3,000 burglary victims in 2023.",
            [(210, "Cleveland"), (3000, "England and Wales")],
        ),
        (
            "SafeLives Scotland & Northern Ireland trained 450 advisers in 2022.",
            [(450, "Scotland and Northern Ireland")],
        ),
        (
            "Crimestoppers England and Wales received 9,400 reports about knives last year.",
            [(9400, "England and Wales")],
        ),
    ],
)
def test_a_charity_branch_named_for_a_list_of_nations_speaks_for_all(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)


def test_a_sum_listed_after_a_comma_keeps_its_own_place(nlp: Language, areas: AreasOf) -> None:
    text = (
        "Suffolk Police will spend £700,000 in 2025. It includes £90,000 for outreach workers "
        "in Ipswich and Lowestoft, and £30,000 for a helpline."
    )
    assert areas(nlp, text) == [
        (700000, "Suffolk"),
        (90000, "Ipswich and Lowestoft"),
        (30000, "Suffolk"),
    ]


# a district named as one ("the borough of Swale", "the city of Leeds") is the clause's
# scope, before the force that made the arrests
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police made 40 arrests in the borough of Tendring.", [(40, "Tendring")]),
        ("West Yorkshire Police made 40 arrests across the city of Leeds.", [(40, "Leeds")]),
        ("The Met made 40 arrests in the Royal Borough of Greenwich.", [(40, "Greenwich")]),
        # near miss: no district word, the force's area
        ("Kent Police made 40 arrests, the city said.", [(40, "Kent")]),
    ],
)
def test_a_district_named_as_one_is_the_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a national branch named for a nation of two words
        ("NSPCC Northern Ireland took 500 calls last year.", [(500, "Northern Ireland")]),
        ("Barnardo's Northern Ireland helped 80 families.", [(80, "Northern Ireland")]),
        ("NSPCC Scotland took 500 calls last year.", [(500, "Scotland")]),
    ],
)
def test_a_branch_named_for_its_nation(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "On average, …" opens a mean of the clause's own count, no yardstick: its place
        (
            "On average, six vans were stolen in Cumbria every week.",
            [(6, "Cumbria")],
        ),
        (
            "On average, around 40 drivers were caught on Norfolk's roads each day.",
            [(40, "Norfolk")],
        ),
    ],
)
def test_on_average_is_no_yardstick(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after "in neighbouring", "in nearby" is the figure's own
        (
            "Officers in Sunderland made 40 arrests in 2025, and 12 more in neighbouring "
            "South Tyneside.",
            [(40, "Sunderland"), (12, "South Tyneside")],
        ),
        (
            "Wardens in Exeter issued 90 fines, and 31 in nearby Exmouth.",
            [(90, "Exeter"), (31, "Exmouth")],
        ),
        # a place after "near" likewise; "outside" a place is not in it
        (
            "Officers seized five quads in Spalding and three near Grimsby.",
            [(5, "Spalding"), (3, "Grimsby")],
        ),
    ],
)
def test_a_neighbouring_place_is_the_figures_own(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "area", "expected"),
    [
        ("Derby was busy. Across the city, officers stopped 120 drivers.", "Derbyshire", "Derby"),
        ("Derby was busy. In the city, 120 drivers were stopped.", "Derbyshire", "Derby"),
        # near misses: no namesake county, the city centre, "the city" in another sentence
        ("Canterbury was busy. Across the city, officers stopped 120 drivers.", "Kent", None),
        ("Derby was busy. Across the city centre, officers stopped 120.", "Derbyshire", None),
        ("Across the city, it was busy. Officers stopped 120 drivers.", "Derbyshire", None),
    ],
)
def test_a_sentence_opening_on_the_city_names_the_namesake_city(
    text: str, area: str, expected: str | None
) -> None:
    assert namesake_city(text, text.index("120"), area) == expected
