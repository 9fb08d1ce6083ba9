"""Places in a role other than a figure's area, and the gazetteer's coverage: one table
per rule (Ireland and its counties, London's boroughs, Northern Ireland's counties, towns
of each force area; an audience told; a figure stated again for a district)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.resources import load_word_list
from pressfacts.statistics.place_roles import PLACE_ROLE_RULES
from pressfacts.statistics.place_wording import PlaceTree

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]
"""The ``areas`` fixture (tests/statistics/conftest.py)."""

TREE = PlaceTree(load_word_list("place_within"))
PLACES = {p.lower() for p in load_word_list("places")}

LONDON_BOROUGHS = (
    "Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley", "Camden", "Croydon",
    "Ealing", "Enfield", "Greenwich", "Hackney", "Hammersmith and Fulham", "Haringey",
    "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington", "Kensington and Chelsea",
    "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge",
    "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest",
    "Wandsworth", "Westminster", "City of London",
)  # fmt: skip
NI_COUNTIES = ("Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone")


@pytest.mark.parametrize("borough", LONDON_BOROUGHS)
def test_every_london_borough_lies_in_london(borough: str) -> None:
    assert borough.lower() in PLACES
    assert TREE.within(borough, "London")


@pytest.mark.parametrize("county", NI_COUNTIES)
@pytest.mark.parametrize("form", ["County {}", "Co {}", "Co. {}"])
def test_every_northern_irish_county_in_each_form(county: str, form: str) -> None:
    name = form.format(county)
    assert name.lower() in PLACES
    assert TREE.within(name, "Northern Ireland")
    assert not TREE.within(name, "Ireland")


@pytest.mark.parametrize(
    ("inner", "outer"),
    [
        ("Dublin", "Ireland"),
        ("County Kerry", "Ireland"),
        ("Co Cork", "Ireland"),
        ("Lisburn", "Northern Ireland"),
        ("Bath", "Avon and Somerset"),
        ("Lincoln", "Lincolnshire"),
        ("King's Lynn", "Norfolk"),
        ("Great Yarmouth", "East of England"),
        ("Mansfield", "Nottinghamshire"),
        ("Kettering", "Northamptonshire"),
        ("Stafford", "Staffordshire"),
        ("Dudley", "West Midlands"),
        ("Halifax", "West Yorkshire"),
        ("Salisbury", "Wiltshire"),
        ("Bracknell", "Thames Valley"),
        ("Poole", "Dorset"),
        ("Pontypridd", "Wales"),
        ("Inverness", "Scotland"),
    ],
)
def test_towns_lie_in_their_force_area(inner: str, outer: str) -> None:
    assert inner.lower() in PLACES
    assert TREE.within(inner, outer)


def test_ireland_is_no_part_of_the_uk() -> None:
    assert "ireland" in PLACES
    assert not TREE.within("Ireland", "UK")
    assert not TREE.within("Dublin", "UK")


GAZETTEER_ROWS = [
    pytest.param(
        "Gardaí say online scams targeting pensioners in Ireland have risen.\n\n"
        "Officers received 240 reports last year.",
        [(240, "Ireland")],
        id="ireland-not-uk",
    ),
    pytest.param(
        "An Garda Síochána has seized cannabis worth €2m.\n\nGardaí searched 35 homes.",
        [(2_000_000, "Ireland"), (35, "Ireland")],
        id="the-garda-speak-for-ireland",
    ),
    pytest.param(
        "The PSNI has given its weekend figures.\n\nOfficers made 80 arrests. In County "
        "Tyrone, officers made 12 arrests.",
        [(80, "Northern Ireland"), (12, "County Tyrone")],
        id="ni-county",
    ),
    pytest.param(
        "The PSNI ran checkpoints across Northern Ireland last weekend.\n\nOfficers "
        "breathalysed 45 drivers. In Co Fermanagh, officers breathalysed 30 drivers.",
        [(45, "Northern Ireland"), (30, "Co Fermanagh")],
        id="co-form-as-written",
    ),
    pytest.param(
        "The PSNI has given its weekend figures.\n\nLisburn accounted for 60 of the "
        "arrests, with 14 in Co Armagh.",
        [(60, "Lisburn"), (14, "Co Armagh")],
        id="a-part-with-its-own-place",
    ),
    pytest.param(
        "Burglaries in Hackney and Islington fell this spring, the Metropolitan Police said."
        "\n\nOfficers made 57 arrests.",
        [(57, "Hackney and Islington")],
        id="london-boroughs",
    ),
    pytest.param(
        "Thefts from cars in Mansfield have fallen, Nottinghamshire Police said.\n\n"
        "Officers recorded 130 thefts in the six weeks.",
        [(130, "Mansfield")],
        id="force-district-town",
    ),
    # joint areas of health boards, partnerships and a PCC, whole as worded
    pytest.param(
        "Across Devon, Cornwall and the Isles of Scilly, 1,240 crimes were recorded.",
        [(1240, "Devon, Cornwall and the Isles of Scilly")],
        id="a-joint-area-with-its-article",
    ),
    pytest.param(
        "The partnership covers Leicester, Leicestershire and Rutland.\n\nIt received 310 "
        "referrals.",
        [(310, "Leicester, Leicestershire and Rutland")],
        id="a-joint-area-with-a-comma",
    ),
    pytest.param(  # a list whose last two members form a joint area of the place list
        "Across Surrey, Kent and Medway, 860 drivers were caught.",
        [(860, "Surrey, Kent and Medway")],
        id="a-list-ending-on-a-joint-area",
    ),
    pytest.param(  # a joint area ending a list, its last member of three words
        "Across Norfolk, Suffolk and North East Essex, 740 drivers were caught.",
        [(740, "Norfolk, Suffolk and North East Essex")],
        id="a-joint-area-with-a-member-of-three-words",
    ),
]


@pytest.mark.parametrize(("text", "expected"), GAZETTEER_ROWS)
def test_gazetteer_places_win_over_the_force_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


ROLE_ROWS = {
    "audience": pytest.param(
        "Surrey Police's commissioner told Woking councillors there had been 70 arrests "
        "for burglary this year.",
        [(70, "Surrey")],
        id="audience",
    ),
    "unit-name": pytest.param(
        "Cumbria Police stopped 300 drivers in December.\n\nSgt Ann Reed, of the Lancashire "
        'and Cumbria motorway patrol unit, said: "One in five of them was speeding."',
        [(300, "Cumbria"), (20, "Cumbria")],
        id="unit-name",
    ),
    "common-word": pytest.param(
        "Avon and Somerset Police said 12 people were hurt.\n\nOfficers found 3 men reading in a "
        "bath near 4 stolen cars.",
        [(12, "Avon and Somerset"), (3, "Avon and Somerset"), (4, "Avon and Somerset")],
        id="common-word",
    ),
    "examples": pytest.param(
        "West Yorkshire Police said the scheme had reached 14 more schools, including "
        "Batley and Dewsbury.",
        [(14, "West Yorkshire")],
        id="examples",
    ),
    "example-range-start": pytest.param(
        "Essex Police said 37 shops, from a butcher in Chelmsford to a bakery, were targeted.",
        [(37, "Essex")],
        id="example-range-start",
    ),
    "example-range-end": pytest.param(
        "Essex Police said 37 shops, from a butcher's shop in Chelmsford to a bakery in "
        "Harlow, were targeted.",
        [(37, "Essex")],
        id="example-range-end",
    ),
    "superlative-scope": pytest.param(
        "Devon and Cornwall Police, which covers the largest force area in England, took "
        "8,100 calls in May, one of the highest totals in the UK.",
        [(8100, "Devon and Cornwall")],
        id="superlative-scope",
    ),
    "ranking-field": pytest.param(
        "Preston City Council said it licenses 2,310 taxi drivers, more than any other "
        "council in Lancashire.",
        [(2310, "Preston")],
        id="ranking-field",
    ),
    "speaker-employer": pytest.param(
        "Officers in Enniskillen answered 640 calls in May. Inspector Ruth Gault, the PSNI's "
        "district commander, told councillors that one in four came after midnight.",
        [(640, "Enniskillen"), (25, "Enniskillen")],
        id="speaker-employer",
    ),
    "extension-target": pytest.param(
        "Merseyside Police has backed a youth mentoring scheme.\n\nThe Police and Crime "
        "Commissioner, Anna Leigh, said £220,000 would be spent on it so that it can be "
        "extended to Sefton and Knowsley.",
        [(220000, "Merseyside")],
        id="extension-target",
    ),
    "call-centre-site": pytest.param(
        "Dyfed-Powys Police published its call figures.\n\nThe force's control room in "
        "Carmarthen took 7,400 emergency calls in June.",
        [(7400, "Dyfed-Powys")],
        id="call-centre-site",
    ),
    "work-sites": pytest.param(
        "Samaritans answered 41,000 calls across Wales in 2024.\n\nThe charity has 620 "
        "volunteers, who take calls at branches in Bangor, Wrexham and Newport.",
        [(41000, "Wales"), (620, "Wales")],
        id="work-sites",
    ),
    "body-seat": pytest.param(
        "North Yorkshire Police welcomed the figures.\n\nThe Harrogate-based charity "
        "answered 1,900 calls in June.",
        [(1900, "North Yorkshire")],
        id="body-seat",
    ),
    "scheme-remit": pytest.param(
        "Durham Constabulary made 12 arrests in May.\n\nThis year the force has referred "
        "88 people to the National Referral Mechanism, the UK framework for supporting "
        "victims.",
        [(12, "Durham"), (88, "Durham")],
        id="scheme-remit",
    ),
    "sports-team": pytest.param(
        "Merseyside Police published its figures. The force recorded 240 incidents on days "
        "when Scotland played in June.",
        [(240, "Merseyside")],
        id="sports-team",
    ),
    "residence": pytest.param(
        "The gang sold cocaine in Barrow and Kendal.\n\nLeader Tom Pike, 29, of Carlisle, "
        "was jailed.\n\nPhones showed 210 customers across the two towns.",
        [(210, "Barrow and Kendal")],
        id="residence",
    ),
    "portfolio": pytest.param(
        "Devon and Cornwall Police sent 300 letters.\n\nSergeant Amy Rudd, the force's "
        'speed enforcement lead for Plymouth, said: "Eight in ten drivers slow down."',
        [(300, "Devon and Cornwall"), (80, "Devon and Cornwall")],
        id="portfolio",
    ),
    "institution-name": pytest.param(
        "Suffolk Police arrested two men in Ipswich. One was taken to West Suffolk Hospital."
        "\n\nThree women, aged 19 to 24, were also arrested.",
        [(2, "Ipswich"), (3, "Ipswich")],
        id="institution-name",
    ),
    "source-branch": pytest.param(
        "Staffordshire Police recorded 3,400 thefts in 2025.\n\nThe total, down 9% on the "
        "year before, comes from data gathered by the Victim Care Unit in Stoke-on-Trent.",
        [(3400, "Staffordshire"), (9, "Staffordshire")],
        id="source-branch",
    ),
    "local-branch": pytest.param(
        "Cumbria Police held a week of action on rogue traders.\n\nStaff from Age UK "
        "Lancashire also visited 150 older people.",
        [(150, "Cumbria")],
        id="local-branch",
    ),
    "reason-clause": pytest.param(
        "Lancashire Police answered 88% of 999 calls on time.\n\nAugust was its busiest "
        "month, with 30,120 calls as crowds swelled in Blackpool.",
        [(88, "Lancashire"), (30120, "Lancashire")],
        id="reason-clause",
    ),
    "other-bodies-clause": pytest.param(
        "Cleveland Police cut its PCSOs by 25% in 2024, as forces across England merged "
        "neighbourhood teams.",
        [(25, "Cleveland")],
        id="other-bodies-clause",
    ),
    "event-site": pytest.param(
        "Avon and Somerset Police logged 96 reports in the four weeks after the gas blast in "
        "Yeovil on 9 May.",
        [(96, "Avon and Somerset")],
        id="event-site",
    ),
    "partners": pytest.param(
        "The South East Regional Organised Crime Unit, which works on behalf of Kent Police "
        "and Sussex Police, froze 52 accounts.",
        [(52, "South East")],
        id="partners",
    ),
    "member-bodies": pytest.param(
        "The Dorset Safeguarding Adults Board published its report. The board, which brings "
        "together Dorset Council, Dorset Police and Bournemouth, Christchurch and Poole "
        "Council, received 1,900 concerns.",
        [(1900, "Dorset")],
        id="member-bodies",
    ),
    "host-body": pytest.param(
        "Kent Police said the unit, hosted by Maidstone Borough Council, recovered £31,000.",
        [(31000, "Kent")],
        id="host-body",
    ),
    "supplier-clause": pytest.param(
        "Volunteers in Swindon handed out 80 foil blankets, which were donated by Wiltshire"
        " Police.",
        [(80, "Swindon")],
        id="supplier-clause",
    ),
    "mutual-aid": pytest.param(
        "Norfolk Constabulary policed the show. A total of 85 officers came from Suffolk "
        "Constabulary and Essex Police.",
        [(85, "Norfolk")],
        id="mutual-aid",
    ),
    "court-seat": pytest.param(
        "Lincolnshire Police said magistrates in Boston granted an order to forfeit £48,000.",
        [(48000, "Lincolnshire")],
        id="court-seat",
    ),
    "hospital-site": pytest.param(
        "Northumbria Police said four riders were hurt, and one was airlifted to hospital in "
        "Newcastle.",
        [(4, "Northumbria")],
        id="hospital-site",
    ),
    "headquarters-site": pytest.param(
        "Essex Police said 85 new call handlers were trained at its headquarters in Chelmsford.",
        [(85, "Essex")],
        id="headquarters-site",
    ),
    "launch-venue": pytest.param(
        "The review was launched today in Lancaster by Lancashire Constabulary, after "
        "thefts from shops reached 6,200 in 2025.",
        [(6200, "Lancashire")],
        id="launch-venue",
    ),
    "meeting-venue": pytest.param(
        "The Dorset Police and Crime Panel approved a 4.6% rise at a meeting held at County "
        "Hall in Dorchester, the Commissioner said.",
        [(4.6, "Dorset")],
        id="meeting-venue",
    ),
    "court-appearance": pytest.param(
        "Cumbria Police made 20 arrests. Eight men will appear before Carlisle magistrates.",
        [(20, "Cumbria"), (8, "Cumbria")],
        id="court-appearance",
    ),
    "body-base": pytest.param(
        "Durham Constabulary said its rural crime team, based in Darlington, made 61 arrests.",
        [(61, "Durham")],
        id="body-base",
    ),
    "arrival-clause": pytest.param(
        "Essex Police found 22 workers in 2024, and 9 were men who had been smuggled into England.",
        [(22, "Essex"), (9, "Essex")],
        id="arrival-clause",
    ),
    "journey-origin": pytest.param(
        "Three men who travelled from Surrey to course hares near Spalding were fined.",
        [(3, "Spalding")],
        id="journey-origin",
    ),
    "gang-base": pytest.param(
        "The network, which was run from rented flats in Crawley, moved 70 people into the UK.",
        [(70, "UK")],
        id="gang-base",
    ),
    "national-agent": pytest.param(
        "Bridgend Council has opened a hub. It was given £60,000 by the Welsh Government in 2025.",
        [(60000, "Bridgend")],
        id="national-agent",
    ),
    "route-ends": pytest.param(
        "Merseyside Police published its figures.\n\nThe 10A route between Liverpool and St "
        "Helens saw 64 reports.",
        [(64, "Merseyside")],
        id="route-ends",
    ),
    "route-start": pytest.param(
        "Lancashire Police published its figures.\n\nThe service from Preston to Blackpool "
        "saw 31 assaults.",
        [(31, "Lancashire")],
        id="route-start",
    ),
    "ranked-speaker-employer": pytest.param(
        "Leicester City Council said its hub had helped 400 children.\n\nLeicestershire "
        "Police's Detective Inspector Tom Hallam said officers had carried out 31 operations.",
        [(400, "Leicester"), (31, "Leicester")],
        id="ranked-speaker-employer",
    ),
    "drug-line-ends": pytest.param(
        "Cumbria Constabulary published its figures.\n\nA county line that ran heroin from "
        "Liverpool to Barrow sold 400 wraps.",
        [(400, "Cumbria")],
        id="drug-line-ends",
    ),
    "drug-line-start": pytest.param(
        "Cumbria Constabulary published its figures.\n\nThe drugs line running from "
        "Manchester into Kendal had 60 users.",
        [(60, "Cumbria")],
        id="drug-line-start",
    ),
    "locator-near": pytest.param(
        "Wiltshire Police published its figures.\n\nThe village of Downton, near Salisbury, "
        "had 40 volunteers.",
        [(40, "Downton")],
        id="locator-near",
    ),
    "spread-ends": pytest.param(
        "Cumbria Constabulary published its figures.\n\nThe team held 40 talks in schools "
        "from Barrow to Carlisle.",
        [(40, "Cumbria")],
        id="spread-ends",
    ),
    "spread-start": pytest.param(
        "Cumbria Constabulary published its figures.\n\nThe team held 40 talks in villages "
        "from Alston to Appleby.",
        [(40, "Cumbria")],
        id="spread-start",
    ),
    "parliament-seat": pytest.param(
        "Essex Police published its figures.\n\nThe force will show MPs at Westminster its 212 "
        "body cameras.",
        [(212, "Essex")],
        id="parliament-seat",
    ),
}
OFFICERS_BASED_IN = pytest.param(  # near miss: people work where they are based
    "Officers based in Leeds made 61 arrests.",
    [(61, "Leeds")],
    id="officers-based-in-a-town-keep-it",
)
PORTFOLIO_ROWS = [
    # near misses: reported speech may be of the portfolio's place; a place after "for"
    # that is no portfolio's
    pytest.param(
        "Devon and Cornwall Police sent 300 letters.\n\nSergeant Amy Rudd, the force's "
        "lead for Plymouth, said 40 of the drivers there were local.",
        [(300, "Devon and Cornwall"), (40, "Plymouth")],
        id="reported-speech",
    ),
    pytest.param(
        "Devon and Cornwall Police sent 300 letters.\n\nVolunteers in Plymouth, said "
        "Sergeant Amy Rudd, logged 40 cars.",
        [(300, "Devon and Cornwall"), (40, "Plymouth")],
        id="no-portfolio",
    ),
]
SOURCE_BRANCH_ROWS = [
    pytest.param(
        "Cumbria Police published its figures. The rise of 12% was in figures supplied by "
        "the Ambulance Service for Carlisle.",
        [(12, "Cumbria")],
        id="supplied-by-for",
    ),
    pytest.param(  # near miss: the figures' own place after the body
        "Cumbria Police published its figures. The charity helped 80 families in Carlisle.",
        [(80, "Carlisle")],
        id="own-place-stays",
    ),
    pytest.param(  # near miss: a place not after a body's name
        "Cumbria Police published its figures. Data published by region showed 40 thefts "
        "in Kendal.",
        [(40, "Kendal")],
        id="by-region-then-own-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), PORTFOLIO_ROWS)
def test_a_portfolio_near_miss(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SOURCE_BRANCH_ROWS)
def test_a_source_branch_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


TEAM_ROWS = [
    pytest.param(
        "Lancashire Police published its figures. Reports rose by 18% during every Wales "
        "game of the Euros.",
        [(18, "Lancashire")],
        id="a-team-s-game",
    ),
    pytest.param(
        "West Midlands Police published its figures. Officers made 35 arrests after England "
        "v France.",
        [(35, "West Midlands")],
        id="a-fixture",
    ),
    pytest.param(  # the fixture a city's teams play (rule sports-team, "derby")
        "Officers made 21 arrests during Saturday's Bristol derby, Avon and Somerset Police said.",
        [(21, "Avon and Somerset")],
        id="a-city-s-derby",
    ),
    pytest.param(
        "Northumbria Police said 14 people were arrested after the Tyne-Wear derbies.",
        [(14, "Northumbria")],
        id="derbies",
    ),
    pytest.param(  # near misses: a derby held in a place keeps it; the town of Derby
        "Avon and Somerset Police made 21 arrests in Bristol during Saturday's derby.",
        [(21, "Bristol")],
        id="derby-in-a-place-stays",
    ),
    pytest.param(  # near misses: the country's own figures keep it
        "Refuge said 9,000 women in England called its helpline in May.",
        [(9000, "England")],
        id="women-in-england-stay",
    ),
    pytest.param(
        "Hampshire Police made 40 arrests, while England recorded 3,100.",
        [(40, "Hampshire"), (3100, "England")],
        id="a-country-recording-stays",
    ),
    pytest.param(
        "Devon and Cornwall Police said people in Cornwall lost £800,000 to fraud.",
        [(800000, "Cornwall")],
        id="a-county-that-lost-money-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TEAM_ROWS)
def test_a_sports_team_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


UNIT_SUBJECT_ROWS = [
    pytest.param(  # the team named by its place is the subject: its place is the area
        "Officers from the Crawley neighbourhood policing team issued 61 fines in May, Sussex "
        "Police said today.",
        [(61, "Crawley")],
        id="officers-from-the-place-team",
    ),
    pytest.param(
        "Staff of the Bexhill team handed out 90 leaflets in May.",
        [(90, "Bexhill")],
        id="staff-of-the-place-team",
    ),
    pytest.param(  # a closing sayer with its day ranks after the clause's own place
        "Kent Police published its figures.\n\nThe Dover team made 40 arrests in May, Kent "
        "Police said on Monday.",
        [(40, "Dover")],
        id="closing-sayer-with-its-day",
    ),
    # near misses: the speaker's unit, and a force saying a figure with no other place
    pytest.param(
        "Kent Police published its figures. Insp Jo Bell, of the Dover roads policing team, "
        "said 40 drivers were stopped in May.",
        [(40, "Kent")],
        id="the-speaker-s-unit",
    ),
    pytest.param(
        "Burglaries fell by 12% in 2023, Kent Police said.",
        [(12, "Kent")],
        id="the-force-alone",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNIT_SUBJECT_ROWS)
def test_a_unit_subject_s_place_and_a_closing_sayer(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    """A place team opening its sentence as the subject (``SUBJECT_THE_BEFORE``) is the
    figures' area; a force closing the sentence as its sayer, with its day too ("…, Sussex
    Police said today.": ``closing_bodies.ATTRIBUTED_AFTER``), ranks after it."""
    assert areas(nlp, text) == expected


