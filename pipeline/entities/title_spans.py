"""Where titles are written in a Doc, found by spaCy's PhraseMatcher over the title
table's written forms (:class:`pressfacts.entities.titles.TitleTable`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from pressfacts.entities.titles import TitleTable
from pressfacts.phrase_arrays import phrase_arrays


class TitleMatcher:
    """Where titles are written in a Doc, by spaCy's PhraseMatcher (built once): written
    forms case-insensitively (attr LOWER), abbreviations as written (ORTH); where
    matches overlap, the longest wins ("Detective Chief Inspector", not "Chief
    Inspector")."""

    def __init__(self, nlp: Language, table: TitleTable) -> None:
        phrases = phrase_arrays(nlp)
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._folded.add("TITLE", phrases.of("LOWER", table.folded))  # type: ignore[arg-type]
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._exact.add("TITLE", phrases.of("ORTH", table.exact))  # type: ignore[arg-type]

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of the titles of ``doc``, in text order, not overlapping."""
        found = [
            (start, end)
            for matcher in (self._folded, self._exact)
            for _, start, end in matcher(doc)
            if not _glued(doc, start, end)
        ]
        return [
            (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) for start, end in _longest(found)
        ]


def _longest(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges ``(start, end)`` kept as :func:`spacy.util.filter_spans` keeps spans
    (the first longest where they overlap), in text order; on pairs, so that no Span is
    made for a match."""
    kept: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(found, key=lambda pair: (pair[1] - pair[0], -pair[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            kept.append((start, end))
            seen.update(range(start, end))
    return sorted(kept)


def _glued(doc: Doc, start: int, end: int) -> bool:
    """A match glued to a word before or after it ("XDI", "Inspector’s") is no title."""
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    glued_before = before is not None and not before.whitespace_ and before.text[-1:].isalnum()
    glued_after = after is not None and not doc[end - 1].whitespace_ and after.text[:1] in "’'"
    return glued_before or glued_after
