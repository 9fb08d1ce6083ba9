"""A spokesperson "for the force", "for the charity" or "for the council": the last
organisation of that kind named before (rule "spokesperson of the organisation referred
to"), not the last organisation of any kind (often the outlet the release was given to).
Sentences invented for these tests, with near misses."""

from __future__ import annotations

import pytest
from spacy.language import Language

# (case, text, [(speaker, attribution) of each quote])
ROWS: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "the force after an outlet",
        "Merseyside Police told the Liverpool Echo the road would reopen.\n\nAsked about "
        'patrols, a spokesperson for the force said: "They start on Monday."',
        [
            (
                "force:merseyside-police",
                "speaker before quote: said; spokesperson of the organisation referred to "
                "'the force'",
            )
        ],
    ),
    (
        "the charity after a force",
        "Barnardo's worked with Gwent Police on the project.\n\nA spokeswoman for the "
        'charity said: "Every child deserves to feel safe."',
        [
            (
                "charity:barnardos",
                "speaker before quote: said; spokesperson of the organisation referred to "
                "'the charity'",
            )
        ],
    ),
    (
        "the council: the last organisation named as one",
        "Wigan Council and Greater Manchester Police ran the checks with the Wigan Observer."
        '\n\nA spokesman for the council said: "Licences will be reviewed."',
        [
            (
                "org:wigan-council",
                "speaker before quote: said; spokesperson of the organisation referred to "
                "'the council'",
            )
        ],
    ),
    # near misses: the organisation named in the clause wins; no reference, the last named
    (
        "named organisation in the clause",
        "Barnardo's worked with the force.\n\nA spokesperson for Gwent Police said: "
        '"We are proud of the work."',
        [("force:gwent-police", "speaker before quote: said; spokesperson")],
    ),
    (
        "no reference: the last organisation named",
        "Barnardo's worked with Gwent Police on the project.\n\nA spokesperson said: "
        '"We are proud of the work."',
        [
            (
                "force:gwent-police",
                "speaker before quote: said; spokesperson of the last organisation named",
            )
        ],
    ),
    (
        "no council named: the last organisation named",
        "Kent Police ran the checks.\n\nA spokesman for the council said: "
        '"Licences will be reviewed."',
        [
            (
                "force:kent-police",
                "speaker before quote: said; spokesperson of the last organisation named",
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, expected, id=case) for case, text, expected in ROWS]
)
def test_spokesperson_reference(
    nlp: Language, text: str, expected: list[tuple[str | None, str]]
) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