SCHEME_ROWS = [
    pytest.param(
        "Dorset Police made 12 arrests in May.\n\nLast year the force logged 140 reports "
        "on Action Fraud, the UK system that records fraud.",
        [(12, "Dorset"), (140, "Dorset")],
        id="a-system-that",
    ),
    pytest.param(  # near miss: the country's own total is its figure's scope
        "Dorset Police logged 140 reports, while the UK total rose to 9,000.",
        [(140, "Dorset"), (9000, "UK")],
        id="the-uk-total-stays",
    ),
]


# "most of" is a part, no superlative: the place after it is the part's
MOST_OF_ROWS = [
    pytest.param(
        "Gwent Police recorded 320 thefts in 2024.\n\nMost of the thefts were in Newport and "
        "Torfaen, which together accounted for 210. In Monmouthshire there were 44.",
        [(320, "Gwent"), (210, "Newport and Torfaen"), (44, "Monmouthshire")],
        id="most-of-then-which-together",
    ),
    pytest.param(  # a superlative subject placed by "came in": the place is the figure's
        "Gwent Police recorded 320 thefts in 2024.\n\nThe highest number of thefts came in "
        "Newport (120), followed by Torfaen (61).",
        [(320, "Gwent"), (120, "Newport"), (61, "Torfaen")],
        id="the-highest-number-came-in",
    ),
    pytest.param(  # near miss: "the most thefts in" is a superlative's scope
        "Gwent Police recorded 320 thefts, the most thefts in Wales.",
        [(320, "Gwent")],
        id="the-most-thefts-in-is-a-scope",
    ),
    pytest.param(  # "within the force area" ranks the town against the force's others
        "Gwent Police recorded 320 thefts in 2024.\n\nNewport had the highest rate within "
        "the force area, at 14.2 per 1,000 residents.",
        [(320, "Gwent"), (14.2, "Newport")],
        id="the-highest-rate-within-the-force-area-is-a-scope",
    ),
]


