"""The country a release's national words mean ("nationally", "the national average").

A local force or commissioner restating a national publication names the country it
covers ("the rate for England and Wales", "across the UK"); its "nationally" and "the
national average" are then that country's figures, not the nation the force lies in.
:func:`release_country` picks, in order, the country the issuing body speaks for, the
document's area when that is a country, and the first country of several nations the
text names (:data:`STATED_COUNTRIES`). A release that names none keeps the nation of the
place named last (:meth:`~pressfacts.statistics.place_wording.PlaceTree.pointed_back`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pressfacts.statistics.national_scopes import NATIONAL_AREAS
from pressfacts.statistics.nations import NATION_SETS, is_country

if TYPE_CHECKING:
    from pressfacts.statistics.areas import Body, Place

STATED_COUNTRIES = frozenset(nation_set.area.casefold() for nation_set in NATION_SETS)
"""Countries of several nations ("UK", "Great Britain", "England and Wales") whose naming
in a release fixes what its national words mean."""


def release_country(
    issuer: str | None, document_area: str | None, places: Sequence[Place]
) -> str | None:
    """What "nationally" means in this release: ``issuer`` (the issuing body's country),
    else ``document_area`` when it is a country, else the first country of several nations
    among ``places`` (in text order); None when there is none."""
    if issuer is not None:
        return issuer
    if is_country(document_area):
        return document_area
    return next((p.area for p in places if p.area.casefold() in STATED_COUNTRIES), None)


NATIONAL_FIGURE = re.compile(
    r"\b(?:the|a)\s+national\s+(?:average|rate|figure|total|level|target|standard|benchmark)\b"
    r"(?:\s+(?:of|was|is|stood\s+at|at)|[^.;\d]{0,30}?\s+(?:of|was|is|at))\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.I,
)
"""A figure worded as the country's, right after the words that name it: "the national
average of 244", "a national average of 6%", "The national rate was 529", "the national
figure for the year was"."""


def national_figure(text: str, sentence_start: int, at: int, country: str | None) -> str | None:
    """The area of a figure stated as the national one (:data:`NATIONAL_FIGURE`): the
    country the release means (``country``, :func:`release_country`); None (no answer)
    when the release means none or the figure is not worded so."""
    if country is None or "national" not in text[max(sentence_start, at - 80) : at].lower():
        return None
    return country if NATIONAL_FIGURE.search(text, max(sentence_start, at - 80), at) else None


def issuer_country(places: Sequence[Place], bodies: Sequence[Body]) -> str | None:
    """The country the release's issuing body (the first organisation it names) speaks
    for, when it speaks for one: a national body's (:data:`NATIONAL_SCOPES`: the NSPCC's
    UK, British Transport Police's Great Britain), or a body whose own area is a nation
    or country (a national branch: Barnardo's Cymru's Wales; Police Scotland); None for
    a local or regional body, or none named. What "nationally" means in its release."""
    first = min(
        (b for b in bodies if b.label in ("FORCE", "CHARITY", "ORG")),
        key=lambda b: b.start,
        default=None,
    )
    if first is None:
        return None
    if first.id in NATIONAL_AREAS:
        return NATIONAL_AREAS[first.id]
    own = next((p.area for p in places if p.start == first.start and p.rule != "place"), None)
    return own if is_country(own) else None
