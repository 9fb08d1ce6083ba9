"""A figure named again with a referring word is the figure stated before.

"Officers arrested 412 drivers in December. … “Every one of those 412 drivers made a
choice …”": the second 412 refers back ("those", "these", "the", "all") to the figure
stated earlier in the document; it is another mention of that statistic, not a new one
with the area or period of the sentences around it (a quote has no place of its own, and
the sentence before it may name another). The rule ``referred-figure`` gives such a
repeat, when it has no period or the earlier figure's (a period carried from a lead-in:
"Of the 19 knives seized that week, 11 were found in Kent" after the week's 19 knives),
the area, period, rate and unit of the earlier figure of the same value and change, so
the knowledge stage merges the two.
A speaker repeating a figure in a quote refers to it too, referring word or not.
Not a repeat in the same sentence ("5 men and the 5 women"), nor a figure of the
narrative with no referring word ("412 tests were also carried out": a new count of the
same size), nor a quoted figure with a period of its own that differs.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.units import NOT_COUNTED_UNITS
from pressfacts.statistics.event_again import EVENT_AGAIN
from pressfacts.statistics.restated_shares import latest_share

_SPAN_WORDS = r"(?:(?:[\d,]+|\w+)\s+)?(?:period|months?|weeks?|years?|quarters?|days?|time)\b"
"""The span after "the same" that makes it a period's words ("the same six months")."""
SPAN_ONLY = "the-same-span"
"""The rule by which a figure points back to a span, not to a figure's place."""
NUMBER_OF = "the-number-of"
"""The rule by which a figure points back to what was counted, not to a figure's place."""
PLACELESS = frozenset({SPAN_ONLY, NUMBER_OF})
"""The rules by which a figure points back but takes no place from the figure before."""

SHARE_OF_THOSE = "opening-share-of-those"
"""The rule by which a share opening "Nearly half of those who …" points back."""
SHARE_RESTATED = "share-restated"
"""The rule by which a share that "the figure", "the rate" or "the proportion" points back
to restates the share stated last (:func:`restated_share`)."""
_SHARE_MEASURE = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|rate|proportion|share|percentage)\s+(?:was|were|is|"
    r"stood\s+at)\s+(?:(?:around|about|nearly|almost|just\s+(?:over|"
    r"under)|over|more\s+than|less\s+than)\s+)?$",
    re.I,
)
"""The words right before a share that name the measure of the share before it again:
"Among young women, the figure was 28%", "For men the rate stood at 12%"."""


FIGURES_COME_AS = (
    r"(?:come|comes|came|follow|follows|followed)\s+(?:as|after|amid|weeks|days|months)\b"
)
"""The news idiom that sets the figures just stated beside other ones (rule
``figures_come_as``): "The figures come as the IWF said it had confirmed 2,947 reports",
"The figures follow weeks of …": the figures of the sentence are another source's, so
they take no place from the figures before."""


@dataclass(frozen=True)
class BackPointer:
    """Words before a figure in its sentence that make it point back to the figure
    stated before (it takes that figure's area and period when it has none of its own);
    ``units``: the only units it applies to (None: any)."""

    name: str
    pattern: re.Pattern[str]
    units: tuple[str, ...] | None = None
    only_before: re.Pattern[str] | None = None
    """Only when the figure and these words follow (matched at the figure's start)."""


FOCUS_OPENING = r"(?:(?:only|just|still)\s+)?"
"""Rule ``opening-share-focus``: a focus word that may open the sentence before a share's
qualifier ("Only one in ten had checked", "Just 12% were reported", "Still nearly half
were …"); it limits the share, it names no whole of its own."""
SHARE_OPENING = re.compile(
    rf"^\W{{0,3}}{FOCUS_OPENING}(?:(?:almost|nearly|about|around|roughly|just\s+(?:over|under)|"
    r"over|more\s+than|less\s+than|fewer\s+than|some)\s+)?$",
    re.I,
)
"""The words before a share that opens its sentence: at most a focus word
(:data:`FOCUS_OPENING`) and a qualifier ("Almost", "More than", "Only about"); the pointers
``opening-share`` and ``opening-share-of-those-done``."""


POINTING_BACK: tuple[BackPointer, ...] = (
    # "Among young women, the figure was 28%", "For men the rate stood at 12%": a share
    # naming the measure of the share before it again (:func:`restated_share`)
    BackPointer(SHARE_RESTATED, _SHARE_MEASURE, ("percent",)),
    # "The number of special constables fell to 212": a measure named by its own noun
    # follows on from the counts before (their span, their unit), but says nothing of the
    # place of the last of them (:data:`PLACELESS`); not "the number of these" nor "the
    # total of 12"
    BackPointer(
        NUMBER_OF,
        re.compile(
            r"\b(?:that|this|the)\s+(?:number|total)\s+of\s+(?!these\b|those\b|them\b)"
            r"[^\W\d]",
            re.I,
        ),
    ),
    # "That figure is 40", "the total of 12", "The figures for Fife fell from 214 to 176";
    # not "The figures come as the IWF said it had confirmed 2,947 …" (:data:`FIGURES_COME_AS`)
    BackPointer(
        "that-figure",
        re.compile(
            r"\b(?:that|this|these|the)\s+(?:figures?|numbers?|totals?)\b"
            rf"(?!\s+{FIGURES_COME_AS})",
            re.I,
        ),
    ),
    # "Slough's total was almost unchanged, at 612", "Hull's figure rose to 40": the
    # measure just stated, told for a place by its possessive
    BackPointer(
        "place-total",
        re.compile(
            r"\b(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}['’]s\s+(?:total|figure|number|"
            r"count|tally)\b",
            re.I,
        ),
    ),
    # "By March 2026 that had fallen to 171", "This rose to 40 in 2024": a level the figure
    # before came to, its subject only "that" or "this"; not "It fell to 12" ("it" may stand
    # for anything named), "Thefts fell to 12" (a subject of its own), "a figure that rose
    # to 61%" (a relative pronoun after a noun: "that" opens the sentence, or follows a
    # number or a comma)
    BackPointer(
        "that-came-to",
        re.compile(
            r"(?:^|(?<=\d\s)|(?<=,\s))\W{0,3}(?:that|this)\s+(?:had\s+|has\s+)?"
            r"(?:fallen|fell|dropped|risen|rose|"
            r"grown|grew|climbed|increased|decreased|declined)\s+to\s+$",
            re.I,
        ),
    ),
    # "In Banbury they fell to 41", "they more than doubled, to 90": a level the counts just
    # stated came to, in a place or group of their own; "they" with a verb of a level
    # reached stands for those counts (people do not "fall to 41"). Not "they arrested 41"
    # (no such verb), "they fell by 12" (a change, no level)
    BackPointer(
        "they-came-to",
        re.compile(
            r"\bthey\s+(?:had\s+|have\s+)?(?:(?:more\s+than|almost|nearly)\s+)?(?:fallen|fell|"
            r"dropped|risen|rose|grown|grew|climbed|increased|decreased|declined|doubled|"
            r"tripled|trebled|halved)(?:\s+by\s+[^.;:,]{1,30}?)?,?\s+to\s+$",
            re.I,
        ),
    ),
    # "The sweep also found two machetes": a further find of the event before (event_again)
    BackPointer("the-event-again", EVENT_AGAIN),
    # "The claims cost just over £2.6m in total": the cost of the things counted before,
    # named again as the subject (rule ``the-counted-cost``); not "Repairs cost £9,000"
    BackPointer(
        "the-counted-cost",
        re.compile(
            r"^\W{0,3}the\s+(?:[a-z-]+\s+)?[a-z-]+s\s+(?:had\s+|have\s+)?(?:cost|totalled|"
            r"came\s+to|amounted\s+to|were\s+worth)\s+(?:[a-z]+\s+){0,2}?$",
            re.I,
        ),
        ("pounds",),
    ),
    # "Of these, 12 …", "those 412 drivers"
    BackPointer("these-those", re.compile(r"\b(?:of\s+)?(?:these|those)\b", re.I)),
    # "over the same period", "in the same 12 months": a span stated again; the figure
    # counts what the figure before counts, but the span says nothing of its place
    # (:data:`SPAN_ONLY`)
    BackPointer("the-same-span", re.compile(r"\bthe\s+same\s+" + _SPAN_WORDS, re.I)),
    # "the same 40 officers"
    BackPointer("the-same", re.compile(r"\bthe\s+same\b", re.I)),
    # "That is 23 fewer than last year.", "This was 40 more than in 2022": the figure
    # opening a sentence that speaks of the one before; not "That is an average of 12"
    # (a noun of its own after "of") nor "That is why 40 …"
    BackPointer(
        "that-is",
        re.compile(
            r"^\W{0,3}(?:that|this|it)\s+(?:is|was|represents|represented)\s+(?:(?:around|"
            r"about|nearly|almost|just|over|some)\s+)?$",
            re.I,
        ),
    ),
    # "Almost two-thirds were grass fires", "Over 40% involved a weapon": a share opening
    # its sentence, with at most a qualifier before it and a verb right after it (a gloss
    # in brackets may come between: "Almost half (47%) came from parents"), is a share of
    # the figure before; not "Almost half of the young people …" nor "Nine in ten victims
    # were …" (it names its own whole)
    BackPointer(
        "opening-share",
        SHARE_OPENING,
        ("percent",),
        re.compile(
            r"(?:[\w.%-]+(?:\s+\([^()]{1,20}\))?\s+){0,3}?(?:were|was|are|is|had|have|"
            r"involved|included|came|took|"
            r"happened|occurred|related|needed)\b",
            re.I,
        ),
    ),
    # "Nearly one in ten of the vehicles checked had a defect", "Almost a third of the drivers
    # stopped were over the limit": a share opening its sentence whose whole is the things a
    # count before acted on, named by their noun and the deed's participle; not "Almost half
    # of the young people were girls" (no participle: a whole of its own)
    BackPointer(
        "opening-share-of-those-done",
        SHARE_OPENING,
        ("percent",),
        re.compile(
            r"(?:[\w.%-]+\s+){0,3}?of\s+(?:the|those)\s+[a-z-]+s\s+(?:[a-z]{3,}ed|seen|caught|"
            r"taken|found)\s+(?:were|was|had|have|involved|included|needed)\b",
            re.I,
        ),
    ),
    # "That was a rise of 6% on the year before", "The charity said this was an increase of
    # 12%", "…, which was a fall of 40": a change of the figure stated before, in the
    # sentence's opening, after a reporting verb or after a comma; not "a rise of 6% in
    # thefts" with no pointing word
    BackPointer(
        "that-was-a-change",
        re.compile(
            r"(?:^|\bsaid\s+|,\s*)\W{0,3}(?:that|this|it|which)\s+(?:is|was|represents|"
            r"represented|marks|marked)\s+(?:a|an)\s+(?:\w+\s+)?(?:rise|increase|fall|drop|"
            r"decrease|reduction|jump|cut)\s+of\s+(?:(?:around|about|nearly|almost|just|over|"
            r"more\s+than|some)\s+)?$",
            re.I,
        ),
    ),
    # "The money includes £620,000 for …", "This funding will pay for £80,000 of …": money
    # parted out of the sum stated before; not "The money seized was £4,000" (no verb of
    # containing), nor a count ("The grant will pay for 12 officers")
    BackPointer(
        "the-sum",
        re.compile(
            r"^\W{0,3}(?:the|this|that)\s+(?:money|funding|grant|budget|sum|investment)\s+"
            r"(?:includes|included|will\s+(?:include|pay\s+for|fund|cover)|covers|comprises|"
            r"is\s+made\s+up\s+of|pays\s+for|funds)\b",
            re.I,
        ),
        ("pounds",),
    ),
    # "Nearly half of those who died had …", "Over a third of them were …": a share opening
    # its sentence whose whole is "those" or "them" after it points back to the figure
    # before (rule ``opening-share-of-those``) when that figure is a country's (component:
    # a force's release names its own area otherwise); not "Nearly half of the drivers were …"
    BackPointer(
        SHARE_OF_THOSE,
        SHARE_OPENING,
        ("percent",),
        re.compile(r"(?:[\w.%-]+\s+){0,3}?of\s+(?:those|them|these)\b", re.I),
    ),
)
"""The words that make a figure point back, tried in order."""


def points_back(sentence: str, start: int, unit: str) -> str | None:
    """The name of the rule of :data:`POINTING_BACK` by which the figure at ``start`` of
    ``sentence`` (of unit ``unit``) points back to the figure before, or None."""
    for rule in POINTING_BACK:
        if (rule.units is None or unit in rule.units) and rule.pattern.search(sentence, 0, start):
            if rule.only_before is not None and not rule.only_before.match(sentence, start):
                continue
            return rule.name
    return None


REFERRING = re.compile(r"\b(?:those|these|the|all|all\s+of\s+the|each\s+of\s+the)\s+$", re.I)
"""The words right before a figure that point back to one stated before: "those 412
drivers", "the 1,300 knives", "all 46 arrests"."""
_REACH = 30
"""Characters read before a figure for a referring word."""


def _key(finding: StatisticFinding) -> tuple[object, ...]:
    kind = finding.unit if finding.unit in NOT_COUNTED_UNITS else "count"
    return (float(finding.value), kind, finding.change)


def in_quote(text: str, start: int) -> bool:
    """Whether ``start`` falls inside quoted words of its paragraph: an opening mark
    before it ("“", or an odd number of straight double quotes) not yet closed. The marks
    are counted by binary search in the text's mark positions (:func:`_marks`, once per
    text), so a long paragraph with many figures stays linear."""
    newlines, opens, closes, straights = _marks(text)
    before = bisect_left(newlines, start)
    opening = newlines[before - 1] + 1 if before else 0

    def between(positions: list[int]) -> int:
        return bisect_left(positions, start) - bisect_left(positions, opening)

    return between(opens) > between(closes) or between(straights) % 2 == 1


@lru_cache(maxsize=4)
def _marks(text: str) -> tuple[list[int], list[int], list[int], list[int]]:
    """The positions of the newlines, opening and closing curly double quotes and straight
    double quotes of ``text`` (kept for the few texts last read)."""
    found: dict[str, list[int]] = {"\n": [], "“": [], "”": [], '"': []}
    for mark in _QUOTE_MARKS.finditer(text):
        found[mark.group()].append(mark.start())
    return found["\n"], found["“"], found["”"], found['"']


_QUOTE_MARKS = re.compile(r'[\n“”"]')


def _same_figure(finding: StatisticFinding, earlier: StatisticFinding, text: str) -> bool:
    """Whether a quoted figure with no referring word is the earlier one: of the same
    unit, or a count too particular to repeat by chance (three figures or more, not a
    round ten: "142 people in hospital" after 142 admissions; not "40 officers" after 40
    arrests), or a rate of the same unit of time ("around 530 of them every day" after
    530 sessions a day), or named by the noun of what the earlier count underwent
    (:func:`_names_its_event`)."""
    if finding.unit == earlier.unit or (finding.per is not None and finding.per == earlier.per):
        return True
    value = float(finding.value)
    return (value >= 100 and value % 10 != 0) or _names_its_event(finding, earlier, text)


_EVENT_STEM = 5
"""How many letters a quoted count's noun shares with the verb after the earlier count."""
_EVENT_REACH = 30
"""How far after the earlier count its verb may stand."""


def _names_its_event(finding: StatisticFinding, earlier: StatisticFinding, text: str) -> bool:
    """ "Of those, 17 were dismissed …" then, quoted, "Seventeen dismissals in a year …":
    the quoted noun's stem stands right after the earlier count (its verb); not "40
    officers" after "40 were arrested"."""
    words = finding.unit.lower().split()
    stem = words[-1][:_EVENT_STEM] if words else ""
    if len(stem) < _EVENT_STEM:
        return False
    return stem in text[earlier.end : earlier.end + _EVENT_REACH].lower()


_PARTICULAR_FROM = 1000
"""The smallest sum :func:`particular_sum` reads as too particular to repeat by chance."""


def particular_sum(finding: StatisticFinding) -> bool:
    """Whether a sum of money is written to the pound and not round to the hundred
    ("£287,416", "£12,350"): stated again in another sentence, it is the same sum (an
    order to pay back £287,416, then "only £287,416 … could be found"); not "£5,000" nor
    "£1.2m" (round sums two things may share)."""
    value = float(finding.value)
    return (
        finding.unit == "pounds"
        and value >= _PARTICULAR_FROM
        and value.is_integer()
        and value % 100 != 0
    )


_SENTENCE_GAP = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]|\n")
"""A sentence boundary: what stands between a figure and a period it inherited."""


def _period_agrees(finding: StatisticFinding, earlier: StatisticFinding, text: str) -> bool:
    """The repeat states no period, or the same days as the earlier figure (carried to it
    from the same lead-in), or only a period inherited from another sentence ("Of the
    146 people arrested, …" after a paragraph on the past six months), so nothing of its
    own tells the two apart (nor does a period phrase holding the figure itself)."""
    period = finding.period
    if period is None:
        return True
    if period.start_char <= finding.start < period.end_char:  # "Of the 146 people …": the
        return True  # phrase that points back to the figure dates it from the figure before
    if period.end_char <= finding.start and _SENTENCE_GAP.search(
        text, period.end_char, finding.start
    ):
        return True
    return earlier.period is not None and (period.start, period.end) == (
        earlier.period.start,
        earlier.period.end,
    )


def _names_area(text: str, finding: StatisticFinding) -> bool:
    """Whether the sentence of ``finding`` names its area ("Of the 19 knives, 11 were
    found in Kent": Kent is the part's own place, not one inherited)."""
    if not finding.area:
        return False
    opening = max(text.rfind("\n", 0, finding.start), text.rfind(". ", 0, finding.start))
    gap = _SENTENCE_GAP.search(text, finding.end)
    return finding.area in text[opening + 1 : gap.start() if gap else len(text)]


def refer_back(findings: Sequence[StatisticFinding], text: str) -> list[StatisticFinding]:
    """``referred-figure``: each figure after a referring word (:data:`REFERRING`), or
    quoted (:func:`in_quote`: a speaker citing the figure the release stated: "142 people
    in hospital is 142 too many"), or a sum too particular to repeat by chance
    (:func:`particular_sum`), that
    repeats an earlier figure of another sentence (same value, unit class and change),
    undated, dated like it or dated only from another sentence, takes that figure's unit,
    qualifier, area, rate and period; the figures after it in its sentence that shared its area and
    period, or were left undated (its parts: "Of the 146 people arrested, 58 have been
    charged") take that period too, and that area when the repeat's was inherited from
    another sentence. One pass in text order."""
    first: dict[tuple[object, ...], StatisticFinding] = {}
    referred: list[StatisticFinding] = []
    parts: tuple[int, object, object, StatisticFinding, bool] | None = None
    for finding in findings:
        if (
            parts is not None
            and finding.sentence == parts[0]
            and (finding.period == parts[2] or finding.period is None)
        ):
            # a part keeps an area of its own only when its sentence names it ("Of the 23
            # victims, 17 …" after a paragraph on Leeds: the whole's area, not Leeds)
            own_area = parts[4] or (finding.area != parts[1] and _names_area(text, finding))
            area = finding.area if own_area else parts[3].area
            finding = replace(finding, area=area, period=parts[3].period)
        key = _key(finding)
        earlier = first.setdefault(key, finding)
        referred_to = earlier is not finding and bool(
            REFERRING.search(text[max(0, finding.start - _REACH) : finding.start])
            or (in_quote(text, finding.start) and _same_figure(finding, earlier, text))
        )
        if (
            earlier is not finding
            and earlier.sentence != finding.sentence
            and _period_agrees(finding, earlier, text)
            and (referred_to or particular_sum(finding))
        ):
            # its parts' area is their own when the repeat's sentence names it; a sum
            # repeated with no referring word has no parts ("…, including two cars")
            named = _names_area(text, finding)
            if referred_to:
                parts = (finding.sentence, finding.area, finding.period, earlier, named)
            finding = replace(
                finding,
                unit=earlier.unit,
                qualifier=earlier.qualifier,  # "around 530 of them" after 530: the same figure
                area=earlier.area,
                per=earlier.per,
                period=earlier.period,
            )
        referred.append(finding)
    return referred


def restated_share(
    last_count: StatisticFinding | None,
    before: str,
    unit: str | None,
    earlier: Sequence[StatisticFinding],
) -> StatisticFinding | None:
    """The figure a figure pointing back refers to: the last count of a sentence before
    (``last_count``), else the last figure stated; but ``share-restated``: when the words
    before a share name the measure again ("One in five adults … Among young women, the
    figure was 28%"), the last share stated, or the latest of its sentence's shares when
    the last is a yardstick (:func:`.latest_share`; its area and period are the 28%'s, not
    those of the last count)."""
    last = earlier[-1] if earlier else None
    restates = unit == "percent" and _SHARE_MEASURE.search(before) is not None
    if restates and last is not None and last.unit == "percent":
        return latest_share(earlier, last)
    return last_count if last_count is not None else last