RESIDENCE_ROWS = [
    pytest.param(  # near miss: a place with no name and age before it stays
        "Officers in Carlisle seized 40 phones, police said.",
        [(40, "Carlisle")],
        id="a-place-of-its-own",
    ),
    pytest.param(
        "Amy Hill, aged 24, from Kendal, was one of 12 people charged in Cumbria.",
        [(12, "Cumbria")],
        id="aged-from",
    ),
    # several people named with their ages, then their shared home ("both of", "all from")
    pytest.param(
        "Kent Police said so.\n\nDean Marsh, 33, and Lee Fox, 28, both of Dover, were each "
        "jailed for six years. Two other men, aged 20 and 23, received four years each.",
        [(2, "Kent")],
        id="both-of-after-ages",
    ),
    pytest.param(
        "Essex Police said so.\n\nAmy Cole, 19, Jo Hart, 22, and Kim Lee, 20, all from "
        "Harlow, admitted the thefts.\n\nThey stole 61 bikes.",
        [(61, "Essex")],
        id="all-from-after-ages",
    ),
    pytest.param(  # near miss: "both of" with no age before it is no home
        "Essex Police said so. Officers made 24 arrests at the fairs in Harlow and Epping, "
        "both of Essex.",
        [(24, "Harlow and Epping")],
        id="both-of-without-ages",
    ),
    # a home address with its street: the town after the street is the home's, and leads
    # no place in to the figures after it
    pytest.param(
        "Kent Police said so.\n\nDean Marsh, 33, of Elm Grove, Dover, was jailed.\n\n"
        "He stole £52,000 from 140 people.",
        [(52000, "Kent"), (140, "Kent")],
        id="street-then-town",
    ),
    pytest.param(
        "Kent Police said so.\n\nJo Hart, 41, of 12 Station Road, Margate, was jailed.\n\n"
        "She took 19 phones.",
        [(19, "Kent")],
        id="numbered-street-then-town",
    ),
    pytest.param(  # near miss: a street named with no person and age before it
        "Kent Police said so. Officers on Station Road, Margate, stopped 35 drivers.",
        [(35, "Margate")],
        id="street-without-a-person",
    ),
    pytest.param(  # near miss: a street with no person before it leads its town in
        "Kent Police said so.\n\nOfficers patrolled Station Road, Margate, all week.\n\n"
        "They stopped 35 drivers.",
        [(35, "Margate")],
        id="patrolled-street-leads-in",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RESIDENCE_ROWS)
def test_a_residence_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), MOST_OF_ROWS)
def test_most_of_is_no_superlative(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), SCHEME_ROWS)
def test_a_scheme_remit_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


