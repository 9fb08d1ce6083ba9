"""A split quote's attribution may run to ``passages.SPLIT_GAP_MAX`` characters (rule
``long_split_attribution``): a title, a name and a relative clause between the two parts
(``“…,” said Cumbria's Police, Fire and Crime Commissioner, Ada Thwaite, who …. “…”``)
still make both parts the speaker's. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

Found = list[tuple[str | None, str]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“Patrols on the fells are working,” said Cumbria's Police, Fire and Crime "
            "Commissioner, Ada Thwaite, who has set aside a further £95,000 for rural policing "
            "in 2026-27. “Poachers know we are watching the rivers.”",
            [
                ("person:ada-thwaite", "Patrols on the fells are working"),
                ("person:ada-thwaite", "Poachers know we are watching the rivers."),
            ],
            id="title-name-relative-clause",
        ),
        # near misses: a new sentence after the attribution; a gap past the limit
        pytest.param(
            "“Patrols on the fells are working,” said Ada Thwaite. The council urged walkers "
            "to “report any nets they see”.",
            [("person:ada-thwaite", "Patrols on the fells are working")],
            id="near-miss-new-sentence",
        ),
        pytest.param(
            "“Patrols on the fells are working,” said Ada Thwaite, who took office in May and "
            "who has since set aside a further £95,000 for rural policing, for fishing patrols "
            "on the Eden and for a wildlife crime officer based in Penrith until 2028. "
            "“Poachers know we are watching the rivers.”",
            [
                ("person:ada-thwaite", "Patrols on the fells are working"),
                (None, "Poachers know we are watching the rivers."),
            ],
            id="near-miss-gap-past-the-limit",
        ),
    ],
)
def test_a_long_attribution_splits_one_quote(nlp: Language, text: str, expected: Found) -> None:
    doc = nlp(text)
    found = [(q.speaker, " ".join(doc.text[s:e] for s, e in q.runs)) for q in doc._.quotes]
    assert found == expected
