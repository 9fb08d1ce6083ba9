"""The unit of a count written as a word ("six", "twelve") with no noun after it.

"41 people, including six aged 14 to 17", "Of those arrested, nine …", "five of the nine
arrests": a count in words leaves its noun to the count it is a part of; the rules of
:mod:`pressfacts.statistics.elided_counts` say when the words around it elide the noun.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.lexicon.units import NOT_COUNTED_UNITS
from pressfacts.statistics.elided_counts import elided_rule
from pressfacts.statistics.gloss_units import of_whom_noun

_OF_THESE = re.compile(r"\s*of\s+(?:these|those|them|whom|which)\b", re.I)
_OF_THOSE = re.compile(r"\s*of\s+(?:these|those)\b", re.I)
"""A part of a figure of an earlier sentence: "Six of those arrested"; not "Eleven of
them" (a pronoun may stand for a noun no figure counted: "a group of offenders")."""
_OF_THEM = re.compile(r"\s*of\s+them\b", re.I)
"""A part "of them" whose pronoun stands for a plural noun its own sentence names before it
(rule ``of_them_named_before``): "He blackmailed 23 boys. He targeted boys aged 12 to 16,
and fourteen of them lived in Kent": the boys of the earlier count."""
_OPENING_OF_THEM = re.compile(r"^\s*$")
"""Rule ``of_them_opening``: a count in words that opens its sentence with "of them" after
it ("Five people were arrested. Three of them remain in custody.") is a part of the last
count of the sentence just before, when that sentence counts more than the part; not
into a sentence with no count ("a small group of offenders. Eleven of them …")."""
_REPORTING_VERBS = (
    "found", "said", "showed", "revealed", "reported", "discovered", "confirmed", "estimated",
)  # fmt: skip
REPORTED_OPENINGS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        f"of_them_reported_{verb}",
        re.compile(rf"^\s*[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+{verb}\s+(?:that\s+)?$"),
    )
    for verb in _REPORTING_VERBS
)
"""Rules ``of_them_reported_*``: a count in words with "of them" after it that opens what a
short subject found or said, opening its sentence ("Inspectors visited 14 forces. They found
that nine of them …", "Checks showed that six of them …"), is a part of the last count of
the sentence just before, as :data:`_OPENING_OF_THEM`'s; not after a longer opening ("They
found in the spring that …") nor a figure before it in the sentence."""
_CLAUSE_OF_THEM = re.compile(
    r"^\s*(?:(?:almost|nearly|virtually)\s+)?(?:all|most|many|some|none|the\s+majority)"
    r"(?:\s+of\s+(?:them|these|those))?\s[^\d,]*,\s*(?:although|though|but|while|whereas|and)\s+$",
    re.I,
)
"""Rule ``of_them_clause_opening``: such a count opening a clause after a conjunction, when
the clause before it is itself a quantified part of the same things with no figure ("Five
people were found. Almost all of them were well, although three of them needed
treatment.", "Most were roadworthy, but seven of them …"): a part of the same count, as
:data:`_OPENING_OF_THEM`'s; not after a clause naming other things ("He targeted girls
online, and fourteen of them …": the girls)."""
_PEOPLE_NAMED = (
    "women", "men", "girls", "boys", "children", "teenagers", "adults", "pensioners",
    "students", "graduates", "volunteers", "parents", "mothers", "fathers", "veterans",
)  # fmt: skip
_OF_THEM_ARE = re.compile(
    rf"\s*of\s+them\s+(?:are|were)\s+(?:all\s+)?(?P<noun>{'|'.join(_PEOPLE_NAMED)})\b"
    r"(?!['’])",
    re.I,
)
"""Rule ``of_them_are_people``: a count in words that "of them are/were" names as people of
a kind ("Forty-nine of them are women", "Three of them were children") counts those people
when no count it is a part of was found; not "Three of them were arrested" (no noun), "Two
of them were men's bikes" (a possessive)."""
_PAIRED_PEOPLE = frozenset({*_PEOPLE_NAMED, "people", "minors", "migrants"})
"""Rule ``of_them_opening_people_pair``: a sentence opening on "Three of them" after one
whose last two counts are both of people ("officers found nine men and two boys. Three of
them needed treatment.") is a part of the two together, counted as people, when it is
larger than the last alone but not than both; not after two counts of things ("four cars
and two vans. Three of them …"), nor larger than both."""
_NOT_COUNTED = NOT_COUNTED_UNITS
_OF_THE_COUNT = re.compile(
    rf"\s*of\s+the\s+(?:\d[\d,]*|{WORD_NUMBER})\s+(?P<noun>[a-z]+s|people|children|(?:wo)?men)\b",
    re.I,
)
"""A part of a count restated with its noun: "five of the nine arrests", "Three of the
seven people arrested": the part counts that noun."""


def word_part_unit(
    sentence: str,
    start: int,
    end: int,
    found: Sequence[StatisticFinding],
    earlier: Sequence[StatisticFinding],
    share_of: str | None = None,
    named: StatisticFinding | None = None,
    index: int = -1,
    value: float = 0,
    text_before: str = "",
) -> str | None:
    """The unit of a count written as a word with no noun after it ("six") when it is a
    part of a count already read: of the last count before it in its sentence (``found``,
    the figures of the sentence so far) when one of :data:`ELIDED_RULES` holds or it is
    followed by "of them/whom" ("41 people, including six aged 14 to 17", "900 calls,
    around seven a day", "30 men, five of whom …"); with no count before it there, of
    the whole the sentence's last share is of (``share_of``, :func:`share_whole`) when
    one of :data:`ELIDED_RULES` holds ("Half of the offences were in Powys, and a further
    six in Ceredigion"); else
    of the last count of ``earlier`` (the figures of the sentences before; not money, shares
    or multiples) when followed by "of these/those" (not "of them")
    ("Six of those arrested were …"; of ``named`` when given: the count the participle
    after "of those" names, :func:`~.part_wholes.lead_whole`). Never for "one" ("one of
    them said": a person, not a figure), nor for money, shares or multiples. A part of a
    count restated with its noun counts that noun ("five of the nine arrests":
    :data:`_OF_THE_COUNT`). A sentence opening on "Three of them" takes the noun of the
    last count of the sentence just before (the figures of ``earlier`` whose sentence is
    ``index`` - 1) larger than ``value`` (:data:`_OPENING_OF_THEM`); so does one opening a
    clause after a conjunction with no figure before it (:data:`_CLAUSE_OF_THEM`); one
    opening the sentence after a figureless sentence that restates the things just counted
    as its subject takes that subject's noun (:data:`DEFINITE_SUBJECT`; ``text_before``,
    the document's text up to the figure's sentence). Failing all these, "of them are
    women" names the people counted (:data:`_OF_THEM_ARE`)."""
    before, after = sentence[:start], sentence[end:]
    if sentence[start:end].lower() == "one":
        return None
    whole = _OF_THE_COUNT.match(after)
    if whole:  # "five of the nine arrests"
        return whole.group("noun").lower()
    counts = [f.unit for f in found if f.unit not in _NOT_COUNTED]
    if counts and (elided_rule(before, after) or _OF_THESE.match(after)):
        return counts[-1]
    if not counts and (noun := of_whom_noun(before, after)):
        return noun  # "checks on scrap metal dealers, eleven of whom" (rule of-whom-noun)
    if share_of and not counts and elided_rule(before, after):
        return share_of
    if _OF_THOSE.match(after):
        if named is not None:  # "Six of those arrested": the count that says "arrested"
            return named.unit
        return next((f.unit for f in reversed(earlier) if f.unit not in _NOT_COUNTED), None)
    if _OF_THEM.match(after):  # "…, and fourteen of them": the earlier count's noun named here
        unit = next((f.unit for f in reversed(earlier) if f.unit not in _NOT_COUNTED), None)
        if unit and re.search(rf"\b{re.escape(unit)}\b", before, re.I):
            return unit
        opening = _OPENING_OF_THEM.match(before)
        opens = (
            opening
            or (not counts and _CLAUSE_OF_THEM.match(before))
            or (not counts and any(rule.match(before) for _, rule in REPORTED_OPENINGS))
        )
        if opens:  # "Three of them remain in custody.", "Most were well, but three of them …"
            wholes = [f for f in earlier if f.sentence == index - 1]
            wholes = [f for f in wholes if f.unit not in _NOT_COUNTED]
            if wholes and wholes[-1].value > value:
                return wholes[-1].unit
            if opening and people_pair(wholes, value):
                return "people"
            if opening and not wholes:
                subject = restated_subject(text_before, earlier, index, value)
                if subject:
                    return subject
    if not counts and _REASON_OPENING.match(before) and _REASON_AFTER.match(after):
        reason_whole = reason_part_whole(text_before, earlier, index, value)
        if reason_whole:  # "Nine were for discriminatory abuse" (rule reason_part_opening)
            return reason_whole
    if named_people := _OF_THEM_ARE.match(after):  # "Forty-nine of them are women"
        return named_people.group("noun").lower()  # rule of_them_are_people
    return None


RESTATING_VERBS = ("made", "received", "logged", "recorded", "reported", "carried out", "answered")
"""Participles that tell of the things counted as happening or handled, not of people
acted on ("The calls were made …", "The reports were logged …"; not "The owners were
told")."""
DEFINITE_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)The\s+(?P<noun>[a-z]+s)\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:{'|'.join(RESTATING_VERBS)})\b[^.!?]*[.!?]\s*$"
)
"""Rule ``of_them_restated_subject``: the sentence before a "Three of them" opening has no
figure but restates the things counted the sentence before it as its subject, a plural
noun after "The" with a participle of :data:`RESTATING_VERBS` ("Officers were called to 37
incidents. The calls were made on Friday. Eight of them involved children."): the part
counts that noun, when that earlier count is larger; not after a sentence naming other
things ("a small group of offenders. Eleven of them …", "Police seized 40 cars. The owners
were told. Six of them …")."""


def people_pair(wholes: Sequence[StatisticFinding], value: float) -> bool:
    """Whether the last two counts of ``wholes`` both count people (the last word of each
    unit in :data:`_PAIRED_PEOPLE`: "teenage boys") and together count more than
    ``value`` (rule ``of_them_opening_people_pair``)."""
    if len(wholes) < 2:
        return False
    pair = wholes[-2:]
    return all(f.unit.rpartition(" ")[2] in _PAIRED_PEOPLE for f in pair) and (
        pair[0].value + pair[1].value > value
    )


def restated_subject(
    text_before: str, earlier: Sequence[StatisticFinding], index: int, value: float
) -> str | None:
    """The noun of :data:`DEFINITE_SUBJECT` when the sentence two before counts more."""
    subject = DEFINITE_SUBJECT.search(text_before)
    wholes = [f for f in earlier if f.sentence == index - 2 and f.unit not in _NOT_COUNTED]
    if subject and wholes and wholes[-1].value > value:
        return subject.group("noun")
    return None


_REASON_OPENING = re.compile(r"^\s*$")
_REASON_AFTER = re.compile(
    r"\s+(?:were|was)\s+(?:(?:given|issued|imposed|made|handed\s+out)\s+)?for\s+[a-z]", re.I
)
"""Rule ``reason_part_opening``: a count in words opening its sentence, then "were for" and
what they were for ("Nine were for discriminatory abuse, six for …", "Twelve were issued
for drug offences"): a part of the count before by its reason; not "Nine were arrested
for …" (a passive: the elided-subject rules'), "Nine were for sale" is no figure here
either way (no count before it), "Nine officers were for …" (a noun of its own)."""
_RESTATED_OPENING = re.compile(r"(?:^|[.!?]\s+)The\s+(?P<noun>[a-z]+s)\b[^.!?]*[.!?]\s*$")
"""A figureless sentence opening on the things just counted ("The bans, which run for up to
five years, follow incidents since August."), between a count and its parts."""


def reason_part_whole(
    text_before: str, earlier: Sequence[StatisticFinding], index: int, value: float
) -> str | None:
    """The noun of the count a sentence opening on a reason part (:data:`_REASON_AFTER`)
    is a part of: the last count of the sentence just before, when larger; else that of
    the sentence two before, when the sentence between opens on its noun
    (:data:`_RESTATED_OPENING`: "The bans, …"); else None."""
    for back in (1, 2):
        wholes = [f for f in earlier if f.sentence == index - back]
        wholes = [f for f in wholes if f.unit not in _NOT_COUNTED]
        if back == 1 and wholes:
            return wholes[-1].unit if wholes[-1].value > value else None
        if back == 2 and wholes and wholes[-1].value > value:
            restated = _RESTATED_OPENING.search(text_before)
            if restated and restated.group("noun") == wholes[-1].unit.split()[-1]:
                return wholes[-1].unit
    return None
