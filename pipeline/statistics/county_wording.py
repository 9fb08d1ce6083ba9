"""A county the text words with "County" before its name ("County Durham", "County Antrim").

The gazetteer knows a council or force by its county's short name ("Durham County Council",
"Durham Constabulary": Durham), but a release that gives its scope as "across County
Durham" words the same place with "County". Rule ``lead-county-wording``
(:func:`county_scope`): a lead sentence's scope place that is the one county of the bodies
it names, worded "County <name>", is the document's area as worded. Rule
``county-as-worded`` (:func:`county_as_worded`): a figure's area that is that county by its
short name (from "the council" or "the county") is given as the document words it. A
larger area ("County Durham and Darlington") is no such wording.
"""

from __future__ import annotations

import re


def _fold(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name.strip().lower())


def is_county_wording(worded: str, short: str) -> bool:
    """Whether ``worded`` is ``short`` with "County" before it ("County Durham", "Durham")."""
    return _fold(worded) == f"county {_fold(short)}"


def county_scope(place: str, innermost: str | None) -> tuple[str, str] | None:
    """(``place``, ``lead-county-wording``) when the lead's scope place ``place`` is the
    bodies' one area ``innermost`` worded with "County"; else None."""
    if innermost and is_county_wording(place, innermost):
        return place, "lead-county-wording"
    return None


def county_as_worded(area: str | None, document_area: str | None) -> str | None:
    """Rule ``county-as-worded``: ``document_area`` when it is ``area`` worded with
    "County" ("Durham" in a release about "County Durham"); else ``area``."""
    if area and document_area and is_county_wording(document_area, area):
        return document_area
    return area
