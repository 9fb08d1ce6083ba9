"""Areas a figure takes from the other figures of its sentence.

- "… 120 and 80 in Kent and Essex respectively" gives Kent the 120 and Essex the 80
  (:func:`respectively`, moved out of :mod:`.figure_areas`); so does a gapped pair closing
  the sentence, "…, and Kent and Essex for 120 and 80." (rule ``gapped_pair_places``), and
  a pair after two places and their verb, "…, while Crewe and Chester took 87 and 64."
  (rule ``verbed_pair_places``).
- Rule ``closing_change_of_comparison``: "officers received 187 calls in Leeds, compared
  with 224 on the same weekend last year, a fall of 17%": the 224 is the 187's yardstick and
  takes its place (``compared-count``), and the change closing the sentence is the change
  between the two, so it is Leeds's as well, although its own clause names no place (it had
  been given the release's area). The figure area rule ``compared-count`` reads the answer
  of :func:`compared_area`; a yardstick in words (``compared-count-word``, "compared with
  nine in 2024") takes it as one in digits does; a yardstick the country's words follow
  ("compared with 260 nationally") is the country's (rule ``national-yardstick`` of
  :func:`compared_count`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pressfacts.findings import StatisticFinding
from pressfacts.lexicon.number_words import parse_number
from pressfacts.statistics.areas import Place
from pressfacts.statistics.compared_units import COMPARED_WORD
from pressfacts.statistics.elided_lists import ROUGHLY, VERBED_PAIR_NAMES
from pressfacts.statistics.elided_reported import FURTHER_WORDS
from pressfacts.statistics.place_wording import THE_COUNTRY
from pressfacts.statistics.result_clauses import RESULT_WORDS

_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
GAPPED_PAIR = re.compile(
    rf"(?:[,;]|(?<![\w-])(?i:and))\s+(?:the\s+)?(?P<a>{_NAME})\s+and\s+(?:the\s+)?"
    rf"(?P<b>{_NAME})\s+(?i:for|with|on|at)\s+{ROUGHLY}(?P<x>\d[\d,]*)\s+and\s+{ROUGHLY}"
    r"(?P<y>\d[\d,]*)\s*[.;]?\s*$"
)
"""Rule ``gapped_pair_places``: two named subjects and their two counts closing the sentence,
the verb gapped ("…, and Bolton and Stockport for 38 and 35."): the counts take the
subjects' places in order, as with "respectively" (not "… for 38 officers and 35", a noun
of its own, nor a pair before more words)."""

VERBED_PAIR = re.compile(
    VERBED_PAIR_NAMES + rf"{ROUGHLY}(?P<x>\d[\d,]*)\s+and\s+{ROUGHLY}(?P<y>\d[\d,]*)\s*[.;]?\s*$"
)
"""Rule ``verbed_pair_places``: two named places with a verb of their own and their two
counts closing the sentence ("…, while bins in Crewe and Chester collected 187 and 164."):
the counts take the places in order, as with "respectively" (not "collected 187 knives
and 164", a noun of its own, nor a pair before more words)."""


def respectively(
    sentence: str, places: Sequence[Place], findings: list[StatisticFinding], offset: int = 0
) -> list[StatisticFinding]:
    """ "… 120 and 80 in Kent and Essex respectively": figures and places in order; a
    gapped pair closing the sentence (:data:`GAPPED_PAIR`): its two counts, the last two
    figures, take its two names in order. ``offset``: where ``sentence`` starts in the
    text the places and figures are placed in."""
    pair = (
        GAPPED_PAIR.search(sentence) or VERBED_PAIR.search(sentence)
        if "respectively" not in sentence.lower()
        else None
    )
    if pair is not None and len(findings) >= 2:
        *rest, first, second = findings
        counts = (parse_number(pair.group("x")), parse_number(pair.group("y")))
        if (first.value, second.value) == counts:
            return [*rest, replace(first, area=pair["a"]), replace(second, area=pair["b"])]
    if "respectively" not in sentence.lower() or not places:
        return findings
    if len(places) == len(findings):
        return [replace(f, area=p.area) for f, p in zip(findings, places, strict=True)]
    return _respectively_clause(sentence, offset, places, findings)


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _respectively_clause(
    sentence: str, offset: int, places: Sequence[Place], findings: list[StatisticFinding]
) -> list[StatisticFinding]:
    """Rule ``respectively_clause``: when the sentence goes on past "respectively" with a
    place of its own ("… in Hull and York, at 31% and 27% respectively, while in Selby
    parking topped the list"), the figures and places before "respectively" pair in
    order; those after it are left as read. Not when the counts before it and the places
    before it differ in number ("… in Hull, at 31% and 27% respectively, while …")."""
    found = _RESPECTIVELY.search(sentence)
    if found is None:
        return findings
    cut = offset + found.start()
    named = [p for p in places if p.start < cut]
    paired = [f for f in findings if f.start < cut]
    if len(paired) < 2 or len(named) != len(paired):
        return findings
    areas = {id(f): p.area for f, p in zip(paired, named, strict=True)}
    return [replace(f, area=areas[id(f)]) if id(f) in areas else f for f in findings]


CLOSING_CHANGE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|from)\s+[^.;:]*?\d[^.;:]*?,\s*"
    r"(?:(?:an?|the)\s+(?:\w+\s+)?(?:fall|drop|rise|increase|decrease|reduction|cut|jump|"
    r"change)\s+of|(?:up|down)(?:\s+by)?)\s+"
    r"(?:(?:nearly|almost|around|about|some|more\s+than|over|just\s+over|just\s+under)\s+)?$",
    re.I,
)
"""A change right after a comparison of two counts, closing it: "…, compared with 224 on
the same weekend last year, a fall of", "…, up from 38 in 2024, an increase of nearly"."""


_NATIONAL_AFTER = re.compile(
    r"[\d.,]+(?:\s*%|\s+per\s*cent)?\s+(?:" + THE_COUNTRY.pattern + ")", re.I
)
"""A yardstick the country's words follow right away ("compared with 22% nationally",
"against 260 across the country"): the country's figure, not the count's before it."""


def compared_count(text: str, at: int, compared: str | None) -> str | None:
    """The area of the count a yardstick at ``at`` is compared with (``compared``: area
    rule ``compared-count``), unless the country's words follow it (rule
    ``national-yardstick``: "31 arrests in 2024, compared with 260 nationally", left to the
    region words)."""
    return None if _NATIONAL_AFTER.match(text, at) else compared


def compared_area(
    unit_rule: str | None,
    change: str | None,
    found: Sequence[StatisticFinding],
    before: str,
) -> str | None:
    """The area of the count a figure is compared with: a yardstick with its noun left out
    (``compared-count``) takes the count before it's; a change closing the comparison of
    the two counts before it in its sentence (:data:`CLOSING_CHANGE`) takes theirs, when
    they share one (not when the two counts are of two places: "in Leeds, compared with 224
    in Bradford, a fall of 17%", no area from them); None otherwise."""
    if not found:
        return None
    if unit_rule in ("compared-count", COMPARED_WORD) or RESULT_WORDS.search(before):
        return found[-1].area  # a yardstick, or a count of a clause of result (result-clause)
    if change is None or len(found) < 2 or not CLOSING_CHANGE.search(before):
        return None
    count, yardstick = found[-2], found[-1]
    if count.unit in ("percent", "times") or count.area != yardstick.area:
        return None
    return yardstick.area


FURTHER_BEFORE = re.compile(
    FURTHER_WORDS
    + r"\s+(?:(?:around|about|some|nearly|almost|over|more\s+than|just\s+over|just\s+under)\s+)?$",
    re.I,
)
"""The words that add a count to the one before it (:data:`~.elided_reported.FURTHER_WORDS`),
and a qualifier, "just under" too."""
RELATIVE_ASIDE_BEFORE = re.compile(r",\s+(?:where|which|who|whom|when)\b[^,;:.]*$", re.I)
"""A relative aside open before a count (", where there were four rescues"): the count is the
aside's, not the one a later "further" count adds to."""


def further_area(
    unit_rule: str | None, found: Sequence[StatisticFinding], before: str, text: str
) -> str | None:
    """Rule ``further-count``: a count with its noun left out that adds to the count before
        it in its sentence ("seized 974 e-scooters in the force area last year and a further 302
        since January", "… in Leeds, and another 40 by March") takes that count's area when its
        own clause names no place (the figure area rules of its clause come first: ", and in
        Ripon a further 14" is Ripon's); not "a further 12 officers" (a noun of its own), nor a
        share or multiplier before it (no count to add to). A count in a relative aside is
        passed over ("has put 35 throwlines at beauty spots including Shipley Country Park, where
        there were four rescues last summer, and plans a further 20": the 35's area). Counts of
    more than one area before it give none ("seized 974 …, 300 of them in Birmingham, and a
    further 302": the 302 adds to the whole, not to Birmingham's part)."""
    if unit_rule != "elided-count" or not FURTHER_BEFORE.search(before):
        return None
    counts = [
        f for f in found if not RELATIVE_ASIDE_BEFORE.search(text, max(0, f.start - 120), f.start)
    ]
    if not counts or len({f.area for f in counts}) > 1:
        return None  # "974 …, 300 of them in Birmingham, and a further 302": adds to the whole
    count = counts[-1]
    return None if count.unit in ("percent", "times") else count.area
