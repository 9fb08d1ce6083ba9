"""A share that opens its sentence alone, naming no whole ("Around 60% were referred by
schools"), is a share of the count of a sentence before, so a count later in its sentence
that leaves its noun out counts that count's noun (``share_wholes.SHARE_OPENING_ALONE``,
rule ``share_opening_alone``). Before, the later count had no noun and was dropped. Every
sentence is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.statistics.conftest import UnitPeriodsOf

PUBLISHED = dt.date(2026, 3, 10)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Caseworkers supported 486 children. Around 60% were referred by schools, while "
            "85 were referred by GPs.",
            [(60.0, "percent"), (85.0, "children"), (486.0, "children")],
        ),
        (
            "The helpline took 1,200 calls in May.\n\nMore than half came from parents, and "
            "310 came from teachers.",
            [(50.0, "percent"), (310.0, "calls"), (1200.0, "calls")],
        ),
        (
            "Officers stopped 420 drivers. A third were over the limit, and 96 were later charged.",
            [(33.3, "percent"), (96.0, "drivers"), (420.0, "drivers")],
        ),
        (
            "The charity supported 730 families last year. Almost 40% were in Hull, while 212 "
            "were in Grimsby.",
            [(40.0, "percent"), (212.0, "families"), (730.0, "families")],
        ),
        # near misses: the share names its own whole, or does not open its sentence
        (
            "Caseworkers supported 486 children. Around 60% of the referrals came from "
            "schools, while 85 came via social care.",
            [(60.0, "percent"), (85.0, "referrals"), (486.0, "children")],
        ),
        (
            "Caseworkers supported 486 children. It said 60% were referred by schools, while "
            "85 came via social care.",
            [(60.0, "percent"), (486.0, "children")],
        ),
    ],
)
def test_count_after_an_opening_share_takes_the_whole_before(
    nlp: Language, unit_periods_of: UnitPeriodsOf, text: str, expected: list[tuple[float, str]]
) -> None:
    found = unit_periods_of(nlp, text, PUBLISHED)
    assert sorted((value, unit) for value, unit, _ in found) == expected


def test_the_part_takes_the_area_of_the_count_before(nlp: Language) -> None:
    """The count is a part of the count the share is of, so it keeps that count's area,
    not the issuing force's."""
    text = (
        "Cleveland Police and the fire service have launched a campaign against arson.\n\n"
        "Crews attended 840 deliberate fires across Redcar and Cleveland in 2024, up from 700 "
        "in 2023. Almost half were grass fires, and 52 involved cars."
    )
    doc = nlp.make_doc(text)
    doc._.published = PUBLISHED
    found = {f.value: f.area for f in nlp(doc)._.statistics}
    assert found[52] == found[840] == "Redcar and Cleveland"
