""" "As much as" before a figure is an upper bound, as "as many as" is: qualifier ``up to``
(cue ``qualifier-up-to`` of ``statistic_cues.jsonl``): "stolen puppies sell for as much as
£2,500". Near misses: "as much as" with no figure after it, a multiple's "twice as much as"
before a yardstick noun, and "as much" without its "as". Every sentence is invented for the
test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        "Stolen puppies are sold online for as much as £2,500 each, officers said.",
        [(2500, "up to")],
        id="money-each",
    ),
    pytest.param(
        "Fraudsters took as much as £40,000 from some victims last year.",
        [(40000, "up to")],
        id="money-from-victims",
    ),
    pytest.param(
        "The charity said wait times had risen by as much as 30% in some areas.",
        [(30, "up to")],
        id="a-percentage-rise",
    ),
    # near misses: no figure after it, no "as" before "much", a plain figure
    pytest.param(
        "Officers did as much as they could, and 12 dogs were returned.",
        [(12, None)],
        id="no-figure-after",
    ),
    pytest.param(
        "Owners paid much as they had before, around £900 a puppy.",
        [(900, "approximately")],
        id="much-without-as",
    ),
    pytest.param(
        "Thieves asked £1,200 for each dog.",
        [(1200, None)],
        id="plain-money",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_as_much_as_is_up_to(
    nlp: Language, text: str, expected: list[tuple[float, str | None]]
) -> None:
    doc = nlp(text)
    assert sorted((f.value, f.qualifier) for f in doc._.statistics) == sorted(expected)
