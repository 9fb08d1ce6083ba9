"""The place a figure's own wording makes its own, over the nearest one: named right after
it as its scope ("38,900 in Dundee"), right before it with "with" ("Ripon with 31"), owning
the measure it states ("Fife's bill fell by 4% to £2.1m"), or before the ", where" clause
that holds it. Read by :mod:`pressfacts.statistics.figure_areas`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.areas import Place
from pressfacts.statistics.share_areas import scopes_share_whole

OWN_PLACE = re.compile(
    r"(?:£?\d[\d,.]*(?:\s*(?:%|per\s*cent|m|bn|k)\b)?|[A-Za-z]+(?:-[a-z]+)?)"
    rf"(?:\s+in\s+(?:every\s+)?(?:\d+|{WORD_NUMBER})\b)?\s+"
    r"(?:(?!(?:and|or|but|while|whereas)\b)[a-z][\w-]*\s+){0,3}?"
    r"(?:in|at|across|along(?!\s+with\b)|throughout|within|near|from(?=\s+the\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)"
    r"{0,2}\s+(?:force\s+|policing\s+)?(?:area|region|district)\b))\s+(?:the\s+)?"
    r"(?:(?:neighbouring|neighboring|nearby|surrounding|rural|urban)\s+)?",
    re.I,
)
"""A figure (in digits or words, or a proportion: "one in five"), at most a few lower-case
words (its noun), then a place's preposition ("in", "at", "across", "along", "near", …, and
"neighbouring", "nearby", …): the place right after is the figure's own ("three near
Boston": Boston; "61,300 families in Fife, 38,900 in Dundee and …": Dundee is the
38,900's, however near Fife stands before it; "12 more in neighbouring South Tyneside";
"12 stolen boats along the Pembrokeshire coast": Pembrokeshire, over the force named as the
sentence's subject, not "along with" a body;
"one in five pupils asked in Conwy": Conwy, over a region named before it); "from" only
before a place called an area ("47 survivors from the Humberside area"), not an origin
("six were from Albania"); the noun's words hold no conjunction ("£2.1m and the cost in
Moray": Moray is the next clause's)."""


CAME_FROM = re.compile(r"\b(?:came|come|comes|coming)\s+from\b", re.I)
"""A sentence saying where what it counts came from ("3,870 came from Glasgow City")."""
FROM_PLACE = re.compile(
    r"£?\d[\d,.]*(?:\s*(?:%|per\s*cent))?\s+(?:(?:came|come)\s+)?from\s+(?:the\s+)?", re.I
)
"""A count, then "from" (after "came", or with it elided in a list: ", 1,940 from
Edinburgh"): in a sentence that says where its counts came from (:data:`CAME_FROM`), the
place right after is the count's own (rule ``came-from``); not "six were from Albania" (an
origin: no "came from" in the sentence)."""
_CAME_FROM_REACH = 200
"""How far back in the sentence (characters) its "came from" may stand before a count."""


def _came_from(text: str, at: int, s_start: int) -> re.Match[str] | None:
    """The "from" wording after the count at ``at`` when its sentence says where its counts
    came from, at the count or before it (:data:`FROM_PLACE`, :data:`CAME_FROM`)."""
    own = FROM_PLACE.match(text, at)
    if own is None:
        return None
    low = max(s_start, at - _CAME_FROM_REACH)
    return own if CAME_FROM.search(text, low, own.end()) else None


INCLUDED_TO = re.compile(r"£?\d[\d,.]*\s+to\s+(?:the\s+)?")
"""A count, then "to": the recipient right after it is the count's own place when the count
is a part picked out by "including" (:data:`INCLUDED_BEFORE`, rule ``included-to-place``:
"made 64 referrals to councils across the force area, including 29 to Bristol": Bristol,
not the force named before); not "rose from 12 to 29 in Bristol" (no "including")."""
INCLUDED_BEFORE = re.compile(
    r"\bincluding\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$", re.I
)
_INCLUDED_REACH = 30


def _included_to(text: str, at: int, s_start: int) -> re.Match[str] | None:
    """The "to" wording after the count at ``at`` when "including" picks the count out
    (rule ``included-to-place``)."""
    if INCLUDED_BEFORE.search(text, max(s_start, at - _INCLUDED_REACH), at) is None:
        return None
    return INCLUDED_TO.match(text, at)


PLACE_WITH = re.compile(
    r"\s+with\s+(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$", re.I
)
"""A place, "with", then the figure: an item of a ranked list ("followed by Ripon with 31,
Selby with 24 and …"): the place before "with" is the figure's own."""
_WITH_REACH = 30
PLACE_ON = re.compile(
    r"\s+on\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over)\s+)?$", re.I
)
"""A place, "on", then the figure: an item of a ranked list told as a score ("ahead of
Burnley on 198 and Lancaster on 151"): the place before "on" is the figure's own, not the
next item's."""
PLACE_WHERE = re.compile(r",\s+where\s+[^.;:,]{0,120}$", re.I)
"""A place, then ", where" and the figure's clause ("… extend it to Walsall, where thefts
have risen by a fifth"): the place the relative clause is about is the figure's own, over
a body named earlier in the sentence."""
_WHERE_REACH = 140
PLACE_OWNS = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+)?(?:rate|figure|total|tally|count|share|level|bill|cost|losses)\s+"
    r"(?:of|was|is|stood\s+at|stands\s+at|(?:rose|fell|increased|decreased|dropped|climbed|"
    r"grew)\s+(?:by(?:\s+[\d.,]+\s*(?:%|per\s*cent)\s+to)?|to))\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than)\s+)?$",
    re.I,
)
"""A place owning the measure the figure states ("Hull's rate of 23.1 …", "Leeds's
overall total was 412", "Fife's bill fell by 4% to £2.1m": the 4% and the £2.1m): the
owner is the figure's own place, over a yardstick's place later in its clause ("… above
the average across England") or the place of the next coordinated clause ("… and the cost
in Moray was £1.2m")."""
_OWNS_REACH = 40
PLACE_BRACKET = re.compile(r"\s*\(\s*$")
"""A place, then the figure in brackets: an item of a ranking ("followed by Bradford (401)
and Wakefield (377)"): the place before the bracket is the figure's own."""
_BRACKET_REACH = 4
TALLY_VERBS: tuple[str, ...] = (
    "recorded", "logged", "saw", "received", "reported", "registered", "handled", "counted",
    "had", "accounted for", "dealt with",
)  # fmt: skip
"""Verbs of tallying a place may be the subject of (rule ``place-tallies``): "Swale
recorded 412", "Swale had 412", "Medway accounted for 600"."""
PLACE_TALLIES = re.compile(
    r"\s+(?:(?:alone|itself|on\s+its\s+own)\s+)?(?:(?:has|have|had)\s+)?(?:"
    + "|".join(verb.replace(" ", r"\s+") for verb in TALLY_VERBS)
    + r")\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?"
    r"£?$",
    re.I,
)
"""A place as the subject of a verb of tallying (:data:`TALLY_VERBS`, perhaps after "alone"
or "itself"), then the figure right after the verb (rule ``place-tallies``): "Swale
recorded 412", "Swale alone had 412, and Medway and Dartford together accounted for
600": Swale is the 412's own place, over the places of the clause after its comma; not
"reported in Swale" (the place after the verb), "a rise of 11% in Leeds" (no verb), a
place after a preposition ("a farm worker near Penrith had reported three thefts": no
subject, :data:`TALLY_SUBJECT_OPENS`), nor a body standing for its area ("Kent Police
logged 820 …")."""
_TALLIES_REACH = 40
TALLY_SUBJECT_OPENS = re.compile(
    r"(?:[,;]|\b(?:and|but|while|whereas|elsewhere|meanwhile))\s+$", re.I
)
"""Before a tallying place that opens a clause of its own as its subject (or the sentence
opens on it): "…, and Swale recorded 412", "Elsewhere Swale had 412"; not "a farm worker
near Penrith had reported three thefts" (a place after a preposition is no subject)."""
_OPENER_REACH = 16
"""Characters before a tallying place in which its clause's opening is looked for."""
_TALLY_PLACES = frozenset({"place", "district"})
"""The place rules (:class:`~.areas.Place`) a tallying subject may be: a place, not a body
that stands for its area ("Kent Police logged 820 … across Medway": Medway)."""
PLACE_MODIFIES_LOSER = re.compile(
    r"\s+(?:(?-i:[a-z]+)\s+){0,2}?"
    r"(?:business|businesses|firm|firms|company|companies|shop|shops|school|schools|charity|"
    r"charities|hospice|hospices|club|clubs|church|churches|nursery|nurseries|surgery|"
    r"practice|pensioner|pensioners|woman|women|man|men|couple|family|resident|residents|"
    r"trader|traders|farmer|farmers|council|academy|college|care\s+home|group)\s+"
    r"(?:(?:has|have|had)\s+)?(?:lost|paid(?:\s+out)?|handed\s+over|transferred|"
    r"(?:was|were|(?:has|have|had)\s+been)\s+(?:(?:defrauded|robbed|conned|scammed|cheated|"
    r"swindled|tricked|duped)\s+(?:out\s+)?of|fined|ordered\s+to\s+pay))\s+"
    r"(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?"
    r"£?$",
    re.I,
)
"""A place used as the modifier of the noun of who lost or paid, right before the verb and
the figure (rule ``place-modifies-loser``): "a Cheltenham hospice lost £48,000", "two
Wrexham firms were scammed out of £9,000": the place is the figure's own, over the force
that speaks in the sentence; not "the firm, which trades from Wirral, lost £6,000" (the place
is not the noun's) nor "posing as a Newport firm took £5,000" (not who lost it)."""
_LOSER_REACH = 70


def _place_modifies_loser(
    text: str, at: int, s_start: int, in_clause: Sequence[Place]
) -> Place | None:
    """Rule ``place-modifies-loser`` (:data:`PLACE_MODIFIES_LOSER`)."""
    words = PLACE_MODIFIES_LOSER.search(text, max(s_start, at - _LOSER_REACH), at)
    if words is None:
        return None
    return next(
        (p for p in in_clause if p.end == words.start() and p.rule in ("place", "district")),
        None,
    )


_PLACE_BEFORE = (
    (PLACE_WHERE, _WHERE_REACH),
    (PLACE_WITH, _WITH_REACH),
    (PLACE_ON, _WITH_REACH),
    (PLACE_OWNS, _OWNS_REACH),
    (PLACE_BRACKET, _BRACKET_REACH),
)
"""The words that make the place right before them the figure's own, and how far back
(characters) they may stand, in the order tried."""


def own_place(text: str, at: int, s_start: int, in_clause: Sequence[Place]) -> Place | None:
    """Of ``in_clause`` (the places of the clause of the figure at ``at`` of ``text``, its
    sentence starting at ``s_start``), the place named right after the figure as its scope
    (:data:`OWN_PLACE`), right before it with "with" or "on" (:data:`PLACE_WITH`,
    :data:`PLACE_ON`), owning the measure it states (:data:`PLACE_OWNS`), or before the ",
    where" clause that holds it (:data:`PLACE_WHERE`), if any; "from" names it where the
    sentence says its counts came from (:data:`FROM_PLACE`), "to" after a count picked out
    by "including" (:data:`INCLUDED_TO`), as the modifier of the noun of who lost or paid it
    (:data:`PLACE_MODIFIES_LOSER`), or as the subject of the verb of tallying right before
    it (:data:`PLACE_TALLIES`)."""
    own = OWN_PLACE.match(text, at) or _came_from(text, at, s_start)
    own = own or _included_to(text, at, s_start)
    if own is not None:
        after = next((p for p in in_clause if p.start == own.end()), None)
        # "half of all thefts in Kent were reported in Dover": Kent scopes the whole, and
        # yields to a place after it (rule ``share-whole-scope``)
        later = after is not None and any(p.start > after.end for p in in_clause)
        if after is not None and not (later and scopes_share_whole(text, after.start, after.end)):
            return after
    for pattern, reach in _PLACE_BEFORE:
        low = max(s_start, at - reach)
        words = pattern.search(text, low, at)
        if words is None:
            continue
        before = next((p for p in in_clause if p.end == words.start()), None)
        if before is not None:
            return before
    loser = _place_modifies_loser(text, at, s_start, in_clause)
    if loser is not None:
        return loser
    tallies = PLACE_TALLIES.search(text, max(s_start, at - _TALLIES_REACH), at)
    if tallies is not None:
        return next(
            (
                p
                for p in in_clause
                if p.end == tallies.start()
                and p.rule in _TALLY_PLACES
                and _opens_clause(text, s_start, p.start)
            ),
            None,
        )
    return None


REGION_WORDS_BEFORE = re.compile(
    r"\b(?:in|across|throughout|within|from)\s+the\s+(?:county(?!\s+council)|region|area)\s+"
    r"(?:[a-z]+\s+){0,2}?(?:to|of|at|was|is|stood\s+at|reached|by)\s+"
    r"(?:a\s+(?:total|record)\s+of\s+)?"
    r"(?:(?:around|about|nearly|almost|more\s+than|over)\s+)?£?$",
    re.I,
)
"""Back-pointing words right before a figure, in its clause: "taking the total across the
county to 58", "the number in the region was 310" (rule ``own-region-words`` of
:mod:`pressfacts.statistics.figure_areas`), and what came from there changing by it (rule
``region-from-change``: "calls from the county had risen by 15%", even when a national
charity says so)."""
_BEFORE_REACH = 80
"""How far before a figure (characters) its back-pointing words may start."""
INCLUDED_AFTER_REGION = re.compile(
    r"\b(?:in|across|throughout|within)\s+the\s+(?:county(?!\s+council)|region|area|"
    r"(?:city|town|borough)(?!['’]|\s+(?:council|centre|center|hall|of)\b)),?\s+including\s+"
    r"(?:[^.;:!?()]*?(?:,|\s+and)\s+)?(?:(?:around|about|nearly|almost|more\s+than|over)\s+)?£?$",
    re.I,
)
"""Rule ``included-after-region``: a part picked out by "including" right after a count's
back-pointing words, or a later item of that list ("visited 23 premises across the town,
including 14 hand car washes, six nail bars and three packhouses"): each part is of the
place the words point back to, as the whole is, not of a body named before it; not "across
the town centre, including 14 …" (a site), nor "in Boston, including 14 …" (a place of its
own: the nearest place then)."""
_INCLUDED_REACH = 160
"""How far before a figure (characters) the whole's back-pointing words may stand."""


_CLAUSE_END = re.compile(r"[,;:.!?]|$")


def region_words_before(text: str, sentence_start: int, at: int, places: Sequence[Place]) -> bool:
    """Whether back-pointing words before the figure at ``at`` make the area named last its
    own (:data:`REGION_WORDS_BEFORE`; :data:`INCLUDED_AFTER_REGION` when none of ``places``
    stands after the figure in its clause)."""
    floor = max(sentence_start, at - _BEFORE_REACH)
    if REGION_WORDS_BEFORE.search(text, floor, at):
        return True
    end = m.start() if (m := _CLAUSE_END.search(text, at + 1)) else len(text)
    if any(at < p.start < end for p in places):
        return False  # "including 11 shops in Chatteris": a place of its own
    return bool(INCLUDED_AFTER_REGION.search(text, max(sentence_start, at - _INCLUDED_REACH), at))


def _opens_clause(text: str, s_start: int, start: int) -> bool:
    """Whether a place at ``start`` opens its sentence (from ``s_start``) or a clause of its
    own (:data:`TALLY_SUBJECT_OPENS` right before it), read in the last
    :data:`_OPENER_REACH` characters only, so that each figure reads a bounded stretch."""
    lead_start = max(s_start, start - _OPENER_REACH)
    if lead_start == s_start and not text[s_start:start].strip():
        return True
    return TALLY_SUBJECT_OPENS.search(text, lead_start, start) is not None
