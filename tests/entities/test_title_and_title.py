"""Two titles joined by "and" between an owner's possessive and a name ("the charity's
founder and chair of trustees, Jo Bell") are two titles, not a portfolio of the second
(``title_context.JOINED_BEFORE_TITLE`` rule ``title_and_title``). Sentences invented;
the near misses are portfolios holding an "and" and a single title."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        pytest.param(
            '"Every dog deserves a rest," said the charity\'s founder and chair of trustees, '
            "Maria Okafor.",
            "Maria Okafor",
            ["Chair of Trustees", "Founder"],
            id="founder-and-chair",
        ),
        pytest.param(
            "The sanctuary's founder and chairman, Owen Pryor, said the horses were thriving.",
            "Owen Pryor",
            ["Chairman", "Founder"],
            id="founder-and-chairman",
        ),
        # near misses: an "and" inside the portfolio; one title
        pytest.param(
            "The council's health and safety officer, Nadia Flint, said the yard was safe.",
            "Nadia Flint",
            ["Health and Safety Officer"],
            id="portfolio-and",
        ),
        pytest.param(
            "The trust's policy and campaigns manager, Ravi Dunn, said the law had worked.",
            "Ravi Dunn",
            ["Policy and Campaigns Manager"],
            id="portfolio-and-manager",
        ),
    ],
)
def test_title_and_title(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(people(nlp, text)[name].titles) == titles
