"""A national charity cited as the source of its sentence gives that sentence's figures
its country, even in a force's release; a national body's remit, one row a body."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import Body
from pressfacts.statistics.national_scopes import NATIONAL_SCOPES, SOURCE_VERBS, cited_source


def areas(nlp: Language, text: str) -> list[tuple[float, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 5)
    doc = nlp(doc)
    return [(f.value, f.area) for f in doc._.statistics]


SOURCE_ROWS = [
    pytest.param(
        "Cleveland Police has opened a new hub. The NSPCC says two in five children who called "
        "had been contacted by a stranger.",
        [(40, "UK")],
        id="charity-says",
    ),
    pytest.param(
        "Cleveland Police has opened a new hub. Victim Support's director, Ann Lowe, said: "
        "\u201cA third of the people we help wait a month to call.\u201d",
        [(33.3, "England and Wales")],
        id="possessive-speaker",
    ),
    pytest.param(
        "Cleveland Police has opened a new hub. According to Childline, 300 young people "
        "called about it.",
        [(300, "UK")],
        id="according-to",
    ),
    pytest.param(
        "Gwent Police has opened a new hub. Figures from the NSPCC show 900 children were "
        "referred last year.",
        [(900, "UK")],
        id="figures-from",
    ),
    pytest.param(
        "Gwent Police has opened a new hub. Data published by Childline shows 1,200 calls "
        "about it.",
        [(1200, "UK")],
        id="data-published-by",
    ),
    pytest.param(
        "Gwent Police has opened a new hub. Officers took figures to the NSPCC about 40 children.",
        [(40, "Gwent")],
        id="figures-to-not-cited",
    ),
    pytest.param(
        "Cleveland Police has opened a new hub. Officers referred 30 children to the NSPCC.",
        [(30, "Cleveland")],
        id="named-not-cited",
    ),
    pytest.param(
        "Cleveland Police has opened a new hub. Childline answered 4,100 calls about it.",
        [(4100, "UK")],
        id="service-counting-its-work",
    ),
    pytest.param(
        "Merseyside Police said the NCA found 25 victims during the week.",
        [(25, "Merseyside")],
        id="police-body-not-a-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_ROWS)
def test_a_cited_charity_gives_its_country(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize("verb", SOURCE_VERBS)
def test_every_source_verb_cites(verb: str) -> None:
    text = f"The NSPCC {verb} 40 children"
    assert cited_source(text, Body(4, 9, "CHARITY", "charity:nspcc"))
    assert not cited_source(text, Body(4, 9, "FORCE", "charity:nspcc"))


HELPLINE_ROWS = [
    # rule ``helpline-release-scope``: the National Domestic Abuse Helpline is England's
    pytest.param(
        "The National Domestic Abuse Helpline took 3,200 calls over the Easter weekend. "
        "Nearly a quarter of callers had children at home.",
        [(3200, "England"), (25, "England")],
        id="helpline-release",
    ),
    pytest.param(
        "The National Domestic Abuse Helpline, run by Refuge, said 640 of its calls came "
        "from Essex last year.",
        [(640, "Essex")],
        id="helpline-own-place-beats-remit",
    ),
    # near misses: cited in a release of a body of wider remit, the release's area stays
    pytest.param(
        "Victim Support said demand rose by 9% last year, and the National Domestic Abuse "
        "Helpline answered 41,000 calls.",
        [(9, "England and Wales"), (41000, "England and Wales")],
        id="helpline-cited-in-a-wider-release",
    ),
    pytest.param(
        "Lancashire Police said the National Domestic Abuse Helpline received 380 calls "
        "from the county.",
        [(380, "Lancashire")],
        id="helpline-cited-in-a-force-release",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HELPLINE_ROWS)
def test_the_helpline_release_scope(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("body", "area"),
    [
        ("force:national-crime-agency", "UK"),
        ("force:british-transport-police", "Great Britain"),
        ("charity:nspcc", "UK"),
        ("charity:victim-support", "England and Wales"),
        ("charity:unseen", "UK"),
        ("charity:unseen-uk", "UK"),
        ("charity:modern-slavery-exploitation-helpline", "UK"),
        ("org:independent-office-for-police-conduct", "England and Wales"),
        ("charity:dogs-trust", "UK"),
        ("charity:royal-society-for-the-prevention-of-cruelty-to-animals", "England and Wales"),
        ("charity:scottish-spca", "Scotland"),
        ("charity:stop-hate-uk", "UK"),
        ("charity:stop-hate-line", "UK"),
        ("org:british-retail-consortium", "UK"),
        ("org:usdaw", "UK"),
        ("charity:royal-national-lifeboat-institution", "UK and Ireland"),
        ("charity:royal-life-saving-society-uk", "UK"),
        ("org:scotrail", "Scotland"),
        ("charity:iam-roadsmart", "UK"),
        ("org:thatcham-research", "UK"),
        ("charity:cycling-uk", "UK"),
        ("charity:which", "UK"),
        ("charity:karma-nirvana", "UK"),
        ("charity:national-domestic-abuse-helpline", "England"),
        ("charity:police-now", "England and Wales"),
        ("charity:rape-crisis-england-and-wales", "England and Wales"),
    ],
)
def test_national_scopes(body: str, area: str) -> None:
    assert {s.name: s.area for s in NATIONAL_SCOPES}[body] == area


RELEASE_ROWS = [
    # water safety charities by their remit: the RNLI's coasts of the UK and Ireland
    pytest.param(
        "RNLI lifeboats carried out 8,100 launches around the coasts of the UK and Ireland "
        "in 2023. More than half of all launches were to walkers and anglers.",
        [(8100, "UK and Ireland"), (50, "UK and Ireland")],
        id="rnli-release",
    ),
    pytest.param(
        "The RNLI said its crews carried out 410 launches in Cornwall last year.",
        [(410, "Cornwall")],
        id="rnli-own-place-beats-remit",
    ),
    pytest.param(
        "Anti-slavery charity Unseen says it handled 870 cases in the last three months. "
        "Nail bars accounted for 112 of them.",
        [(870, "UK"), (112, "UK")],
        id="unseen-release",
    ),
    pytest.param(
        "The Modern Slavery & Exploitation Helpline took 2,310 calls in 2025, the charity said.",
        [(2310, "UK")],
        id="helpline-release",
    ),
    pytest.param(
        "Anti-slavery charity Unseen says it handled 870 cases in Cardiff last year.",
        [(870, "Cardiff")],
        id="own-place-beats-remit",
    ),
    pytest.param(
        "The IOPC opened 390 investigations in 2023, up from 350 in 2022.",
        [(390, "England and Wales"), (350, "England and Wales")],
        id="police-watchdog-release",
    ),
    pytest.param(
        "The Independent Office for Police Conduct said Essex Police referred 64 cases.",
        [(64, "Essex")],
        id="a-force-named-beats-the-watchdog-s-remit",
    ),
    # road safety, motor research and training bodies by their remit
    pytest.param(
        "IAM RoadSmart surveyed 2,000 drivers in 2024, and one in ten had been to a car meet.",
        [(2000, "UK"), (10, "UK")],
        id="road-safety-charity-release",
    ),
    pytest.param(
        "Police Now placed 410 detectives in 2024, more than six in ten of them women.",
        [(410, "England and Wales"), (60, "England and Wales")],
        id="officer-training-charity-release",
    ),
    pytest.param(
        "IAM RoadSmart said 40 drivers were caught speeding in Lincoln last month.",
        [(40, "Lincoln")],
        id="road-safety-charity-own-place-beats-remit",
    ),
    # a body whose webpages are on servers the world over has no remit as their area
    pytest.param(
        "The Internet Watch Foundation confirmed 61,000 webpages of abuse imagery in 2024.",
        [(61000, None)],
        id="internet-hotline-no-remit",
    ),
    pytest.param(
        "The Brightwater Trust says it helped 870 people last year.",
        [(870, None)],
        id="unknown-charity-no-remit",
    ),
    # animal welfare charities by their remit
    pytest.param(
        "Dogs Trust took in 8,420 dogs in 2023 and found homes for 7,900 of them.",
        [(8420, "UK"), (7900, "UK")],
        id="dogs-trust-release",
    ),
    pytest.param(
        "The RSPCA received 61,000 reports of neglect last year, a rise of 6%.",
        [(61000, "England and Wales"), (6, "England and Wales")],
        id="rspca-release",
    ),
    pytest.param(
        "The Scottish SPCA rescued 930 animals in 2023.",
        [(930, "Scotland")],
        id="scottish-spca-release",
    ),
    pytest.param(
        "The RSPCA rescued 48 dogs from a farm in Powys last year.",
        [(48, "Powys")],
        id="animal-charity-own-place-beats-remit",
    ),
    pytest.param(
        "Avon and Somerset Police seized 52 dogs last year and Dogs Trust rehomed 17 of them.",
        [(52, "Avon and Somerset"), (17, "Avon and Somerset")],
        id="animal-charity-beside-a-force",
    ),
    pytest.param(
        "Durham Constabulary has opened a dog unit. Dogs Trust said it had taken in 38 dogs "
        "from Darlington since October.",
        [(38, "Darlington")],
        id="cited-charity-yields-to-a-place-in-its-clause",
    ),
    pytest.param(
        "Gwent Police has launched an appeal. The RSPCA said it had taken 41 calls from "
        "Newport this month.",
        [(41, "Newport")],
        id="cited-rspca-yields-to-a-place-in-its-clause",
    ),
    # hate crime charities by their remit
    pytest.param(
        "Calls to the Stop Hate Line rose to 5,210 in 2023, Stop Hate UK said.",
        [(5210, "UK")],
        id="hate-crime-helpline-release",
    ),
    pytest.param(
        "Stop Hate UK handled 640 reports in 2024. Disability was the motive in 130 of them.",
        [(640, "UK"), (130, "UK")],
        id="hate-crime-charity-release",
    ),
    pytest.param(
        "Stop Hate UK said it took 212 reports from Leicester last year.",
        [(212, "Leicester")],
        id="hate-crime-charity-own-place-beats-remit",
    ),
    # retail trade body and shop workers' union by their remit
    pytest.param(
        "Retailers lost £1.3bn to theft in 2023, the British Retail Consortium said. Staff "
        "faced 900 incidents of abuse every day.",
        [(1300000000, "UK"), (900, "UK")],
        id="retail-trade-body-release",
    ),
    pytest.param(
        "Usdaw surveyed 4,800 shop workers in 2024. Two thirds of them had been abused.",
        [(4800, "UK"), (66.7, "UK")],
        id="shop-workers-union-release",
    ),
    pytest.param(
        "The British Retail Consortium said shops in Cardiff lost £9m to theft last year.",
        [(9000000, "Cardiff")],
        id="retail-trade-body-own-place-beats-remit",
    ),
    pytest.param(
        "Kent Police said the British Retail Consortium had counted 210 thefts in Ashford.",
        [(210, "Ashford")],
        id="retail-trade-body-beside-a-force",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELEASE_ROWS)
def test_a_national_charity_release_takes_its_remit(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
