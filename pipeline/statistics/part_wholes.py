"""The whole a part points back to: the count an "Of those arrested, nine …" or a "… and
one in 20 of them" is a part of, and the sentences that close a breakdown.

Why: a release breaks a count down over the sentences after it ("Forty drivers were
arrested. Of those arrested, nine were in Dover and 14 in Margate."). The part has no
noun of its own: it counts what its whole counts, where its whole was counted, when its
whole was counted, unless it says otherwise. A partitive lead-in that names what was
done ("Of those arrested", "Of those charged") points at the count that was done to,
not at whatever was counted last ("Officers also stopped 1,300 vehicles.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.lists import BULLET
from pressfacts.lexicon.units import NOT_COUNTED_UNITS as NOT_COUNTED
from pressfacts.statistics.done_wholes import own_words, partitive_done, told_count
from pressfacts.statistics.partitives import done_forms, partitive_noun
from pressfacts.statistics.units import OF_THESE

LOOK_BACK = 8
"""How many counts before a partitive lead-in are searched for the one it names."""

_DONE = r"(?P<done>[a-z]+ed|held|caught|found|seen|taken|sent|brought|stopped|given|shown|told)"
"""The participle naming the whole of a partitive: "of those [arrested]", "of these [seen]"."""
PARTITIVE_LEAD = re.compile(
    rf"\s*of\s+(?:these|those|them)(?:\s+{_DONE})?\s*,\s*(?:(?:more\s+than|over|almost|nearly|"
    r"around|about|some|just\s+over|just\s+under|at\s+least)\s+)?",
    re.I,
)
"""A sentence opening on a partitive lead-in, up to its count: "Of those arrested, ",
"Of these, nearly ". Not "Of the 58 people arrested in Hull, " (a whole of its own)."""


def clause_whole(after: str, found: Sequence[StatisticFinding]) -> StatisticFinding | None:
    """The whole of a count "of them/these/those" (:data:`OF_THESE` opening ``after``): the
    latest count of its sentence before it (``found``) that is no share, multiple nor change
    (rule ``of_them_skips_difference``: "1,340 forms last year, about 400 more than in 2024,
    and care homes completed 520 of them": the forms, not the 400 more); else None."""
    if not OF_THESE.match(after):
        return None
    counts = [f for f in found if f.unit not in ("percent", "times")]
    return next((f for f in reversed(counts) if f.change is None), counts[-1] if counts else None)


REMAINDER = re.compile(
    r"\W{0,3}(?:the|all\s+the)\s+(?:rest|remainder|others|remaining\s+[a-z]+)\b", re.I
)
"""A sentence about what is left of a breakdown ("The rest were in Caerphilly and
Torfaen."): it closes the figures before, it leads in to no figure after it."""


def is_yardstick(finding: StatisticFinding) -> bool:
    """A comparison's yardstick ("367 in the same period last year"): never pointed back to."""
    return finding.period is not None and finding.period.kind == "previous"


PARTITIVE_LIST_LEAD = re.compile(
    rf"(?:^|(?<=[.!?]))\s*of\s+(?:these|those|them)(?:\s+{_DONE})?\s*:\s*$",
    re.I,
)
"""A partitive lead-in closing the line before a list ("Of those arrested:"): each list
line's count is a part of the same whole."""
_BULLET = re.compile(rf"\s*{BULLET}\s*")
_LIST_REACH = 600
"""How far back (characters) a list's lead line may stand."""


def _list_lead(text: str, line_start: int) -> re.Match[str] | None:
    """The partitive lead line (:data:`PARTITIVE_LIST_LEAD`) of the list whose line opens
    at ``line_start`` of ``text``, past the list's lines before it; None when the line
    before the list is no such lead."""
    for line in reversed(text[max(0, line_start - _LIST_REACH) : line_start].split("\n")):
        if not line.strip() or _BULLET.match(line):
            continue
        return PARTITIVE_LIST_LEAD.search(line)
    return None


TRAILING_LEAD = re.compile(
    rf"\s*of\s+(?:these|those)\s+{_DONE}\b",
    re.I,
)
"""A count's partitive after it, with the participle that names its whole: "27 of those
arrested were …", "nine of these stopped" (not "nine of them", "12 of those" alone:
:data:`~pressfacts.statistics.units.OF_THESE`'s)."""


def lead_whole(
    opening: str,
    text: str,
    earlier: Sequence[StatisticFinding],
    sentence_start: int = 0,
    after: str = "",
) -> StatisticFinding | None:
    """The count a sentence's partitive lead-in points back to, when ``opening`` (the
    sentence up to the count) is one (:data:`PARTITIVE_LEAD`), when the sentence (at
    ``sentence_start`` of ``text``) is a list line under one (:data:`PARTITIVE_LIST_LEAD`),
    or when the words ``after`` the count are one (:data:`TRAILING_LEAD`: "27 of those
    arrested"): of the last :data:`LOOK_BACK` counts of ``earlier`` (the document's
    figures so far), the last one whose words hold the lead-in's participle ("Of those
    arrested" -> "42 drivers were arrested", "arrested 42 drivers"), else its noun's stem
    (:func:`.done_forms`: "made 63 arrests"), else the last count."""
    lead = PARTITIVE_LEAD.fullmatch(opening) or TRAILING_LEAD.match(after)
    if lead is None and _BULLET.fullmatch(opening):
        lead = _list_lead(text, sentence_start)
    if lead is None:
        return None
    share = _share_as_whole(lead, text, earlier, sentence_start)
    if share is not None:
        return share
    counts = list(
        islice(
            (f for f in reversed(earlier) if f.unit not in NOT_COUNTED and not is_yardstick(f)),
            LOOK_BACK,
        )
    )
    forms = done_forms(lead.group("done") or "")  # the participle, then its noun's stem
    told = told_count(text, counts, forms) or next(
        (c for form in forms for c in counts if form in own_words(text, c).lower()), None
    )
    return told or (counts[0] if counts else None)


_PERCENT_PART = re.compile(r"\d[\d.]*\s*(?:%|per\s*cent)", re.I)
"""A part stated as a percentage, the only part ``share_as_whole`` points back for."""
_ONE_BREAK = re.compile(r"^[^.!?\n]*[.!?][\"”’']?\s+$")
"""The end of one sentence and nothing more: what stands between the share a lead-in points
back to and the lead-in's sentence."""


def _share_as_whole(
    lead: re.Match[str], text: str, earlier: Sequence[StatisticFinding], sentence_start: int
) -> StatisticFinding | None:
    """Rule ``share_as_whole``: "Of those, " (no participle) right after a sentence that
    states only shares, the last of them no change ("one in three people … said they had
    not reported it. Of those, around 40% said …"): the last share is the whole of a part
    stated as a percentage, "those" being the people it counts, not the last count of a
    sentence further back. Not "Of those arrested, …" (the participle names a count), nor
    after a sentence that also counts ("… 212 thefts, a third of them at night. Of those,
    …": the count is the whole), nor for a count ("… made up one in ten referrals. Of
    these, 1,260 (17%) were …": of all the referrals)."""
    if lead.groupdict().get("done") or not earlier or sentence_start <= 0:
        return None
    if not _PERCENT_PART.match(text, sentence_start + lead.end()):
        return None  # "Of these, 1,260 (17%) were …": a count is of the count before
    last = earlier[-1]
    if last.unit != "percent" or last.change is not None:
        return None
    if not _ONE_BREAK.match(text[last.end : sentence_start]):
        return None
    same = [f for f in earlier if f.sentence == last.sentence]
    return last if all(f.unit == "percent" for f in same) else None


def stated_whole(
    partitive: re.Match[str] | None,
    sentence_start: int,
    found: Sequence[StatisticFinding],
    earlier: Sequence[StatisticFinding],
    text: str = "",
) -> StatisticFinding | None:
    """Rule ``stated-whole``: the total a partitive opening states in figures ("Of the 58
    people arrested, 41 have been charged"): the sentence's first figure, when it stands
    inside the opening (``partitive``: :data:`pressfacts.statistics.partitives.PARTITIVE` on the
    sentence at ``sentence_start``), as first stated among the last :data:`LOOK_BACK`
    counts of ``earlier`` (the same value: "Police arrested 58 people …"), else as stated
    here; its parts are of that total, not of the count of the sentence before ("… and
    11 in Sefton."). None when the opening states no figure, or only the share it takes
    ("Nearly half of them, 101, …": the half is no total), but for an opening naming the
    total's noun and no figure (rule ``named-whole-noun``: "Of the bikes seized, nearly a
    third …" after "… seized 212 off-road bikes …" and a breakdown of them by district):
    the last of the :data:`LOOK_BACK` counts of ``earlier`` counting that noun, or named
    by it in ``text`` (the document's text: rule ``noun-of-count``)."""
    if partitive is None:
        return None
    if not found or found[0].start >= sentence_start + partitive.end():
        return named_whole_noun(partitive_noun(partitive), earlier, text, partitive_done(partitive))
    restated = found[0]
    if restated.unit == "percent":
        return None
    counts = islice((f for f in reversed(earlier) if f.unit not in NOT_COUNTED), LOOK_BACK)
    return next((f for f in counts if f.value == restated.value), restated)


def named_whole_noun(
    noun: str | None,
    earlier: Sequence[StatisticFinding],
    text: str = "",
    done: tuple[str, ...] = (),
) -> StatisticFinding | None:
    """The last of the :data:`LOOK_BACK` counts of ``earlier`` whose unit is ``noun`` or
    ends in it ("off-road bikes" for "bikes"), but a yardstick ("…, up from 104 the year
    before": the earlier year's count is not the whole); else (rule
    ``noun-of-count``, :data:`NOUN_OF_COUNT`) the last of them that ``text`` names as
    ``noun`` of the count ("asked for reviews of 14 licensed premises" for "Of those
    reviews, eight …"); or None. Of those counts, one the opening's participle tells
    (``done``, :func:`.done_wholes.told_count`: "Of the people searched") comes first."""
    if not noun:
        return None
    counts = list(
        islice(
            (f for f in reversed(earlier) if f.unit not in NOT_COUNTED and not is_yardstick(f)),
            LOOK_BACK,
        )
    )
    nouned = [f for f in counts if f.unit == noun or f.unit.endswith(" " + noun)]
    named = told_count(text, nouned, done) or next(iter(nouned), None)
    if named is not None or not text:
        return named
    return next((f for f in counts if _noun_of_count(text, f, noun)), None)


NOUN_OF_COUNT = r"\b{noun}\s+(?:of|for)\s+(?:[a-z]+\s+){{0,2}}$"
"""Rule ``noun-of-count``: the noun a partitive names right before the count it is the
noun of ("reviews of 14 licensed premises", "inspections of 300 venues", "referrals for
more than 40 children"): what the count's sentence did to what it counts."""


def _noun_of_count(text: str, count: StatisticFinding, noun: str) -> bool:
    """Whether the words of ``text`` right before ``count`` (within its sentence) end on
    ``noun`` and "of"/"for" (:data:`NOUN_OF_COUNT`)."""
    start = max(count.start - 40, text.rfind(". ", 0, count.start) + 1)
    before = text[start : count.start]
    return re.search(NOUN_OF_COUNT.format(noun=re.escape(noun)), before, re.I) is not None


def part_area(
    after: str, found: Sequence[StatisticFinding], previous: StatisticFinding | None
) -> str | None:
    """The area of the figure a part points back to: the count before it in its own
    sentence when it is "of them" ("… 4,600 drivers, and one in 20 of them"), else the
    figure before."""
    if OF_THESE.match(after):
        counted = next((f for f in reversed(found) if f.unit not in ("percent", "times")), None)
        if counted is not None:
            return counted.area
    return previous.area if previous else None


RESTATED_WHOLE = re.compile(r"\bof\s+the\s+(?:(?:total\s+of|same)\s+)?$", re.I)
"""The words before a whole a partitive opening restates: "Of the 97 people arrested, …"."""


def restated_whole_area(
    before: str, value: float, unit: str, findings: Sequence[StatisticFinding]
) -> str | None:
    """The area of the earlier figure a partitive opening's whole restates ("Officers
    made 97 arrests across the region. … Of the 97 people arrested, 18 …": the region's,
    not the place of the sentence before); None when ``before`` (the words before the
    count) is no such opening or no earlier count of that value and unit stands."""
    if not RESTATED_WHOLE.search(before):
        return None
    earlier = (f for f in findings if f.value == value and f.unit == unit)
    return next((f.area for f in earlier if f.area), None)


NAMED_WHOLE = re.compile(
    r"^\W{0,3}(?:out\s+of|of)\s+(?:all\s+)?the\s+(?P<noun>[a-z][a-z-]*s)\b(?:\s+[a-z-]+){0,4},\s*$",
    re.I,
)
"""A partitive opening that names its whole by its noun alone, no count: "Of the firearms
handed in, " (area rule ``named_whole``)."""


def named_whole_area(before: str, findings: Sequence[StatisticFinding]) -> str | None:
    """The area of the whole a partitive opening names by its noun ("437 firearms … across
    the West Midlands. Birmingham accounted for 188 …, Wolverhampton 51. Of the firearms
    handed in, 96 were shotguns": the 437's, not Wolverhampton's): the largest of the
    recent counts of that noun; None when ``before`` is no such opening or no count of
    that noun stands."""
    opening = NAMED_WHOLE.search(before)
    if opening is None:
        return None
    noun = opening.group("noun").lower()
    counts = [f for f in findings[-_TOTAL_REACH:] if f.unit == noun]
    return max(counts, key=lambda f: f.value).area if counts else None


THE_TOTAL = re.compile(r"^\W{0,3}the\s+(?:overall\s+|grand\s+)?total\b", re.I)
"""A sentence opening on "The total" (its figure told after): it points back to the whole
of the counts just stated, not to the last of its parts."""
OF_ALL_THE = re.compile(
    r"(?:^|[.!?]\s+|\n)\W{0,3}of\s+all\s+(?:the\s+|these\s+|those\s+)?[^.;:!?\n]{1,80}?,\s*"
    r"(?:(?:around|about|some|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
"""A sentence opening "Of all the cases charged in the quarter," right before its figure:
"all" points back to the whole of the counts just stated, not to the last of its parts
("… in London 158, and in Yorkshire 97. Of all the cases charged, 143 …")."""
_OF_ALL_REACH = 120
"""How far before its figure (characters) an "Of all the …" opening may start."""
_TOTAL_REACH = 8
"""How many findings back the whole of a list of parts may stand."""


def total_area(previous: StatisticFinding, findings: Sequence[StatisticFinding]) -> str | None:
    """The area of the whole "The total" points back to: the largest of the recent counts
    of the last figure's unit ("347 weapons …. Leeds for 91 and Hull for 63. The total was
    up by a quarter": the 347's), which is at least each of its parts; when that largest is
    no whole of the others, the whole worded with another noun before them (rule
    ``total_of_other_noun``, :func:`_other_noun_whole`)."""
    recent = findings[-_TOTAL_REACH:]
    counts = [f for f in recent if f.unit == previous.unit]
    whole = max(counts, key=lambda f: f.value, default=previous)
    if len(counts) >= 2 and whole.value < sum(f.value for f in counts) - whole.value:
        whole = _other_noun_whole(recent, counts) or whole
    return whole.area


def _other_noun_whole(
    recent: Sequence[StatisticFinding], parts: Sequence[StatisticFinding]
) -> StatisticFinding | None:
    """Rule ``total_of_other_noun``: "412 knives and bladed weapons were handed in across
    Essex. … Chelmsford, where 96 weapons …, followed by Southend with 71 and Colchester with
    58. The total is up 27%": the parts count "weapons", the whole "knives"; the nearest
    count before the first part (no share, multiplier or money) at least the sum of the
    parts is their whole; None when none is that large ("14 sites" is no whole of 269)."""
    total = sum(f.value for f in parts)
    for finding in reversed(recent[: recent.index(parts[0])]):
        if finding.unit not in NOT_COUNTED and finding.value >= total:
            return finding
    return None


_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)(?=[^.!?\n]*$)")


def _in_total_sentence(text: str, at: int) -> bool:
    """Rule ``total_sentence``: a later figure of a sentence opening on "The total" points
    back to the same whole ("The total is up 27% on last year's week, when 324 weapons were
    collected": the 324 is the whole's of last year, not the last part's)."""
    window = text[max(0, at - _OF_ALL_REACH) : at]
    start = _SENTENCE_START.search(window)
    return start is not None and THE_TOTAL.match(window[start.end() :]) is not None


PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
"""A blank line: the figure before sits in another paragraph."""


def new_whole(
    before: str, value: float, unit: str, findings: Sequence[StatisticFinding], gap: str
) -> bool:
    """A partitive opening's whole that restates no earlier figure, counts another noun than
    the figure before and opens a later paragraph ("… 52 bus shelters in Leeds.⏎⏎ Completion
    rates rose. Of the 2,940 orders that ended, 83% …"): a new whole, not a part of the
    figure before, so it takes none of that figure's area; so is one counting the same noun
    after a breakdown by place, whose last member is no whole ("… 143 people, with 31 in
    Hythe and 27 in Deal.⏎⏎ Of the 96 people who …"). ``gap`` is the text between the
    figure before and this one. "Officers made 90 arrests in Leeds. Of the 40 people
    charged, …" (the same paragraph) stays a part of the 90."""
    if not findings or not RESTATED_WHOLE.search(before):
        return False
    if any(f.value == value and f.unit == unit for f in findings):
        return False
    last = findings[-1]
    breakdown = len(findings) > 1 and (  # "…, with 31 in Hythe and 27 in Deal": one member
        findings[-2].sentence == last.sentence and findings[-2].area != last.area
    )
    return (last.unit != unit or breakdown) and PARAGRAPH_BREAK.search(gap) is not None


def pointed_area(
    before: str,
    after: str,
    figure: tuple[float, str, str, int],
    found: Sequence[StatisticFinding],
    findings: Sequence[StatisticFinding],
    previous: StatisticFinding | None,
) -> str | None:
    """The area a figure that points back takes: the whole of the counts just stated after
    "The total" or "Of all the …" (:func:`total_area`), else the earlier figure a
    partitive opening's whole restates (:func:`restated_whole_area`), else none for a new
    whole (:func:`new_whole`), else the figure pointed to (:func:`part_area`). ``figure``
    is (value, unit, the document's text, the figure's offset in it)."""
    value, unit, text, at = figure
    if previous is not None and (
        THE_TOTAL.search(before)
        or OF_ALL_THE.search(text, max(0, at - _OF_ALL_REACH), at)
        or _in_total_sentence(text, at)
    ):
        return total_area(previous, findings)
    gap = text[findings[-1].end : at] if findings else ""
    restated = restated_whole_area(before, value, unit, findings)
    if restated is not None or (not found and new_whole(before, value, unit, findings, gap)):
        return restated
    named = named_whole_area(before, findings) if not found else None
    if named is not None:
        return named
    if (
        previous is not None
        and not OF_THESE.match(after)
        and _leaves_breakdown(unit, previous, before)
    ):
        members = breakdown_members(previous, findings)
        if members:  # "… Sunderland for 97 and North Tyneside for 61. One in 10 related to"
            return breakdown_whole_area(members, findings)
    return part_area(after, found, previous)


def _recent_counts(
    previous: StatisticFinding, findings: Sequence[StatisticFinding]
) -> list[StatisticFinding]:
    """The counts of ``previous``'s unit among the last :data:`_TOTAL_REACH` findings."""
    return [f for f in findings[-_TOTAL_REACH:] if f.unit == previous.unit]


_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:the|these|those)\b[^.;:]*,\s*(?:[a-z]+\s+){0,2}$", re.I)
"""A partitive opening right before a count ("Of the drivers stopped, five"): the count
is a part of a group of its own, pointed to as before, not a measure of the whole."""


