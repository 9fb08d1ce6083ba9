"""Counted nouns no word pattern reads: nouns of more than one word whose last word alone
would misname them, and nouns and modifiers written with digits. :func:`.units.noun_after`
tries these before it reads the words after a number."""

from __future__ import annotations

import re

from pressfacts.lexicon.offences import OFFENCE_HEAD

__all__ = [
    "CATEGORY_THEN_HEAD",
    "CLASSIFYING_GENITIVE",
    "COMPOUND_UNITS",
    "DRIVE_MODIFIER",
    "compound_unit",
]

COMPOUND_UNITS: dict[str, re.Pattern[str]] = {
    # "1,200 stop and searches", "300 stop-and-search checks" is checks; not "stop and
    # searched" (a verb)
    "stop and searches": re.compile(
        r"\s*stop[\s-]+and[\s-]+search(?:es)?\b(?!\s+[a-z]+s\b|[\s-]+[a-z]+ed\b)", re.I
    ),
    # "two 4x4s": a vehicle named by its drive, digits and all
    "4x4s": re.compile(r"\s*4x4s\b"),
    # rule ``percentage_point_change``: "a 9 percentage point rise", "a 3.5
    # percentage-point fall": points, as "9 percentage points" is; not "a 9 percentage
    # point target" (no change noun after it)
    "points": re.compile(
        r"\s*percentage[\s-]+point(?=\s+(?:[a-z-]+\s+)?(?:rise|increase|fall|drop|decrease|"
        r"reduction|jump|gain|improvement|swing|cut)\b)",
        re.I,
    ),
}
"""Counted nouns of more than one word whose last word alone would misname them (named
by the unit they give): "1,200 stop and searches" counts stop and searches, not stops;
and nouns written with digits, which no word pattern reads ("two 4x4s")."""
DRIVE_MODIFIER = re.compile(r"\s*\d{1,2}x\d{1,2}(?=\s+[A-Za-z])")
"""A vehicle's drive written before the noun it describes ("two 4x4 vehicles", "three 6x6
trucks"): passed over like an adjective, so the noun after it is counted."""
CLASSIFYING_GENITIVE = re.compile(
    r"\s*(?:(?:new|more|other|additional|further|extra|specialist|residential|private|local)\s+)?"
    r"(?P<unit>(?:young\s+)?(?:(?:children|women|men|people)['’]s|(?:girls|boys)['’])\s+"
    r"(?:homes|centres|refuges|services|hubs|units|wards|hospitals|hostels|hospices|sheds|"
    r"charities|clubs|groups|teams|shelters))\b",
    re.I,
)
"""Rule ``classifying_genitive``: a plural possessive that classifies the place or service
after it, not an owner ("two new children's homes", "four women's refuges", "12 men's sheds",
"three young people's services", "two girls' hostels"): the possessive and its noun are
counted together. Only before the nouns of places and services named here, so "three
children's mothers" (the mothers of three children) and "two of the city's parks" are read
as before."""


CATEGORY_THEN_HEAD = re.compile(
    rf"\s*(?:[a-z-]+\s+)?{OFFENCE_HEAD}(?:\s+(?:against|from|of|with|without|involving|and|or)"
    r"\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?)?\s+(?P<head>offences|crimes|incidents)\b"
)
"""Rule ``category_then_head``: a crime category named in the singular before the noun
that counts it ("33,145 violence against the person offences", "410 theft from the person
crimes", "96 possession of weapons offences", "54 criminal damage offences"): the head
counted, not the category's first noun ("violences")."""


def compound_unit(after: str) -> str | None:
    """The counted noun of :data:`COMPOUND_UNITS`, :data:`CATEGORY_THEN_HEAD` or
    :data:`CLASSIFYING_GENITIVE` that ``after`` (the text after a number) opens with, or
    None."""
    for unit, compound in COMPOUND_UNITS.items():
        if compound.match(after):
            return unit
    if category := CATEGORY_THEN_HEAD.match(after):
        return category.group("head")
    genitive = CLASSIFYING_GENITIVE.match(after)
    return " ".join(genitive.group("unit").lower().split()) if genitive else None
