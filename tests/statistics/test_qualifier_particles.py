"""A phrasal verb's particle "over", "about" after a noun of concern or a passive verb of
telling, or "under" as a preposition of place after a verb of growing or keeping, before a
figure is no qualifier (``qualifier_particles``; sentences invented)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.qualifier_particles import PARTICLE_VERBS, particle_rule

ROWS = [
    pytest.param(
        "Trading standards stopped a pensioner from handing over £8,400 to a cold caller.",
        8400,
        None,
        id="hand_over",
    ),
    pytest.param(
        "The victim, from Hastings, signed over £52,000 of her savings to the fraudster.",
        52000,
        None,
        id="sign_over",
    ),
    pytest.param(
        "The gang turned over £3m a year from the scam, detectives in Derby said.",
        3000000,
        None,
        id="turn_over",
    ),
    pytest.param(
        "Residents in Frome raised concerns about 6 vehicles parked on the pavement.",
        6,
        None,
        id="concerns_about",
    ),
    pytest.param(
        "Neighbours made complaints about 40 drivers in Yeovil last month.",
        40,
        None,
        id="complaints-about",
    ),
    # near misses: "over" as "more than"
    pytest.param(
        "Residents of Swindon lost over £90,000 to rogue traders in 2023.",
        90000,
        "more than",
        id="lost-over",
    ),
    pytest.param(
        "Officers handed out over 600 leaflets in Ipswich in May.",
        600,
        "more than",
        id="handed-out-over",
    ),
    pytest.param(
        "Over 40 people handed in knives in Luton.",
        40,
        "more than",
        id="opening-over",
    ),
    pytest.param(
        "Detectives in Hastings found 520 plants growing under 64 lamps in the loft.",
        64,
        None,
        id="place_under",
    ),
    pytest.param(
        "Officers in Luton found the cannabis hidden under 12 tarpaulins in a garage.",
        12,
        None,
        id="hidden-under",
    ),
    # near misses: "under" as "less than", after another verb or at the opening
    pytest.param(
        "Officers in Crawley seized under 50 grams of cannabis in March.",
        50,
        "less than",
        id="seized-under",
    ),
    pytest.param(
        "Under 30 plants were found at the flat in Hove.",
        30,
        "less than",
        id="opening-under",
    ),
    pytest.param(
        "Head teachers in Carlisle were told about 1,420 pupils affected by abuse at home.",
        1420,
        None,
        id="passive_told_about",
    ),
    pytest.param(
        "Parents have been informed about 36 cases of head lice at the school in Wigan.",
        36,
        None,
        id="been-informed-about",
    ),
    pytest.param(
        "Landlords in Stoke were warned about 12 tenants who had not paid.",
        12,
        None,
        id="were-warned-about",
    ),
    # near misses: "about" as "approximately", after a verb or at the opening
    pytest.param(
        "Officers in Bolton told about 40 people to leave the park.",
        40,
        "approximately",
        id="active-told-about",
    ),
    pytest.param(
        "Officers in Frome made about 40 arrests.",
        40,
        "approximately",
        id="made-about",
    ),
    pytest.param(
        "About 40 reports came in from Yeovil.",
        40,
        "approximately",
        id="opening-about",
    ),
]


def test_every_particle_verb_has_a_row() -> None:
    assert {name for name, _ in PARTICLE_VERBS} <= {row.id for row in ROWS}


@pytest.mark.parametrize(("text", "value", "qualifier"), ROWS)
def test_particle_over_is_no_qualifier(
    nlp: Language, text: str, value: float, qualifier: str | None
) -> None:
    found = {f.value: f.qualifier for f in nlp(text)._.statistics}
    assert found[value] == qualifier


@pytest.mark.parametrize(
    ("before", "rule"),
    [
        ("from handing over ", "hand_over"),
        ("lost over ", None),
        ("handed well over ", None),
        ("plants growing under ", "place_under"),
        ("seized under ", None),
        ("pupils were told about ", "passive_told_about"),
        ("we told about ", None),
        ("were handed well over ", None),
    ],
)
def test_particle_rule(before: str, rule: str | None) -> None:
    assert particle_rule(before) == rule
