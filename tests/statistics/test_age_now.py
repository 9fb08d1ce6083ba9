"""An age said of a person with "now" ("He is 11 now", "she's now 12") is no statistic
(exclusion ``age-now``); a count beside "now" with no pronoun before it, or a share,
stays one. Every sentence is invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def counts(nlp: Language, text: str) -> list[tuple[float, str]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 10, 2)
    doc = nlp(doc)
    return [(f.value, f.unit) for f in doc._.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            '"He is 12 now and still chases the ball," his handler said.', [], id="is-now"
        ),
        pytest.param('"She is nine now and still working," she said.', [], id="in-words"),
        pytest.param('The retired handler said: "She\'s now 12, and slower."', [], id="now-is"),
        # near misses: no pronoun; a share; a count with its noun
        pytest.param("The dog section has 14 horses now.", [(14.0, "horses")], id="count-now"),
        pytest.param("Lisa Kerr said she is now 40% sure.", [(40.0, "percent")], id="share"),
        pytest.param(
            "The sergeant said he is now 3 officers short.", [(3.0, "officers")], id="noun"
        ),
    ],
)
def test_age_now(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert counts(nlp, text) == expected