BODY_SEAT_ROWS = [
    pytest.param(
        "Essex Police has published its figures. The Chelmsford-based youth charity reached "
        "640 pupils last term.",
        [(640, "Essex")],
        id="a-seat-before-a-charity-with-a-modifier",
    ),
    pytest.param(
        "Gwent Police has published its figures. A Newport-based firm fitted 75 cameras.",
        [(75, "Gwent")],
        id="a-seat-before-a-firm",
    ),
    pytest.param(
        "Kent Police has published its figures. Maidstone-based officers made 41 arrests.",
        [(41, "Maidstone")],
        id="officers-based-somewhere-keep-the-town",
    ),
    pytest.param(
        "Kent Police has published its figures. Officers in Maidstone made 41 arrests.",
        [(41, "Maidstone")],
        id="a-plain-town-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_SEAT_ROWS)
def test_a_body_seat_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


ONE_SITE_KEEPS_ITS_TOWN = pytest.param(
    "Samaritans answered 41,000 calls across Wales in 2024.\n\nIts branch in Wrexham has "
    "80 volunteers.",
    [(41000, "Wales"), (80, "Wrexham")],
    id="one-site-keeps-its-town",
)
A_CENTRE_BUILT_IN_A_TOWN = pytest.param(
    "Cleveland Police will spend £3m on a new contact centre in Middlesbrough.",
    [(3000000, "Middlesbrough")],
    id="money-for-a-centre-keeps-its-town",
)
PREDICATE_SUPERLATIVE = pytest.param(
    "Kent Police made 400 arrests in 2024. The rate was highest in the South East, at 41 "
    "arrests per 1,000 people.",
    [(400, "Kent"), (41, "South East")],
    id="a-predicate-superlative-places-the-figure",
)
SUPERLATIVE_SUBJECT_PLACED = pytest.param(
    "Conwy logged 60 cases, while the lowest rate was in Ceredigion, at 8.1 per 10,000 children.",
    [(60, "Conwy"), (8.1, "Ceredigion")],
    id="a-superlative-subject-placed-by-was-in",
)
A_DIVISION_IS_A_TERRITORY = pytest.param(
    "Officers from the Highlands and Islands division searched 31 homes in Inverness and "
    "nearby towns.",
    [(31, "Inverness")],
    id="a-division-named-after-a-place-is-no-unit",
)
A_DIVISION_ALONE = pytest.param(
    "Officers from the Highlands and Islands division searched 31 homes last week.",
    [(31, "Highlands and Islands")],
    id="a-division-alone-is-the-area",
)
EXAMPLES_SUCH_AS = pytest.param(
    "Gwent Police will fund 9 youth clubs in towns such as Ebbw Vale.",
    [(9, "Gwent")],
    id="examples-such-as",
)
LOWER_CASE_REGION = pytest.param(
    "A charity said 900 people across the north west called its helpline.",
    [(900, "North West")],
    id="a-lower-case-region-stays",
)


RANKING_FIELD_ROWS = [
    pytest.param(
        "Kent Police said 640 drivers were caught in Dover, more than anywhere else in the "
        "South East.",
        [(640, "Dover")],
        id="ranking-field-anywhere-else",
    ),
    pytest.param(  # near miss: no comparison with every other, the place is the scope
        "Cardiff Council said it licenses 1,900 taxi drivers in Wales.",
        [(1900, "Wales")],
        id="ranking-field-near-miss-no-ranking",
    ),
    pytest.param(  # near miss: the place before the comparison is the figure's own
        "Wigan Council said 2,310 drivers work in Greater Manchester, more than any other "
        "council licenses.",
        [(2310, "Greater Manchester")],
        id="ranking-field-near-miss-place-before",
    ),
]


EXTENSION_TARGET_ROWS = [
    pytest.param(
        "Avon and Somerset Police has backed a charity's helpline.\n\nThe charity's director, "
        "Mark Tully, said £60,000 would pay to roll the service out to North Somerset.",
        [(60000, "Avon and Somerset")],
        id="extension-target-roll-out",
    ),
    pytest.param(
        "Cheshire Police has backed a parenting project.\n\nIts manager, Sue Dale, said 380 "
        "families had joined, and the project will be expanded into Warrington.",
        [(380, "Cheshire")],
        id="extension-target-will-be-expanded",
    ),
    pytest.param(  # near miss: an extension already made; the place is the figure's own
        "The pilot was extended to Bolton, where officers made 30 arrests.",
        [(30, "Bolton")],
        id="extension-target-near-miss-done",
    ),
    pytest.param(  # near miss: a ", where" clause states the place's own figures
        "Dorset Police has backed a youth project.\n\nIts manager, Sue Dale, said it would "
        "be extended to Weymouth, where thefts rose by 14% last year.",
        [(14, "Weymouth")],
        id="extension-target-near-miss-where",
    ),
    pytest.param(  # near miss: the figure's own place before a later extension
        "Lancashire Police has backed a youth project.\n\nIts manager, Sue Dale, said 45 "
        "members had joined in Preston, and the scheme will be expanded to Blackburn.",
        [(45, "Preston")],
        id="extension-target-near-miss-place-before",
    ),
]


def test_every_place_role_rule_has_a_row() -> None:
    assert {rule.name for rule in PLACE_ROLE_RULES} <= set(ROLE_ROWS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        *ROLE_ROWS.values(),
        LOWER_CASE_REGION,
        EXAMPLES_SUCH_AS,
        PREDICATE_SUPERLATIVE,
        SUPERLATIVE_SUBJECT_PLACED,
        A_DIVISION_IS_A_TERRITORY,
        A_DIVISION_ALONE,
        A_CENTRE_BUILT_IN_A_TOWN,
        ONE_SITE_KEEPS_ITS_TOWN,
        OFFICERS_BASED_IN,
        *RANKING_FIELD_ROWS,
        *EXTENSION_TARGET_ROWS,
    ],
)
def test_place_roles(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Officers across Kent arrested three men during the operation.\n\n"
            "Three men were stopped in Margate and charged with drug offences.",
            [(3, "Kent"), (3, "Kent")],
            id="district-repeat",
        ),
        pytest.param(
            "Officers across Kent arrested three men.\n\nFour men were stopped in Margate.",
            [(3, "Kent"), (4, "Margate")],
            id="another-value",
        ),
        pytest.param(
            "Officers in Margate arrested three men.\n\nThree men were stopped across Kent.",
            [(3, "Margate"), (3, "Kent")],
            id="not-within",
        ),
    ],
)
def test_a_figure_stated_again_for_a_district_keeps_its_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


