"""Which period a figure gets: the choice among the periods stated around it.

The periods themselves are found by :mod:`pressfacts.statistics.periods`; this module
decides which of them a figure of the numbers stage covers, in this order:

1. its clause's periods, else those stated before it in its sentence ("In 2022, …"); a
   later clause's period belongs to that clause (", compared with 417 in 2009/10");
   the nearest wins, and a phrase that cannot be dated ("last year" without P) leaves
   the figure undated rather than borrowing another's period;
2. for a change: the span of the comparison (from the start of the earlier period to
   the end of the later); a change over one span covers that span only, unless it
   rises or falls "to" the level of that span (:data:`.CHANGE_TO_LEVEL`: "rose by 22%
   to 1,452 last year" compares last year with the year before, so covers both); a
   count stated before a yardstick ("1,036 crimes, 35% above the five-year average")
   keeps the period it is measured over (:mod:`pressfacts.statistics.period_levels`), or
   the event its sentence names when the next dates it (``event_after_yardstick``);
3. a lead-in (:data:`LEAD_IN_RULES`): a period stated once for a group ("Over the last
   12 months:" and its list; "During the two-day operation, …" and the sentences of its
   paragraph);
4. a back-reference (:data:`BACK_REFERENCE_RULES`): a sentence that speaks of the
   figures just stated ("That is an average of …", "They included …") takes the main
   period of the nearest sentence before that states one (not a comparison's earlier half);
5. for a change with nothing else: the document's two-period comparison;
6. for a count no rule dates, told in the past tense while the release's lead period is
   the last stated: that period (:mod:`pressfacts.statistics.period_narrative`).

Single days ("on Friday 28 January", "today") date events, not a figure's span.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from pressfacts.findings import PeriodFinding
from pressfacts.statistics import period_partitive_wholes as partitives
from pressfacts.statistics import period_reach as reach
from pressfacts.statistics import period_yardstick_mains as yardsticks
from pressfacts.statistics.back_reference_openings import TRAILER_REACH, trails
from pressfacts.statistics.background_spans import sentence_main
from pressfacts.statistics.headlines import headline_end
from pressfacts.statistics.period_alone_parts import is_ranked, whole_of_part
from pressfacts.statistics.period_back_choice import (
    back_reference_names,
    referred_main,
    survey_dated_after,
    surveyed_main,
)
from pressfacts.statistics.period_back_references import RELEASE_BREAKDOWNS
from pressfacts.statistics.period_bracket_years import bracketed_year_named
from pressfacts.statistics.period_bullet_lists import with_bullet_lists
from pressfacts.statistics.period_carried import CarriedPeriods
from pressfacts.statistics.period_change_levels import (
    LONG_REACH,
    change_level,
    level_dated_after,
    to_level_of_year,
)
from pressfacts.statistics.period_choice import EVENT_KINDS as _EVENT_KINDS
from pressfacts.statistics.period_choice import choose_period
from pressfacts.statistics.period_clauses import (
    clause_periods,
    compares_back_sentence,
    contrasted,
    in_bracketed_yardstick,
)
from pressfacts.statistics.period_comparisons import (
    ALIKE_DAYS,
    anchored_main,
    compared_after,
    comparison_before,
    comparison_period,
    comparison_reaching,
    comparisons_before,
    past_comparison,
    takes_no_comparison,
    within,
)
from pressfacts.statistics.period_event_lists import with_event_lists
from pressfacts.statistics.period_events import (
    EVENT_DATED,
    EVENT_NAMED,
    EVENT_REFERRED,
    POWER_REFERRED,
    event_after_yardstick,
    event_clause_period,
    event_referred_lead,
    spans_event,
    told_back,
)
from pressfacts.statistics.period_figure_back import back_sentence, yardstick_to_before
from pressfacts.statistics.period_future import (
    coming_main,
    dates_to_come,
    future_change,
    past_mains,
    planned_count,
)
from pressfacts.statistics.period_lead_ins import LEAD_IN_RULES, opening_period
from pressfacts.statistics.period_levels import (
    before_baseline,
    measured_level,
    reached_level,
    yardsticks_own_count,
)
from pressfacts.statistics.period_narrative import narrative_nearest, narrative_period
from pressfacts.statistics.period_now import held_now
from pressfacts.statistics.period_own_clauses import before_said
from pressfacts.statistics.period_quoted_shares import quoted_share_period
from pressfacts.statistics.period_range_levels import (
    earlier_half_of,
    range_level,
    started_from,
    yardstick_after,
    year_before_level,
)
from pressfacts.statistics.period_referring_lists import referring_list_lead
from pressfacts.statistics.period_refers import is_yardstick_span
from pressfacts.statistics.period_release_leads import with_release_lead
from pressfacts.statistics.period_rules import shifted
from pressfacts.statistics.period_spans import change_between_levels
from pressfacts.statistics.period_such import counts_such
from pressfacts.statistics.period_to_date import befores_of, closed_before_now, to_date_reference
from pressfacts.statistics.periods import UNRESOLVED

_EVENT_REACH = 600
"""How far after a figure (characters) the sentence dating its event may stand."""
_EVENT_BACK_REACH = 1500
"""How far before a figure (characters) the sentence dating the event it names may stand."""

_OPENING_REACH = 160
"""How far into a sentence (characters) its back-reference opening may run (", …, made up")."""
_BACK_SENTENCES = 3
"""How many sentences back a back-reference looks for a stated period."""
_NOT_MAIN = (*_EVENT_KINDS, UNRESOLVED, "previous", "baseline")


class DocumentPeriods:
    """The periods of one document and the lead-ins among them, read once per document."""

    def __init__(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        periods: Sequence[PeriodFinding],
        published: dt.date | None = None,
    ) -> None:
        self._published = published
        self.comparison = comparison_period(periods)
        self._comparisons = comparisons_before(periods, sentences)
        self._earlier_halves = [p for p in periods if p.kind == "previous" and p.anchor]
        self._leads: list[tuple[int, int, PeriodFinding, str]] = []
        self._trailers: list[tuple[int, PeriodFinding]] = []
        self._events: list[tuple[int, PeriodFinding]] = []
        by_start = {p.start_char: p for p in periods if p.kind not in _EVENT_KINDS}
        starts = sorted(by_start)
        self._sentences = sentences
        self._sentence_starts = [s_start for s_start, _end in sentences]
        self._lead = next((s for s in self._sentence_starts if s >= headline_end(text)), None)
        self._mains: list[PeriodFinding | None] = []
        main_cursor = 0
        main_periods = [
            p
            for p in periods
            if p.kind not in _NOT_MAIN
            and not in_bracketed_yardstick(text, p)
            and yardsticks.yardstick_date(text, p.start_char) is None
        ]  # "(2023/24: 1,102)", "compared with £840 in 2021" date their own figure only
        main_starts = sorted(p.start_char for p in main_periods)
        main_by_start = {p.start_char: p for p in main_periods}
        for s_start, s_end in sentences:
            while main_cursor < len(main_starts) and main_starts[main_cursor] < s_start:
                main_cursor += 1
            inside = main_cursor < len(main_starts) and main_starts[main_cursor] < s_end
            back = back_sentence(text, s_start, s_end)
            main = main_by_start[main_starts[main_cursor]] if inside and not back else None
            main = sentence_main(text, s_start, s_end, main, main_periods)
            self._mains.append(main or (None if back else anchored_main(periods, s_start, s_end)))
        self._first_main = next((main for main in self._mains if main is not None), None)
        self._carried = CarriedPeriods(self._mains)  # rule carried_back_reference
        self._text = text
        cursor = 0
        for s_start, s_end in sentences:
            while cursor < len(starts) and starts[cursor] < s_start:
                cursor += 1
            if cursor == len(starts) or starts[cursor] >= s_end:
                self._leads.extend(event_referred_lead(text, s_start, s_end, self._events))
                before = bisect_right(self._sentence_starts, s_start) - 1  # "They included:"
                mains = self._mains[max(0, before - _BACK_SENTENCES) : max(0, before)]
                self._leads.extend(referring_list_lead(text, s_start, s_end, mains))
                continue
            period = opening_period(by_start, starts, cursor, s_end)
            opening = text[s_start : period.start_char]
            sentence = text[s_start:s_end].rstrip()
            s_end = s_start + len(sentence)  # a sentence may hold the newline after it
            dated = EVENT_DATED.match(sentence) and period.kind != UNRESOLVED
            if dated or spans_event(text, s_start, opening, period):  # "… patrols in 12 towns …"
                self._events.append((s_start, period))
            bare = partial(reach.states_no_figure, text, s_start, s_end, periods)  # if a trailer
            if trails(sentence, period.start_char - s_start, bare):
                self._trailers.append((s_start, period))
                continue
            for rule in () if is_ranked(text, period) else LEAD_IN_RULES:  # a month's rank
                if rule.name == "list_lead_in" and not (
                    sentence.endswith(":") and len(sentence) - len(opening) < 60
                ):
                    continue
                after = text[period.end_char : s_end]
                phrase = text[period.start_char : period.end_char]
                if (
                    rule.opens(opening, text, period)
                    and (not rule.follows or rule.follows.match(after))
                    and (not rule.phrase or rule.phrase.fullmatch(phrase))
                ):
                    self._leads.append((s_end, rule.reach(text, s_end), period, rule.name))
                    break
        self._leads = with_event_lists(self._leads, text, sentences, self._events, periods)
        self._leads = with_bullet_lists(self._leads, text, sentences, self._mains)
        self._leads = with_release_lead(self._leads, text, sentences, periods, published)
        self._leads = reach.cut_at_restated(self._leads, text, sentences, self._mains)
        self._lead_starts = [lead[0] for lead in self._leads]
        self._trailer_starts = [trailer[0] for trailer in self._trailers]
        self._event_starts = [event[0] for event in self._events]

    def dated_event(self, absolute: int) -> PeriodFinding | None:
        """The period of the sentence dating an event shortly after ``absolute``, if any
        ("… 64 arrests during a week of action. The operation ran from 6 to 12 May.")."""
        index = bisect_right(self._event_starts, absolute)
        if index == len(self._events) or self._events[index][0] > absolute + _EVENT_REACH:
            return None
        return self._events[index][1]

    def event_before(self, absolute: int) -> PeriodFinding | None:
        """The period of an event dated not far before ``absolute`` (:func:`.told_back`)."""
        index = bisect_right(self._event_starts, absolute) - 1
        if index < 0 or absolute - self._events[index][0] > _EVENT_BACK_REACH:
            return None
        return told_back(self._events[index][1])

    def back_reference(self, s_start: int, change: str | None = None) -> PeriodFinding | None:
        """For a sentence at ``s_start`` that opens with a back-reference, the main
        period of the nearest of the few sentences before it that states one (of the
        rule's kind: :func:`.refers_to`); for a breakdown of the release's figures
        (:data:`RELEASE_BREAKDOWNS`) with none stated there, the first main period of the
        document; a sentence in the present perfect takes the main period when it runs to
        P (:mod:`.period_to_date`)."""
        opening = self._text[s_start : s_start + _OPENING_REACH]
        index = bisect_right(self._sentence_starts, s_start) - 1
        mains = past_mains(self._mains, self._sentence, self._sentence(index), self._published)
        if surveyed := surveyed_main(opening, mains, index, self._sentence):
            return surveyed  # "The survey found that 61 …": the survey's own period
        names = back_reference_names(opening)
        if whole := partitives.partitive_whole(opening, self._text, self._sentences, mains, index):
            # "Wirral accounted for 1,310 of the witnesses": their sentence's (or its whole's)
            return whole_of_part(self._text, whole, mains[: max(index, 0)])
        if partitives.undated_done_whole(opening, self._text, self._sentences, mains, index):
            return None  # "Eleven of the stolen cars", stolen on no stated day
        if not names:
            main = self.nearest_main_before(s_start, speech=True)
            main = whole_of_part(self._text, main, mains[: max(index, 0)])
            return to_date_reference(opening[:80], main, self._published)
        back = max([_BACK_SENTENCES, *(LONG_REACH.get(name, 0) for name in names)])
        befores = range(index - 1, max(-1, index - 1 - back), -1)
        main = referred_main(names, mains, befores, self._sentence, change)
        if main is not None:
            return whole_of_part(self._text, main, mains[: max(index, 0)])
        stated = any(mains[i] is not None for i in befores)
        if not stated and any(name in RELEASE_BREAKDOWNS for name in names):
            return next((m for m in mains[: max(index, 0)] if m is not None), None)
        return None if stated else self._carried.nearest(befores, names)

    def _surveyed_after(
        self, s_start: int, own: Sequence[PeriodFinding], lead: object
    ) -> PeriodFinding | None:
        """A survey's lead figure dated by a sentence after it (:func:`.survey_dated_after`)."""
        index = bisect_right(self._sentence_starts, s_start) - 1
        return None if own or lead else survey_dated_after(index, self._mains, self._sentence)

    def nearest_main_before(self, s_start: int, speech: bool = False) -> PeriodFinding | None:
        """The main period of the nearest of the few sentences before the one at ``s_start``
        that states one (:data:`_BACK_SENTENCES`, past ``speech``: :func:`.befores_of`)."""
        index = bisect_right(self._sentence_starts, s_start) - 1
        befores = befores_of(index, self._text, self._sentences, _BACK_SENTENCES, speech)
        mains = past_mains(self._mains, self._sentence, self._sentence(index), self._published)
        return next((mains[i] for i in befores if mains[i] is not None), None)

    def _sentence(self, index: int) -> str:
        """The text of the document's sentence ``index``."""
        start, end = self._sentences[index]
        return self._text[start:end]

    def baseline_to_before(self, s_start: int, baseline: PeriodFinding) -> PeriodFinding:
        """``baseline-to-before``: a change whose sentence states only its yardstick ("Reports
        rose by 58% compared with 2022") is about the main period of the nearest of the few
        sentences before that states one ("73 reports in 2023"): from the yardstick's start
        to that period's end, when it ends later; else the yardstick alone, as before. A
        yardstick told from a span stated before, already spanning it, stays as it is."""
        if baseline.anchor is not None and baseline.end >= baseline.anchor[1]:
            return baseline  # "In 2025/26 … . … rose by 38% compared with the year before"
        main = self.later_than(s_start, baseline)
        if main is None:
            return baseline
        return replace(baseline, end=main.end, kind="comparison")

    def later_than(self, s_start: int, baseline: PeriodFinding) -> PeriodFinding | None:
        """The period a bare yardstick ``baseline`` of the sentence at ``s_start`` is
        compared with: the main period of its own sentence or of the nearest of the few
        sentences before that states one, else the document's first main period (its
        lead's), whichever comes first that starts after the yardstick ends (a "since"
        span: after it starts), one as long as the yardstick first (like for like: "to
        £153,000, from £121,000 in 2023/24" is the next year's, not a quarter's); None
        when none does."""
        index = bisect_right(self._sentence_starts, s_start) - 1
        befores = range(index, max(-1, index - 1 - _BACK_SENTENCES), -1)
        mains = [self._mains[i] for i in befores] + self._mains[: max(index, 0)]
        bound = baseline.start if baseline.kind == "since" else baseline.end  # since: its start
        later = [m for m in mains if m and m.kind != UNRESOLVED and m.start > bound]
        days = (baseline.end - baseline.start).days
        alike = (m for m in later if abs((m.end - m.start).days - days) <= ALIKE_DAYS)
        return next(alike, later[0] if later else None)

    def lead_in(self, absolute: int, at: int = -1) -> PeriodFinding | None:
        """The lead-in period governing the figure at ``absolute`` (:func:`.governing_lead`); none
        in a sentence at ``at`` naming its whole before (:func:`.done_part_whole`) or an aim."""
        named = at >= 0 and partitives.done_part_whole(self._text, self._sentences, self._mains, at)
        held = named or reach.aim_sentence(self._text, at)
        return None if held else reach.governing_lead(self._leads, self._lead_starts, absolute)

    def trailer(self, absolute: int) -> PeriodFinding | None:
        """The dated period of a trailing statement shortly after ``absolute``, if any."""
        index = bisect_right(self._trailer_starts, absolute)
        if index == len(self._trailers):
            return None
        t_start, period = self._trailers[index]
        if t_start > absolute + TRAILER_REACH or period.kind == UNRESOLVED:
            return None
        return period

    def earlier_halves(self) -> Sequence[PeriodFinding]:
        """The earlier periods of the document's comparisons, in text order."""
        return self._earlier_halves

    def earlier_half(
        self, absolute: int, chosen: PeriodFinding, until: int | None = None
    ) -> PeriodFinding:
        """The period of a level a change started from (:func:`.earlier_half_of`)."""
        return earlier_half_of(self._text, self._earlier_halves, absolute, chosen, until)

    def figure_period(
        self,
        sentence: str,
        s_start: int,
        absolute: int,
        change: str | None,
        sentence_periods: Sequence[PeriodFinding],
        unit: str = "",
    ) -> PeriodFinding | None:
        """The period of the figure (of ``unit``) at ``absolute`` (document offset) of
        ``sentence``; never an undated phrase's placeholder, never inverted."""
        period = self._figure_period(sentence, s_start, absolute, change, sentence_periods, unit)
        if period is None or period.kind == UNRESOLVED or period.start > period.end:
            return None
        period = planned_count(period, sentence[: absolute - s_start], self._published)
        period = bracketed_year_named(self._text, absolute, period)
        period = quoted_share_period(period, self._text, absolute, unit, change, sentence_periods)
        before = sentence[: absolute - s_start]
        period = period and held_now(
            period, sentence, change, sentence_periods, self._published, before, s_start
        )
        return self._carried.noted(bisect_right(self._sentence_starts, s_start) - 1, period, change)

    def _figure_period(
        self,
        sentence: str,
        s_start: int,
        absolute: int,
        change: str | None,
        sentence_periods: Sequence[PeriodFinding],
        unit: str,
    ) -> PeriodFinding | None:
        own = clause_periods(sentence, s_start, absolute, sentence_periods)
        own = yardsticks.later_level_own(self._text, absolute, own, _EVENT_KINDS)
        if change is None:  # "310 arrests, 40 more than last year": the change's yardstick,
            # but "compared with 95 in 2015/16" is the yardstick's own count
            own = [
                p
                for p in own
                if p.kind != "baseline"
                or p.start_char < absolute
                or yardsticks_own_count(self._text, absolute, p.start_char)
            ]
        event = event_clause_period(sentence, s_start, absolute, sentence_periods, own)
        if event:  # "… during the 2025 pilot, which ran from March to December"
            return event  # "… during the operation, which ran from 3 to 9 May"
        if any(p.kind != UNRESOLVED for p in own):
            linked = [p for p in sentence_periods if not contrasted(sentence, s_start, absolute, p)]
            chosen = choose_period(absolute, change, own, linked, self._text)
            if chosen and not change:
                chosen = past_comparison(sentence, s_start, absolute, chosen, own, linked)
            if chosen and change:  # "… in 2023, compared with 980 in 2020, up 27%": both
                chosen = change_between_levels(sentence, s_start, absolute, chosen, linked)
                chosen = compared_after(sentence, s_start, absolute, chosen, linked)
                if len(linked) == 1 and is_yardstick_span(self._text, chosen):
                    # "almost double the figure for April to June" after a later quarter
                    chosen = self.baseline_to_before(s_start, chosen)
            if chosen and change and yardstick_to_before(self._text, s_start, chosen, linked):
                chosen = self.baseline_to_before(s_start, chosen)
            elif chosen and change and compares_back_sentence(self._text, s_start):
                chosen = self.baseline_to_before(s_start, chosen)  # "That compares with …"
            dated = chosen and level_dated_after(
                sentence, absolute - s_start, s_start, change, chosen, linked
            )
            if dated:  # "rose by 14% on the year before, to 1,146 in 2024/25"
                return dated
            if chosen and to_level_of_year(sentence, absolute - s_start, change, chosen):
                start, _end = shifted(chosen.start, chosen.end, -1)
                return replace(chosen, start=start, kind="comparison")
            if chosen and change is None:  # "rose by 14% …, compared with …, to 2,940"
                chosen = reached_level(sentence, s_start, absolute, chosen, linked)
            if (
                chosen
                and change is None
                and (year := range_level(sentence, s_start, absolute, chosen, self._published))
            ):
                return year  # "fell from 128 to 97 between 2022 and 2024": 2022's, 2024's
            if chosen and change is None and started_from(sentence, absolute - s_start):
                earlier = self.earlier_half(absolute, chosen, s_start + len(sentence))
                return year_before_level(sentence, absolute - s_start, chosen, earlier)
            if chosen and change is None and before_baseline(sentence, s_start, absolute, chosen):
                return self.later_than(s_start, chosen)  # "486, a rise of 57 on 2024/25"
            if chosen and change is None:  # a count before its yardstick: the later period
                return measured_level(sentence, s_start, absolute, chosen)
            return chosen
        if not own and change is None:  # "538 arrests, compared with 412 the year before"
            yardstick = yardstick_after(sentence, s_start, absolute, sentence_periods)
            stick = yardsticks.level_yardstick_before(self._text, sentence_periods, absolute)
            if stick and (compared_with := self.later_than(s_start, stick)):
                return compared_with  # "…, from 301 in 2024/25, and 98 …": 2025/26's
            if yardstick is not None and before_baseline(sentence, s_start, absolute, yardstick):
                event = event_after_yardstick(sentence, self.dated_event(absolute), yardstick)
                return self.later_than(s_start, yardstick) or event
            if yardstick is not None:
                level = measured_level(sentence, s_start, absolute, yardstick)
                if level is not yardstick:  # the later period the comparison is anchored on
                    return level
        if not own and (
            event := event_clause_period(sentence, s_start, absolute, sentence_periods)
        ):
            return event  # "… during the operation, which ran from 3 to 9 May"
        lead = self.lead_in(absolute, s_start)
        if lead is not None and lead.kind != UNRESOLVED:
            compared = comparison_reaching(self.comparison, self._text, absolute, lead)
            if change and compared and within(lead, compared):  # a paragraph comparing two periods
                return None if takes_no_comparison(sentence, absolute - s_start) else compared
            if change is None and started_from(sentence, absolute - s_start):
                return self.earlier_half(absolute, lead)  # "… dropped from 1,120 to 905"
            return lead
        if not own and lead is None:
            referred = self.back_reference(s_start, change)
            if referred is None and counts_such(sentence, absolute - s_start):
                referred = self.nearest_main_before(s_start)
            if (
                referred is not None
                and change is None
                and started_from(sentence, absolute - s_start)
            ):
                return self.earlier_half(absolute, referred)  # "In Hove it halved, from 80"
            compared = comparison_reaching(self.comparison, self._text, absolute, referred)
            if referred is not None and change and compared and within(referred, compared):
                return compared  # "In Hove it halved": the change compares both periods
            if referred is not None and not closed_before_now(
                sentence[: absolute - s_start], referred, self._published
            ):
                return referred
        reached = None if own or lead or change else change_level(sentence, s_start, absolute, self)
        if reached is not None:  # "fell by 7% to 18,240"
            return reached
        compared = comparison_before(self._comparisons, absolute) or self.comparison
        before = sentence[: absolute - s_start]
        if not own and lead is None and dates_to_come(before, change):
            coming = coming_main(self.nearest_main_before(s_start), self._published)
            if coming is not None or (compared and future_change(before)):
                return coming  # "will rise by £14 …, taking it to £280.22": the year it is set for
        if not own and lead is None and change and compared:
            return None if takes_no_comparison(sentence, absolute - s_start) else compared
        # a lead (the first sentence after any headline) tells of what the next ones date
        names_event = EVENT_NAMED.search(sentence) or s_start == self._lead
        event = self.dated_event(absolute) if names_event else None
        if event is None and (EVENT_REFERRED.search(sentence) or POWER_REFERRED.search(sentence)):
            event = self.event_before(absolute)  # "… as a result of this operation"
        event = event or self.trailer(absolute) or self._surveyed_after(s_start, own, lead)
        if event is None and not own and lead is None and change is None:
            told, stated = before_said(sentence, s_start, absolute, sentence_periods, _EVENT_KINDS)
            near = narrative_nearest(self._text, self._sentences, self._mains, s_start)
            return narrative_period(told, unit, stated, near, self._first_main, self._text)
        return event