def _leaves_breakdown(unit: str, previous: StatisticFinding, before: str) -> bool:
    """Whether a figure pointing back after ``previous`` may point to the whole of a
    breakdown rather than to its last member: a share (rule ``breakdown-whole``), or a
    count of another measure (rule ``breakdown-whole-other-measure``: "… and King's Lynn
    for seven. Intelligence from those reports led to four arrests and £9,000 of seizures":
    the arrests and the money come of every report, not of the last place's); not a
    count after a partitive opening (:data:`_PARTITIVE_BEFORE`)."""
    if unit == "percent":
        return True
    if unit == "times" or previous.unit in NOT_COUNTED or unit == previous.unit:
        return False
    return _PARTITIVE_BEFORE.search(before) is None


def _same_span(count: StatisticFinding, previous: StatisticFinding) -> bool:
    """Whether ``count`` may belong to the breakdown ``previous`` closes: a yardstick of
    another span ("almost double the 12 made in 2024") is no member and no whole."""
    if count.period is None or previous.period is None:
        return True
    return (count.period.start, count.period.end) == (previous.period.start, previous.period.end)


def breakdown_members(
    previous: StatisticFinding, findings: Sequence[StatisticFinding]
) -> list[StatisticFinding]:
    """The counts that break a whole down by place, ``previous`` the last of them
    ("Newcastle accounted for 142 of the referrals, Sunderland for 97 and North Tyneside
    for 61", in one sentence or several): the recent counts of its unit after the
    largest that close the run (rule ``breakdown-tail``: counts of the largest's own area
    stated between it and the places, "131 failed a breath test", are no members), when
    ``previous`` is one of them, they are two or more and hold two or more areas; else
    none."""
    counts = [f for f in _recent_counts(previous, findings) if _same_span(f, previous)]
    if not counts or counts[-1] is not previous:
        return []
    largest = max(range(len(counts)), key=lambda i: counts[i].value)
    members: list[StatisticFinding] = []
    for count in reversed(counts[largest + 1 :]):
        if count.area == counts[largest].area:
            break
        members.insert(0, count)
    if len(members) < 2 or len({f.area for f in members}) < 2:
        return []
    return members


