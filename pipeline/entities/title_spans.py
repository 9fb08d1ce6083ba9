"""Where titles are written in a Doc, found by spaCy's PhraseMatcher over the title
table's written forms (:class:`pressfacts.entities.titles.TitleTable`)."""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from pressfacts.entities.titles import TitleTable


class TitleMatcher:
    """Where titles are written in a Doc, by spaCy's PhraseMatcher (built once): written
    forms case-insensitively (attr LOWER), abbreviations as written (ORTH); where
    matches overlap, the longest wins ("Detective Chief Inspector", not "Chief
    Inspector")."""

    def __init__(self, nlp: Language, table: TitleTable) -> None:
        self._folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._folded.add("TITLE", [nlp.make_doc(form) for form in table.folded])
        self._exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self._exact.add("TITLE", [nlp.make_doc(form) for form in table.exact])

    def spans(self, doc: Doc) -> list[tuple[int, int]]:
        """Character spans of the titles of ``doc``, in text order, not overlapping."""
        found = [
            doc[start:end]
            for matcher in (self._folded, self._exact)
            for _, start, end in matcher(doc)
            if not _glued(doc, start, end)
        ]
        return [(span.start_char, span.end_char) for span in filter_spans(found)]


def _glued(doc: Doc, start: int, end: int) -> bool:
    """A match glued to a word before or after it ("XDI", "Inspector’s") is no title."""
    before = doc[start - 1] if start else None
    after = doc[end] if end < len(doc) else None
    glued_before = before is not None and not before.whitespace_ and before.text[-1:].isalnum()
    glued_after = after is not None and not doc[end - 1].whitespace_ and after.text[:1] in "’'"
    return glued_before or glued_after
