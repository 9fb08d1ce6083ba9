"""Where one clause of a sentence ends and the next begins, for the choice of a figure's
period (:mod:`pressfacts.statistics.period_context`): a later clause's period belongs to
that clause (", compared with 417 in 2009/10"); :func:`clause_periods` are the periods a
figure's own clause offers it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.change_back_words import PAST_CHANGE_VERBS, REPORTED_BACK_LEAD, UP_DOWN
from pressfacts.statistics.clause_breaks import DETERMINED_SUBJECT, NEW_SUBJECT, PLACED_SUBJECT
from pressfacts.statistics.elided_words import BRACKET_LABEL
from pressfacts.statistics.finding_clauses import FINDING_CLAUSE
from pressfacts.statistics.period_count_clauses import new_count_breaks, new_count_clause
from pressfacts.statistics.period_now import HELD_NOW
from pressfacts.statistics.period_own_clauses import OWN_CLAUSES
from pressfacts.statistics.period_plan_clauses import PLAN_BEFORE_AFTER_CHANGE
from pressfacts.statistics.yardstick_openings import (
    AGAINST_COUNT,
    CHANGE_FROM_COUNT,
    PRONOUN_SUBJECT,
    VALUE_ASIDE,
    WORD_SHARE,
)

FUTURE_CLAUSE = (
    r",\s+(?:and\s+(?=(?:[\w-]+\s+){0,3}?(?:will|shall)\s+(?:also\s+|then\s+)?[a-z]+)|"
    r"which\s+(?=will\s+(?:also\s+|then\s+)?[a-z]+))"
)
"""", and" + a subject of up to three words + "will": a clause of what is to come (", and
all 16 will be visited again in December"): its date is a plan's, not the figure's before
it; so is a relative clause of what is to come (rule ``future_relative_clause``: "has given
the team £40,000 for marking kits, which will be handed out to 500 farms this summer": the
summer is the 500's plan, not the £40,000's); not ", which were handed out in May" (told
in the past)."""
AFTER_COUNT_CLAUSE = (
    r",\s+(?:after|once)\s+(?=(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    rf"(?:\d[\d,]*|(?i:{WORD_NUMBER}))\s+(?:[a-z-]+\s+){{1,2}}?(?:(?:were|was|had\s+been)\s+)?"
    r"(?:[a-z]+ed|joined|began|came|took|went|left|gave|made)\b)"
)
"""", after" (or ", once") + a count as the subject + its past verb:
a clause of its own that dates the count it holds (", after six staff joined the team in
December": December is the six's, not the main clause's "between January and June"
before it); not ", after a raid in May" (no count as subject), nor ", when 7,000 were
logged" (a "when" clause glosses the period named just before it)."""
_FINDING = re.compile(FINDING_CLAUSE, re.I)


def finding_main(
    text: str, s_start: int, s_end: int, main: PeriodFinding | None, later: Sequence[PeriodFinding]
) -> PeriodFinding | None:
    """The main period of the sentence at ``s_start``: the first period of ``later`` (its
    main periods, in text order) stated after a :data:`FINDING_CLAUSE` (rule
    ``finding_main``: "The survey, carried out between May and July, found that 58% had been
    assaulted in the past 12 months. One in five of those assaulted …" speaks of the past 12
    months, not of the fieldwork), else ``main``."""
    if main is None:
        return main  # nothing to move: no search
    finding = _FINDING.search(text, s_start, s_end)
    if finding is None or main.start_char >= finding.start():
        return main
    return next((p for p in later if finding.end() <= p.start_char < s_end), main)


BRACKETED_YARDSTICK = (
    rf"\s\((?=\s*{BRACKET_LABEL}|\s*£?\d[\d,.]*\s+(?:in|during|the\s+(?:year|same|"
    r"previous)|last|a\s+year)\b)"
)
"""An opening bracket round another time's level ("1,245 (2023/24: 1,102)", "(1,102 in
2023)"): the bracket's period is its own figure's, not the figure's before it."""
_BRACKETED_YARDSTICK = re.compile(BRACKETED_YARDSTICK, re.I)


def in_bracketed_yardstick(text: str, period: PeriodFinding) -> bool:
    """Whether ``period`` dates another time's level in brackets ("(2023/24: 1,102)"): no
    sentence's main period, which the sentences after it would take."""
    opening = text.rfind("(", max(0, period.start_char - 30), period.start_char + 1)
    return (
        opening > 0
        and ")" not in text[opening : period.start_char]
        and _BRACKETED_YARDSTICK.match(text, opening - 1) is not None
    )


SUBJECT_PAST_VERBS = (
    "gave", "made", "took", "spent", "found", "sent", "sold", "caught", "held", "ran", "won",
    "saw", "flew", "brought", "paid",
)  # fmt: skip
"""Irregular past verbs that, as a regular "-ed" one, open a clause of the same or a plural
subject after ", and" (rule ``subject_past_verb`` of :data:`CLAUSE_BREAK` and
:data:`_NEW_VERB`): "attended 2,410 incidents in 2024, 6% fewer than in 2022, and
volunteers gave 19,000 hours" (the hours take 2024, not the yardstick's 2022)."""
CLAUSE_BREAK = re.compile(
    BRACKETED_YARDSTICK + "|"
    r"[;:]|\s[–—-]\s|\.\s|,\s+(?:while|whereas|where\b|but|although|though\b(?!,)|"
    r"with(?!" + VALUE_ASIDE + r")|"
    r"compared\s+(?:with|to)|" + AGAINST_COUNT + "|" + CHANGE_FROM_COUNT + "|"
    r"and\s+that\b|the\s+same\s+as\b|similar\s+to\b|level\s+with\b|unchanged\s+(?:from|on)\b|"
    # rule adverb_up_down: ", slightly down on the 84.5% recorded in …", ", sharply up"
    r"(?:[a-z]+ly\s+)?(?:up|down)\b|and\s+(?=(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?"
    r"(?:£?\d[\d,.]*\s*(?:%|per\s*cent)|"
    + WORD_SHARE
    + r")))|\s+and\s+the\s+(?:number|total|amount|rate|proportion)\s+of\b|"
    r"\s+and\s+that\s+(?=(?:he|she|they|it|we|there|the|this|its|their|his|her)\s)|"
    r",\s+(?:bringing|taking)\s+(?:the|its|their|our)\s+(?:[\w-]+\s+)?(?:total|tally|number)\b|"
    # rule after_change_clause: " after"/", as" + a subject (hyphenated words too: "after
    # cost-of-living scams rose", rule after_change_hyphened_subject) + a change verb
    r"(?:\s+after|,\s+as)\s+(?=[\w\s’'-]{1,80}?\b(?:rose|fell|rising|falling|increased|"
    r"decreased|dropped|doubled|tripled|trebled|halved|jumped|soared)\b)|"
    r",\s+and\s+(?=(?:(?:the\s+)?[a-z]+s\s+(?:(?:in|across|at|from)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,2}?\s+)?)?(?:[a-z]+ed|" + "|".join(SUBJECT_PAST_VERBS) + r")\s+"
    r"(?:(?:about|around|nearly|almost|over|more\s+than|"
    r"some)\s+)?£?\d)|"
    r",?\s+and\s+(?=(?:(?:about|around|nearly|almost|over|more\s+than|some)\s+)?"
    rf"(?:\d[\d,]*|(?i:{WORD_NUMBER}))\s+(?:[a-z-]+\s+){{1,2}}?(?:were|was|have\s+been|had\s+been)"
    r"\s+[a-z]+ed\b)|"
    r",(?=\s+(?:(?:nearly|almost|more\s+than|over|about|around|roughly|just\s+under)\s+)?"
    r"(?:double|twice|treble|triple|three\s+times|four\s+times|half)\s+(?:the|that|those)\b)|"
    + NEW_SUBJECT
    + "|"
    + PLACED_SUBJECT
    + "|"
    + DETERMINED_SUBJECT
    + "|"
    + PRONOUN_SUBJECT
    + "|"
    + FUTURE_CLAUSE
    + "|"
    + AFTER_COUNT_CLAUSE
    + "|"
    + FINDING_CLAUSE
    + "|"
    + OWN_CLAUSES  # perfect, still, cause and indefinite-subject clauses
)
"""Where one clause of a sentence ends and the next begins: "; ", " – ", ", while",
", where the charity has run a hub since 2019" (what the clause tells of the place),
", with 672 …", ", compared with 417 …", ", up from 30,600 …", ", down 8% on …",
", and 4% higher than …", ", and that more than a quarter …", " and that he would put
£350,000 …" (the next of two reported clauses), ", the same as in 2024/25" (a yardstick
equal to the figure), ", bringing the total since May to 164" (a running total's own span),
" and the number of …", " after reports rose …" or ", as thefts fell …" (not " after a
raid in May"), ", nearly double the 1,190 recorded in …" (a yardstick's multiple), ", and
Bradford recorded …" (a new subject, :data:`NEW_SUBJECT`), ", and teams in Tamworth have
gained …" (a subject with its own place, :data:`PLACED_SUBJECT`), ", and they took in …"
(a pronoun subject and its verb, :data:`PRONOUN_SUBJECT`), ", and housed 143 …" (a verb
of the same subject with a figure of its own; or of a plural subject of its own, placed or
not: ", and officers across the BCU recovered 318 …"), " and 19 people were convicted …" (a
count of its own as the subject of a passive: "seized 27 dogs over the winter and 19 people
were convicted in the 12 months to June"), " and had trained 60 …" (a perfect of the same
subject with a figure of its own, :data:`PERFECT_CLAUSE`), ", and 900 were still …" (a
state held on at a time of its own, :data:`STILL_CLAUSE`), ", helped by £1.2m … for
2025/26" (a cause with a figure of its own, :data:`CAUSE_CLAUSE`), ", and a farmer near Thirsk
lost 14 ewes" (one case, :data:`INDEFINITE_SUBJECT_CLAUSE`)."""


DASHED_ASIDE = re.compile(r"\s[–—-]\s[^–—;:.\d]{1,120}?\s[–—-]\s")
"""An aside set off by a pair of spaced dashes, with no figure of its own ("dealt with 2,860
drivers for the offences - speeding, drink driving and using a phone - in the first
quarter"): its dashes break no clause (rule ``dashed_aside``), so the period after it is
the figure's, as after brackets; not "… 400 cars - and in May 120 vans" (one dash)."""


@lru_cache(maxsize=256)
def clause_breaks(sentence: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) of every :data:`CLAUSE_BREAK` of a sentence outside the dashes
    of a :data:`DASHED_ASIDE`: found once for all its figures (and for a sentence read
    again, from the cache). Rule ``where_aside_resumes``: a ", where" aside closed by a
    comma (:data:`RELATIVE_ASIDE`) tells of a place and the clause before it resumes after
    it ("38 incidents in Cathays, where many students live, between 20 and 28 September":
    the span is the 38's); its own period still breaks (:func:`period_openings`), and an
    unclosed ", where the charity has run a hub since 2019." still ends the clause."""
    asides = [m.span() for m in DASHED_ASIDE.finditer(sentence)]
    resumed = (
        {m.start() for m in RELATIVE_ASIDE.finditer(sentence) if m.group().startswith(", where")}
        if ", where" in sentence
        else set()
    )
    return tuple(
        brk.span()
        for brk in CLAUSE_BREAK.finditer(sentence)
        if not any(start <= brk.start() and brk.end() <= end for start, end in asides)
        and brk.start() not in resumed
    )


PERIOD_CLAUSE_OPENING = re.compile(
    r",\s+and\s+(?:(?:in|during|over|since|throughout|between|so\s+far\s+in)\s+(?:the\s+)?)?$",
    re.I,
)
"""", and" (with a preposition of time) right before a stated period: a clause of its own
opens on it ("In 2025/26, … £14.2m …, and in Q3 of this year reports rose by 31%"): the
figure before takes the opening period, not the nearer one after it."""
_OPENING_REACH = 40
SUBJECT_PERIOD_OPENING = re.compile(r",\s+and\s+(?:the\s+)?[a-z]{3,}s\s+$")
"""", and" + a plural subject of its own right before a stated period, its verb right after
the period (:data:`SUBJECT_PERIOD_VERB`): a clause of its own opens on the subject ("since
April 2022 it has awarded £1.6m to 190 groups, and applications this year were up by 40%":
the £1.6m takes the opening "since", not "this year")."""
SUBJECT_PERIOD_VERB = re.compile(
    r"\s+(?:(?:also|have|has|had)\s+)?(?:were|was|rose|fell|grew|doubled|dropped|"
    r"increased|decreased|reached|stood|totalled|topped)\b"
)
"""The verb of the subject of :data:`SUBJECT_PERIOD_OPENING`, right after its period."""
RELATIVE_ASIDE = re.compile(
    r",\s+(?:(?:which|who)\s+(?:has|have|had|was|were|is|are|[a-z]{3,}ed|began|came|took|"
    r"set\s+up)\b|where\s)[^,.;]{1,120},"
)
"""A relative clause between commas that tells of the subject ("St Giles, which has worked
in the region since 2019, supported 214 …", "The charity, which was founded in 1998, …",
"Leek and Buxton, which joined the scheme in May, accounted for 37"), or of the place
opening the sentence ("In Leek, where the council paid for a second bin in March, 31 …"):
a period inside it is the clause's, not the main verb's figure's; not a "where" clause
before a present perfect (:data:`SINCE_ASIDE_MAIN`)."""
SINCE_ASIDE_MAIN = re.compile(
    r"[^.;]{0,50}?\b(?:have|has)\s+(?:(?:so\s+far|already|now|also)\s+)?(?:been\s+)?"
    r"(?:[a-z]+(?:ed|en)|led\s+to|seen|made)\b"
)
"""The main clause after a "where" aside in the present perfect: the aside's start dates its
count so far ("In Leek, where residents set up a group in March, volunteers have recorded
640 …": March to P), as "since" would; so does a "which" aside's span to P ("The scheme,
which began in April, has so far helped 615 families": April to P)."""


CATEGORY_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:(?:first|later|recently|also)\s+)?(?:banned|outlawed|prohibited|made\s+illegal|"
    r"illegal|unlawful|"
    r"legalised|legalized|reclassified|classified|criminalised|criminalized)|"
    r"(?:became|become|becomes|have\s+become|has\s+become)\s+(?:illegal|unlawful|"
    r"(?:a\s+(?:criminal\s+)?)?offence|banned|prohibited))\b[^,.;:]{0,60}",
    re.I,
)
"""A restrictive relative clause on the legal standing of the kind of thing counted
("52 zombie-style knives and machetes that were banned last year", "… which have been
outlawed since 2016", "… which became illegal to own in September 2024"; rule
``category_clause_state``: "… which have been illegal to own since September 2024"): a
period inside it dates the law, not the count (rule ``category_clause``); not "knives that
were handed in last week" (what befell the things counted dates them)."""


def in_category_clause(sentence: str, s_start: int, period: PeriodFinding) -> bool:
    """Whether ``period`` stands inside a :data:`CATEGORY_CLAUSE` of ``sentence``."""
    at = period.start_char - s_start
    return any(c.start() < at < c.end() for c in CATEGORY_CLAUSE.finditer(sentence))


def blocking_asides(
    sentence: str, s_start: int, periods: Sequence[PeriodFinding]
) -> list[tuple[int, int]]:
    """The spans of the :data:`RELATIVE_ASIDE` s whose periods are theirs alone: all but a
    "where" aside, or one holding a span to P ("since"), before a present perfect
    (:data:`SINCE_ASIDE_MAIN`)."""
    if ", wh" not in sentence:
        return []
    spans = []
    for aside in RELATIVE_ASIDE.finditer(sentence):
        a, b = aside.span()
        to_now = aside.group().startswith(", where") or any(
            p.kind == "since" and a < p.start_char - s_start < b for p in periods
        )
        if not (to_now and SINCE_ASIDE_MAIN.match(sentence, b)):
            spans.append((a, b))
    return spans


def period_openings(
    sentence: str, s_start: int, periods: Sequence[PeriodFinding]
) -> tuple[tuple[int, int], ...]:
    """The breaks (in ``sentence``) of :data:`PERIOD_CLAUSE_OPENING` (or of
    :data:`SUBJECT_PERIOD_OPENING`) before the periods of the sentence that open a clause of
    their own, and the :data:`RELATIVE_ASIDE` holding a
    period (a clause of its own too: a figure after it is not dated by it)."""
    found: list[tuple[int, int]] = []
    asides = blocking_asides(sentence, s_start, periods)
    for period in periods:
        at = period.start_char - s_start
        found.extend(span for span in asides if span[0] < at < span[1])
        if 0 < at < len(sentence) and "and" in sentence[max(0, at - _OPENING_REACH) : at]:
            opening = PERIOD_CLAUSE_OPENING.search(sentence, max(0, at - _OPENING_REACH), at)
            if opening:
                found.append(opening.span())
            subject = SUBJECT_PERIOD_OPENING.search(sentence, max(0, at - _OPENING_REACH), at)
            if subject and SUBJECT_PERIOD_VERB.match(sentence, period.end_char - s_start):
                found.append(subject.span())
    return tuple(found)


COMPARES_BACK_WORDS = (
    r"\s*(?:that|this|it)(?:\s+compares\s+(?:with|to)|(?:\s+(?:is|was)|['’]s)\s+"
    r"(?:up|down|(?:an?\s+)?(?:increase|rise|fall|drop|decrease|reduction))\s+(?:from|on))\b"
)
"""The opening of a sentence that sets the figure before it against another: "That
compares with 4,020 in 2025", "This is up from around 310 last year", "That's a rise
from 12"."""
_COMPARES_BACK = re.compile(r"\W{0,3}" + COMPARES_BACK_WORDS, re.I)
_CHANGES_BACK = re.compile(
    r"\W{0,3}(?:(?:" + REPORTED_BACK_LEAD + r")?(?:that|this|the)\s+(?:figure|number|total|"
    r"level)\s+(?:has|had|" + "|".join(PAST_CHANGE_VERBS) + r")\b|" + UP_DOWN + r"|"
    r"(?:that|this|it)(?:\s+(?:is|was|represents)|['’]s)\s+(?:an?\s+)?(?:rise|increase|fall|"
    r"drop|decrease|reduction)\s+of\b)",
    re.I,
)
"""The opening of a sentence that states the change of the figure before it: "That figure
has almost trebled since 2021/22", "This is a rise of 40% since 2019", "The number rose"
(:data:`PAST_CHANGE_VERBS`), also after who reports it (:data:`REPORTED_BACK_LEAD`), "The
figure is down 9% from …" (:data:`UP_DOWN`); not "The number of thefts rose"."""


def compares_back_sentence(text: str, s_start: int) -> bool:
    """Whether the sentence at ``s_start`` opens on a comparison with the figure before
    (:data:`COMPARES_BACK_WORDS`): its periods date a yardstick, not what the release
    goes on to speak of."""
    return (
        _COMPARES_BACK.match(text, s_start) is not None
        or _CHANGES_BACK.match(text, s_start) is not None
    )


_YARDSTICK_OPENING = re.compile(
    r",\s+(?:(?:(?:up|down)\s+from|compared\s+(?:with|to)|against|versus|from)\s+"
    r"(?:(?:about|around|nearly|almost|just\s+over|more\s+than|some)\s+)?£?[\d,.]+\b|"
    r"(?:[\d,.]+|[a-z]+)\s+(?:more|fewer|less|higher|lower)\s+than\b)[^,;:]*$",
    re.I,
)
"""A clause that states a yardstick's level up to a point: ", up from 26 in", ",
compared with 310 the year before", ", seven more than in"."""
_NEW_VERB = re.compile(
    r",\s+and\s+(?:(?:the\s+)?[a-z]+s\s+(?:(?:in|across|at|from)\s+(?:the\s+)?[\w’'-]+"
    r"(?:\s+[\w’'-]+){0,2}?\s+)?)?(?:[a-z]+ed|" + "|".join(SUBJECT_PAST_VERBS) + r")\s"
)
"""A verb after a comma and "and", of the same subject (", and housed 143 women") or of a
new plural subject, placed or not (", and officers across the BCU recovered 318 phones"):
a clause of its own, about the subject's span, not a yardstick's."""


_AND_SPACE = re.compile(r",\s+and\s+")


WITH_COUNT = re.compile(r",\s+with\s+$")
"""A count in apposition after ", with" (rule ``with_count_apposition``): it is the
figure of the clause it closes ("Reports peaked in July, with 164, and were lowest in
January, with 19": 164 is July's), not of a later clause joined by ", and"."""


def with_count_clause(sentence: str, start: int, at: int, end: int) -> int | None:
    """When the number at ``at`` follows ", with" that opens its clause (from ``start``
    to ``end``, offsets in ``sentence``), where its own stretch ends: the ", and" after it,
    or the clause's end; else None."""
    if not WITH_COUNT.search(sentence, max(0, start - 8), at) or sentence[start:at].strip():
        return None
    joined = _AND_SPACE.search(sentence, at, end)
    return joined.start() if joined else end


def _yardstick_clause(sentence: str, at: int) -> bool:
    """Whether offset ``at`` of ``sentence`` lies in a clause stating a comparison's
    yardstick level (:data:`_YARDSTICK_OPENING`: "41 orders last year, up from 26 in
    2024"): its period dates the yardstick, which a later contrasted clause (", while
    Durham obtained 18") does not take."""
    return _YARDSTICK_OPENING.search(sentence, max(0, at - 80), at) is not None


_CONTRAST = re.compile(r",\s+(?:while|whereas|but|although|though\b(?!,))\b")
"""A break between clauses about different things: "… calls last year, while demand has
risen 11% since 2022" (the 11% is not about last year), ", though" (not ", though," an
aside); not " – up 37% since 2021"."""
_YARDSTICK_KINDS = ("previous", "baseline")


def contrasted(sentence: str, s_start: int, absolute: int, period: PeriodFinding) -> bool:
    """Whether a contrast stands between the figure at ``absolute`` and ``period`` (of a
    sentence starting at ``s_start``)."""
    low, high = sorted((period.start_char, absolute))
    return bool(_CONTRAST.search(sentence[low - s_start : high - s_start]))


def contrasted_yardstick(sentence: str, s_start: int, absolute: int, period: PeriodFinding) -> bool:
    """Whether ``period`` dates a yardstick (its kind, or a yardstick clause) across a
    contrast or a new verb of the subject (", and housed 143") from the figure at
    ``absolute``: "…, compared with 802 a year earlier, while Hull recorded 97", "41 last
    year, up from 26 in 2024, while Durham obtained 18"."""
    if not (
        period.kind in _YARDSTICK_KINDS or _yardstick_clause(sentence, period.start_char - s_start)
    ):
        return False
    low, high = sorted((period.start_char - s_start, absolute - s_start))
    return (
        contrasted(sentence, s_start, absolute, period)
        or bool(_NEW_VERB.search(sentence, low, high))
        or new_count_clause(sentence, low, high)
    )


def clause_periods(
    sentence: str, s_start: int, absolute: int, periods: Sequence[PeriodFinding]
) -> list[PeriodFinding]:
    """The periods of the number's clause; else those stated before it in the sentence
    ("In 2022, …") outside a relative aside before the number (:data:`RELATIVE_ASIDE`: "Leek,
    which joined in May, accounted for 37" is not May's), unless its clause says it holds
    now (``period_now.HELD_NOW``), but a yardstick's across a contrast ("…, compared with 802 a
    year earlier, while Hull recorded 97": the 97 is not the year before's); a later clause's
    period belongs to that clause."""
    start, end = s_start, s_start + len(sentence)
    breaks = clause_breaks(sentence) + period_openings(sentence, s_start, periods)
    breaks += new_count_breaks(sentence)
    before = start  # the start of the clause before the number's
    for brk_start, brk_end in sorted(breaks):
        if s_start + brk_end <= absolute:
            before, start = start, s_start + brk_end
        elif s_start + brk_start > absolute:
            end = s_start + brk_start
            break
    periods = [p for p in periods if not in_category_clause(sentence, s_start, p)]
    in_clause = [p for p in periods if start <= p.start_char < end]
    apposed = with_count_clause(sentence, start - s_start, absolute - s_start, end - s_start)
    if apposed is not None:  # "peaked in July, with 164, and were lowest in January"
        in_clause = [p for p in in_clause if p.start_char < s_start + apposed] or [
            p for p in periods if before <= p.start_char < start
        ]
    if not in_clause and HELD_NOW.search(sentence, start - s_start, absolute - s_start):
        return []  # ", and the force now has 5,080 officers": a stock held now, not then
    asides = blocking_asides(sentence, s_start, periods)
    plan = PLAN_BEFORE_AFTER_CHANGE.search(sentence, 0, absolute - s_start)
    if not in_clause and plan is not None:  # rule plan_before_after_change
        asides = [*asides, (plan.start(), plan.end())]
    return in_clause or [
        p
        for p in periods
        if p.start_char < absolute
        and not contrasted_yardstick(sentence, s_start, absolute, p)
        and not contrasted_inside(sentence, s_start, absolute, p)
        and not any(a < p.start_char - s_start < b <= absolute - s_start for a, b in asides)
    ]


_BUT = re.compile(r",\s+but\s+(?:only|just|not)\b")
"""A contrast of what did not follow from the clause before (", but only …", ", but not
…"): its figures are not of that clause's span."""
BUT_ONLY_SHARES: dict[str, re.Pattern[str]] = {
    # "offered 2,104 interviews between April and September, but only 58% of children took
    # one up": a share of the clause's own count, counted over its span
    "share_of_the_count": re.compile(r"\s*(?:%|per\s?cent)\s+of\s", re.I),
    # "seen a guest they were worried about in the past 12 months, but only one in four of
    # those had reported it": a part of the people the clause counted, over its span
    "part_of_those_counted": re.compile(
        r"(?:a\s+|[\w-]+\s+(?:in|out\s+of)\s+)?[\w-]*\s+of\s+(?:those|them|these)\b", re.I
    ),
}
"""What follows a figure after :data:`_BUT` that makes it a share of the clause before."""
_OPENING_WORDS = re.compile(r"\W{0,3}(?:[\w’'-]+\s+){0,2}$")
"""What may stand before a period that opens its sentence ("In 2022, …", "Since April, …")."""


def contrasted_inside(sentence: str, s_start: int, absolute: int, period: PeriodFinding) -> bool:
    """Whether ``period`` closes a clause before a contrast (:data:`_BUT`) with the figure
    at ``absolute`` after it, and does not open the sentence: "he made £1.36m between
    2019 and 2022, but only £287,416 could be found" (what was found is not of those years);
    not "In 2022, officers made 40 arrests, but only 12 were charged" (an opening span holds
    for the whole sentence)."""
    if period.start_char > absolute or _OPENING_WORDS.fullmatch(
        sentence, 0, period.start_char - s_start
    ):
        return False
    low, high = period.end_char - s_start, absolute - s_start
    after = sentence[high:].lstrip("0123456789.,")
    if any(share.match(after) for share in BUT_ONLY_SHARES.values()):
        return False
    return bool(_BUT.search(sentence, low, high))


TREND_ONLY = re.compile(
    r"\b(?:has|have|had)\s+(?:(?:almost|nearly|more\s+than|roughly|about|over|just\s+under)\s+)?"
    r"(?:doubled|tripled|trebled|quadrupled|halved)\b",
    re.I,
)
"""A trend told by a verb of multiplying ("… has almost doubled", "have halved"): the span
its sentence states is the trend's ("Over the past five years, the number of … has
doubled."), not a reporting period the figures after it are counted in."""
_SPAN_COUNT = re.compile(r"\b(?:past|last|previous)\s+\d+\s+(?:years|months)\b", re.I)


def trend_only(sentence: str) -> bool:
    """Whether ``sentence`` states no figure in digits but a trend's multiplier
    (:data:`TREND_ONLY`): its period is no main period for the sentences after it."""
    return TREND_ONLY.search(sentence) is not None and not re.search(
        r"\d", _SPAN_COUNT.sub(" ", sentence)
    )
