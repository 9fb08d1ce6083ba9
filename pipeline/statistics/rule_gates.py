"""Compiled forms of a rule's ``needs`` and a case-folded twin of its pattern: the same
answers as the rule's own data, read by the regex engine instead of Python loops.

- :func:`needs_gate`: one pattern of a rule's ``needs`` literals, searched once in the
  lower-cased text instead of testing each literal in turn.
- :func:`folded_twin`: a case-insensitive pattern recompiled without ``re.I``, run on
  the lower-cased text. On an ASCII text it finds the same spans (for an ASCII letter,
  matching without case is matching its lower case), and the engine tries it much faster
  (its alternations test literals directly). Only a pattern whose own letters are all
  lower case gets a twin: ``[A-Z]`` or ``PC`` would read the lowered text differently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

_ESCAPE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.S)
"""An escape ("\\S") or a group's name ("(?P<num>"): no letter the pattern reads."""


def needs_gate(needs: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern matching wherever any of ``needs`` occurs (None: no needs, no gate)."""
    if not needs:
        return None
    return re.compile("|".join(re.escape(literal) for literal in sorted(needs, key=len)))


FEW_NEEDS = 4
"""Up to this many needs are looked for one by one; more, by one compiled pattern."""


class Needs:
    """A rule's ``needs`` (lower-case literals one of which every match holds), looked for
    in a lower-cased text: a few one by one (``in`` costs less than a pattern call), more
    by :func:`needs_gate`."""

    def __init__(self, literals: tuple[str, ...]) -> None:
        self.literals = literals
        self.gate = needs_gate(literals) if len(literals) > FEW_NEEDS else None

    def met(self, folded: str) -> bool:
        """Whether ``folded`` holds one of the needs (always, when there are none)."""
        if self.gate is not None:
            return self.gate.search(folded) is not None
        for literal in self.literals:
            if literal in folded:
                return True
        return not self.literals


class _Gated(Protocol):
    @property
    def needs(self) -> tuple[str, ...]: ...

    @property
    def hint(self) -> str: ...


Rule = TypeVar("Rule", bound=_Gated)


class GateTable(Generic[Rule]):
    """The gates of a rule table (each rule's ``needs`` and ``hint``), tried in one loop
    per text: the rules that may match it, in table order, with the same answers as each
    rule's own ``may_match`` (no call per rule and per text)."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._gates = [
            (
                rule,
                rule.needs if len(rule.needs) <= FEW_NEEDS else (),
                gate.search
                if (gate := needs_gate(rule.needs)) and len(rule.needs) > FEW_NEEDS
                else None,
                re.compile(rule.hint).search if rule.hint else None,
            )
            for rule in rules
        ]

    def open(self, folded: str) -> list[Rule]:
        """The rules whose needs and hint ``folded`` (a lower-cased text) holds."""
        opened: list[Rule] = []
        for rule, literals, gate, hint in self._gates:
            if literals:
                for literal in literals:
                    if literal in folded:
                        break
                else:
                    continue
            elif gate is not None and gate(folded) is None:
                continue
            if hint is not None and hint(folded) is None:
                continue
            opened.append(rule)
        return opened


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without ``re.I``, for lower-cased ASCII text; None when it has no
    ``re.I`` or names an upper-case letter outside an escape (``\\S``, ``\\W`` stay)."""
    if not pattern.flags & re.I:
        return None
    if any(char.isupper() for char in _ESCAPE.sub("", pattern.pattern)):
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.I)


class CaseBlind:
    """A case-insensitive pattern searched by its :func:`folded_twin` when it has one and
    the text is ASCII: the same spans, but a match's groups are read lower-cased (for
    callers that fold them anyway, as the cue tables do)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.twin = folded_twin(pattern)

    def search(self, text: str) -> re.Match[str] | None:
        """``pattern.search(text)``, its groups lower-cased when read by the twin."""
        if self.twin is not None and text.isascii():
            return self.twin.search(text.lower())
        return self.pattern.search(text)


class GatedPattern:
    """The cheap gates of a named rule with a ``pattern``, ``needs`` and a ``hint`` (the
    figure rules' and the exclusions' alike): a dataclass of such a rule calls
    :meth:`set_gates` after its init, and :meth:`may_match` spares it a text that cannot
    hold a match."""

    pattern: re.Pattern[str]
    needs: tuple[str, ...]
    hint: str
    _needs: Needs
    _hint: re.Pattern[str] | None
    _twin: re.Pattern[str] | None

    def set_gates(self) -> None:
        """Build the gates once (on a frozen dataclass, past its frozen ``__setattr__``)."""
        object.__setattr__(self, "_needs", Needs(self.needs))
        object.__setattr__(self, "_hint", re.compile(self.hint) if self.hint else None)
        object.__setattr__(self, "_twin", folded_twin(self.pattern))

    def may_match(self, folded: str) -> bool:
        """Whether the pattern can match a text whose :func:`str.lower` is ``folded``."""
        if self._hint is not None and self._hint.search(folded) is None:
            return False
        return self._needs.met(folded)
