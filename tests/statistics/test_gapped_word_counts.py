"""A place's count in words gapped after another's ("while Leeds accounted for six and
Kirklees three"): the first is a level at the end of its clause (elided rule
``level_at_end``, now with a count in words after the next place), the second is the next
place's (``gapped_subjects._GAPPED_FIGURE`` with number words), and a share's place is only
the one nearest before its figure (``share_areas.share_area``). Sentences invented for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language


def found(nlp: Language, text: str) -> list[tuple[float, str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 3)
    doc = nlp(doc)
    return sorted((f.value, f.unit, f.area) for f in doc._.statistics)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Bradford, 14 premises were visited, while Leeds accounted for six and "
         "Kirklees three.",
         [(3, "premises", "Kirklees"), (6, "premises", "Leeds"), (14, "premises", "Bradford")]),
        ("In Hull, 20 vans were stopped, while Grimsby recorded nine and Scunthorpe four.",
         [(4, "vans", "Scunthorpe"), (9, "vans", "Grimsby"), (20, "vans", "Hull")]),
        ("Officers made 30 arrests in York, while Selby accounted for 7 and Ripon 2.",
         [(2, "arrests", "Ripon"), (7, "arrests", "Selby"), (30, "arrests", "York")]),
        # near misses: no place after "and"; a share of two places together stays theirs
        ("In Hull, 20 vans were stopped, while Grimsby recorded nine and officers seized "
         "two.", [(20, "vans", "Hull")]),
        ("Thefts rose, with Leeds and York together accounting for 38%.",
         [(38, "percent", "Leeds and York")]),
    ],
)  # fmt: skip
def test_gapped_word_counts(nlp: Language, text: str, expected: object) -> None:
    assert found(nlp, text) == expected
