"""Where a survey's or a report's finding begins in a sentence (rules ``finding_clause`` and
``finding_after_aside``): the figures after the verb take the finding's own period, not the
date of the fieldwork or of the publication named before it
(:func:`pressfacts.statistics.period_clauses.finding_main`, and a clause break of
:data:`pressfacts.statistics.period_clauses.CLAUSE_BREAK`)."""

from __future__ import annotations

__all__ = ["FINDING_CLAUSE"]

_FIGURE_AHEAD = (
    r"(?=[^.;:]*?(?:\d|\b(?:one|two|three)\s+in\s+[a-z]+\b|\b(?:half|a\s+third|a\s+quarter)\b))"
)
"""A figure in the rest of the clause: a digit or a share in words."""

FINDING_CLAUSE = (
    r"(?<=[\w,])(?<!\band)(?<!\bbut)\s+(?:found|showed|revealed|suggested|indicated|shows?|"
    r"reveals?|suggests?|indicates?)\s+that\s+"
    + _FIGURE_AHEAD
    # rule finding_after_aside: "The figures, released by the force on Monday, show 40% …"
    + r"|(?<=,)\s+(?:show(?:s|ed)?|reveal(?:s|ed)?)\s+(?!that\b)"
    + _FIGURE_AHEAD
)
"""A survey's or a study's finding reported after "found that" or "show(s) that" (rule
``finding_clause``): "The survey of 4,300 officers, carried out between May and July, found
that 58% had been assaulted in the past 12 months" ("…, as figures show that thefts fell by
9% in the year to March"): the finding's own period is the figure's, not the
fieldwork's before it (the survey's dates still date the figures before the verb, and a
finding with no period of its own falls back to them); not "officers stopped 300 cars
and found that 40 …" (one subject's two acts, "and" before the verb). The white space before
the verb follows a word or a comma, so a run of blank lines is not scanned again from each
of its characters. Rule ``finding_after_aside``: "show" or "reveal" with no "that", right
after the comma closing an aside on the subject ("The figures, released by the force on
Tuesday, show officers drew Taser 900 times in 2024"): the aside's date is the
publication's, the figures after the verb are the finding's; not "Officers showed 40
pupils round the station" (no comma right before the verb)."""
