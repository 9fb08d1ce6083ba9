"""The text the stages read: a document's text with its odd white space made plain.

Why: web pages and word processors put other spaces than the space between words: a
no-break space after a title or before a figure ("Chief&nbsp;Inspector Ali Khan",
"£1&nbsp;million"), thin spaces in numbers. spaCy's tokenizer splits only at the
space, so "Chief\\u00a0Inspector" was one token that no title, gazetteer or name rule
matched: with such spaces after titles, short words and "£", the founding devset fell
from 0.985 to 0.891 on entities and from 1.000 to 0.710 on titles. Hard-wrapped lines
(:mod:`pressfacts.reader.line_wraps`) stopped the stages the same way.

How: :func:`reading_text` replaces each character of :data:`SPACE_LIKE` by a space and
each line break that only wraps a line by a space. It has the same length as the text,
so every offset found in it is an offset into ``document.text``; the records' mentions
are sliced from ``document.text`` itself (:mod:`pressfacts.knowledge.build`), so they
keep the text's own characters.
"""

from __future__ import annotations

from pressfacts.reader.line_wraps import unwrapped

SPACE_LIKE: dict[str, str] = {
    "\u00a0": "no-break space",
    "\u2002": "en space",
    "\u2003": "em space",
    "\u2007": "figure space",
    "\u2008": "punctuation space",
    "\u2009": "thin space",
    "\u200a": "hair space",
    "\u202f": "narrow no-break space",
    "\u205f": "medium mathematical space",
    "\u3000": "ideographic space",
}
"""Characters that stand between words as a space does, each read as one. Not the
zero-width space or the soft hyphen: those stand inside a word, and a space there would
cut it in two."""

_AS_SPACE = str.maketrans(dict.fromkeys(SPACE_LIKE, " "))


def reading_text(text: str) -> str:
    """``text`` as the stages read it: each :data:`SPACE_LIKE` character and each line
    break that only wraps a line a space; the same length (``text`` itself when nothing
    changes)."""
    if not text.isascii() and any(space in text for space in SPACE_LIKE):
        text = text.translate(_AS_SPACE)
    return unwrapped(text)
