"""The unit of a list line that names a place and its count ("- Shropshire: 67").

A breakdown listed under a lead line naming what is counted and how it is split ("Arrests
by area:", "Thefts per district:") gives each line's count the lead's noun: the line
states only the place and the number. Not a line with a noun of its own ("- Leeds: 40
thefts": the noun after the number wins first), nor a list under another lead ("In
2023:").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pressfacts.lexicon.lists import BULLET
from pressfacts.resources import sorted_word_list
from pressfacts.statistics.units import noun_after, plural

_SPLIT = (
    r"(?:by|per|in\s+each)\s+(?:area|district|borough|county|division|force|region|town|"
    r"ward|council\s+area|local\s+authority|policing\s+area)"
)
_COUNTED = r"(?P<noun>[A-Za-z][a-z-]+(?:\s+[a-z-]+){0,2}?)"
_AFTER_SPLIT = (
    r"(?:\s+(?:during|in|over|for|since|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}?)?"
    r"(?:\s*\([^()\n]{0,120}\))?"
)
"""After the split, rule ``split_then_time``: the time the breakdown covers ("Burglaries
by district in the year to September 2026:") and a bracketed note ("(year to September,
the year before in brackets)")."""
_LEAD = (
    rf"^\W{{0,3}}{_COUNTED}"
    r"(?:\s+(?:during|in|over|for|since|from)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"(?:\s+[a-z]+ed\s+(?:by|in|from|to|at|through)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+)?,?\s+"
    rf"{_SPLIT}{_AFTER_SPLIT}\s*:"
)
LIST_LEAD = re.compile(_LEAD + r"\s*$", re.I)
"""A breakdown's lead line: "Arrests by area:", "Drivers caught per district:", with
the time it covers between ("Arrests during the operation by town:", "Thefts in 2023 by
ward:"), or a participle's phrase and a comma ("Potential victims indicated by calls to
the helpline, by region:")."""
_COPULA = r"\s+(?:was|were|is|are)"
SENTENCE_LEAD = re.compile(rf"^\W{{0,3}}(?:the\s+)?{_COUNTED}\s+{_SPLIT}{_COPULA}\s*:\s*$", re.I)
FRONTED_SPLIT_LEAD = re.compile(
    rf"^\W{{0,3}}{_SPLIT}\s*,\s*(?:the\s+)?{_COUNTED}{_COPULA}\s*:\s*$", re.I
)
"""A breakdown's lead line said as a sentence, the split before or after the noun: "The
arrests by area were:", "By district, the thefts were:"; not "By area, officers said:"."""
_INLINE_PLACE = r"(?-i:[A-Z])[\w’'&-]*(?:[ \t]+(?-i:[A-Z])[\w’'&-]*){0,3}:?[ \t]+\(?"
INLINE_BREAKDOWN = re.compile(
    _LEAD + rf"(?:[ \t]*{_INLINE_PLACE}[\d,]+\)?[ \t]*(?:[,;]|[ \t]and\b))*[ \t]*{_INLINE_PLACE}$",
    re.I,
)
"""A breakdown written on its lead's line, up to one place's count: "Arrests by area:
Bangor 9, Caernarfon 8, Pwllheli ", "Thefts by district: Hull (40); York ("."""
NUMBER_LEAD = re.compile(
    r"^\W{0,3}(?:the\s+)?(?:numbers?|totals?|counts?)\s+of\s+"
    r"(?P<noun>[a-z-]+(?:\s+[a-z-]+){0,2}?)\s+(?:by|per|in\s+each(?:\s+of)?|for\s+each(?:\s+of)?)"
    r"\s+[\w’' -]{1,60}?(?:\s*\([^()\n]{0,120}\))?(?:\s+(?:was|were|is|are))?\s*:\s*$",
    re.I,
)
"""A breakdown's lead line said as a sentence: "The number of arrests in each of the
force's three counties was:", "Totals of thefts by district were:"; not "The number of
arrests rose:" (no split named)."""
UNNAMED_LEAD = re.compile(
    r"^\W{0,3}(?:(?:the\s+)?(?:figures|numbers|totals|breakdown|counts)\s+)?"
    r"(?:for|by|in|across)\s+(?:each\s+(?:of\s+)?)?(?:the\s+)?(?:[\w’'-]+\s+){0,2}?"
    r"(?:areas?|districts?|boroughs?|counties|county|divisions?|regions?|towns?|wards?|"
    r"council\s+areas?|local\s+authorit(?:y|ies)|policing\s+areas?)"
    r"(?:\s+(?:was|were|is|are|showed))?\s*:\s*$",
    re.I,
)
"""A breakdown's lead line naming the split but not what is counted: "The figures for the
districts were:", "By district:", "The breakdown by area was:" (the count of the
sentence before is what it splits)."""
LIST_LEADS = (LIST_LEAD, NUMBER_LEAD, SENTENCE_LEAD, FRONTED_SPLIT_LEAD)
"""Every form of a breakdown's lead line, each with the counted noun as ``noun``."""
_UNNAMED = frozenset({"figures", "numbers", "totals", "breakdown", "counts", "results"})
"""A lead's nouns that name no thing counted ("Figures by district:")."""
_PLACE = rf"^\s*(?:{BULLET}\s*)?[A-Z][\w’' &-]{{1,40}}?(?::|\s[–—-])\s*"
PLACE_ITEM = re.compile(_PLACE + r"$")
"""A list line up to its number: "- Shropshire: ", "• Stoke-on-Trent: ", "Burnley – "."""
ITEM_LINE = re.compile(_PLACE + r"[\d,]+\s*(?:\([^()\n]{0,40}\)\s*)?$")
"""A whole list line of a place and its count: "- Shropshire: 67", "Burnley – 312 (up
4%)"."""
_REACH = 600
"""How far back (characters) the lead line of a list may stand."""


LABEL_ITEM = re.compile(
    rf"^\s*(?:{BULLET}\s*)?(?P<label>[A-Z][a-z-]+(?:\s+[a-z-]+){{0,6}})\s*(?::|\s[–—-])\s*$"
)
"""A line that names what it counts, then its number: "Arrests: ", "Vehicles recovered: ",
"- Search warrants executed – ", with up to six words after the first (rule
``long_result_label``: "Victims referred to support services: 9,870")."""
_NOT_COUNTED = frozenset({"results", "totals", "figures", "numbers", "notes", "sources"})
"""Labels that head a list or say what it is, not a thing counted."""


_WORD_AFTER = re.compile(r"[ \t]*[A-Za-z]")
"""A word right after the number on its line: a headline's "County lines: 27 arrested in
…", not a results line."""


def label_unit(before: str, after: str = "") -> str | None:
    """The plural noun a results line names before its number ("Arrests: 64", "Vehicles
    recovered: 112", "Search warrants executed: 23"): its first plural word; None for a
    line that names a place ("Wales: 40", "- Hull: 12": a breakdown's, read by its lead)
    or nothing counted, or whose number has words after it (``after``: "County lines: 27
    arrested" is a headline)."""
    label = LABEL_ITEM.match(before)
    if label is None or _WORD_AFTER.match(after):
        return None
    words = label.group("label").lower().split()
    if is_place(label.group("label")):
        return None
    noun = next((w for w in words if w.endswith("s") and not w.endswith("ss")), None)
    if noun and noun not in _NOT_COUNTED:
        # the phrase's head: "Cannabis plants seized" counts plants, not "cannabis"
        return noun_after(" " + " ".join(words)) or plural(noun)
    return category_unit(words)


CATEGORY_LABEL_UNITS: dict[str, str] = {
    "crime": "offences", "burglary": "offences", "robbery": "offences",
    "theft": "offences", "shoplifting": "offences", "arson": "offences",
    "damage": "offences", "violence": "offences", "assault": "offences",
    "fraud": "offences", "harassment": "offences", "stalking": "offences",
    "trafficking": "offences", "possession": "offences", "offending": "offences",
    "behaviour": "incidents", "disorder": "incidents",
}  # fmt: skip
"""Heads of a results line naming a category of crime in the singular, and what its count
counts: "Vehicle crime: 876", "Violence with injury: 3,560", "Theft from the person: 55"
count offences, "Anti-social behaviour: 2,310" incidents. The head is the label's last
word before any "with", "from", "of", "and" …: "Crime number: 12" names no category."""
_HEAD_ENDS = frozenset({"with", "without", "from", "of", "against", "involving", "and", "&"})


def category_unit(words: list[str]) -> str | None:
    """The unit of a results line whose label (``words``, lower case) names a category of
    crime (:data:`CATEGORY_LABEL_UNITS`), else None."""
    head = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    return CATEGORY_LABEL_UNITS.get(words[head - 1]) if head else None


def is_place(name: str) -> bool:
    """Whether ``name`` is in the places gazetteer (looked up in the sorted list the
    pipeline already holds)."""
    places = sorted_word_list("places")
    at = bisect_left(places, name)
    return at < len(places) and places[at] == name


def list_lead_unit(
    text: str, line_start: int, before: str, after: str = "", counted_before: str = ""
) -> str | None:
    """The noun of the lead line of the list whose line opens at ``line_start`` of ``text``
    (``before``, ``after``: the line's words before and after its number), when the line
    is a place and its count (``counted_before``, the unit of the count before the list,
    when the lead names none: "The figures for the districts were:"); else the noun a
    results line names (:func:`label_unit`); None otherwise."""
    if PLACE_ITEM.match(before) and (led := _lead_noun(text, line_start)):
        return led if led not in _UNNAMED else (counted_before or None)
    if inline := INLINE_BREAKDOWN.match(before):  # "Arrests by area: Bangor 9, Rhyl 8"
        return _counted(inline.group("noun"))
    return label_unit(before, after)


def _lead_noun(text: str, line_start: int) -> str | None:
    """The counted noun of the breakdown lead line above the list line at ``line_start``."""
    for line in reversed(text[max(0, line_start - _REACH) : line_start].split("\n")):
        if not line.strip() or ITEM_LINE.match(line):
            continue  # the lines of the list before this one
        line = line[line.rfind(". ") + 1 :]  # its last sentence: "… in May. By area:"
        if UNNAMED_LEAD.match(line):
            return "figures"  # the count before the list: the caller's
        lead = next((m for m in (rule.match(line) for rule in LIST_LEADS) if m), None)
        if lead is None:
            return None
        return _counted(lead.group("noun"))
    return None


def _counted(noun: str) -> str:
    """The counted noun of a lead's words: its first plural ("Drivers caught by area",
    "Drink drivers per district"), else its last word."""
    words = noun.lower().split()
    return plural(next((w for w in words if w.endswith("s") and not w.endswith("ss")), words[-1]))
