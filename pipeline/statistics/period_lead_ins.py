"""Lead-ins: where a period stated once governs the figures after it.

Each :class:`LeadInRule` is named; :class:`pressfacts.statistics.period_context.DocumentPeriods`
tries them in order on each sentence's first period ("Over the last 12 months:" and its
list, "During the two-day operation, …" and its paragraph, an event dated in its sentence
and the paragraph after, an event dated in a sentence of its own ("The operation ran from
12 May to 8 June.") and the paragraphs after it, "since the start of Operation X in May",
"since the scheme began in 2021", "Operation X, which ran throughout October", "during a
three-day operation" once the span after it dates it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from pressfacts.findings import PeriodFinding
from pressfacts.statistics.period_events import (
    AN_OPERATION_RULES,
    DATED_SPAN_WORDS,
    DATING_VERBS,
    EVENT_ARTICLE,
    EVENT_WORDS,
)
from pressfacts.statistics.period_figure_days import (
    ACTION_DONE,
    FOR_ACTION_DAY,
    HAUL_DONE,
    RAID_DONE,
)
from pressfacts.statistics.period_from_now import RUNS_UNTIL_DAY, RUNS_UNTIL_MONTH_END
from pressfacts.statistics.period_operation_days import operation_day_told
from pressfacts.statistics.period_plans import NEXT_UNITS_PHRASE, PROGRAMME_UNITS_PHRASE
from pressfacts.statistics.period_reach import (
    grants_end,
    list_end,
    next_counting_paragraph_end,
    next_paragraph_end,
    paragraph_end,
    two_paragraphs_end,
)
from pressfacts.statistics.period_spans_from import UNITS_FROM_MONTH
from pressfacts.statistics.periods import UNRESOLVED
from pressfacts.statistics.since_days import SINCE_START, SINCE_START_DAY

SINCE_BEGAN = re.compile(
    r"since\s+(?:the|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:scheme|project|programme|"
    r"initiative|service|partnership|fund|team|unit|hub|campaign|operation|bins?|kiosks?)\s+"
    r"(?:began|started|opened|launched|(?:was|were)\s+(?:launched|set\s+up|introduced|"
    r"installed|put\s+in))\s+in\s+[\w\s]{4,14}",
    re.I,
)
"""A scheme's start as a period phrase: "since the scheme began in 2021", "since its
mentoring project started in May 2022", "since the bins were installed in 2022" (surrender
bins and kiosks, whose totals the paragraph after breaks down by site)."""

SPAN_SET_OFF = (
    r"(?:(?:over|for)\s+)?(?:[\w-]+\s+){0,2}?(?:days|nights|weeks|months)"
    r"(?:\s+(?:last|this)\s+(?:week|month))?,\s+"
)
"""How long an event ran, set off before its dates: "The operation ran over three days
last week, from 15 to 17 September", "The crackdown lasted two weeks, between …"."""


@dataclass(frozen=True)
class LeadInRule:
    """A period stated once for a group: where it stands and how far it reaches."""

    name: str
    pattern: re.Pattern[str]
    """Matches the sentence text before the period phrase (the lead-in's opening)."""
    reach: Callable[[str, int], int]
    """(document text, end of the lead-in sentence) -> end offset of what it governs."""
    follows: re.Pattern[str] | None = None
    """When set, must match the sentence text right after the period phrase too."""
    phrase: re.Pattern[str] | None = None
    """When set, must match the period phrase itself."""
    told: Callable[[str, PeriodFinding], bool] | None = None
    """When set, must hold of the document text and the period (what was told before it)."""

    def opens(self, opening: str, text: str, period: PeriodFinding) -> bool:
        """Whether :attr:`pattern` matches the sentence's ``opening`` before ``period`` and
        :attr:`told` (when set) holds of ``period`` in the document ``text``."""
        return bool(self.pattern.match(opening)) and (self.told is None or self.told(text, period))


NOT_YARDSTICK_EVENT = (
    r"(?![^\n]*?(?:\b(?:compared\s+(?:with|to)|against|(?:up|down)\s+from)\s+(?:just\s+|only\s+)?"
    r"£?[\w,.]+,?|\b(?:up|down|rise|fall|increase|decrease|higher|lower)\b[^.\n]{0,30}?"
    r"\bon\s+the\s+£?\d[\d,.]*(?:\s+[a-z-]+){0,3}?)\s+(?:during|in|over|throughout|at)\s+"
    r"(?:a|an|the|its|their|this|last\s+year['’]s)\s)"
)
"""Rule ``event_lead_in_not_yardstick`` (a guard of ``event_lead_in``): an event that dates
a comparison's yardstick count ("That is up from 311 during the spring week of action in
May", "… compared with 547 during last year's campaign in March") leads in no paragraph:
the figures after it are not that earlier event's; "… 31 arrests during a week of action
in May" still leads in. Its part ``change_on_count_event`` reads a change told "on" the
yardstick's count ("The total is up by around 20% on the 6,150 weapons handed in during the
last national surrender in November 2024"); not "acting on the 12 tips received during the
campaign" (no change before)."""


