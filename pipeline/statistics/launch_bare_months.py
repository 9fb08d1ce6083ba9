"""A start stated by its month alone in the sentence of "since it launched".

``since_it_launched`` (:mod:`pressfacts.statistics.period_spans_from`) reads "since it
launched" from a start stated before with its year ("launched in June 2023"); rule
``launched_bare_month`` reads one stated in the same sentence by its month alone ("an
anonymous reporting line, opened in October, had received 57 reports since it launched"):
the thing began on the first day of the latest such month not after P's month, as "since
October" reads. Not a month stated in another sentence (too far to be the thing's start),
nor "opened in October 2024" or "in October last year" (``_LAUNCH``'s), nor "in May" read
as "may" the verb (a month must be capitalised).
"""

from __future__ import annotations

import datetime as dt
import re

from pressfacts.lexicon.stops import previous_sentence_start
from pressfacts.statistics.period_rules import latest_month

LAUNCHED_BARE_MONTH = re.compile(
    r"\b(?:launched|began|started|opened|set\s+up|introduced)\s+in\s+"
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b(?!\s+(?:\d|last\b|this\b|next\b|of\b))"
)
"""A start by its month alone: "opened in October", "was set up in March" (rule
``launched_bare_month``); not "opened in October 2024", "in March last year", "in May of"."""
_SENTENCE_REACH = 600
"""How far back (characters) the start of the phrase's sentence is looked for."""


def bare_month_start(text: str, at: int, published: dt.date | None) -> dt.date | None:
    """The first day of the month a thing began by its month alone, stated in the sentence
    that ends at ``at`` ("since it launched"), the latest such month not after P's; None
    when there is none or P is unknown."""
    if published is None:
        return None
    # the sentence holding ``at`` (a stop right before ``at`` ends the one before it)
    sentence_start = previous_sentence_start(text, at + 1, _SENTENCE_REACH)
    starts = list(LAUNCHED_BARE_MONTH.finditer(text, sentence_start, at))
    if not starts:
        return None
    return latest_month(starts[-1].group("m"), published, False)  # the last before the phrase
