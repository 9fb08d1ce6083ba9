"""A span that only tells how long something has been going on is no sentence's main period.

"National Highways has been lending the cab to forces since 2023." states no figure: it
tells the background of what the release reports (how long a scheme, a loan or a service
has run), not a span that the figures after it are counted over. Rule
``background_since`` (:data:`BACKGROUND_SINCE`): a sentence with no figure of its own whose
main period is a "since" span told in the present perfect continuous ("has been lending
… since 2023", "have been running the scheme since 2019") gives no main period, so the
figures after it take the span the release spoke of before it ("… stopped 142 drivers
between 5 and 11 October. … since 2023. Almost a third of those stopped …": the week).
Not "Officers have made 300 arrests since 2023" (a figure: its own span), nor "The force
has run the scheme since 2019" (not continuous: left to the other rules).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pressfacts.findings import PeriodFinding
from pressfacts.lexicon.number_words import WORD_NUMBER
from pressfacts.statistics.period_clauses import finding_main, in_category_clause

BACKGROUND_SINCE = re.compile(r"\b(?:has|have)\s+been\s+[a-z]+ing\b[^.;!?]*\bsince\s+$", re.I)
"""The present perfect continuous before the "since" of the sentence's main period."""
_FIGURE = re.compile(rf"\d|\b(?:{WORD_NUMBER})\b", re.I)
"""A figure in digits or words."""


def background_since(text: str, s_start: int, s_end: int, main: PeriodFinding | None) -> bool:
    """Whether ``main``, the main period of the sentence at ``s_start``, is the
    background span of :data:`BACKGROUND_SINCE` in a sentence with no figure of its own."""
    if main is None or main.kind != "since":
        return False
    since = text.rfind("since", s_start, main.end_char)
    if since < 0 or not BACKGROUND_SINCE.search(text, s_start, since + len("since ")):
        return False
    outside = text[s_start:since] + text[main.end_char : s_end]
    return _FIGURE.search(outside) is None


def sentence_main(
    text: str, s_start: int, s_end: int, main: PeriodFinding | None, later: Sequence[PeriodFinding]
) -> PeriodFinding | None:
    """The main period of the sentence at ``s_start`` (:func:`.finding_main`), or None for a
    background span: one told as how long something has gone on (:func:`background_since`,
    rule ``background_since``) or the date of a law on the kind of thing counted
    (:data:`.CATEGORY_CLAUSE`, rule ``category_clause``: "They included 58 machetes, which
    became illegal to own in September 2024." leaves the figures after it the span the
    release spoke of before)."""
    chosen = finding_main(text, s_start, s_end, main, later)
    if chosen is not None and in_category_clause(text[s_start:s_end], s_start, chosen):
        return None
    return None if background_since(text, s_start, s_end, chosen) else chosen
