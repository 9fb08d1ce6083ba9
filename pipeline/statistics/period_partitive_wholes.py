"""A named part's count "of the <things>" points back to the sentence that counted them.

"The unit supported 6,480 witnesses between April and December. … The average wait rose
to 418 days in the quarter to the end of September. Wirral accounted for 1,310 of the
witnesses the unit supported, …": the back-reference (``named_part_accounted``) would
take the main period of the nearest sentence before (the wait's quarter), but the
partitive names what it is a part of: the witnesses, counted (and dated) five sentences
before. A sentence opening with a part's count "of the/these/those <noun>"
(:data:`PARTITIVE_OPENINGS`) takes the main period of the nearest sentence before, within
:data:`PARTITIVE_SENTENCES`, that counts that noun ("6,480 victims and witnesses"); with
none, the usual back-reference stands. A sentence opening "Of the <noun> <done>," (rule
``of_the_noun_done``: "Of the adults helped, around two in five …", "Of the victims
identified, a third …") states the shares of those counted before in the same way, and so
does one naming the counted things again as its subject, with a count of what they held
(rule ``the_counted_noun_held``: "There were 1,486 missing episodes in 2024/25. … The
episodes involved 318 children"). A count of acts told by their verb counts the noun of
those acts (rule ``verb_of_the_noun``: "diverted 742 children" counts the diversions of
"Bristol accounted for 318 of the diversions"). A part "of the <done> <noun>" (rule
``part_of_the_done_noun``: "Three of the revoked drivers …", "Eleven of the stolen cars")
points back to the sentence that counts the noun with that verb ("revoked the licences of
14 taxi drivers"); when that sentence states no period, the part has none either (rule
``undated_done_whole``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.elided_people_acts import PEOPLE_NOUNS

IRREGULAR_DONE = (
    "stolen", "taken", "seen", "given", "broken", "hidden", "driven", "bitten", "beaten",
    "shown", "thrown", "found", "caught", "held", "sold", "bought", "lost", "sent", "kept",
)  # fmt: skip
"""Past participles not ending in "-ed" that ``part_of_the_done_noun`` reads as the verb
("Eleven of the stolen cars", "Two of the seized phones" alike)."""

_ABOUT = r"(?:(?:nearly|almost|about|around|roughly|over|more\s+than|just\s+(?:over|under))\s+)?"
PARTITIVE_OPENINGS: dict[str, re.Pattern[str]] = {
    # "Wirral accounted for 1,310 of the witnesses", "Leeds made up 214 of those referrals"
    "part_accounted_of_the_noun": re.compile(
        rf"^\W{{0,3}}[^.;:]{{0,80}}?\b(?:accounted\s+for|made\s+up)\s+{_ABOUT}\d[\d,]*\s+of\s+"
        r"(?:the|these|those)\s+(?P<noun>[a-z-]{3,}s)\b",
        re.I,
    ),
    # "Of the adults helped, around two in five …", "Of those victims identified, 40% …"
    "of_the_noun_done": re.compile(
        r"^\W{0,3}Of\s+(?:the|these|those)\s+(?P<noun>[a-z-]{3,}s)\s+"
        r"(?:[a-z]{2,}(?:ed|en)|found|caught|held|met|hurt|seen)\s*,",
        re.I,
    ),
    # "The episodes involved 318 children", "These calls came from 2,100 people", "The
    # arrests included 41 women": the things counted before, named again as the subject,
    # and a count of what they held; not "The episodes will be reviewed" (no count)
    "the_counted_noun_held": re.compile(
        r"^\W{0,3}(?:the|these|those)\s+(?P<noun>[a-z-]{3,}s)\s+(?:involved|included|"
        r"concerned|affected|came\s+from|related\s+to|led\s+to|resulted\s+in)\s+"
        rf"{_ABOUT}\d",
        re.I,
    ),
    # "Eight of those arrested have been charged", "12 of the people referred were girls":
    # a count of those a deed was done to, told by its participle alone, takes the period
    # of the sentence that counted the deed ("arrested 11 people since January"), as
    # ``verb_of_the_noun`` reads a noun of acts; not "Eight of those arrests" (a noun)
    "count_of_those_done": re.compile(
        rf"^\W{{0,3}}{_ABOUT}(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+(?:those|the\s+people)\s+"
        r"(?P<noun>[a-z]{3,}ed)\b",
        re.I,
    ),
    # "Three of the revoked drivers had …", "Two of the arrested men …": a part of the
    # things a verb was done to, counted before with that verb ("revoked the licences of
    # 14 taxi drivers"), not of a later count of the same noun ("1,126 drivers have …")
    "part_of_the_done_noun": re.compile(
        r"^\W{0,3}(?:\d[\d,]*|[a-z]+)(?:\s+in\s+(?:\d+|[a-z]+))?\s+of\s+(?:the|these|those)\s+"
        rf"(?P<done>[a-z]{{3,}}ed|{'|'.join(IRREGULAR_DONE)})\s+(?P<noun>[a-z-]{{3,}}s)\b",
        re.I,
    ),
    # "Of those it supported, 412 had been burgled twice", "Of the people they helped, 40%
    # were women": a part of the people the body's own verb counted, named by a pronoun
    # (no noun: the nearest sentence counting people, :data:`PEOPLE_NOUNS`); not "Of
    # those, 40 …" (no verb: the usual back-reference), "Of those arrested, …"
    "of_those_it_did": re.compile(
        r"^\W{0,3}Of\s+(?:those|the\s+people)\s+(?:it|they|we|he|she)\s+(?:had\s+|has\s+|have\s+)?"
        r"(?:[a-z]{3,}ed|saw|met|took\s+on)\s*,",
        re.I,
    ),
}
"""Openings of a sentence whose count is a part of the <noun> counted before."""
PARTITIVE_SENTENCES = 6
"""How many sentences back the count of the noun may be stated."""
DONE_SENTENCES = 12
"""How far back ``part_of_the_done_noun`` looks: a verb and a noun together name one count,
often stated in the lead, before the comment and other figures that follow it."""
_NEEDS = ("accounted", "made up", "of the", "of these", "of those", "the ", "these ", "those ")


def partitive_whole(
    opening: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    mains: Sequence[PeriodFinding | None],
    index: int,
) -> PeriodFinding | None:
    """The main period of the nearest sentence before sentence ``index`` (within
    :data:`PARTITIVE_SENTENCES`) that counts the noun a part's count of ``opening`` is "of
    the"; None when the opening is no such part or no sentence counts the noun."""
    folded = opening.lower()
    if not any(need in folded for need in _NEEDS):
        return None
    found = next((m for rule in PARTITIVE_OPENINGS.values() if (m := rule.match(opening))), None)
    if found is None:
        return None
    noun = (found.groupdict().get("noun") or "").lower()  # none: people (``of_those_it_did``)
    done = found.groupdict().get("done")
    reach = PARTITIVE_SENTENCES if done is None else DONE_SENTENCES
    counting = _counting_sentences(text, sentences, index, reach, noun, done)
    return next((mains[i] for i in counting if mains[i] is not None), None)


def _counting_sentences(
    text: str,
    sentences: Sequence[tuple[int, int]],
    index: int,
    reach: int,
    noun: str,
    done: str | None,
) -> Iterator[int]:
    """The sentences before sentence ``index``, nearest first and at most ``reach`` back,
    that count ``noun`` (:func:`_counts`), with the verb ``done`` in them when given."""
    for before in range(index - 1, max(-1, index - 1 - reach), -1):
        start, end = sentences[before]
        if _counts(text, start, end, noun) and (
            done is None or re.search(rf"\b{done}\b", text[start:end], re.I)
        ):
            yield before


_COUNT_WORDS = re.compile(r"\d[\d,]*(?P<words>(?:\s+[a-z-]+){1,4})", re.I)
"""A count and the (up to four) words after it, where its noun stands."""


_DONE_COUNT = re.compile(rf"\b(?P<verb>[a-z]{{3,}}ed)\s+{_ABOUT}\d", re.I)
"""Rule ``verb_of_the_noun``: a verb of doing right before a count ("diverted 742
children", "referred 1,204 young people"), whose noun ("diversions", "referrals") the part
names: the count is of those acts."""
STEM = 5
"""How many first letters a verb and a noun share to name the same act ("diverted" and
"diversions", "referred" and "referrals", "arrested" and "arrests")."""


def _counts(text: str, start: int, end: int, noun: str) -> bool:
    """Whether ``text[start:end]`` counts ``noun``: a count with the noun among the four
    words after it ("6,480 victims and witnesses" counts witnesses), or a count of the
    acts the noun names, after their verb (:data:`_DONE_COUNT`: "diverted 742 children"
    counts diversions); with no noun, a count of people (:data:`PEOPLE_NOUNS`)."""
    nouns = {noun} if noun else set(PEOPLE_NOUNS)
    if any(
        nouns.intersection(match.group("words").lower().split())
        for match in _COUNT_WORDS.finditer(text, start, end)
    ):
        return True
    return len(noun) > STEM and any(
        match.group("verb").lower()[:STEM] == noun[:STEM]
        for match in _DONE_COUNT.finditer(text, start, end)
    )


def undated_done_whole(
    opening: str,
    text: str,
    sentences: Sequence[tuple[int, int]],
    mains: Sequence[PeriodFinding | None],
    index: int,
) -> bool:
    """Rule ``undated_done_whole``: whether ``opening`` is a part "of the <done> <noun>"
    whose nearest sentence before counting the noun with that verb states no period: "27
    cars were stolen in Luton … Boys were arrested on Thursday … Eleven of the stolen cars
    have been recovered" is no count of Thursday (the back-reference would take the nearest
    period), but of the undated thefts."""
    found = PARTITIVE_OPENINGS["part_of_the_done_noun"].match(opening)
    if found is None:
        return False
    noun, done = found.group("noun").lower(), found.group("done")
    nearest = next(_counting_sentences(text, sentences, index, DONE_SENTENCES, noun, done), None)
    return nearest is not None and mains[nearest] is None


def done_part_whole(
    text: str, sentences: Sequence[tuple[int, int]], mains: Sequence[PeriodFinding | None], at: int
) -> PeriodFinding | None:
    """For the sentence starting at ``at`` opening on a part "of the <done> <noun>" (rule
    ``part_of_the_done_noun``: "Three of the revoked drivers …"), the main period of the
    sentence before that counts the noun with that verb; it names its whole, so a lead-in
    stated between ("Since January, 1,126 drivers …") does not govern it. None otherwise."""
    opening = text[at : at + 160]
    if PARTITIVE_OPENINGS["part_of_the_done_noun"].match(opening) is None:
        return None
    index = bisect_right([start for start, _end in sentences], at) - 1
    return partitive_whole(opening, text, sentences, mains, index)
