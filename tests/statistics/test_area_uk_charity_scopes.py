"""Missing People and Brake are national bodies of
:data:`~pressfacts.statistics.national_scopes.NATIONAL_SCOPES` (UK-wide): their own figures,
where no place is named, are the UK's, and a figure their spokesperson states in a force's
release is the UK's; a place named keeps its figure, and the force's own figures keep the
force's area. Crimestoppers is no such body (releases cite its calls about a local case).
Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Missing People has published its annual report.\n\n"
        "Its helpline took 41,000 calls, and 38% were from families.",
        [(41000, "UK"), (38, "UK")],
        id="missing-people-own-report",
    ),
    pytest.param(
        "Humberside Police found the boy in Goole on Sunday.\n\n"
        "Missing People's head of services, Ravi Shah, said one in four children who go "
        "missing are harmed while away.",
        [(25, "UK")],
        id="missing-people-cited-in-force-release",
    ),
    pytest.param(
        "Brake says 1,600 people were killed on roads last year.",
        [(1600, "UK")],
        id="brake-says",
    ),
    pytest.param(
        "According to Missing People, 2,300 families called its line in May.",
        [(2300, "UK")],
        id="missing-people-according-to",
    ),
    # near misses: a place named; the force's own figure; Crimestoppers' local calls
    pytest.param(
        "Missing People has published its annual report.\n\nIn Leeds, 310 families sought help.",
        [(310, "Leeds")],
        id="place-named",
    ),
    pytest.param(
        "Dyfed-Powys Police is working with Brake on road safety.\n\n"
        "Officers stopped 412 drivers last month.",
        [(412, "Dyfed-Powys")],
        id="force-release",
    ),
    pytest.param(
        "West Mercia Police found the girl in Redditch.\n\n"
        "Crimestoppers said it received 120 calls about the case.",
        [(120, "Redditch")],
        id="crimestoppers-local",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_uk_charities_speak_for_the_uk(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
