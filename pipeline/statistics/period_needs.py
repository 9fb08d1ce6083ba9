"""The words each period rule needs: a rule is tried only on a text that holds one of them.

Why: a hundred period rules are tried on every text with a number, and most phrases are
absent from most texts; one look for a few lower-case strings in the text
(:mod:`pressfacts.statistics.rule_needs`) spares a rule's pattern where it cannot match.
Each entry names a rule of :mod:`pressfacts.statistics.period_table` and strings one of
which every match of its pattern holds; a rule without an entry keeps its own ``needs``.
"""

from __future__ import annotations

from pressfacts.lexicon.events import EVENT_NEEDS
from pressfacts.lexicon.months import MONTH_NAMES
from pressfacts.statistics.period_adjacent import ADJACENT_NEEDS
from pressfacts.statistics.period_seasons import FESTIVE_NEEDS, SEASON_NEEDS
from pressfacts.statistics.rule_needs import pairs
from pressfacts.statistics.since_days import SINCE_NEEDS

_MONTH_STEMS = tuple(sorted({name[:3] for names in MONTH_NAMES for name in names}))
"""The first three letters of every month name and abbreviation ("jan", "may")."""
_RANGE_WORDS = ("between", "from", "the period")  # what every range rule's match opens with
_CENTURIES = ("19", "20")  # what every year (``YEAR``) opens with

RULE_NEEDS: dict[str, tuple[str, ...]] = {
    "month_range": (*_RANGE_WORDS, "covering"),
    "month_range_years": _CENTURIES,
    "day_range": _RANGE_WORDS,
    "shared_month_range": _RANGE_WORDS,
    "day_to_month_end": ("end of",),
    "year_range": _RANGE_WORDS,
    "baseline": pairs(("on", "than", "than in", "with", "to", "in", "for", "of"), _CENTURIES),
    "year": (*pairs(("in", "during", "throughout", "for"), _CENTURIES), "calendar year"),
    "year_figure": pairs(("the",), _CENTURIES),
    "baseline_month": ("compared", "than", "against", "% on", "cent on"),
    "baseline_quarter": ("the first", "the second", "the third", "previous", "preceding", "prior"),
    "following": ("following", "next", "subsequent", "previous", "preceding", "prior"),
    "financial_year_named": ("financial",),
    "quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "fiscal_quarter": ("quarter", "q1", "q2", "q3", "q4"),
    "fiscal_first_months": ("months of",),
    "months_to": pairs(("months", "period"), ("to", "ending", "up to")),
    "year_to": pairs(("year", "months", "period"), ("to", "ending")),
    "first_months": ("months of",),
    "since_event": ("since",),
    "since_act_in_force": ("since",),
    "superlative_since": ("since",),
    "since_event_month": ("since",),
    "month_range_relative": ("this year", "last year", "next year"),
    "year_to_month": pairs(("year", "months", "period"), ("to", "ending")),
    "year_to_month_relative": pairs(("year", "months"), ("to", "ending")),
    "the_financial_year": ("financial",),
    "first_months_relative": ("months of",),
    "since": SINCE_NEEDS,
    "since_month": SINCE_NEEDS,
    "since_day": SINCE_NEEDS,
    "last_month_named": ("last", "past"),
    "so_far": ("so far", "start of", "beginning of", "turn of"),
    "same_period_year": ("same", "equivalent", "corresponding", "comparable"),
    "same_period_last_year": ("same", "last year", "this time"),
    "relative_year": pairs(("last", "this", "previous", "past"), ("year",)),
    "relative_month": ("last month", "this month"),
    "past_months": ("last", "past"),
    "adjacent_unit": ADJACENT_NEEDS,
    "same": ("period", "that time", "this time", "same time", "the same"),
    "year_before": ("year", "decade", "season"),
    "years_average": ("average", "mean"),
    "average_of_years": ("average", "mean"),
    "year_on_year": ("on year", "on-year"),
    "same_year": ("that year", "same year"),
    "the_week": ("week",),
    "the_units": ("days", "weeks", "month", "quarter", "year"),
    "the_operation": EVENT_NEEDS,
    "vague": ("years", "months", "or so"),
    "today": ("today",),
    "season": SEASON_NEEDS,
    "festive": FESTIVE_NEEDS,
    "festive_campaign": FESTIVE_NEEDS,
    "month_pair": _MONTH_STEMS,
    "duration_before": ("year before", "year earlier", "years before", "years earlier"),
    "compared_last_year": ("last year",),
    "first_span_from": ("from", "since", "starting"),
    "span_after_start": ("after", "since"),
    "of_the_figure": ("of the", "of these", "of those"),
    "charge_year": ("precept", "tax", "levy", "fees", "fares", "rent", "subscription"),
}
"""For a rule: words one of which the text must hold before its pattern is tried."""
