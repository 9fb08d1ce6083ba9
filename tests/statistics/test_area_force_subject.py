"""A figure the release's one force is said to have recorded ("the force received 1,320
reports") is the force's area, not the town the lead spoke of (area rule
``force-subject``, :mod:`pressfacts.statistics.force_subjects`). Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = "Essex Police are appealing for help to find a man missing from his home in Harlow.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "In 2024, the force received 1,320 reports of missing people.",
         [(1320, "Essex")]),
        (_LEAD + "So far this year the force has recorded 940 reports, up 8% on last year.",
         [(940, "Essex"), (8, "Essex")]),
        (_LEAD + "The constabulary dealt with 2,100 calls about missing people last year.",
         [(2100, "Essex")]),
        (_LEAD + "The force's figures show that 61 children went missing more than once.",
         [(61, "Essex")]),
        # near misses: what the force did in the lead's town, a place of the sentence's own,
        # the force speaking, and a release naming two forces
        (_LEAD + "The force trained 40 volunteers to help with searches.", [(40, "Harlow")]),
        (_LEAD + "In Basildon, the force received 210 reports.", [(210, "Basildon")]),
        (_LEAD + "The force said 30 officers had joined the search.", [(30, "Harlow")]),
        ("Essex Police and Kent Police are searching for a man from Harlow.\n\nThe force "
         "received 1,320 reports last year.", [(1320, "Harlow")]),
    ],
)  # fmt: skip
def test_force_subject(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


_RAID_LEAD = (
    "Eight people were arrested when West Yorkshire Police raided nail bars in Halifax and"
    " Huddersfield last week.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RAID_LEAD + "Since January, the force has made 41 modern slavery arrests.",
         [(8, "Halifax and Huddersfield"), (41, "West Yorkshire")]),
        (_RAID_LEAD + "So far this year the force has seized 120 phones.",
         [(8, "Halifax and Huddersfield"), (120, "West Yorkshire")]),
        (_RAID_LEAD + "Since April last year, the force has charged 19 people.",
         [(8, "Halifax and Huddersfield"), (19, "West Yorkshire")]),
        # near misses: no running span, and officers (not the force) as the subject
        (_RAID_LEAD + "On Thursday, the force arrested 12 more people.",
         [(8, "Halifax and Huddersfield"), (12, "Halifax and Huddersfield")]),
        (_RAID_LEAD + "Since January, officers have made 41 modern slavery arrests.",
         [(8, "Halifax and Huddersfield"), (41, "Halifax and Huddersfield")]),
    ],
)  # fmt: skip
def test_force_running_tally(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-running-tally``: a force's running tally is force-wide."""
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RAID_LEAD + "Over the past 12 months the force has closed 36 cannabis farms.",
         [(8, "Halifax and Huddersfield"), (36, "West Yorkshire")]),
        (_RAID_LEAD + "In the last two years, the force has executed 210 drugs warrants.",
         [(8, "Halifax and Huddersfield"), (210, "West Yorkshire")]),
        (_RAID_LEAD + "Over the past year the force has dismantled 14 cannabis farms and "
         "seized more than £2m of drugs.",
         [(8, "Halifax and Huddersfield"), (14, "West Yorkshire"), (2000000, "West Yorkshire")]),
        (_RAID_LEAD + "In the past seven years, the force has made 400 arrests for supply.",
         [(8, "Halifax and Huddersfield"), (400, "West Yorkshire")]),
        (_RAID_LEAD + "During the last eighteen months the force has seized 90 firearms.",
         [(8, "Halifax and Huddersfield"), (90, "West Yorkshire")]),
        # near misses: no span of months or years, and officers (not the force) as the subject
        (_RAID_LEAD + "Over the weekend, the force closed 3 cannabis farms.",
         [(8, "Halifax and Huddersfield"), (3, "Halifax and Huddersfield")]),
        (_RAID_LEAD + "Over the past 12 months, officers have closed 14 farms.",
         [(8, "Halifax and Huddersfield"), (14, "Halifax and Huddersfield")]),
    ],
)  # fmt: skip
def test_force_past_span_tally(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-past-span-tally``: a force's tally over the past months or years is
    force-wide."""
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_RAID_LEAD + "Since the start of May, the force's Operation Lantern has led to 33 "
         "arrests.", [(8, "Halifax and Huddersfield"), (33, "West Yorkshire")]),
        (_RAID_LEAD + "So far this year, the force's Operation Lantern has resulted in 52 "
         "charges.", [(8, "Halifax and Huddersfield"), (52, "West Yorkshire")]),
        # near misses: no running span, and an operation that is not the force's
        (_RAID_LEAD + "On Friday, the force's Operation Lantern led to 12 more arrests.",
         [(8, "Halifax and Huddersfield"), (12, "Halifax and Huddersfield")]),
        (_RAID_LEAD + "Since the start of May, the council's Operation Lantern has led to 33 "
         "arrests.", [(8, "Halifax and Huddersfield"), (33, "Halifax and Huddersfield")]),
    ],
)  # fmt: skip
def test_force_operation_tally(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-operation-tally``: a force's operation's running tally is force-wide."""
    assert areas(nlp, text) == expected


_SHOP_LEAD = (
    "Staff at 30 shops in Lincoln have begun wearing body cameras, Lincolnshire Police said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SHOP_LEAD + "Assaults on shop staff reported to the force rose to 890 last year.",
         [(30, "Lincoln"), (890, "Lincolnshire")]),
        (_SHOP_LEAD + "Thefts recorded by the constabulary fell to 4,200, down 6% on 2022.",
         [(30, "Lincoln"), (4200, "Lincolnshire"), (6, "Lincolnshire")]),
        (_SHOP_LEAD + "Reports made to the force rose to 512, and a third of them came from "
         "Grantham.", [(30, "Lincoln"), (512, "Lincolnshire"), (33.3, "Grantham")]),
        # near misses: a place of the clause, not the force, and the force's area named
        (_SHOP_LEAD + "Assaults reported to the force in Boston rose to 140.",
         [(30, "Lincoln"), (140, "Boston")]),
        (_SHOP_LEAD + "Incidents reported to the council rose to 75.",
         [(30, "Lincoln"), (75, "Lincoln")]),
        (_SHOP_LEAD + "Staff reported 61 assaults to managers last year.",
         [(30, "Lincoln"), (61, "Lincoln")]),
    ],
)  # fmt: skip
def test_force_recorded_passive(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-recorded-passive``: what was reported to the force is force-wide."""
    assert areas(nlp, text) == expected


_FUNDING_LEAD = (
    "The Police and Crime Commissioner has given £90,000 to a youth service in Ashford and "
    "Folkestone run with Kent Police.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_FUNDING_LEAD + "Referrals to the force's exploitation team rose by 23% last year.",
         [(90000, "Ashford and Folkestone"), (23, "Kent")]),
        (_FUNDING_LEAD + "Reports to the constabulary's child protection unit reached 812.",
         [(90000, "Ashford and Folkestone"), (812, "Kent")]),
        (_FUNDING_LEAD + "Cases passed to the force's missing persons hub fell by 17% in 2024.",
         [(90000, "Ashford and Folkestone"), (17, "Kent")]),
        # near misses: not the force's team, a place of the clause, and a deed of the team
        (_FUNDING_LEAD + "Referrals to the council's exploitation team rose by 23%.",
         [(90000, "Ashford and Folkestone"), (23, "Ashford and Folkestone")]),
        (_FUNDING_LEAD + "Referrals to the force's team in Dover rose by 23%.",
         [(90000, "Ashford and Folkestone"), (23, "Dover")]),
        (_FUNDING_LEAD + "The force's exploitation team arrested 12 people.",
         [(90000, "Ashford and Folkestone"), (12, "Ashford and Folkestone")]),
    ],
)  # fmt: skip
def test_force_team_referrals(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-team-referrals``: what was referred to a team of the force is force-wide."""
    assert areas(nlp, text) == expected


_COACH_LEAD = (
    "A former rugby coach who abused two boys at a club in Bridgend has been jailed, South "
    "Wales Police said.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_COACH_LEAD + "The force said it had received 31 reports of abuse in sport last "
         "year.", [(2, "Bridgend"), (31, "South Wales")]),
        (_COACH_LEAD + "The constabulary says it has recorded 140 such crimes since 2022.",
         [(2, "Bridgend"), (140, "South Wales")]),
        (_COACH_LEAD + "The force added that it had dealt with 58 referrals from clubs.",
         [(2, "Bridgend"), (58, "South Wales")]),
        (_COACH_LEAD + "The force said it had recieved 44 reports from parents since 2023.",
         [(2, "Bridgend"), (44, "South Wales")]),
        # near misses: others' deeds the force speaks of, and a deed of the force's own
        (_COACH_LEAD + "The force said 30 officers had joined the inquiry.",
         [(2, "Bridgend"), (30, "Bridgend")]),
        (_COACH_LEAD + "The force said it had arrested 12 people in the inquiry.",
         [(2, "Bridgend"), (12, "Bridgend")]),
    ],
)  # fmt: skip
def test_force_said_it_recorded(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    """Rule ``force-said-it-recorded``: what the force says it recorded is force-wide."""
    assert areas(nlp, text) == expected


_CAR_WASH_LEAD = "Essex Police and the GLAA visited 14 car washes in Harlow last week.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_CAR_WASH_LEAD + "The force referred 63 potential victims to the National Referral "
         "Mechanism in 2025.", [(14, "Harlow"), (63, "Essex")]),
        (_CAR_WASH_LEAD + "DS Ola Reed said the force had referred 63 potential victims to the "
         "NRM last year, nearly double the number in 2023.",
         [(14, "Harlow"), (63, "Essex"), (2, "Essex")]),
        # near misses: officers (not the force) referring; a referral to something else
        (_CAR_WASH_LEAD + "Officers referred 22 potential victims to the National Referral "
         "Mechanism.", [(14, "Harlow"), (22, "Harlow")]),
        (_CAR_WASH_LEAD + "The force referred 22 workers to support services.",
         [(14, "Harlow"), (22, "Harlow")]),
    ],
)  # fmt: skip
def test_force_nrm_referrals(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected
