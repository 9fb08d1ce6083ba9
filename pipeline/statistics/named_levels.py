"""A count that opens its sentence as a named subject's level, its noun left out because
the sentence before counted it.

"Durham recorded 412 burglaries. Darlington saw 160 and Stockton 97.": the 160 and the 97
count burglaries. :func:`names_level` reads a named subject and a level verb before the
count, :func:`names_change_level` a named subject's change up to the level it reached;
both need the count to close its clause (or another place's gapped count to follow).
Used by :func:`pressfacts.statistics.elided_subjects.elided_subject` (unit rule
``elided-subject``).
"""

from __future__ import annotations

import re

from pressfacts.lexicon.number_words import WORD_NUMBER

__all__ = [
    "QUALIFIER",
    "SAME_SPAN_CLOSE",
    "names_change_level",
    "names_level",
    "number_moved_level",
]

QUALIFIER = (
    r"(?:(?:more\s+than|over|almost|nearly|around|about|some|just\s+over|just\s+under|"
    r"fewer\s+than|less\s+than|at\s+least|a\s+further|another|the\s+(?:remaining|other)|"
    r"only|just|a\s+mere)\s+)?"
)
"""A qualifier before the count, or a focus word ("Only 5,212 were charged", "Just 812",
"A mere 40"), none of which gives the count a noun of its own."""

_NOT_A_NAME = r"(?!(?:The|This|That|These|Those|It|They|We|He|She|There|Officers)\b)"
"""Capitalised openings that are no named subject of their own."""
_SUBJECT_NAME = (
    rf"(?:The\s+(?=[A-Z]))?{_NOT_A_NAME}[A-Z][\w’'-]*"
    r"(?:(?:,\s+|\s+(?:and\s+|upon\s+|with\s+|of\s+)?)[A-Z][\w’'-]*){0,6}"
)
"""A named subject opening a sentence: "King's Lynn", "The Highlands and Islands",
"Blackburn with Darwen", a list of names with commas (rule ``listed_named_subject``:
"Armagh City, Banbridge and Craigavon recorded 41"; not "The", "It", "Officers":
:data:`_NOT_A_NAME`)."""
LEVEL_VERBS: dict[str, str] = {
    # "King's Lynn saw 142", "Cheshire East made 297", "Essex Police held 904"
    "recorded_level": (
        r"saw|recorded|reported|logged|had|registered|detected|accounted\s+for|made|"
        r"received|handled|sent|submitted|held|detained"
    ),
    # "Truro collected 74", "Bodmin took in 51", "Redruth recovered 12": a place's share of
    # what was handed in or found, counted in the sentence before (an amnesty's bins, a
    # sweep's finds)
    "collected_level": r"collected|gathered|took\s+in|recovered",
    # "Whitby has 1,240.", "Scarborough now has 96": a level as it stands today
    "present_level": r"(?:now\s+|still\s+)?(?:has|have)",
    # "Leeds followed with 91", "Hull came second with 64", "Goole was next with 12": the
    # next member of a ranking after the count before
    "ranked_next_with": (
        r"(?:followed|(?:came|was|were|finished|ranked)\s+(?:next|second|third|fourth|fifth))"
        r",?\s+with"
    ),
}
"""The verbs between a named subject and its level, by rule name."""
_NAMED_LEVEL = re.compile(
    rf"(?:\s*(?:In\s+)?{_SUBJECT_NAME}"
    rf"|[^.;:]{{0,200}}\b[A-Z][\w’'-]*,\s+which"
    rf"|\s*(?:In\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,2}},\s+)?(?:[Tt]he\s+)?"
    rf"[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){{0,4}}\s+wards?)"
    rf"(?:,\s+(?:which|who|where)\s+[^.;:,]{{1,80}},)?"
    rf"(?:\s+(?:together|alone|between\s+them))?"
    rf"\s+(?:{'|'.join(LEVEL_VERBS.values())})\s+{QUALIFIER}"
)
"""A sentence that opens on a named subject and a level verb, up to its count: "West Mercia
Police recorded ", "King's Lynn saw ", "Orkney and Shetland together accounted for ", "The
Highlands and Islands recorded " (a name with its article); or a relative clause on a
name: "Most were in Conwy and Denbighshire, which together accounted for "; a name with a
clause between commas: "Bolton and Wigan, which joined in May, accounted for "; a named
ward, after a town's lead-in too: "In Barnsley, the Kingstone and Worsbrough ward saw ".; a
named subject that made, received, handled, sent or submitted what was counted before
("Cheshire East made 297 and Halton 189."); a force that held or detained people counted
before ("Essex Police held 904 and Kent Police 861."); a place that collected or recovered
what was handed in or found ("Truro collected 74 and Bodmin 51.")."""
SAME_SPAN_CLOSE = (
    r"\s+(?:over|in|during|for)\s+the\s+same\s+(?:[a-z]+\s+){0,2}"
    r"(?:period|months?|weeks?|years?|quarters?|days)"
)
"""Rule ``same_span_close``: a period that points back to the sentence before ("over the
same seven months", "in the same year", "during the same period") may close a named
subject's level: it says the count is of the same thing, over the same time."""
_LEVEL_END = re.compile(
    rf"(?:\s+between\s+them)?(?:{SAME_SPAN_CLOSE})?\s*(?:[.;:)]|,\s|$)"
    r"|\s+and\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?:(?:and|of|upon)\s+)?[A-Z][\w’'-]*){0,3}"
    r"(?:\s+wards?)?(?:\s+(?:for|with))?\s+"
    rf"(?:\d|{WORD_NUMBER}\b(?!\s+(?:of|in|on|at|per|a|an|the)\b))"
)
"""The count closes its clause (after "between them" or a period pointing back,
:data:`SAME_SPAN_CLOSE`, too), or another place's gapped count
follows it: " and Ely 31",
" and Dorset for 2,150" (after "accounted for"), " and Gateshead with 63" (after
"followed with"); the next place's name may hold "and",
"of" or "upon" (rule ``gapped_joined_name``: " and Bath and North East Somerset for 386",
" and Newcastle upon Tyne 75"), and its count may be in words (rule ``gapped_word_level``:
"Scotland recorded 17 and Wales six.", as ``level_at_end`` reads it inside a sentence;
not " and Wales three in a row", " and Wales nine in ten" (a run or a share)); not " and
officers for 386" (no name)."""


def names_level(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` opens a sentence of its own as a
    named subject's level, its noun left out because the sentence before counted it:
    "Dorset Police recorded 164, the same as …", "King's Lynn saw 142 and Ely 31." Not
    "King's Lynn saw 142 burglaries" (a noun of its own, read first), "Officers recorded
    142", "Police in Poole recorded 40" (no named opening), "Wisbech saw 142 in May" (the
    clause goes on)."""
    return _NAMED_LEVEL.fullmatch(before) is not None and bool(_LEVEL_END.match(after))


_CHANGE_NOUN = r"(?:rise|increase|fall|drop|decrease|reduction|jump)"
_PERCENT = r"[\d.]+\s*(?:%|per\s+cent)"
_NAMED_CHANGE_LEVEL = re.compile(
    rf"\s*{_SUBJECT_NAME}\s+(?:"
    rf"(?:saw|recorded|had|reported|registered)\s+(?:a|an|the)\s+(?:[a-z]+\s+){{0,2}}"
    rf"{_CHANGE_NOUN}(?:\s+of\s+{_PERCENT})?,?\s+(?:(?:up|down|rising|falling)\s+)?"
    rf"|(?:was|were)\s+(?:up|down)\s+|(?:rose|fell|increased|decreased|dropped|climbed)\s+)"
    rf"(?:by\s+)?(?:{_PERCENT},?\s+)?to\s+{QUALIFIER}"
)
"""A sentence that opens on a named subject and its change, up to the level the change
reached: "Northern Ireland saw the smallest increase, up 6% to ", "Wales was up 4% to ",
"Powys saw a rise of 12% to ", "Gwynedd fell by 3% to "."""


def names_change_level(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is the level a named subject's
    change reached, its noun left out because the sentence before counted it (rule
    ``named_change_level``): "Northern Ireland saw the smallest increase, up 6% to 127."
    Not "… up 6% to 127 calls" (a noun of its own, read first), "Officers were up 6% to
    127" (no named subject), "Wales was up 6% to 127 in May" (the clause goes on)."""
    return _NAMED_CHANGE_LEVEL.fullmatch(before) is not None and bool(_LEVEL_END.match(after))


NUMBER_WORDS = ("number", "figure", "total", "count", "tally")
"""Nouns that stand for the count the sentence before counted when they have no "of" after
them ("the number rose from six to ten"): rule ``number_moved_from_to``."""
MOVED_VERBS = (
    "rose", "risen", "fell", "fallen", "increased", "decreased", "dropped", "climbed", "grew",
    "grown", "jumped", "went up", "went down", "went", "doubled", "halved", "more than doubled",
)  # fmt: skip
"""Verbs of a change from one level to another after such a noun."""
_MOVED_OPENING = (
    r"\s*(?:(?:In|Across|For)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'-]*){0,4}"
    r",?\s+|(?:But|And|However,)\s+)?"
)
_NUMBER_MOVED = re.compile(
    _MOVED_OPENING
    + r"(?i:the|this|that)\s+(?i:"
    + "|".join(NUMBER_WORDS)
    + r")(?:\s+there)?\s+(?i:(?:has|had)\s+)?(?i:"
    + "|".join(v.replace(" ", r"\s+") for v in MOVED_VERBS)
    + r"),?\s+from\s+"
    + QUALIFIER
    + rf"(?P<first>(?:\d[\d,]*|{WORD_NUMBER})(?:\s+(?:in|during)\s+[\w/-]+)?\s+to\s+{QUALIFIER})?"
)
"""A sentence that opens (after a place's "In …" or a conjunction) on "the number" (or
"figure", "total": :data:`NUMBER_WORDS`) with no "of" after it and a change verb
(:data:`MOVED_VERBS`), up to either level of its change "from" one level "to" another: "In
Rutland the number rose from ", "The figure fell from nine to "."""
_MOVED_FIRST_END = re.compile(
    rf"(?:\s+(?:in|during)\s+[\w/-]+)?\s+to\s+{QUALIFIER}(?:\d[\d,]*|{WORD_NUMBER}\b)"
    r"(?!\s*(?:%|per\s*cent|percent)|[\d.])",
    re.I,
)
"""After the first level: "to" and the second ("six to ten", "six in 2024 to ten"), not a
share ("six to ten per cent")."""


def number_moved_level(before: str, after: str) -> bool:
    """Whether the count between ``before`` and ``after`` is either level of a change of
    "the number" from one level to another, its noun left out because the sentence before
    counted it (rule ``number_moved_from_to``): "Burglaries in Rutland reached 84. In Oakham
    the number rose from six to ten." gives six and ten burglaries. Not "the number of
    thefts rose from six to ten" (a noun of its own), "the temperature rose from six to
    ten" (no count), "the number rose from six to ten per cent" (a share)."""
    moved = _NUMBER_MOVED.fullmatch(before)
    if moved is None:
        return False
    end = _LEVEL_END if moved.group("first") else _MOVED_FIRST_END  # the second or the first
    return bool(end.match(after))
