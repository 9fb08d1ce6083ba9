"""PhraseMatcher patterns as arrays of the one attribute they are matched on.

Why: building the pipeline tokenises about 8,000 place, organisation and title forms for
its PhraseMatchers, and each new word of them becomes a lexeme (spaCy runs some twenty
Python attribute functions for each): about a sixth of every start of ``pressfacts
run``, paid before any worker can start. A PhraseMatcher compares one attribute of each
token (``LOWER``, ``NORM`` or ``ORTH``), and :meth:`spacy.matcher.PhraseMatcher.add`
takes a pattern as that attribute's values in place of a Doc: the values are all a
pattern is.

How: :class:`PhraseArrays` gives the values of a form as a Doc of it would (the
tokenizer's tokens, a token's own norm where the tokenizer sets one). Under the regex
cache (:func:`pressfacts.regex_cache.remembered`, which only ``pressfacts run`` enables)
each form's values are kept in the cache file, keyed by the attribute, the form and a
digest of the tokenizer (its affix rules, special cases and settings, serialised without
its vocabulary, and spaCy's version and lookups), so a changed tokenizer is another key;
a form not kept is tokenised once and kept. Without the cache every form is tokenised, as
before. The words of a form kept are not made lexemes at start: a document that holds
one makes it as it makes any other word.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any

import spacy
from spacy.attrs import IDS
from spacy.tokens import Doc

from pressfacts.regex_cache import is_enabled, remembered

PhraseArray = tuple[int, ...]
"""One pattern: its tokens' values of one attribute, as ``PhraseMatcher.add`` takes them."""


class PhraseArrays:
    """The attribute values of pattern forms, tokenised by ``make_doc`` (a pipeline's
    ``nlp.make_doc``); ``tokenizer`` (the pipeline's) keys them in the regex cache. The
    tokenizer's digest is read at the first use: a tokenizer changed in place after it
    (``add_special_case``) needs a new PhraseArrays."""

    def __init__(self, make_doc: Callable[[str], Doc], tokenizer: Any = None) -> None:
        self._make_doc = make_doc
        self.tokenizer = tokenizer
        self._digest: str | None = None

    def of(self, attr: str, forms: Iterable[str]) -> list[PhraseArray]:
        """The values of ``attr`` ("LOWER", "NORM", "ORTH") of each form, in order; a form
        with no tokens gives an empty array (which the PhraseMatcher skips, as it skips
        an empty Doc)."""
        attr_id = IDS[attr]
        if self.tokenizer is None or not is_enabled():
            return [self._array(form, attr_id) for form in forms]
        digest = self._digest or self._tokenizer_digest()
        return [
            remembered("phrase", (digest, attr, form), partial(self._array, form, attr_id))
            for form in forms
        ]

    def _array(self, form: str, attr_id: int) -> PhraseArray:
        doc = self._make_doc(form)
        return tuple(int(value) for value in doc.to_array(attr_id))

    def _tokenizer_digest(self) -> str:
        """What the values depend on beside the form: the tokenizer's rules and settings,
        the vocabulary's lookups (a norm table) and spaCy's version."""
        tokenizer = self.tokenizer
        digest = hashlib.blake2b(digest_size=16)
        digest.update(tokenizer.to_bytes(exclude=["vocab"]))
        digest.update(tokenizer.vocab.lookups.to_bytes())
        settings = (
            getattr(tokenizer, "longest_run", None),
            getattr(tokenizer, "piece_chars", None),
        )
        digest.update(repr((spacy.__version__, type(tokenizer).__qualname__, settings)).encode())
        self._digest = digest.hexdigest()
        return self._digest


_latest: list[PhraseArrays] = []
"""The PhraseArrays last made for a pipeline: its stages share it and its digest."""


def phrase_arrays(nlp: Any) -> PhraseArrays:
    """The :class:`PhraseArrays` of a pipeline (its ``make_doc`` and tokenizer), shared by
    the stages built on the same tokenizer."""
    if _latest and _latest[0].tokenizer is nlp.tokenizer:
        return _latest[0]
    _latest[:] = [PhraseArrays(nlp.make_doc, nlp.tokenizer)]
    return _latest[0]
