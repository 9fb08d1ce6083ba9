"""Territorial forces a release cites as the source of its figures, or as colleagues who
helped (rule ``colleagues_in``), not as its issuer.

"Knife crime in Lambeth fell in 2024, new figures from the Metropolitan Police show, as
Lambeth Council agreed a plan": the council speaks; the Met only supplied the figures, so
the release's area is not the force's. Each rule of :data:`SOURCE_FORCE_RULES` is named,
with the words it reads before and after the force's name.
:meth:`~pressfacts.statistics.areas.AreaReader.document_area` drops such a force from the
bodies a release may speak for when another territorial body remains.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar


class _Named(Protocol):
    """A place or body named in a text (:class:`~pressfacts.statistics.areas.Place`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def rule(self) -> str: ...


_P = TypeVar("_P", bound=_Named)


@dataclass(frozen=True)
class SourceForceRule:
    """A named way a sentence cites a force as the source of its figures."""

    name: str
    before: re.Pattern[str]
    """Matches the words right before the force's name."""
    after: re.Pattern[str]
    """Matches the words right after it."""


_FIGURES = r"(?:(?:new|latest|provisional|official)\s+)?(?:figures|data|statistics)"
SOURCE_FORCE_RULES: tuple[SourceForceRule, ...] = (
    # "new figures from the Metropolitan Police show", "data from Kent Police revealed";
    # not "officers from Kent Police show" (no figures), "figures from Kent Police." (no verb)
    SourceForceRule(
        "figures_from_show",
        re.compile(rf"\b{_FIGURES}\s+(?:published\s+)?(?:from|by)\s+(?:the\s+)?$", re.I),
        re.compile(r"\s+(?:show|shows|showed|reveal|reveals|revealed|suggest|suggests)\b", re.I),
    ),
    # "according to figures from Kent Police", "according to the Metropolitan Police"
    SourceForceRule(
        "according_to",
        re.compile(rf"\baccording\s+to\s+(?:{_FIGURES}\s+(?:from|by)\s+)?(?:the\s+)?$", re.I),
        re.compile(r""),
    ),
    # "we are working closely with colleagues in An Garda Síochána", "officers were helped
    # by colleagues from Lancashire Police": a force that helps, not the issuer (rule
    # ``colleagues_in``); not "colleagues across the force" (no force named)
    SourceForceRule(
        "colleagues_in",
        re.compile(r"\bcolleagues\s+(?:in|from|at)\s+(?:the\s+)?$", re.I),
        re.compile(r""),
    ),
)
"""The ways a sentence cites a force as its figures' source or as helping colleagues, tried
in order."""


def source_force_rule(text: str, start: int, end: int) -> str | None:
    """The name of the rule by which the force named at ``[start, end)`` of ``text`` is
    cited as its sentence's source of figures; None when it is not."""
    before = text[max(0, start - 80) : start]
    for rule in SOURCE_FORCE_RULES:
        if rule.before.search(before) and rule.after.match(text, end):
            return rule.name
    return None


def issuing_candidates(text: str, territorial: Sequence[_P]) -> list[_P]:
    """The territorial bodies a release may speak for: ``territorial`` without the forces
    it cites only as its figures' source, when any other body remains."""
    kept = [
        p
        for p in territorial
        if p.rule != "territorial-force" or source_force_rule(text, p.start, p.end) is None
    ]
    return kept or list(territorial)
