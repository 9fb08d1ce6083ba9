"""A football club named for its town ("Sunderland AFC", "Exeter City FC") speaks for that
town in its own release (rule ``football-club`` of :data:`.named_bodies.NAMED_FOR_RULES`),
as a council does: "Sunderland AFC has issued 23 club bans" gives Sunderland to figures
whose sentence names no place, where a force named later had been taken. Every sentence
is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.named_bodies import named_place
from tests.statistics.conftest import AreasOf

NAME_ROWS = [
    pytest.param("Hartlepool AFC", ("Hartlepool", "council"), id="afc"),
    pytest.param("Exeter City FC", ("Exeter", "council"), id="city-fc"),
    pytest.param("the Carlisle United FC", ("Carlisle", "council"), id="united-fc-article"),
    # near misses: no "FC", no place
    pytest.param("Cardiff City", None, id="near-miss-no-fc"),
    pytest.param("the FC", None, id="near-miss-no-place"),
]


@pytest.mark.parametrize(("name", "expected"), NAME_ROWS)
def test_football_club_place(name: str, expected: tuple[str, str] | None) -> None:
    assert named_place("ORG", name) == expected


AREA_ROWS = [
    pytest.param(
        "Hartlepool AFC has banned 14 supporters this season. The club has about 4,000 "
        "season ticket holders. Cleveland Police officers attend every home game.",
        [(14.0, "Hartlepool"), (4000.0, "Hartlepool")],
        id="club-release-with-a-force-named-later",
    ),
    # near miss: a place named in the figure's own sentence stays its area
    pytest.param(
        "Hartlepool AFC said 30 fans were ejected at away games in Bradford.",
        [(30.0, "Bradford")],
        id="near-miss-scope-place-beside",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AREA_ROWS)
def test_football_clubs_give_areas(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
