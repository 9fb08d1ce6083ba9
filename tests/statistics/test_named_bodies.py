"""Local bodies named for their place: one row per rule of NAMED_FOR_RULES, near misses,
and the areas they give figures (sentences invented for these tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import NAMED_FOR_RULES, named_place

AreasOf = Callable[[Language, str], list[tuple[float, str | None]]]

NAME_ROWS = [
    pytest.param(
        "ORG",
        "Transport for West Midlands",
        ("West Midlands", "territorial-service"),
        id="transport-for-place",
    ),
    pytest.param(
        "ORG",
        "Liverpool City Region Combined Authority",
        ("Liverpool City Region", "territorial-service"),
        id="combined-authority",
    ),
    pytest.param("ORG", "Derby City Council", ("Derby", "council"), id="council"),
    pytest.param(
        "ORG",
        "Devon, Somerset and Torbay Trading Standards Service",
        ("Devon, Somerset and Torbay", "council"),
        id="trading-standards",
    ),
    pytest.param("ORG", "the Trading Standards Service", None, id="trading-standards-no-place"),
    pytest.param(
        "ORG",
        "Brighton & Hove City Council",
        ("Brighton and Hove", "council"),
        id="council-ampersand",
    ),
    pytest.param(
        "ORG",
        "Cheshire Fire and Rescue Service",
        ("Cheshire", "territorial-service"),
        id="fire-and-rescue",
    ),
    pytest.param(
        "ORG",
        "Sefton Safeguarding Children Partnership",
        ("Sefton", "territorial-service"),
        id="safeguarding-partnership",
    ),
    pytest.param(
        "ORG",
        "Office of the Police and Crime Commissioner for North Yorkshire",
        ("North Yorkshire", "pcc"),
        id="pcc-office",
    ),
    pytest.param(
        "ORG",
        "Office of the Police and Crime Commissioner for Hampshire and the Isle of Wight",
        ("Hampshire and the Isle of Wight", "pcc"),
        id="pcc-office-place-with-and-the-of",
    ),
    pytest.param(
        "ORG",
        "Office of the Police and Crime Commissioner for the county",
        None,
        id="pcc-office-no-place-named",
    ),
    pytest.param(
        "ORG",
        "Office of the Norfolk Police and Crime Commissioner",
        ("Norfolk", "pcc"),
        id="pcc-office-place-inside",
    ),
    pytest.param(
        "ORG",
        "the Office of the Staffordshire Police, Fire and Crime Commissioner",
        ("Staffordshire", "pcc"),
        id="pcc-office-place-inside-fire",
    ),
    pytest.param(
        "ORG",
        "Cumbria Office of the Police and Crime Commissioner",
        ("Cumbria", "pcc"),
        id="pcc-office-place-first",
    ),
    pytest.param(
        "ORG",
        "Police and Crime Panel for Avon and Somerset",
        ("Avon and Somerset", "pcc"),
        id="police-and-crime-panel",
    ),
    pytest.param("ORG", "Kent Police and Crime Panel", ("Kent", "pcc"), id="panel-place-first"),
    pytest.param("ORG", "Police and Crime Panel", None, id="panel-with-no-place"),
    pytest.param(
        "ORG",
        "Essex Violence Reduction Unit",
        ("Essex", "territorial-service"),
        id="violence-reduction-unit",
    ),
    pytest.param(
        "ORG",
        "the Greater Manchester Violence Reduction Unit",
        ("Greater Manchester", "territorial-service"),
        id="violence-reduction-unit-two-word-place",
    ),
    pytest.param("ORG", "Violence Reduction Unit", None, id="violence-reduction-unit-no-place"),
    pytest.param(
        "ORG", "Southern Health and Social Care Trust", ("Southern", "council"), id="health-body"
    ),
    pytest.param(
        "ORG",
        "Swansea Bay University Health Board",
        ("Swansea Bay", "council"),
        id="health-body-board",
    ),
    pytest.param("ORG", "Health and Social Care Trust", None, id="health-body-no-place"),
    pytest.param(
        "ORG",
        "Sheffield Teaching Hospitals NHS Foundation Trust",
        ("Sheffield", "council"),
        id="nhs-trust-teaching-hospitals",
    ),
    pytest.param("ORG", "North Bristol NHS Trust", ("North Bristol", "council"), id="nhs-trust"),
    pytest.param(
        "ORG",
        "University Hospitals of Derby and Burton NHS Foundation Trust",
        None,
        id="nhs-trust-place-after",
    ),
    pytest.param("ORG", "the NHS Trust", None, id="nhs-trust-no-place"),
    pytest.param(
        "ORG", "Humber Teaching NHS Foundation Trust", None, id="nhs-trust-teaching-no-hospitals"
    ),
    pytest.param("ORG", "NHS Tayside", ("Tayside", "council"), id="nhs-board"),
    pytest.param(
        "ORG",
        "East of England Ambulance Service NHS Trust",
        ("East of England", "territorial-service"),
        id="ambulance-service",
    ),
    pytest.param(
        "ORG",
        "North West Ambulance Service",
        ("North West", "territorial-service"),
        id="ambulance-service-short",
    ),
    pytest.param("ORG", "the Ambulance Service", None, id="ambulance-service-no-place"),
    pytest.param(
        "ORG",
        "Wessex Cyber Resilience Centre",
        ("Wessex", "territorial-service"),
        id="resilience-centre",
    ),
    pytest.param(
        "ORG",
        "the Cyber Resilience Centre for the North West",
        ("North West", "territorial-service"),
        id="resilience-centre-place-after",
    ),
    pytest.param("ORG", "Cyber Resilience Centre", None, id="resilience-centre-no-place"),
    pytest.param(
        "ORG", "National Cyber Security Centre", None, id="security-centre-is-not-resilience"
    ),
    pytest.param("ORG", "Gwent OPCC", ("Gwent", "pcc"), id="pcc-office-acronym"),
    pytest.param(
        "FORCE",
        "the East Midlands Regional Organised Crime Unit",
        ("East Midlands", "territorial-service"),
        id="regional-crime-unit",
    ),
    pytest.param(
        "FORCE",
        "Yorkshire and the Humber ROCU",
        ("Yorkshire and the Humber", "territorial-service"),
        id="regional-crime-unit-acronym-and-the",
    ),
    pytest.param("ORG", "CPS Wessex", ("Wessex", "territorial-service"), id="cps-area"),
    pytest.param(
        "FORCE",
        "North East Regional Special Operations Unit",
        ("North East", "territorial-service"),
        id="regional-special-operations-unit",
    ),
    pytest.param("FORCE", "Regional Organised Crime Unit", None, id="regional-unit-no-place"),
    pytest.param("ORG", "South West ROCU", None, id="regional-unit-type-must-fit"),
    pytest.param("CHARITY", "Hull Women's Aid", ("Hull", "council"), id="local-charity"),
    pytest.param(
        "CHARITY",
        "Tyne and Wear Citizens Advice",
        ("Tyne and Wear", "council"),
        id="local-charity-place-holding-and",
    ),
    pytest.param(
        "CHARITY",
        "Dumfries and Galloway Rape Crisis",
        ("Dumfries and Galloway", "council"),
        id="local-charity-joined-places",
    ),
    pytest.param("ORG", "Grimsby Town FC", ("Grimsby", "council"), id="football-club"),
    pytest.param("ORG", "Grimsby Town", None, id="football-club-no-fc"),
    pytest.param(
        "ORG",
        "Kendal Business Improvement District",
        ("Kendal", "council"),
        id="business-improvement-district",
    ),
    pytest.param("ORG", "the BID", None, id="business-improvement-district-no-place"),
    pytest.param(
        "ORG",
        "Road Safety North East Scotland",
        ("North East Scotland", "territorial-service"),
        id="road-safety-region",
    ),
    pytest.param("ORG", "Road Safety Wales", ("Wales", "territorial-service"), id="rs-nation"),
    pytest.param(
        "ORG", "Office of the Police and Crime Commissioner", None, id="pcc-office-no-place"
    ),
    pytest.param(
        "ORG",
        "Children's Commissioner for England",
        ("England", "territorial-service"),
        id="commissioner-for-place",
    ),
    pytest.param("ORG", "Victims' Commissioner", None, id="commissioner-no-place"),
    # near misses: no place opens the name, or the type does not fit
    pytest.param(
        "ORG",
        "HM Inspectorate of Constabulary and Fire & Rescue Services",
        None,
        id="inspectorate-is-no-fire-service",
    ),
    pytest.param(
        "ORG",
        "Derry City and Strabane Policing and Community Safety Partnership",
        ("Derry City and Strabane", "council"),
        id="community-safety-partnership",
    ),
    pytest.param(
        "ORG", "Wirral Community Safety Partnership", ("Wirral", "council"), id="csp-plain"
    ),
    pytest.param("ORG", "Policing and Community Safety Partnership", None, id="pcsp-no-place"),
    pytest.param("ORG", "Safer Sheffield", ("Sheffield", "council"), id="safer-place-partnership"),
    pytest.param(
        "ORG", "the Safer Wakefield Partnership", ("Wakefield", "council"), id="safer-partnership"
    ),
    pytest.param("ORG", "Safer Roads Partnership", None, id="safer-roads-no-place"),
    pytest.param("ORG", "Safer Streets", None, id="safer-streets-no-place"),
    pytest.param("ORG", "National Safeguarding Panel", None, id="no-partnership"),
    pytest.param("FORCE", "Derby City Council", None, id="type-must-fit"),
    pytest.param("ORG", "Cottenham Parish Council", ("Cottenham", "council"), id="parish-council"),
    pytest.param("ORG", "Cardiff University", ("Cardiff", "council"), id="university"),
    pytest.param("ORG", "the University of Leeds", ("Leeds", "council"), id="university-of-place"),
    pytest.param("ORG", "Cardiff University Students' Union", None, id="university-students-union"),
    pytest.param(
        "ORG", "Llanberis Community Council", ("Llanberis", "council"), id="community-council"
    ),
    pytest.param("ORG", "City of York Council", ("York", "council"), id="city-of-council"),
    pytest.param(
        "ORG",
        "City of Bradford Metropolitan District Council",
        ("Bradford", "council"),
        id="city-of-council-metropolitan-district",
    ),
    pytest.param(
        "ORG", "the City of Edinburgh Council", ("Edinburgh", "council"), id="city-of-the"
    ),
    pytest.param("ORG", "City of London Corporation", None, id="city-of-no-council"),
    pytest.param("FORCE", "City of London Police", None, id="city-of-force-no-council"),
    pytest.param(
        "FORCE",
        "Hampshire and Isle of Wight Constabulary",
        ("Hampshire and Isle of Wight", "territorial-force"),
        id="force-for-joined-places",
    ),
    pytest.param(
        "FORCE",
        "Devon & Cornwall Police",
        ("Devon and Cornwall", "territorial-force"),
        id="force-for-joined-places-ampersand",
    ),
    pytest.param("FORCE", "Hampshire Constabulary", None, id="force-for-one-place"),
    pytest.param("FORCE", "Thames Valley Police", None, id="force-for-two-words-no-and"),
    pytest.param("ORG", "Avon and Somerset Constabulary", None, id="force-type-must-fit"),
]


def test_every_named_for_rule_has_a_row() -> None:
    assert {rule.name for rule in NAMED_FOR_RULES} <= {row.id for row in NAME_ROWS}


@pytest.mark.parametrize(("label", "name", "expected"), NAME_ROWS)
def test_named_place(label: str, name: str, expected: tuple[str, str] | None) -> None:
    assert named_place(label, name) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road safety body named for its region speaks for it (rule road-safety-region)
        (
            "Road Safety West Scotland ran 40 courses for new drivers.",
            [(40, "West Scotland")],
        ),
        # near miss: a week named "Road Safety" is no body of a place
        ("Road Safety Week drew 40 schools in Fife.", [(40, "Fife")]),
        # a fire service's own release speaks for its area
        (
            "Cheshire Fire and Rescue Service fitted 2,100 smoke alarms last year.",
            [(2100, "Cheshire")],
        ),
        # a partnership named for its place is the place of its clause
        (
            "Durham Police said so. Cases go to the Sefton Safeguarding Children "
            "Partnership, which received 85 referrals in May.",
            [(85, "Sefton")],
        ),
        # a violence reduction unit's money is its area's, also under its defined acronym
        (
            "The Essex Violence Reduction Unit (VRU) opened two youth hubs. The hubs are "
            "paid for with £75,000 from the VRU.",
            [(2, "Essex"), (75000, "Essex")],
        ),
        # a commissioner's office named for its area is the place of its clause
        (
            "Leeds City Council said so. The scheme gets £90,000 from the Office of the "
            "Police and Crime Commissioner for North Yorkshire.",
            [(90000, "North Yorkshire")],
        ),
        (
            "The Hope Trust helped 40 families in Hastings. It gets £50,000 from the Office "
            "of the Sussex Police and Crime Commissioner and £20,000 from the Surrey Office "
            "of the Police and Crime Commissioner.",
            [(40, "Hastings"), (50000, "Sussex"), (20000, "Surrey")],
        ),
        # a policing office with no place in its name speaks for its gazetteer area, even
        # after a lead naming boroughs
        (
            "Robberies in Camden and Islington fell by 12% in May. The patrols are paid for "
            "with £2m from the Mayor's Office for Policing and Crime.",
            [(12, "Camden and Islington"), (2000000, "London")],
        ),
        # an office named for a place with "and the" and "of" speaks for that place as
        # worded
        (
            "The Office of the Police and Crime Commissioner for Hampshire and the Isle of "
            "Wight completed 62 complaint reviews in May. The office upheld 14 of them.",
            [(62, "Hampshire and the Isle of Wight"), (14, "Hampshire and the Isle of Wight")],
        ),
        # a police and crime panel named for its area is the place of its clause
        (
            "Leeds City Council said so. The Police and Crime Panel for Avon and Somerset "
            "approved a 4.8% rise in the precept.",
            [(4.8, "Avon and Somerset")],
        ),
        # a health body named for its area is the place of its clause
        (
            "Fife recorded 900 referrals in 2025. In the NHS Tayside area alone, 120 referrals "
            "came from GPs.",
            [(900, "Fife"), (120, "Tayside")],
        ),
        # a regional cyber resilience centre's release speaks for its region, not for the
        # commissioner named later
        (
            "The North West Cyber Resilience Centre now has 1,500 members. Ransomware made up "
            "40% of the attacks they reported. Cumbria's Police and Crime Commissioner paid "
            "for the first year.",
            [(1500, "North West"), (40, "North West")],
        ),
        # a "Safer <place>" community safety partnership's release speaks for its place, not
        # for the force named after the lead (rule safer-place-partnership); the force's own
        # clause stays the force's
        (
            "Safer Sheffield, the city's community safety partnership, has published a review "
            "naming 12 agencies. South Yorkshire Police said 300 cases were reopened.",
            [(12, "Sheffield"), (300, "South Yorkshire")],
        ),
        # near miss: an appositive naming the partnership's area keeps the text's wording
        # (guard covers_wording)
        (
            "Safer Cornwall, the community safety partnership for Cornwall and the Isles of "
            "Scilly, has published a review naming 12 agencies.",
            [(12, "Cornwall and the Isles of Scilly")],
        ),
        # near miss: a road safety campaign named "Safer Roads" is no body of a place
        (
            "Safer Roads Week saw 50 drivers stopped. South Yorkshire Police said 300 drivers "
            "were fined.",
            [(50, "South Yorkshire"), (300, "South Yorkshire")],
        ),
        # a "City of … Council" release speaks for its city
        (
            "City of Wolverhampton Council suspended 38 taxi licences in May. In June the "
            "council revoked 12 licences.",
            [(38, "Wolverhampton"), (12, "Wolverhampton")],
        ),
        # a scope place named before the service stays the area pointed back to
        (
            "Grass fires in Burnley fell, Lancashire Fire and Rescue Service said. "
            "Crews attended 64 fires in the area in June.",
            [(64, "Burnley")],
        ),
    ],
)
def test_named_bodies_give_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