def breakdown_whole_area(
    members: Sequence[StatisticFinding], findings: Sequence[StatisticFinding]
) -> str | None:
    """Rule ``breakdown-whole``: a share whose whole is left unsaid after a breakdown by
    place (``members``) is a share of the whole broken down, not of its last member: the
    area of the largest recent count of the unit when it is that whole (stated in another
    sentence, at least the members' sum: "486 referrals … Newcastle accounted for 142 …"),
    else None (the whole is unstated: the document's area)."""
    whole = max(_recent_counts(members[-1], findings), key=lambda f: f.value)
    if whole.sentence in {f.sentence for f in members}:
        return None
    return whole.area if whole.value >= sum(f.value for f in members) else None


OF_A_GROUP = re.compile(
    r"\s*of\s+those\s+(?:who|that)\s+(?!(?:were|was|are|is|had|have|has)\b)[a-z]+", re.I
)
"""A share of a group its own clause defines, not of the count before: "more than half of
those who answered our survey" (its place is not the last figure's); not "12 of those who
were arrested" (a part of the arrests before)."""


def own_group(after: str) -> bool:
    """Whether the words ``after`` a count make it a share of a group their own clause
    defines (:data:`OF_A_GROUP`), which takes no place from the count before."""
    return OF_A_GROUP.match(after) is not None