ROUTE_ROWS = [
    pytest.param(
        "Nottinghamshire Police published its figures.\n\nThe Pronto service from Mansfield "
        "to Nottingham had 41 assaults on drivers last year.",
        [(41, "Nottinghamshire")],
        id="service-from-to",
    ),
    pytest.param(
        "South Yorkshire Police published its figures.\n\nThere were 29 incidents on the "
        "tram line between Sheffield city centre and Rotherham in May.",
        [(29, "South Yorkshire")],
        id="tram-line-between",
    ),
    pytest.param(
        "Kent Police published its figures.\n\nIn May, 12 buses on the route that runs "
        "between Dover and Folkestone were attacked.",
        [(12, "Kent")],
        id="route-that-runs-between",
    ),
    pytest.param(  # near miss: no route before "between"
        "West Yorkshire Police published its figures.\n\nOfficers recorded 18 thefts "
        "between Leeds and Bradford in May.",
        [(18, "Leeds and Bradford")],
        id="no-route-keeps-the-places",
    ),
    pytest.param(  # near miss: services in a town
        "Northumbria Police published its figures.\n\nThere were 23 incidents on services "
        "in Sunderland.",
        [(23, "Sunderland")],
        id="services-in-a-town-keep-it",
    ),
    pytest.param(  # near miss: calls to a line from a town come from that town
        "Gwent Police published its figures.\n\nOne in ten calls to the 101 line from "
        "Newport were abandoned.",
        [(10, "Newport")],
        id="line-from-a-town-keeps-it",
    ),
]


