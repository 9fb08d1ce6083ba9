"""A title owned by "the service", "the fire service", "the ambulance service" (after it, or
as a possessive before it) belongs to the service named before whose name ends with
"Service" and holds the kind word (rule ``service_kind`` of
``anaphoric_owners.OWNER_KINDS``, noun ``service`` of ``ANAPHORIC_OWNERS``); the tail is
cut from the title (``title_tails.ANAPHORIC_TAIL``). "The service" names too many kinds of
body to guess by type: with no "… Service" named before, no organisation is given. Every
sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Crews from Avon Fire and Rescue Service attended. Kim Lowe, head of prevention at the "
        "fire service, said the fires were started deliberately.",
        ("Kim Lowe", "Head of Prevention", "org:avon-fire-and-rescue-service"),
        id="at-the-fire-service",
    ),
    pytest.param(
        "Kent Police and Kent Fire and Rescue Service ran the patrols. The fire service's area "
        "manager, Dev Rao, said: “It worked.”",
        ("Dev Rao", "Area Manager", "org:kent-fire-and-rescue-service"),
        id="the-fire-services-possessive-skips-the-force",
    ),
    pytest.param(
        "Devon and Somerset Fire and Rescue Service issued the warning. Ola Berg, station "
        "manager for the fire and rescue service, said barbecues were to blame.",
        ("Ola Berg", "Station Manager", "org:devon-and-somerset-fire-and-rescue-service"),
        id="for-the-fire-and-rescue-service",
    ),
    pytest.param(
        "The Metropolitan Police Service made 40 arrests. Raj Dutt, head of training at the "
        "service, said the officers were new.",
        ("Raj Dutt", "Head of Training", "force:metropolitan-police-service"),
        id="at-the-service-is-a-police-service",
    ),
    # the kind word picks the service: not the fire service named last
    pytest.param(
        "East Midlands Ambulance Service and Nottinghamshire Fire and Rescue Service attended. "
        "Zoe Hart, head of operations at the ambulance service, said crews were stretched.",
        ("Zoe Hart", "Head of Operations", "org:east-midlands-ambulance-service-nhs-trust"),
        id="ambulance-service-not-the-fire-service-named-last",
    ),
    # near misses: no "… Service" named before: no organisation is guessed
    pytest.param(
        "Kent Police and Victim Support ran the scheme. Lee Ash, manager at the service, said "
        "calls had risen.",
        ("Lee Ash", "Manager", None),
        id="near-miss-no-service-named",
    ),
    pytest.param(
        "“We were called at midnight,” said Ivy Cole, head of prevention at the fire service.",
        ("Ivy Cole", "Head of Prevention", None),
        id="near-miss-nothing-named-before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_owned_by_the_service_named_before(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    name, title, organisation = expected
    found = people(nlp, text)
    assert [(r.title, r.organisation) for r in found[name].roles] == [(title, organisation)]
