"""The text of a Doc, built once per Doc and shared by the stages.

spaCy builds ``doc.text`` anew on every read, by joining every token's text (a Token
object made per token): about as long as tokenising the text again. Every stage needs
the text, so :func:`doc_text` keeps it the first time, keyed weakly by the Doc (the entry
goes with the Doc; nothing is added to ``doc.user_data``, so serialised Docs stay as
they were). A Doc's text never changes once made (the retokenizer keeps it), so the kept
string stays right. The pipeline's tokenizer hands over the very string it was given
(:func:`keep_text`), so for its Docs the text is never built at all.
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from spacy.tokens import Doc

_TEXTS: WeakKeyDictionary[Doc, str] = WeakKeyDictionary()


def keep_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` as ``doc``'s text (the caller guarantees ``doc.text == text``, as a
    tokenizer does for the string it tokenized); returns ``doc``."""
    _TEXTS[doc] = text
    return doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for ``doc`` and kept while ``doc`` lives."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text
