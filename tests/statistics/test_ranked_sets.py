"""The fixed set a figure is ranked in ("the highest of the 43 forces") is no figure
(exclusion ``ranked-set``), and a clause about another place whose name holds "and"
(", and Perth and Kinross recorded 5,610 crimes") has its own area (clause break
``NEW_SUBJECT``); sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.figures import candidate_figures
from tests.statistics.conftest import AreasOf

RANKED_ROWS = [
    pytest.param("Its arrest rate was the second highest of the 43 forces.", [], id="forces"),
    pytest.param(
        "Glasgow stays among the highest of Scotland's 32 council areas.", [], id="possessive"
    ),
    pytest.param("Wales was one of only two nations where it rose.", [], id="one-of-only"),
    pytest.param("It was the lowest of all ten English regions.", [], id="all-regions"),
    pytest.param("Patrols now run in all five boroughs of the county.", [], id="in-all"),
    pytest.param("The code applies across all 12 councils in Kent.", [], id="across-all"),
    # near misses: a count of bodies asked, a rank among things counted, "all" counting
    # things that are no bodies or places
    pytest.param("All 14 pubs visited in Bude refused the sale.", [14], id="all-pubs"),
    pytest.param("In all, 30 councils signed up.", [30], id="in-all-comma"),
    pytest.param("Of the 43 forces asked, 38 replied.", [43, 38], id="forces-asked"),
    pytest.param("The largest of the 40 seizures was in May.", [40], id="not-a-set-of-places"),
]


@pytest.mark.parametrize(("text", "values"), RANKED_ROWS)
def test_ranked_sets(text: str, values: list[float]) -> None:
    assert [value for _, _, value, _, _ in candidate_figures(text)] == values


AND_NAMED_ROWS = [
    pytest.param(
        "Police Scotland recorded 9,000 crimes in Tayside. In Angus the rate was 388 per "
        "10,000, and Perth and Kinross recorded 5,610 crimes.",
        [(9000, "Tayside"), (388, "Angus"), (5610, "Perth and Kinross")],
        id="perth-and-kinross",
    ),
    pytest.param(
        "Thefts in Redcar rose to 640, and Brighton and Hove saw 2,100 thefts.",
        [(640, "Redcar"), (2100, "Brighton and Hove")],
        id="brighton-and-hove",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AND_NAMED_ROWS)
def test_and_named_subjects(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert [(value, area) for value, area in areas(nlp, text)] == expected
