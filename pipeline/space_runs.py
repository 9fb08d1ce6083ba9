"""A Doc read without its doubled spaces, for the entity and figure rules ("the National
Crime  Agency", "eight  per cent").

Why: spaCy keeps one space after a token, so a second space is a token of its own, and
the token rules stop at it: a phrase pattern ("National Crime Agency"), an organisation
pattern ("Suffolk Police and Crime Panel"), a place before a charity ("Hull Women's
Aid"); the figure and period patterns written with one space stop at it too ("eight per
cent", "Northern Ireland", "four weeks"). Reprints double spaces by mistake, and a line
wrapped after a trailing space (e-mail's flowed format) reads, once unwrapped
(:mod:`pressfacts.reader.line_wraps`), as two spaces: the founding devset wrapped that
way lost a quarter of its organisations and charities, and some of its figures.

How: when a Doc's text holds a doubled space (one ``in`` on the text: almost never),
:func:`compacted` gives a copy of the Doc without its space-only tokens, each token's
norm, sentence start and extension values kept, and the map from the copy's character
offsets back to the Doc's. The entity, period and figure stages read the copy; what they
find is mapped back (:meth:`Compacted.span`), so every offset is still one into
``document.text``, and what an earlier stage left on the Doc is mapped in
(:meth:`Compacted.into`). A line break is no extra space: a name does not run across a
paragraph.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import cast
from weakref import WeakKeyDictionary

from spacy.attrs import NORM
from spacy.tokens import Doc
from thinc.types import Ints2d

EXTRA_SPACE = "  "
"""What a text holds where some token is an extra space."""


def _extra_space(token_text: str) -> bool:
    """A space-only token (spaces and tabs, no line break): the space after a space."""
    return not token_text.strip(" \t")


@dataclass(frozen=True)
class Compacted:
    """A copy of a Doc without its extra spaces, and where each of its characters stands
    in the Doc's text."""

    doc: Doc
    text: str
    origin: tuple[int, ...]
    """For each character of ``text``, its offset in the Doc's text."""

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The Doc's ``[start, end)`` for the copy's: from its first character to one past
        its last (no extra space taken in at either end)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.origin[-1] + 1
            return at, at
        return self.origin[start], self.origin[end - 1] + 1

    def into(self, start: int, end: int) -> tuple[int, int]:
        """The copy's ``[start, end)`` for the Doc's: the characters of the copy that stand
        inside it (an extra space at either end is left out)."""
        return bisect_left(self.origin, start), bisect_left(self.origin, end)


_BUILT: WeakKeyDictionary[Doc, Compacted] = WeakKeyDictionary()
"""Each Doc's copy, built by the first stage that asks and read by the later ones (the
entries go with their Docs)."""


def compacted(doc: Doc, text: str) -> Compacted | None:
    """``doc`` without its space-only tokens (:class:`Compacted`), or None when its text
    (``text``) has no doubled space and the Doc reads as it is; built once per Doc."""
    if EXTRA_SPACE not in text:
        return None
    built = _BUILT.get(doc)
    if built is None:
        built = _compact(doc)
        if built is not None:
            _BUILT[doc] = built
    return built


def _compact(doc: Doc) -> Compacted | None:
    kept = [token for token in doc if not (token.is_space and _extra_space(token.text))]
    if len(kept) == len(doc):
        return None
    starts: list[bool | int | None] = []
    pending = False  # a dropped token opened a sentence: the next kept one does
    index = 0
    for token in doc:
        if index < len(kept) and token.i == kept[index].i:
            starts.append(bool(token.is_sent_start) or pending)
            pending = False
            index += 1
        else:
            pending = pending or bool(token.is_sent_start)
    copy = Doc(
        doc.vocab,
        words=[token.text for token in kept],
        spaces=[bool(token.whitespace_) for token in kept],  # an extra space follows one
        sent_starts=starts,
    )
    norms = cast(Ints2d, doc.to_array([NORM])[[token.i for token in kept]])
    copy.from_array([NORM], norms)
    copy.user_data.update(doc.user_data)  # its dates; a stage maps what holds offsets
    origin: list[int] = []
    for token in kept:
        origin.extend(range(token.idx, token.idx + len(token.text) + len(token.whitespace_)))
    return Compacted(copy, copy.text, tuple(origin))