LEAD_IN_RULES: tuple[LeadInRule, ...] = (
    # "Over the last 12 months:", "Arrests during the operation by town:" then a list;
    # not "… rose over the last 12 months:"
    LeadInRule(
        "list_lead_in",
        re.compile(
            r"^\W{0,3}(?:[A-Z][a-z-]+(?:\s+[a-z-]+){0,2}\s+)?"
            r"(?i:(?:(?:over|in|during|for|throughout)\s+)?(?:the\s+)?)$"
        ),
        list_end,
    ),
    # "During the two-day operation, officers …", "In 2021/22, …": its paragraph
    LeadInRule(
        "sentence_lead_in",
        re.compile(r"^\W{0,3}(?:(?:over|in|during|for|throughout|across|since)\s+)?$", re.I),
        paragraph_end,
    ),
    # "… arrested 31 people during a week of action from 3 to 9 May." then "Officers
    # seized …": an event dated in its sentence, the rest of its paragraph and the next;
    # not "… during its campaign, the force said, while … in 2024/25" (not the event's)
    # "… 96 warrants between 7 and 13 October during a week of action.", "… over the
    # summer as part of Operation Mermaid." (the event after its dates) then "Officers
    # arrested …": as event_lead_in
    LeadInRule(
        "event_after_lead_in",
        re.compile(r"^[^\n]*$"),
        next_paragraph_end,
        re.compile(
            rf"\W{{0,3}}(?:during|in|over|throughout|as\s+part\s+of)\s+(?:{EVENT_ARTICLE}"
            rf"{EVENT_WORDS}\b|(?-i:Operation\s+[A-Z]))",
            re.I,
        ),
    ),
    LeadInRule(
        "event_lead_in",
        re.compile(
            rf"^{NOT_YARDSTICK_EVENT}[^\n]*?\b(?:during|in|over|throughout)\s+(?:a|an|the|its|their|this)\s+"
            rf"(?:[\w-]+\s+){{0,4}}?{EVENT_WORDS}\b[^.\n]{{0,30}}$",
            re.I,
        ),
        next_paragraph_end,
    ),
    # "During a six-week trial between February and March, the dog screened …" then
    # "Officers found drugs on 44 people": a trial or pilot of a scheme opening its
    # sentence, dated right after its noun, the rest of its paragraph; not "… at the end
    # of a trial in May" (not its sentence's opening), "During the trial, the jury …" (no
    # date after the noun)
    LeadInRule(
        "trial_lead_in",
        re.compile(
            r"^\W{0,3}(?:during|in|over|throughout)\s+(?:a|an|the|its|their|this)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:trial|pilot)\s+(?:(?:from|between|in|during|over)\s+)?$",
            re.I,
        ),
        paragraph_end,
    ),
    # "The operation ran from 3 to 9 May." (the event named before, dated in a sentence
    # of its own) then "Officers seized 40 phones …": the rest of its paragraph and the next
    LeadInRule(
        "event_ran_lead_in",
        re.compile(
            rf"^\W{{0,3}}(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,3}}?{DATED_SPAN_WORDS}\s+"
            rf"{DATING_VERBS}\s+(?:{SPAN_SET_OFF})?"
            r"(?:(?:from|between|in|during|over|throughout)\s+)?$",
            re.I,
        ),
        next_paragraph_end,
    ),
    # "The campaign will run until Friday 30 October." (the event named before, its end to
    # come in a sentence of its own: ``runs_until_day``, ``runs_until_month_end``) then
    # "Officers will visit 1,500 homes …": the rest of its paragraph and the next; not "The
    # campaign ran until May." (past: no such phrase), "… and 40 officers will run until …"
    # (the event is not the sentence's opening)
    LeadInRule(
        "event_runs_until_lead_in",
        re.compile(
            rf"^\W{{0,3}}(?:the|this|that|its|their)\s+(?:[\w-]+\s+){{0,3}}?{DATED_SPAN_WORDS}\s+$",
            re.I,
        ),
        next_paragraph_end,
        None,
        re.compile(rf"{RUNS_UNTIL_DAY.pattern}|{RUNS_UNTIL_MONTH_END.pattern}", re.I),
    ),
    # "Officers ran Operation Sceptre between 10 and 16 November, putting bins in 19
    # stations." then "In total 437 weapons were …": a named operation its subject ran,
    # dated in its sentence, the rest of its paragraph and the next; not "Officers ran 40
    # checks in May" (no named operation), "Operation Sceptre ran …" (event_ran_lead_in)
    LeadInRule(
        "ran_named_operation_lead_in",
        re.compile(
            r"^\W{0,3}(?:[\w-]+\s+){1,4}?(?:ran|held|carried\s+out|mounted|staged)\s+"
            r"(?-i:Operation\s+[A-Z][\w-]*)\s+(?:(?:from|between|in|during|over|throughout)\s+)?$",
            re.I,
        ),
        next_paragraph_end,
    ),
    # "Kent Police ran a speed enforcement operation over the bank holiday weekend." then
    # "Officers stopped 214 vehicles …": an unnamed operation, crackdown or week of action
    # its subject ran, dated at its sentence's end ("over", "during", "throughout"), the
    # rest of its paragraph and the next; not "ran 40 checks in May" (no event noun), "ran
    # a week of talks …" (no event), "ran an operation between June and August" (a range)
    LeadInRule(
        "ran_an_operation_lead_in",
        re.compile(
            r"^\W{0,3}(?:[\w-]+\s+){1,6}?(?:ran|held|carried\s+out|mounted|staged)\s+"
            rf"(?:a|an)\s+(?:[\w-]+\s+){{0,4}}?{EVENT_WORDS}\s+"
            r"(?:(?:during|over|throughout)\s+)?$",
            re.I,
        ),
        next_paragraph_end,
        None,
        re.compile(r"(?!(?:from|between|in|on)\b)[^\n]*", re.I),
    ),
    # "Officers carried out the checks over three nights between 4 and 6 March." (the
    # checks, visits or test purchases named before, dated in a sentence of their own) then
    # "Two shops in Ely failed …": the rest of its paragraph and the next; not "carried out
    # 40 checks in May" (a count of its own, no article)
    LeadInRule(
        "checks_carried_out_lead_in",
        re.compile(
            r"^[^\n]*?\bcarried\s+out\s+(?:the|these|its|their)\s+(?:[\w-]+\s+){0,2}?"
            r"(?:checks|visits|tests|inspections|test\s+purchases)\s+(?:over\s+(?:[\w-]+\s+)"
            r"{0,2}?(?:days|nights|weeks)\s+)?(?:(?:from|between|on|during|over)\s+)?$",
            re.I,
        ),
        next_paragraph_end,
    ),
    # "… the results of Operation Tornado, which ran throughout October." then a list or
    # "Officers seized …": an event dated in a relative clause, the rest of its paragraph
    # and the next; not "the operation, which led to 12 arrests" (no dating verb)
    LeadInRule(
        "event_which_ran_lead_in",
        re.compile(
            rf"^[^\n]*?\b{DATED_SPAN_WORDS}(?:\s+[A-Z][\w’'-]*){{0,2}},?\s+(?:which|that)\s+"
            rf"{DATING_VERBS}\s+(?:(?:from|between|in|during|over|throughout)\s+)?$",
            re.I,
        ),
        next_paragraph_end,
    ),
    # "… stopped 57 vans during a three-day operation last week." dated by the span after
    # it (``an_operation``: "… from Tuesday 3 to Thursday 5 March.") then "Of the vans
    # stopped, 21 …": the rest of its paragraph and the two after it (the dates and what was
    # counted); an operation left undated leads nothing in
    LeadInRule(
        "an_operation_lead_in",
        re.compile(r"^[^\n]*$"),
        two_paragraphs_end,
        None,
        AN_OPERATION_RULES[0].pattern,
    ),
    # "… 146 arrests since the start of Operation Kestrel in May." then "Officers also
    # seized …": the operation's span so far, the rest of its paragraph and the next
    LeadInRule(
        "since_start_lead_in", re.compile(r"^[^\n]*$"), next_paragraph_end, None, SINCE_START
    ),
    # "… 380 dogs since the ban came into force on 1 February 2024." then "Of those, 210
    # …": the same on a day, the rest of its paragraph and the next
    LeadInRule(
        "since_start_day_lead_in",
        re.compile(r"^[^\n]*$"),
        next_paragraph_end,
        None,
        SINCE_START_DAY,
    ),
    # "Officers executed a warrant at a unit in Ashford on 3 March 2025." then "Inside they
    # found 900 plants …": a raid dated in its sentence (``raid_day``), what was found in
    # it, the rest of its paragraph and the next; not "Officers arrested a man in Ashford
    # on 3 March." (no raid: an event's date)
    LeadInRule(
        "raid_day_lead_in",
        re.compile(rf"^[^\n]*?{RAID_DONE}[ \t]+$", re.I),
        next_paragraph_end,
    ),
    # "… with 24kg of cocaine hidden in their suitcases on 9 November." then "The drugs,
    # packed in 20 blocks, had a street value of £1.9m": a haul dated in its sentence
    # (``concealed_haul_day``, ``border_seizure_day``), the rest of its paragraph and the
    # next; not "… were arrested at Luton Airport on 3 March." (no haul)
    LeadInRule(
        "haul_day_lead_in",
        re.compile(rf"^[^\n]*?{HAUL_DONE}[ \t]+$", re.I),
        next_paragraph_end,
    ),
    # "… six sites were found trading without a licence during a day of action on 17
    # September." then "During the day, officers visited 23 sites …": a day of action
    # dated in its sentence (``action_day``), the rest of its paragraph and the next; not
    # "… a week of action on 3 March." (a week's start, not its span)
    LeadInRule(
        "action_day_lead_in",
        re.compile(rf"^[^\n]*?{ACTION_DONE}[ \t]+$", re.I),
        next_paragraph_end,
    ),
    # "Officers joined the council on Tuesday 17 March for a day of action targeting
    # waste carriers." then "During the operation, 46 vans were stopped …": a day of action
    # dated before its noun (``day_for_action_day``), the rest of its paragraph and the
    # next; not "… on 3 March for a week of action." (a week's start, not its span)
    LeadInRule(
        "action_day_for_lead_in",
        re.compile(r"^[^\n]*$"),
        next_paragraph_end,
        FOR_ACTION_DAY,
    ),
    # "… during a single-day operation on the M1 last week." then "Officers stopped 213
    # vehicles on Thursday, 13 August, …": the day of a one-day operation told before it
    # (``period_operation_days``), the rest of its paragraph and the next; not a day with
    # no operation told before it (an event's date)
    LeadInRule(
        "operation_day_lead_in",
        re.compile(r"^[^\n]*$"),
        next_paragraph_end,
        told=operation_day_told,
    ),
    # "… £1.2m since the scheme began in 2020." then "Around 900 pupils have taken part":
    # a scheme's life so far, the rest of its paragraph and the next (the one after when
    # the next states no figure)
    LeadInRule(
        "since_began_lead_in",
        re.compile(r"^[^\n]*$"),
        next_counting_paragraph_end,
        None,
        SINCE_BEGAN,
    ),
    # "… £400,000 to 12 projects for two years from April." then "The largest grant,
    # £60,000, …": a fund's span, the rest of its paragraph and the two after it (the
    # grants it lists)
    LeadInRule("span_from_lead_in", re.compile(r"^[^\n]*$"), grants_end, None, UNITS_FROM_MONTH),
    # "£1.4m over the next three years …" (its start stated next: ``next_units_starting``)
    # then "It will pay for 12 refuge places …": a plan's span, the rest of its paragraph
    # and the two after it (what it pays for)
    LeadInRule(
        "next_span_lead_in",
        re.compile(r"^[^\n]*$"),
        two_paragraphs_end,
        None,
        re.compile(NEXT_UNITS_PHRASE, re.I),
    ),
    # "£900,000 over the two-year programme" (dated next: ``programme_units_dated``) then
    # "The largest grant, £80,000, …": the programme's span, the rest of its paragraph and
    # the two after it (the grants it lists)
    LeadInRule(
        "programme_span_lead_in",
        re.compile(r"^[^\n]*$"),
        two_paragraphs_end,
        None,
        re.compile(PROGRAMME_UNITS_PHRASE, re.I),
    ),
)
"""Where a period stated once governs the figures after it."""


def opening_period(
    by_start: Mapping[int, PeriodFinding], starts: Sequence[int], first: int, s_end: int
) -> PeriodFinding:
    """The period a sentence opens a lead-in with: its first (``starts[first]``), or when
    that one cannot be dated, the first after it in the sentence that can ("Officers made
    40 arrests during the operation, which ran from 2 to 8 May:" and its list)."""
    period = by_start[starts[first]]
    if period.kind != UNRESOLVED:
        return period
    index = first + 1
    while index < len(starts) and starts[index] < s_end:
        if by_start[starts[index]].kind != UNRESOLVED:
            return by_start[starts[index]]
        index += 1
    return period
