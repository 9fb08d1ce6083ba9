"""A name a release marks as changed with an asterisk ("Jamie*, 15, from Leeds") is still
the person's name, without the asterisk, in the rules that read a given name before an
age or after a description. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    pytest.param(
        'Kayden*, 15, from Leeds, was groomed. "I owed them," he said.',
        {"Kayden": ["I owed them"]},
        id="given-name-age-and-home",
    ),
    pytest.param(
        'Kayden*, 15, said: "I owed them."',
        {"Kayden": ["I owed them."]},
        id="given-name-age-then-verb",
    ),
    pytest.param(
        'One survivor, Marnie*, said: "Nobody listened."',
        {"Marnie": ["Nobody listened."]},
        id="described-given-name",
    ),
    # near misses: a date's month with a year, and no name at all
    pytest.param('In May*, 2019, a survey said: "Nobody listened."', {}, id="a-month-and-year"),
    pytest.param('The boy*, 15, said: "Nobody listened."', {}, id="no-name"),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_changed_name_is_the_speaker(
    nlp: Language, text: str, expected: dict[str, list[str]]
) -> None:
    doc = nlp(text)
    names = {key: info.name for key, info in doc._.entity_info.items() if info.type == "PERSON"}
    quoted: dict[str, list[str]] = {}
    for quote in doc._.quotes:
        if quote.speaker in names:
            quoted.setdefault(names[quote.speaker], []).append(quote.text(doc.text))
    assert quoted == expected
