"""spaCy's tokenizer, cut into pieces around runs of text with no white space.

Why: spaCy's tokenizer peels prefixes and suffixes off each whitespace-free run one
at a time, searching the rest of the run each time, so its time grows with the
square of a run's length: a 40,000-character run takes a third of a second, a
megabyte one minutes. No word or web address in a release is thousands of characters
long, but an input can be (a PDF extracted without spaces, a data blob).

How: a text with no run over ``longest_run`` characters goes to spaCy's tokenizer
unchanged, so ordinary texts tokenize exactly as before. Otherwise the text is cut
into pieces: before each long run, and inside it every ``piece_chars`` or fewer
characters, preferably where a letter follows a punctuation mark ("Alpha.|Beta").
Each piece is tokenized by spaCy's tokenizer and the Docs are joined with
``Doc.from_docs`` (no white space added), so ``doc.text`` is the input exactly and
every token keeps its attributes. A cut is always a token boundary; at a cut before a
long run that is where spaCy would split anyway (the white space before it), so only
tokens inside a long run can differ from spaCy's.

Configured as the pipeline's tokenizer in ``config.cfg``::

    [nlp.tokenizer]
    @tokenizers = "pressfacts.tokenizer.v1"
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from typing import Any

from spacy.language import Language, create_tokenizer
from spacy.tokens import Doc
from spacy.util import registry

from pressfacts.doc_text import keep_text

LONGEST_RUN = 2_000
"""Longest whitespace-free run spaCy's tokenizer sees whole (no real word is near it)."""
PIECE_CHARS = 1_000
"""Longest piece a longer run is cut into."""
_CUT = re.compile(r"(?<=[^\w\s])(?=[^\W\d_])")
"""A good place to cut inside a run: a letter right after a punctuation mark."""


class LongRunTokenizer:
    """spaCy's tokenizer for ordinary texts; for texts with long runs, piece by piece.

    Everything but calling it (``vocab``, ``explain``, serialisation, special cases) is
    the wrapped tokenizer's.
    """

    def __init__(self, inner: Any, longest_run: int, piece_chars: int) -> None:
        if piece_chars < 2 or longest_run < 1:
            raise ValueError("piece_chars must be at least 2 and longest_run at least 1")
        self.inner = inner
        self.longest_run = longest_run
        self.piece_chars = piece_chars
        self._long_run = re.compile(rf"\S{{{longest_run + 1},}}")

    def __call__(self, text: str) -> Doc:
        """The tokens of ``text``; ``doc.text == text``."""
        if len(text) <= self.longest_run or self._long_run.search(text) is None:
            return keep_text(self.inner(text), text)  # the stages read the text kept
        bounds = [0, *self.cuts(text), len(text)]
        docs = [self.inner(text[start:end]) for start, end in pairwise(bounds)]
        return keep_text(Doc.from_docs(docs, ensure_whitespace=False), text)  # type: ignore[arg-type]

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def cuts(self, text: str) -> Iterator[int]:
        """Where ``text`` is cut into pieces, in order (none when it has no long run)."""
        for run in self._long_run.finditer(text):
            start, end = run.span()
            if start:
                yield start
            while end - start > self.piece_chars:
                limit = start + self.piece_chars
                cut = limit
                for match in _CUT.finditer(text, start + self.piece_chars // 2, limit):
                    cut = match.start()
                yield cut
                start = cut

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@registry.tokenizers("pressfacts.tokenizer.v1")
def long_run_tokenizer(
    longest_run: int = LONGEST_RUN, piece_chars: int = PIECE_CHARS
) -> Callable[[Language], LongRunTokenizer]:
    """spaCy's default tokenizer, linear on runs without white space (see the module)."""
    make_inner = create_tokenizer()

    def make(nlp: Language) -> LongRunTokenizer:
        return LongRunTokenizer(make_inner(nlp), longest_run, piece_chars)

    return make
