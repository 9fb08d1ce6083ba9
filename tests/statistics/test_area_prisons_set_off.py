"""Prisons set off by commas after the place whose prisons they are ("The prisons in
Staffordshire, HMP Oakwood and HMP Featherstone, hold …") are an aside, not more members of
a list with the place: the figure takes the place (rule ``prisons_set_off`` of
``district_names.prisons_set_off``). Near misses: prisons listed alone stay the figure's
area (``named_prison``). Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.district_names import prisons_set_off
from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The jails in Wakefield, HMP Wakefield and HMP New Hall, hold around 1,100 prisoners.",
            [(1100, "Wakefield")],
            id="prisons-set-off-after-their-town",
        ),
        pytest.param(
            "The two prisons in Worcestershire, HMP Long Lartin and HMP Hewell, recorded 212 "
            "drone sightings in 2025.",
            [(212, "Worcestershire")],
            id="prisons-set-off-after-their-county",
        ),
        # near misses: prisons alone, a list of prisons with no place before them
        pytest.param(
            "HMP Long Lartin and HMP Hewell recorded 212 drone sightings in 2025.",
            [(212, "HMP Long Lartin and HMP Hewell")],
            id="prisons-alone",
        ),
    ],
)
def test_prisons_set_off_leave_the_place(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "listed", "set_off"),
    [
        (
            "in Kent, HMP Elmley and HMP Swaleside",
            [("Kent", 7), ("HMP Elmley", 19), ("HMP Swaleside", 37)],
            True,
        ),
        ("in Kent and HMP Elmley", [("Kent", 7), ("HMP Elmley", 22)], False),
        (
            "in Kent, HMP Elmley and Medway",
            [("Kent", 7), ("HMP Elmley", 19), ("Medway", 30)],
            False,
        ),
        ("HMP Elmley, HMP Swaleside", [("HMP Elmley", 10), ("HMP Swaleside", 25)], False),
    ],
)
def test_prisons_set_off(text: str, listed: list[tuple[str, int]], set_off: bool) -> None:
    assert prisons_set_off(text, listed) is set_off
