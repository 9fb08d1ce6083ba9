"""How place names are compared, and the words that point back to a county; shared by
:mod:`.place_wording` and :mod:`.county_wording` (which the first imports)."""

from __future__ import annotations

import re

THE_COUNTY = re.compile(r"\bthe\s+county\b(?!\s+council)", re.I)
"""Words that point back to a county: "across the county" (not "the county council")."""


def fold_place(name: str) -> str:
    """A place name as compared: lower case, spaces and hyphens one space ("County-Durham"
    and "county  durham" fold alike)."""
    return re.sub(r"[\s-]+", " ", name.strip().lower())
