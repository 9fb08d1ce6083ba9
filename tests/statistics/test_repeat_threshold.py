"""How often each one must be caught for a rule to apply is no statistic: a small count of
times after a present or conditional passive in a relative clause ("drivers who are
recorded three times are visited") or after a bare participle before its consequence
("anyone caught three times faces a ban"): exclusion ``repeat-threshold``
(``thresholds.REPEAT_THRESHOLD``). Near misses: a tally of what happened ("was stopped three
times", "have been attacked nine times") and a ratio ("three times more often"). Every
sentence is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in nlp(text)._.statistics]


ROWS = [
    pytest.param(
        "In Cumbria, motorists who are reported three times are sent a letter by the force.",
        [],
        id="who-are-reported",
    ),
    pytest.param(
        "Riders in Bristol who get stopped four times lose their bikes.", [], id="who-get-stopped"
    ),
    pytest.param(
        "Under the scheme in Essex, anyone recorded five times faces a court summons.",
        [],
        id="recorded-faces",
    ),
    pytest.param(
        "Drivers in Wrexham who would be flagged two times are offered a course.",
        [],
        id="who-would-be-flagged",
    ),
    pytest.param(
        "Vans flagged three times will receive a visit from officers in Leicester.",
        [],
        id="flagged-will-receive",
    ),
    # near misses: a tally of what happened, a ratio
    pytest.param(
        "One rider in Bristol was stopped four times last month.",
        [(4, "occasions")],
        id="tally-was-stopped",
    ),
    pytest.param(
        "A woman in Hull who was targeted three times is now being supported.",
        [(3, "occasions")],
        id="tally-was-before-consequence",
    ),
    pytest.param(
        "Drivers in Wrexham who are caught three times more often than others are targeted.",
        [(3, "times")],
        id="ratio",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_repeat_threshold(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected
