"""The statistic reader of stage 3b: every figure of a Doc's sentences, read into a
statistic finding (qualifier, change, unit, rate, area and period), built once from the cue
table, the place gazetteers and the bodies that stand for areas.

:class:`StatisticReader` is what :class:`pressfacts.statistics.component.NumberFinder` (the
spaCy component) calls for each document; it lives apart from the component so that each
module keeps to one job (the component wires configuration and extensions, this reads)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from itertools import chain

from spacy.tokens import Doc

from pressfacts.findings import PeriodFinding, StatisticFinding, as_change, as_per, as_qualifier
from pressfacts.lexicon.number_words import WORD_NUMBER, parse_number, tidy
from pressfacts.models.resources import OrganisationEntry, StatisticCue
from pressfacts.phrase_arrays import PhraseArrays
from pressfacts.statistics import referred_figures as referred
from pressfacts.statistics.areas import (
    BOTH,
    SCOPE_PLACE,
    AreaReader,
    Body,
    Place,
    joined,
)
from pressfacts.statistics.bare_yardsticks import dated_bare_yardsticks
from pressfacts.statistics.changes import ChangeContext, ChangeReader, cue_pattern
from pressfacts.statistics.checks import FROM_TO, checked_findings, compared_change
from pressfacts.statistics.compared_units import COMPARED_BEFORE, COMPARED_WORD, compared_word_unit
from pressfacts.statistics.count_ranges import range_bound
from pressfacts.statistics.done_wholes import names_other_whole
from pressfacts.statistics.elided_counts import elided_rule
from pressfacts.statistics.elided_reported import further_previous_sentence
from pressfacts.statistics.elided_spans import clause_span, same_span
from pressfacts.statistics.elided_subjects import elided_subject, level_counts
from pressfacts.statistics.figure_areas import FigureContext, figure_area
from pressfacts.statistics.figures import candidate_figures
from pressfacts.statistics.force_subjects import one_force_area
from pressfacts.statistics.gloss_units import glossed_noun
from pressfacts.statistics.headlines import after_headline
from pressfacts.statistics.lead_sentences import lead_sentence
from pressfacts.statistics.level_subjects import level_subject
from pressfacts.statistics.list_units import ITEM_LINE, list_lead_unit
from pressfacts.statistics.measures import figure_measure
from pressfacts.statistics.named_wholes import named_whole
from pressfacts.statistics.nations import is_country
from pressfacts.statistics.paragraph_leads import leads_across
from pressfacts.statistics.part_places import PART_OPENING_SENTENCE, in_remit_clause
from pressfacts.statistics.part_wholes import (
    REMAINDER,
    TRAILING_LEAD,
    clause_whole,
    is_yardstick,
    lead_whole,
    own_group,
    pointed_area,
    stated_whole,
)
from pressfacts.statistics.partitives import partitive_noun, partitive_opening
from pressfacts.statistics.partner_cues import partnered
from pressfacts.statistics.period_context import DocumentPeriods
from pressfacts.statistics.period_descriptions import carry_described_periods, stated_sentences
from pressfacts.statistics.period_groups import carry_group_periods
from pressfacts.statistics.period_now import told_as_now
from pressfacts.statistics.period_parallels import parallel_period
from pressfacts.statistics.period_place_parts import carry_place_breakdowns
from pressfacts.statistics.period_roundings import restate_periods, rounded_periods
from pressfacts.statistics.place_name_numbers import outside_place_names
from pressfacts.statistics.place_roles import figure_places, narrative_places
from pressfacts.statistics.place_wording import (
    LIST_ITEM,
    covers_area,
    dateline,
    list_area,
    placeless_list_area,
    referred_area,
)
from pressfacts.statistics.qualifier_particles import particle_rule
from pressfacts.statistics.qualifiers_after import qualifier_after
from pressfacts.statistics.rate_periods import restated_rate_periods
from pressfacts.statistics.rates import stated_rate
from pressfacts.statistics.reading_state import DocumentState, SentenceReading
from pressfacts.statistics.referred_figures import PLACELESS, points_back, refer_back
from pressfacts.statistics.region_areas import region_area
from pressfacts.statistics.release_country import issuer_country, release_country
from pressfacts.statistics.repeated_figures import repeated_in_district
from pressfacts.statistics.restated_wholes import RESTATED_BARE_WHOLE
from pressfacts.statistics.restatements import one_figure_restated
from pressfacts.statistics.rule_gates import CaseBlind
from pressfacts.statistics.said_share_leads import said_share_pointer
from pressfacts.statistics.sentence_referents import counted_again, sentence_referent
from pressfacts.statistics.service_areas import service_area
from pressfacts.statistics.share_wholes import share_whole
from pressfacts.statistics.sibling_areas import compared_area, further_area, respectively
from pressfacts.statistics.table_figures import with_table_figures
from pressfacts.statistics.units import (
    OF_THESE,
    UnitContext,
    count_unit,
    last_counted,
    noun_after,
    pointed_back_unit,
)
from pressfacts.statistics.word_parts import word_part_unit

_THE_BEFORE = re.compile(r"\bthe\s*$", re.I)
PART_OF_THE = re.compile(rf"\b(?:\d[\d,]*|{WORD_NUMBER})\s+of\s+the\s*$", re.I)
"""Rule ``part-of-the-word-whole``: "three of the seven checks": a whole in words counts."""
YARDSTICK_THE = re.compile(
    r"\b(?:double|twice|treble|triple|times|compared\s+(?:with|to)|than|against|(?:up|down)\s+from)"
    r"\s+the\s*$",
    re.I,
)
"""Rule ``yardstick-the-word``: a yardstick in words after "the" counts, as one in digits
does ("more than double the nine reported in 2024", "compared with the four recorded a year
earlier", "three times the nine it made the year before") when it has no noun of its own
and takes the count's before it; not "the six police forces" (no comparison), nor "more
than the two forces managed" (a noun of its own)."""
REMAINDER_THE = re.compile(r"\s*other(?:s\b|\s+(?!than\b|words?\b)[a-z])", re.I)
"""Rule ``remainder-the-word``: a count in words after "the" counts when "others" or
"other" and a noun follows it: the rest of a group, a figure of its own ("The seven others
received suspended sentences", "the four other men were released"); not "the six police
forces" (refers back), nor "the two other than …"."""


class StatisticReader:
    """Reads figures out of a Doc; built once from the cue table and place names."""

    def __init__(
        self,
        cues: Sequence[StatisticCue],
        places: Sequence[str],
        bodies: Sequence[OrganisationEntry] = (),
        make_doc: Callable[[str], Doc] | None = None,
        within: Sequence[str] = (),
        towns: Sequence[str] = (),
        phrases: PhraseArrays | None = None,
    ) -> None:
        qualifier = cue_pattern(cues, "qualifier", r"(?:^|[^\w])(?P<cue>{})\s*$")
        self._qualifier = CaseBlind(qualifier)
        self.changes = ChangeReader(cues)
        self._cue_values = {word.lower(): cue.value for cue in cues for word in cue.words}
        self.areas = AreaReader(places, bodies, make_doc, within, towns, phrases)

    # -- reading the words around a number --------------------------------------------

    def _qualifier_of(self, before: str) -> tuple[str | None, int]:
        match = self._qualifier.search(before)
        if not match or particle_rule(before):  # "handing over £210,000": a particle
            return None, 0
        return self._cue_values[match.group("cue").lower()], len(before) - match.start("cue")

    def read(
        self,
        text: str,
        sentences: Sequence[tuple[int, int]],
        periods: Sequence[PeriodFinding],
        masked: Sequence[tuple[int, int]],
        bodies: Sequence[Body] = (),
        numbered: Sequence[list[int] | None] | None = None,
        doc: Doc | None = None,
    ) -> list[StatisticFinding]:
        """Every statistic of a document, its pipe tables' too; ``bodies``: the entity
        mentions (forces, charities stand for their areas); ``masked``: no places; figures
        are looked for where ``numbered`` says numbers start (everywhere when None)."""
        bodies = bodies or [Body(s, e, "", "") for s, e in masked]
        places = self.areas.places_and_bodies(text, bodies, doc)
        document_area = self.areas.document_area(
            text, lead_sentence(text, sentences), places, bodies, self.areas.tree
        )[0] or service_area(text, sentences, places)
        state = DocumentState(
            text=text,
            periods=DocumentPeriods(text, sentences, periods, doc._.published if doc else None),
            document_area=document_area,
            issuer_country=release_country(issuer_country(places, bodies), document_area, places),
            force_area=one_force_area(places),
        )
        place_index = period_index = 0
        ordered_periods = sorted(periods, key=lambda p: p.start_char)
        for index, (s_start, s_end) in enumerate(sentences):
            sentence_places: list[Place] = []  # one sweep over places and periods
            while place_index < len(places) and places[place_index].start < s_end:
                if places[place_index].start >= s_start:
                    sentence_places.append(places[place_index])
                place_index += 1
            sentence_periods: list[PeriodFinding] = []
            while period_index < len(ordered_periods) and (
                ordered_periods[period_index].start_char < s_end
            ):
                if ordered_periods[period_index].start_char >= s_start:
                    sentence_periods.append(ordered_periods[period_index])
                period_index += 1
            starts = None if numbered is None else numbered[index]
            if starts == [] and not sentence_places:  # no number, no place: nothing read
                sentence = text[s_start:s_end]  # but a list's lead-in keeps the place before
                state.list_area = placeless_list_area(sentence, state.lead_in_area, state.list_area)
                state.lead_in_area = None
                continue
            self._read_sentence(
                state,
                SentenceReading(index, s_start, s_end, sentence_places, sentence_periods),
                starts,
            )
        findings = repeated_in_district(state.findings, self.areas.tree)
        stated = stated_sentences(sentences, periods)  # what no undated carry reaches into
        described = carry_described_periods(text, sentences, findings, stated)
        grouped = carry_place_breakdowns(
            text, sentences, carry_group_periods(text, sentences, described, stated), stated
        )
        restated = after_headline(text, rounded_periods(restate_periods(refer_back(grouped, text))))
        found = one_figure_restated(text, checked_findings(restated, state.spans, periods))
        found = dated_bare_yardsticks(text, found)  # "…, down from 4,380.": a year before
        found = restated_rate_periods(text, found)  # "…, to 4,730 – 13 a day"
        return with_table_figures(found, text, sentences, periods, places, document_area)

    def _read_sentence(
        self, state: DocumentState, at: SentenceReading, starts: list[int] | None
    ) -> None:
        """The figures of one sentence, then what it leaves for the next (a lead-in place,
        the last area named)."""
        text = state.text
        sentence = text[at.start : at.end]
        named = at.places  # every place found, before the figures' own are chosen
        if "respectively" not in sentence.lower():
            at.places = [
                p
                for p in figure_places(text, joined(text, at.places))
                if not partnered(text, p) and not dateline(text, p)
            ]
        item = bool(LIST_ITEM.match(sentence))
        if item and state.list_area:
            state.lead_in_area = state.list_area  # each line of a list keeps its lead-in
        raw = candidate_figures(sentence, starts) if starts is None or starts else []
        raw = outside_place_names(raw, sentence, at.start, named)  # "Three Rivers"
        if raw:
            at.partitive = partitive_opening(sentence)
            at.region_area = region_area(
                text,
                (at.start, at.end),
                self.areas.tree,
                state.last_area,
                state.issuer_country,
                state.document_area,
                [(p.start, p.area) for p in at.places],
                state.last_region,
            )
        found: list[StatisticFinding] = []
        for number in range(len(raw)):
            finding = self._figure(state, at, sentence, raw, number, found)
            if finding is not None:
                found.append(finding)
        span = FROM_TO.search(sentence) if found else None  # read by the checks of found
        if span:
            a, b = parse_number(span.group("a")), parse_number(span.group("b"))
            if a is not None and b is not None:
                state.spans[at.index] = (a, b)
        found = respectively(sentence, at.places, found, at.start)
        state.findings.extend(found)
        counts = [f for f in found if f.unit not in ("percent", "times") and not is_yardstick(f)]
        state.compared_only = at.index if found and not counts else state.compared_only
        counts = level_counts(counts, text)  # "1,380, a rise of 310"; "68 thefts, costing £2.3m"
        # a breakdown's line ("- Hull: 40") is a part: what follows cites the total
        if not ITEM_LINE.match(sentence.strip("\n")):
            state.last_count = counts[-1] if counts else state.last_count
        state.lead_in_area = None
        if at.places:
            state.last_area = referred_area(text, at.places, SCOPE_PLACE)
            if self.areas.tree.is_region(state.last_area):
                state.last_region = state.last_area
            if len(at.places) >= 2 and BOTH.search(text, at.end, at.end + 200):
                # "More in Lancashire and Cumbria … In both counties, …"
                state.last_area = " and ".join(p.area for p in at.places[-2:])
            told = narrative_places(text, at.places) if not found else []
            if (
                not found
                and any(p.rule != "pcc" for p in told)
                and not in_remit_clause(text, at.start, told[0].start)  # remit-clause-no-lead-in
                and not REMAINDER.match(sentence)  # "The rest were in Hull.": no lead-in
                and not PART_OPENING_SENTENCE.match(sentence)  # rule part-opening-no-lead-in
                and leads_across(text, sentence, at.end, at.index == 0)
                and not covers_area(state.last_area, state.document_area, self.areas.tree)
            ):
                state.lead_in_area = state.last_area
        if not item:
            state.list_area = list_area(sentence, state.lead_in_area)

    def _figure(
        self,
        state: DocumentState,
        at: SentenceReading,
        sentence: str,
        raw: list[tuple[int, int, float, str, str | None]],
        number: int,
        found: list[StatisticFinding],
    ) -> StatisticFinding | None:
        """One candidate figure read in full (qualifier, change, unit, area, period, rate),
        or None when it is no statistic (a count with no noun, "the six forces")."""
        start, end, value, unit, change = raw[number]
        findings = state.findings
        # the figure "these", "that figure" point back to: the last count of a sentence before
        # (kept as read), or the last share when a share names its measure ("the figure was 28%")
        previous = referred.restated_share(state.last_count, sentence[:start], unit, findings)
        before, after = sentence[max(0, start - 40) : start], sentence[end:]
        elide = partial(  # past a sentence of comparisons only too
            elided_subject, state.last_count, at.index, sentence[:start], after,
            skipped=state.compared_only == at.index - 1, opening=at.start,
        )  # fmt: skip
        part_count = None if unit in ("percent", "times") else value  # a part within its whole
        whole = named_whole(after, [*findings, *found], part_count, state.text)
        lead_match = TRAILING_LEAD.match(after)
        if whole is None and not names_other_whole(lead_match, found, state.text, at.start + start):
            whole = clause_whole(after, found)  # "…, and 12 of them …"
        # "Of those arrested, nine … and 14 …": the count the lead-in names, for every
        # count of the sentence (the opening is the sentence up to its first figure)
        lead = lead_whole(sentence[: raw[0][0]], state.text, findings, at.start, after)
        lead = lead or stated_whole(at.partitive, at.start, found, findings, state.text)
        previous = whole or lead or previous  # "one in three of those reports": the reports
        qualifier, cue_length = self._qualifier_of(before)
        bare = before if COMPARED_BEFORE.search(before) else before[: len(before) - cue_length]
        if qualifier is None:  # "200 a year or so", "40-plus", "50 or more"
            qualifier, skipped = qualifier_after(sentence[end : end + 40])
            after = after[skipped:]
        bound = range_bound(sentence, start, end)  # "between 30 and 40 arrests"
        if qualifier is None and bound is not None:
            qualifier = bound.qualifier
        change, _change_rule = self.changes.change(
            ChangeContext(
                before=before[: len(before) - cue_length],
                reach=sentence[max(0, start - 100) : start - cue_length],
                after=after,
                unit=unit,
                given=change,
                gap=sentence[raw[number - 1][1] : start] if number and found else None,
                previous_change=found[-1].change if found else None,
            )
        )
        yardstick = None
        if change is None and unit == "percent":
            yardstick = compared_change(
                sentence[: start - cue_length], at.index, chain(reversed(found), reversed(findings))
            )
            change = yardstick.change if yardstick else None
        partitive = at.partitive
        pointer = points_back(sentence, start, unit or "") or said_share_pointer(
            sentence, start, unit or "", state.text, at.start
        )  # "Defra said about 4% of …" after Defra's count
        if pointer == referred.SHARE_OF_THOSE and not (previous and is_country(previous.area)):
            pointer = None  # "Nearly half of those …" after a count of a country only
        if pointer == "the-counted-cost" and not counted_again(sentence, previous):
            pointer = None  # "The bins cost £24,000" after a count of stabbings
        if pointer == "these-those" and (
            referent := sentence_referent(sentence, start, at.start, found)
        ):
            previous = referent  # "… on 410 churches, and claims from those churches fell 90%"
        part = bool(OF_THESE.match(after)) or partitive is not None or lead is not None
        anaphoric = pointer is not None or part
        is_word = sentence[start:end][:1].isalpha()
        if (
            is_word
            and _THE_BEFORE.search(before)
            and not PART_OF_THE.search(before)
            and not REMAINDER_THE.match(after)
            and not (
                YARDSTICK_THE.search(before)
                and compared_word_unit(before, after, last_counted(found))
            )
        ):
            return None  # "the six police forces" refers, it does not count
        if not unit and bound is not None and bound.lower:  # the upper bound's noun
            unit = noun_after(sentence[bound.upper_end :]) or ""
        unit_rule = "elided-count" if is_word and elided_rule(sentence[:start], after) else None
        of_share = share_whole(state.text, found, findings) if not unit else None
        if not unit and is_word:  # "five teachers", "six of them": a noun or a part
            unit = (
                noun_after(after)
                or word_part_unit(
                    sentence, start, end, found, findings, of_share, lead, at.index, value,
                    state.text[: at.start],  # the sentences before
                )
                or (partitive_noun(partitive) if value > 1 else "")  # "Of the arrests, nine"
                or level_subject(sentence[:start])  # "arrests fell from 19 to eight"
                or (lead.unit if lead is not None and value > 1 else "")
            )  # fmt: skip
            if not unit and (compared := compared_word_unit(bare, after, last_counted(found))):
                # "… with nearly six": a yardstick, like one in digits (its count's area)
                unit, unit_rule = compared, unit_rule or COMPARED_WORD
            unit = unit or (last_counted(found) if change else "")  # "41 deaths, nine more …"
            if not unit and not OF_THESE.match(after) and (elided := elide()):  # not "Four of them"
                unit, unit_rule = elided, "elided-subject"  # "Twenty were charged."
        if not unit and not is_word:
            counted = [f for f in found if f.unit not in ("percent", "times")]
            number_of = at.number_of(sentence)
            found_unit, unit_rule = count_unit(
                UnitContext(
                    after=after,
                    before=sentence[:start],
                    compared=bool(change or COMPARED_BEFORE.search(bare)),
                    counted_before=counted[-1].unit
                    if counted
                    else of_share
                    or further_previous_sentence(sentence[:start], state.last_count, at.index),
                    subject=lambda: at.subject(sentence),
                    partitive=partitive_noun(partitive),
                    number_of=number_of.group("noun") if number_of else None,
                    anaphoric_unit=pointed_back_unit(
                        after,
                        counted[-1].unit if counted else None,
                        # "64 of the 318 were women": the whole restated by its figure
                        previous.unit
                        if previous and (anaphoric or (whole and RESTATED_BARE_WHOLE.match(after)))
                        else None,
                    ),
                    elided=lambda: elided_rule(before, after, sentence[:start]) is not None,
                    level_subject=lambda: level_subject(sentence[:start]),
                    elided_subject=lambda: elide(findings, state.text),
                    list_lead=lambda: list_lead_unit(
                        state.text, at.start, sentence[:start], after, last_counted(findings)
                    ),
                    glossed=lambda: glossed_noun(
                        sentence[:start], after, counted[-1].unit if counted else of_share or ""
                    ),
                )
            )
            unit = found_unit or ""
        if not unit:
            return None
        absolute = at.start + start
        area, _area_rule = figure_area(
            FigureContext(
                text=state.text,
                sentence=(at.start, at.end),
                at=absolute,
                places=at.places,
                # of the count before; not only "over the same period" (a span's words)
                anaphoric=((part and not own_group(after)) or pointer not in (None, *PLACELESS))
                or unit_rule == "elided-subject"
                or elided_rule(sentence[:start], after) == "parallel_partitive"
                # "Almost two-thirds were …, and 73 involved vehicles": a part of the count
                # of a sentence before, as the share is (rule ``share_opening_alone``)
                or (of_share is not None and unit == of_share and not last_counted(found)),
                previous_area=pointed_area(
                    before, after, (value, unit, state.text, absolute), found, findings, previous
                ),
                region_area=at.region_area,
                last_area=state.last_area,
                lead_in_area=state.lead_in_area,
                document_area=state.document_area,
                country=state.issuer_country,
                compared_area=compared_area(unit_rule, change, found, sentence[:start]),
                force_area=state.force_area,
                further_area=further_area(unit_rule, found, sentence[:start], state.text),
                tree=self.areas.tree,
            )
        )
        period = state.periods.figure_period(sentence, at.start, absolute, change, at.periods, unit)
        period = parallel_period(state.text, absolute, change, period, found, at.periods)
        # "More than 400 were handed in", "Around 800 of the reports came from Leeds"
        back = anaphoric or whole is not None or unit_rule == "elided-subject"
        restates = (whole or pointer == referred.SHARE_RESTATED) and not at.periods
        now = told_as_now(sentence, change, at.periods)  # held-now-part, held-now-reported
        if (period is None or restates) and back and previous and not change and not now:
            period = previous.period
        if period is None and unit_rule == "elided-count" and change is None:
            # "… there were 1,920, while Stafford recorded 610": the count whose noun it
            # takes is counted over the same span (not a yardstick's: "…, compared with 802
            # a year earlier, while Hull recorded 97")
            period = next((f.period for f in reversed(found) if same_span(f, unit)), None)
        if change is None:  # an elided count, a share, a part, a count opening a clause
            period = clause_span(period, absolute, (before, after), found, unit, whole, unit_rule)
        if period is None and yardstick:
            period = yardstick.period  # the average is of the same comparison
        following = raw[number + 1][0] if number + 1 < len(raw) else len(sentence)
        return StatisticFinding(
            start=absolute - cue_length,
            end=at.start + end,
            value=tidy(value),
            unit=unit,
            qualifier=as_qualifier(qualifier),
            change=as_change(change),
            measure=figure_measure(sentence, end, unit, at.number_of),
            area=area,
            per=as_per(stated_rate(sentence[end:following])),  # not the next figure's rate
            period=period,
            sentence=at.index,
        )
