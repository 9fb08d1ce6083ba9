"""Apostrophes before a partial quote, unnamed speakers, surnames with no full name.

One row per rule (sentences invented): an apostrophe inside a name or a possessive
earlier in the sentence is never a quote mark, so the partial quote after it stands;
a sentence that ended before the mark holds no partial-quote cue; a speaker the text
does not name ("a mother who rang the line", "one officer") is nobody, not the person
or organisation named nearby; a surname with no earlier full name is nobody.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

# (rule, text, [(speaker, attribution) of each quote])
ROWS: list[tuple[str, str, list[tuple[str | None, str]]]] = [
    (
        "apostrophe in a name",
        "Superintendent Declan O'Rourke, of Cumbria Constabulary, said the arrests were "
        '"only the first of many this year".',
        [("person:declan-orourke", "partial quote: said")],
    ),
    (
        "possessive before a partial quote",
        "Marta Kowalczyk, head of policy at the Children's Society, said the council's "
        'findings were "a wake-up call for every council".',
        [("person:marta-kowalczyk", "partial quote: said")],
    ),
    (
        "sentence ended before the mark",
        'Gwent Police said it would review the case. "We owe the family answers and we '
        'will give them," said Hargreaves.',
        [(None, "speaker after quote: said; nobody named")],
    ),
    (
        "unnamed person before the quote",
        'A 16-year-old girl who rang Childline said: "I had nobody else I could tell."',
        [(None, "speaker before quote: said; unnamed person 'A 16-year-old girl'")],
    ),
    (
        "unnamed person with a relative clause naming someone",
        "One grandfather, who met Detective Inspector Laura Jenkins at the open day, said: "
        '"It changed how we talk to our grandson."',
        [(None, "speaker before quote: said; unnamed person 'One grandfather'")],
    ),
    (
        "unnamed person after the quote",
        '"We had no idea it could happen so quickly," said a father who rang the NSPCC.',
        [(None, "speaker after quote: said; unnamed person 'a father'")],
    ),
    (
        "unnamed person in a partial quote",
        'A nurse told Avon and Somerset Police she was "frightened every single night".',
        [(None, "partial quote: told; unnamed person 'A nurse'")],
    ),
    (
        "apposition names the person",
        'One officer, Detective Constable Rhys Morgan, said: "We are going through the '
        'footage frame by frame."',
        [("person:rhys-morgan", "speaker before quote: said")],
    ),
    (
        "spokesperson is the organisation",
        'A Thames Valley Police spokesperson said: "We are reviewing the footage carefully."',
        [("force:thames-valley-police", "speaker before quote: said; spokesperson")],
    ),
    (
        "pronoun after a spokesperson is the spokesperson's organisation",
        "Dr Ruth Hale said 40 children were referred.\n\nA spokeswoman for Kidscape said the "
        'charity would help. "Every child matters," she said.',
        [("charity:kidscape", "speaker after quote: said; pronoun of a spokesperson")],
    ),
    (
        "pronoun with no spokesperson since the person named",
        'Dr Ruth Hale said 40 children were referred. "Every child matters," she said.',
        [("person:ruth-hale", "speaker after quote: said; pronoun 'she'")],
    ),
    (
        "organisation as subject",
        'Kidscape said: "Every call to the line is answered by a trained volunteer."',
        [("charity:kidscape", "speaker before quote: said")],
    ),
    (
        "unnamed person after a quote paragraph is not its continuation",
        'Superintendent Ola Berg said: "We have made 12 arrests."\n\n"I no longer feel safe '
        'on my street," one resident said.\n\n"It is a relief," a shopkeeper added.',
        [
            ("person:ola-berg", "speaker before quote: said"),
            (None, "speaker after quote: said; unnamed person 'one resident'"),
            (None, "speaker after quote: added; unnamed person 'a shopkeeper'"),
        ],
    ),
    (
        "organisations jointly after a quote paragraph",
        'Inspector Dev Rao said: "We listened."\n\n"Help is there," Essex Police and the '
        "NSPCC said.",
        [
            ("person:dev-rao", "speaker before quote: said"),
            (None, "speaker after quote: said; organisations jointly"),
        ],
    ),
    (
        "surname with no full name",
        'Merseyside Police opened the new hub in June. "Nobody should feel unsafe walking '
        'home at night," says Pendergast.',
        [(None, "speaker after quote: says; nobody named")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [pytest.param(text, expected, id=rule) for rule, text, expected in ROWS]
)
def test_speaker(nlp: Language, text: str, expected: list[tuple[str | None, str]]) -> None:
    doc = nlp(text)
    assert [(quote.speaker, quote.attribution) for quote in doc._.quotes] == expected
