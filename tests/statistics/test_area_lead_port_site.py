"""A lead that tells of what happened at a port named for its town has that town as its
scope (rule ``lead_port_site`` of :func:`pressfacts.statistics.lead_sentences.scope_of_lead`,
:data:`~pressfacts.statistics.lead_sentences.LEAD_PORT_OF`,
:data:`~pressfacts.statistics.lead_sentences.PORT_NAMED`), so a later figure whose sentence
names no place takes the port's town rather than the issuing force's area, as a station's
lead does, when a territorial force's officers worked there (guard ``port_force_lead``).
Sentences written for these tests; near misses keep the force's or the agency's area."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

CASES: list[tuple[str, list[tuple[float, str | None]]]] = [
    (
        "Kent Police officers at the port of Dover seized 31 stolen motorbikes last month. "
        "Officers also searched 120 lorries.",
        [(31, "Dover"), (120, "Dover")],
    ),
    (
        "Suffolk Constabulary found 18 stolen cars in containers at Felixstowe docks in March. "
        "Four men were charged.",
        [(18, "Felixstowe"), (4, "Felixstowe")],
    ),
    (
        "Officers from Hampshire Constabulary recovered 12 vans at Southampton port. "
        "A further 40 containers were checked.",
        [(12, "Southampton"), (40, "Southampton")],
    ),
]

NEAR_MISSES: list[tuple[str, list[tuple[float, str | None]]]] = [
    # no site word before the port: where the goods came from, not where the work was
    (
        "Kent Police seized 31 stolen motorbikes shipped from the port of Dover last month. "
        "Officers also searched 120 lorries.",
        [(31, "Dover"), (120, "Kent")],
    ),
    # no territorial force's officers at the port: a national agency's release
    (
        "Border Force officers found 14 stolen cars at the port of Dover in May, the "
        "National Crime Agency said. The cars were packed into 40 containers.",
        [(14, "Dover"), (40, "UK")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES + NEAR_MISSES)
def test_area_lead_port_site(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sorted(areas(nlp, text)) == sorted(expected)
