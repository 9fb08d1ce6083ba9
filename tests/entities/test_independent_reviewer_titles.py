"""An independent reviewer (of a safeguarding or serious case review) holds the title
"Independent Reviewer" (``titles.jsonl`` entry ``independent-reviewer``), before or after
the name, with an honorific between ("independent reviewer Dr …"). Sentences invented;
near misses are a reviewer of no title and "independent" describing the review."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "The report, written by independent reviewer Dr Ruth Galley, was published today.",
        "Ruth Galley",
        ["Independent Reviewer"],
        id="before-name-with-doctor",
    ),
    pytest.param(
        "Independent Reviewer Colin Marsh said the agencies had not shared information.",
        "Colin Marsh",
        ["Independent Reviewer"],
        id="capitalised",
    ),
    pytest.param(
        "Heather Lunn, the independent reviewer, said lessons had been learned.",
        "Heather Lunn",
        ["Independent Reviewer"],
        id="after-name",
    ),
    # near misses: a reviewer named with no "independent"; "independent" of the review
    pytest.param(
        "Heather Lunn, who reviewed the case, said it was an independent review.",
        "Heather Lunn",
        [],
        id="independent-review-not-a-title",
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_independent_reviewer_titles(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    """The titles of the person named."""
    assert sorted(people(nlp, text)[name].titles) == sorted(titles)
