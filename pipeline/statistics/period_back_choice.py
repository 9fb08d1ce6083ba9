"""Which sentence before a back-reference lends it its period.

:func:`back_reference_names` names the back-reference rules a sentence opens with
(:data:`.BACK_REFERENCE_RULES`);
:func:`referred_main` then walks back over the few sentences before it for the nearest
main period the rules may take. A rule of :data:`NEAREST_ONLY` speaks of the sentence
right before it alone: when that one states no period, neither does it ("… more than
5,000 people have called since the campaign began. A further 2,418 people called …":
not the span of a paragraph before). :func:`surveyed_main` (rule ``survey_named_before``)
gives a sentence opening on "The survey found …" the period of the sentence that named the
survey, further back than the few sentences the other rules read; :func:`survey_dated_after`
(rule ``survey_dated_after``) gives a lead that cites a survey the period of the sentence
after it that dates the survey.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_back_references import BACK_REFERENCE_RULES, refers_to
from pressfacts.statistics.period_change_levels import told_again

SUM_SHARE = "share_of_the_sum"
"""The rule of a share of the sum of money just stated, tried before the others it comes
with (:func:`referred_main`)."""
NEAREST_ONLY = frozenset({"further_count", "as_a_result", "haul_seized"})
"""Back-reference rules that take the period of the sentence right before, or none."""

SAMPLE_STATED = re.compile(
    r"\b(?:interviews?\s+with|(?:a\s+)?(?:survey|poll|study)\s+of|spoke\s+to|talked\s+to|"
    r"(?:is|was|are|were)\s+based\s+on|draws?\s+on)\s+(?:(?:more\s+than|over|nearly|almost|"
    r"around|about|some)\s+)?(?:\d[\d,]*|[a-z]+ty(?:-[a-z]+)?|[a-z]+teen|ten|eleven|twelve)\s+"
    r"(?!years?\b|months?\b|weeks?\b|days?\b)",
    re.I,
)
"""Rule ``share_of_sample``: a sentence that states the sample a report or survey drew on
("draws on interviews with 38 survivors", "a survey of 2,000 adults", "spoke to 45
victims") with no period of its own: a share right after it ("One in three said …") is a
share of that sample, undated as it is, not of a period stated further back. Not "In
2024, officers made 300 arrests. They seized 40 knives. Nearly half …" (no sample: the
share may still take 2024)."""


ALSO_SENTENCED = re.compile(
    r"\W{0,3}(?:[\w'’-]+\s+){0,3}?(?:was|were)\s+also\s+(?:ordered|made\s+subject|"
    r"fined|sentenced|jailed|banned|disqualified|given\s+an?\s+(?:[\w-]+\s+){0,2}?"
    r"(?:order|sentence|fine|surcharge|ban))\b",
    re.I,
)
"""Rule ``also_sentenced``: "He was also ordered to pay £750 in compensation", "Ward was
also fined £400", "They were also given a criminal behaviour order": the rest of a court's
sentence, dated by the hearing, not a going on with the offending the sentence before told
(``continued_also`` does not take that sentence's period for it). Not "Officers also
seized 12 cars", "He was also arrested on suspicion of …" (what was done in the span)."""


@lru_cache(maxsize=1024)
def back_reference_names(opening: str) -> tuple[str, ...]:
    """The names of the back-reference rules a sentence's ``opening`` matches, in the
    table's order; read once for all the figures of a sentence (they share its opening);
    not ``continued_also`` for the rest of a court's sentence (:data:`ALSO_SENTENCED`)."""
    sentenced = bool(ALSO_SENTENCED.match(opening))
    return tuple(
        name
        for name, rule in BACK_REFERENCE_RULES.items()
        if rule.match(opening) and not (sentenced and name == "continued_also")
    )


def referred_main(
    names: Sequence[str],
    mains: Sequence[PeriodFinding | None],
    befores: Iterable[int],
    sentence: Callable[[int], str],
    change: str | None = None,
) -> PeriodFinding | None:
    """The main period (of ``mains``, by sentence) of the nearest sentence of
    ``befores`` (indexes, nearest first) that one of the rules ``names`` may take for a
    figure of that ``change`` (:func:`.refers_to`, :func:`.told_again` on ``sentence(i)``);
    None past a sentence with none when every rule is one of :data:`NEAREST_ONLY`, and for
    a share past an undated sample (:data:`SAMPLE_STATED`). A share of a sum ("a third of
    the money", rule ``share_of_the_sum``) takes the nearest sentence that states money
    first, past nearer dated figures of other kinds, and only then the nearest of any kind
    (``share_of_them``)."""
    befores = list(befores)
    if SUM_SHARE in names and len(names) > 1:
        money = referred_main([SUM_SHARE], mains, befores, sentence, change)
        if money is not None:
            return money
    for before in befores:
        main = mains[before]
        if main is None:
            if all(name in NEAREST_ONLY for name in names):
                return None
            if "share_of_them" in names and SAMPLE_STATED.search(sentence(before)):
                return None  # share_of_sample: a share of the undated sample just stated
            continue
        if any(refers_to(n, main, change) and told_again(n, sentence(before)) for n in names):
            return main
    return None


_SURVEY_NOUNS = ("survey", "poll", "questionnaire", "consultation")
_NAMED_SURVEY = {noun: re.compile(rf"\b{noun}s?\b", re.I) for noun in _SURVEY_NOUNS}
"""Where each kind of survey is named (built once, not per sentence read)."""
SURVEY_FOUND = re.compile(
    rf"\W{{0,3}}the\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{'|'.join(_SURVEY_NOUNS)})"
    r"(?:,[^,.]{1,80},)?\s+(?:also\s+)?(?:found|finds|showed|shows|revealed|reveals|"
    r"suggested|suggests|indicated)\b",
    re.I,
)
"""A sentence opening on a survey named before, telling more of its findings (rule
``survey_named_before``): "The survey found that 61 survivors …", "The charity's poll
also showed …"; not "A survey found …" (a survey of its own), "The survey will run …"."""
SURVEY_TOLD_AFTER = re.compile(
    rf",\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{'|'.join(_SURVEY_NOUNS)})"
    r"\s+(?:also\s+)?(?:found|showed|revealed|suggested|indicated)\W*$",
    re.I,
)
"""Rule ``survey_told_after``: a sentence closing on the survey named before as its source,
telling more of its findings: "Only a quarter … reported to police, the survey found."."""
SURVEY_RESPONDENTS = re.compile(
    r"\bof\s+(?:the\s+)?(?:respondents|those\s+(?:who\s+)?(?:responded|surveyed|polled|"
    r"questioned|took\s+part))\b",
    re.I,
)
"""Rule ``survey_respondents``: a sentence counting the survey's respondents, a survey
named before: "Nearly 600 of those who responded said …", "one in four of respondents"."""
_ANY_SURVEY = re.compile(rf"\b(?:{'|'.join(_SURVEY_NOUNS)})s?\b", re.I)
"""Where any kind of survey is named (for :data:`SURVEY_RESPONDENTS`)."""
SURVEY_REACH = 8
"""How many sentences back the survey's own sentence is looked for (quotes and comment
often stand between a survey's first figures and the rest)."""


def surveyed_main(
    opening: str,
    mains: Sequence[PeriodFinding | None],
    index: int,
    sentence: Callable[[int], str],
) -> PeriodFinding | None:
    """For a sentence ``index`` opening on "The survey found …" (:data:`SURVEY_FOUND`), the
    main period of the nearest of the :data:`SURVEY_REACH` sentences before it that names
    the same kind of survey ("a survey of 412 survivors, carried out between April and
    June"); for one closing on "…, the survey found." (:data:`SURVEY_TOLD_AFTER`) or
    counting respondents (:data:`SURVEY_RESPONDENTS`), the first of those sentences that
    names one and states a period (the survey's introduction, not a later aside: "since
    the survey began in 2019"); None when there is none or it states no period."""
    befores = range(index - 1, max(-1, index - 1 - SURVEY_REACH), -1)
    found = SURVEY_FOUND.match(opening)
    if found is not None:
        noun = _NAMED_SURVEY[found["noun"].lower()]
        return next((mains[i] for i in befores if noun.search(sentence(i))), None)
    if told := SURVEY_TOLD_AFTER.search(sentence(index)):
        noun = _NAMED_SURVEY[told["noun"].lower()]  # "…, the survey found."
    elif SURVEY_RESPONDENTS.search(sentence(index)):
        noun = _ANY_SURVEY  # "Nearly 600 of those who responded …"
    else:
        return None
    named = [i for i in befores if mains[i] is not None and noun.search(sentence(i))]
    return mains[named[-1]] if named else None


SURVEYED = re.compile(
    rf"\b(?:{'|'.join(_SURVEY_NOUNS)})s?\b|\b(?:surveyed|polled|questioned|interviewed)\s",
    re.I,
)
"""Where a sentence names a survey or the act of surveying ("The charity surveyed 1,240
adults in March", "The poll of 2,000 residents, carried out in May")."""
SURVEY_AHEAD = 2
"""How many sentences after a survey's undated lead figure its dating sentence may stand."""


def survey_dated_after(
    index: int, mains: Sequence[PeriodFinding | None], sentence: Callable[[int], str]
) -> PeriodFinding | None:
    """For a sentence ``index`` that cites a survey (:data:`SURVEYED`) and states no period
    ("Nearly two thirds of women feel unsafe, according to a survey published today"), the
    main period of the first of the :data:`SURVEY_AHEAD` sentences after it that names the
    survey again and states one ("The survey of 3,012 residents, carried out in September
    and October, …"; rule ``survey_dated_after``); None when none does, or a sentence
    between states a period of something else."""
    if not SURVEYED.search(sentence(index)):
        return None
    for after in range(index + 1, min(len(mains), index + 1 + SURVEY_AHEAD)):
        if mains[after] is not None:
            return mains[after] if SURVEYED.search(sentence(after)) else None
    return None
