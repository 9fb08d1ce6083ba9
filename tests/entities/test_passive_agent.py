"""Rule ``passive_agent``: the agent of a passive a person does ("was led by Sarah Jones",
"a post now filled by Darren Martland") or the one a person succeeds ("succeeds Michelle
Skeer") is a person when the name opens on a known given name; near misses: a body after
"by", a name with no known given name. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The review of custody deaths was led by Harriet Quayle.", {"Harriet Quayle"}),
        (
            "She was deputy head of the unit, a post now filled by Gareth Lowry on a temporary"
            " basis.",
            {"Gareth Lowry"},
        ),
        ("The youth club was founded by Marcus Devlin in 2019.", {"Marcus Devlin"}),
        ("The award was presented by Priya Raman at the town hall.", {"Priya Raman"}),
        ("Supt Lane succeeds Fiona McAllister, who retired in June.", {"Fiona McAllister"}),
        # near misses: a body after "by"; no known given name
        ("The review was led by Durham Constabulary.", set()),
        ("The hub was set up by Safer Bristol Partnership in May.", set()),
        ("The report was written by Frost Hillgate.", set()),
    ],
)
def test_passive_agent(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) >= expected
    assert not set(people(nlp, text)) - expected - {"Lane"}
