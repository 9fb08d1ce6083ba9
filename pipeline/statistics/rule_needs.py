"""What a rule table's ``needs`` are looked for in: one cheap test per text that spares
it the patterns it cannot match.

A rule's ``needs`` are lower-case strings one of which every match of its pattern holds.
They are looked for in :func:`needs_text` of the text, built once per text; where the
text holds a letter that a case-insensitive pattern reads differently from
:meth:`str.lower` (:data:`CASE_TRAPS`), every rule is tried.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final, Protocol

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


class _Needing(Protocol):
    @property
    def needs(self) -> tuple[str, ...]: ...


class NeedsIndex:
    """Every need of a rule table, each looked for once per text however many rules
    share it ("last", "year", "since" are the needs of several period rules)."""

    def __init__(self, rules: Iterable[_Needing]) -> None:
        self.needs = frozenset(need for rule in rules for need in rule.needs)

    def held(self, text: str) -> frozenset[str] | None:
        """The needs ``text`` holds, as :func:`needs_text` reads them (None: every rule
        is tried, as where that text is None)."""
        lowered = needs_text(text)
        if lowered is None:
            return None
        return frozenset(need for need in self.needs if need in lowered)

    def applies(self, rule: _Needing, held: frozenset[str] | None) -> bool:
        """Whether ``rule`` is tried on a text holding ``held`` (from :meth:`held`): as
        its own ``applies`` on that text; a rule with a need this index does not know is
        tried (a table's rules are all known)."""
        if held is None or not rule.needs:
            return True
        if not held.isdisjoint(rule.needs):
            return True
        return not self.needs.issuperset(rule.needs)