DRUG_LINE_ROWS = [
    pytest.param(
        "Sussex Police said a county line that ran drugs from south London to Hastings had "
        "been closed.\n\nTwo men were charged on Friday.",
        [(2, "Sussex")],
        id="county-line-from-south-london-to-a-town",
    ),
    pytest.param(
        "Devon and Cornwall Police published its figures.\n\nA drugs line which had "
        "supplied cocaine from Bristol to Plymouth sold 900 deals.",
        [(900, "Devon and Cornwall")],
        id="drugs-line-which-had-supplied",
    ),
    pytest.param(  # near miss: no far end, so the place is where the line came from
        "Cumbria Constabulary published its figures.\n\nA county line from Liverpool sold "
        "400 wraps.",
        [(400, "Liverpool")],
        id="line-from-a-town-without-far-end-keeps-it",
    ),
    pytest.param(  # near miss: lines in a town work there
        "Cumbria Constabulary published its figures.\n\nCounty lines in Barrow sold 400 wraps.",
        [(400, "Barrow")],
        id="lines-in-a-town-keep-it",
    ),
    pytest.param(  # near miss: people from a place, no line
        "Cumbria Constabulary published its figures.\n\nOfficers from Lancashire arrested 12 "
        "people in Barrow.",
        [(12, "Barrow")],
        id="officers-from-no-line",
    ),
]


