"""An independent chair (of a review, a board or a panel) holds the title "Independent
Chair" (``titles.jsonl`` entries ``independent-chair``, ``independent-chairman``,
``independent-chairwoman``), also before "of the <committee>" (rule ``committee_tail``).
Sentences invented; near misses are "independent" describing no title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The review, led by independent chair Fiona Marsh, was published today.",
        "Fiona Marsh",
        ["Independent Chair"],
        id="independent-chair-before-name",
    ),
    pytest.param(
        "Independent Chair Mark Hill said the board had learned lessons.",
        "Mark Hill",
        ["Independent Chair"],
        id="capitalised",
    ),
    pytest.param(
        "Mark Hill, the independent chairman of the panel, said lessons had been learned.",
        "Mark Hill",
        ["Independent Chairman"],
        id="chairman-of-the-panel",
    ),
    # near miss: a chair who is described, not titled, as independent
    pytest.param(
        "Mark Hill, chair of the review panel, said it was independent.",
        "Mark Hill",
        ["Chair"],
        id="described-independent",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_independent_chair_titles(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    """The titles of the person named."""
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
