"""A place named as the port or ports a figure was counted at (rule ``port-scope`` of
``port_scopes``) is the figure's scope and comes before a territorial body its clause also
names. Sentences invented for the test, with near misses: a town with no port word, a port
word that names a team, a place in another role."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Essex Police found 23 people hidden in lorries at Harwich docks last year.",
            [(23, "Harwich")],
            id="place-then-docks",
        ),
        pytest.param(
            "Suffolk Constabulary seized 14 stolen cars at the port of Felixstowe in 2023.",
            [(14, "Felixstowe")],
            id="port-of-place",
        ),
        pytest.param(
            "North Wales Police stopped 31 vans travelling through Holyhead port in May.",
            [(31, "Holyhead")],
            id="through-place-port",
        ),
        pytest.param(
            "Humberside Police and Border Force found 19 men in trailers at the Humber ports.",
            [(19, "Humber")],
            id="the-estuary-ports",
        ),
        # near misses: a town with no port word; a port word naming a team
        pytest.param(
            "Last year, Kent Police found 37 people in lorries at Dover.",
            [(37, "Kent")],
            id="town-without-port-word",
        ),
        pytest.param(
            "Kent Police said 40 people were stopped by officers at the Dover port team base.",
            [(40, "Kent")],
            id="port-team-is-no-port",
        ),
    ],
)
def test_ports_are_their_figures_scope(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