RANKED_SPEAKER_ROWS = [
    pytest.param(
        "Coventry City Council published its figures.\n\nWest Midlands Police's Chief "
        "Inspector Ann Reid said 40 arrests had been made.",
        [(40, "Coventry")],
        id="chief-inspector-of-a-force-in-a-council-release",
    ),
    pytest.param(  # near miss: the force itself says it
        "Coventry City Council published its figures.\n\nWest Midlands Police said 40 "
        "arrests had been made.",
        [(40, "West Midlands")],
        id="force-says-it-keeps-its-area",
    ),
    pytest.param(  # near miss: the force's figures, no speaker
        "Coventry City Council published its figures.\n\nWest Midlands Police's figures "
        "show 40 arrests.",
        [(40, "West Midlands")],
        id="force-figures-keep-its-area",
    ),
    pytest.param(  # near miss: the speaker tells of the force's own deed
        "Coventry City Council published its figures.\n\nWest Midlands Police's Chief "
        "Inspector Ann Reid said the force had trained 40 officers.",
        [(40, "West Midlands")],
        id="speaker-tells-the-force-s-deed",
    ),
    pytest.param(  # near miss: "it" is the force
        "Coventry City Council published its figures.\n\nWest Midlands Police's Chief "
        "Inspector Ann Reid said it had made 40 arrests.",
        [(40, "West Midlands")],
        id="speaker-tells-its-deed",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RANKED_SPEAKER_ROWS)
def test_a_ranked_speaker_s_force_is_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), DRUG_LINE_ROWS)
def test_a_drug_line_s_ends_are_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROUTE_ROWS)
def test_a_route_s_ends_are_no_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected
