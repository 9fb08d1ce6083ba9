"""What a rule table's ``needs`` are looked for in: one cheap test per text that spares
it the patterns it cannot match.

A rule's ``needs`` are lower-case strings one of which every match of its pattern holds.
They are looked for in :func:`needs_text` of the text, built once per text; where the
text holds a letter that a case-insensitive pattern reads differently from
:meth:`str.lower` (:data:`CASE_TRAPS`), every rule is tried.
"""

from __future__ import annotations

from typing import Final

CASE_TRAPS: Final = ("\u0130", "\u0131", "\u017f")
"""Letters a case-insensitive pattern matches as "i" or "s" ("İ", "ı", "ſ") but that
:meth:`str.lower` does not turn into those letters."""


def needs_text(text: str) -> str | None:
    """The text rules' ``needs`` are looked for in: ``text`` lower-cased, each run of
    white space one space (a need of two words, "last year", is then found where a line
    break parts them, as the patterns' ``\\s+`` reads them); None when it holds a
    :data:`CASE_TRAPS` letter (then every rule is tried: "ſince 2019" matches)."""
    if not text.isascii() and any(trap in text for trap in CASE_TRAPS):
        return None
    return " ".join(text.lower().split())
