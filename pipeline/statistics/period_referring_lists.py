"""A list's lead line that speaks of the figures just stated: "They included:", "Of those
stopped:", "Burglaries by district:".

Why: a release states its figures with their period, then breaks them down in a list
whose lead line names no period of its own ("Officers made 40 arrests in April. They
included:" then "- 12 for drug supply"). The list's figures are parts of those just
stated and share their period. Each way a lead line refers back is a named entry of
:data:`REFERRING_LIST_LEADS`; :func:`referring_list_lead` gives the lead-in that
:class:`pressfacts.statistics.period_context.DocumentPeriods` adds for it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_back_references import BREAKDOWN_TRAITS
from pressfacts.statistics.period_reach import list_end

_WHOSE = r"(?:\s+(?:for|from)\s+(?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)?"
"""Whose figures a summary's lead names: "Key figures for the county:", "The figures for
Kent Police:" (no digit: a lead line naming a year states a period of its own)."""

REFERRING_LIST_LEADS: dict[str, re.Pattern[str]] = {
    # "They included:", "These were made up of:", "This comprised:"
    "they_included_list": re.compile(
        r"\W{0,3}(?:they|these|those|this|which)\s+(?:included|include|includes|comprised|"
        r"comprise|were|was|are)(?:\s+made\s+up\s+of)?(?:\s+as\s+follows)?\s*:",
        re.I,
    ),
    # "Of these:", "Of those arrested:", "Among them:", "Of the total,"
    "of_these_list": re.compile(
        r"\W{0,3}(?:of|among|amongst)\s+(?:these|those|them|the\s+total)(?:\s+[a-z]+){0,2}\s*,?\s*:",
        re.I,
    ),
    # "The breakdown is as follows:", "This breaks down as follows:"
    "breakdown_list": re.compile(
        r"\W{0,3}(?:(?:the|a)\s+breakdown(?:\s+(?:is|was))?|(?:this|these|they|the\s+figures?)\s+"
        r"(?:breaks?|broke)\s+down)(?:\s+as\s+follows)?\s*:",
        re.I,
    ),
    # "Key figures:", "The figures in full:", "In numbers:", "At a glance:", "The main
    # findings:", "The report found:", "Officers also seized:", "The results:": a summary
    # of the figures just stated; not "Our advice:" (no figures), "Key dates:"
    "key_figures_list": re.compile(
        r"\W{0,3}(?:(?:the\s+)?(?:key|main|headline|other)\s+(?:figures|findings|statistics|"
        rf"results|numbers){_WHOSE}(?:\s+(?:include|show|were|are))?|"
        rf"the\s+figures{_WHOSE}(?:\s+in\s+full|\s+show)?|"
        r"in\s+numbers|at\s+a\s+glance|the\s+results(?:\s+(?:include|show|were))?|"
        r"the\s+(?:report|survey|review|figures|data)\s+(?:found|finds|shows?|showed|revealed)|"
        r"(?:officers|police|they|the\s+force|the\s+team)\s+(?:also\s+)?(?:seized|recovered|"
        r"found|made|issued|carried\s+out))\s*:",
        re.I,
    ),
    # "Results included:", "Its successes include:", "Outcomes of the week were:",
    # "Highlights of the operation:", "Highlights in the report include:" (rule part
    # results_in_report), "Highlights from his annual report:": what an operation,
    # campaign or report just stated achieved
    "results_list": re.compile(
        r"\W{0,3}(?:(?:the|its|their|our)\s+)?(?:results|outcomes|highlights|successes|"
        r"achievements|seizures)(?:\s+(?:of|in|from)\s+(?:the|this|its|his|her|their)\s+"
        r"[\w’'-]+(?:\s+[\w’'-]+)?)?"
        r"(?:\s+(?:so\s+far\s+)?(?:include[sd]?|were|are|show(?:ed)?))?\s*:",
        re.I,
    ),
    # "Crimes by town:", "Arrests by offence type:", "Breakdown by district:"
    "by_trait_list": re.compile(
        rf"\W{{0,3}}[A-Za-z-]+(?:\s+[a-z-]+){{0,2}}\s+by\s+(?:{BREAKDOWN_TRAITS}|town|city|"
        r"district|borough|ward|neighbourhood|division|(?:offence|crime)(?:\s+type)?|"
        r"nationality)\s*:",
        re.I,
    ),
}
"""A list's lead line that speaks of the figures just stated and states nothing of its own:
its list takes the period those figures have (:func:`referring_list_lead`). Not "They
included 12 arrests:" (a figure of its own), nor "Arrests by town:" (no back-reference)."""
_REFERRING_LINE = 80
"""The longest lead line (characters) read as a back-reference to a list."""
_DIGIT = re.compile(r"\d")


def referring_list_lead(
    text: str, start: int, end: int, mains_before: Sequence[PeriodFinding | None]
) -> list[tuple[int, int, PeriodFinding, str]]:
    """The lead-in (end, reach, period, name) of the sentence ``text[start:end]`` when it
    is a list's lead line of :data:`REFERRING_LIST_LEADS` ("Officers made 40 arrests in
    April. They included:" then its list): the list takes the main period of the nearest
    of ``mains_before`` (the main periods of the few sentences before) that states one."""
    line = text[start:end].rstrip()
    if len(line) > _REFERRING_LINE or not line.endswith(":") or _DIGIT.search(line):
        return []
    name = next((n for n, rule in REFERRING_LIST_LEADS.items() if rule.fullmatch(line)), None)
    main = next((m for m in reversed(mains_before) if m is not None), None)
    if name is None or main is None:
        return []
    return [(start + len(line), list_end(text, start + len(line)), main, name)]
