"""The period and figure stages read a Doc with a doubled space as one
(:mod:`pressfacts.space_runs`): "rose by eight  per cent", "across Northern  Ireland",
"in its first four  weeks" read as with one space.

The stage reads the copy without the extra spaces: what earlier stages left on the Doc
(the entity mentions, the periods) is mapped into the copy's offsets, and what the stage
finds is mapped back, so every offset is still one into ``document.text``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from spacy.tokens import Doc

from pressfacts.doc_text import doc_text
from pressfacts.extensions import ENTITY_SPAN_GROUP
from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.space_runs import Compacted, compacted
from pressfacts.statistics.areas import Body

ReadFigures = Callable[[Doc, str, list[Body], list[PeriodFinding]], list[StatisticFinding]]
"""A stage's reading of a Doc: (Doc, its text, entity mentions, periods) -> figures."""


def periods_back(read: Compacted, periods: Sequence[PeriodFinding]) -> list[PeriodFinding]:
    """``periods`` found in the copy, at the Doc's offsets."""
    return [_period_moved(period, read.span) for period in periods]


def _period_moved(
    period: PeriodFinding, move: Callable[[int, int], tuple[int, int]]
) -> PeriodFinding:
    start, end = move(period.start_char, period.end_char)
    return replace(period, start_char=start, end_char=end)


def figures_across_doubled_spaces(doc: Doc, read_figures: ReadFigures) -> list[StatisticFinding]:
    """``read_figures`` of ``doc`` (with its entity mentions and periods), or of its copy
    without extra spaces when its text holds a doubled space, the figures then mapped back
    to ``doc``'s offsets."""
    text = doc_text(doc)
    spans = doc.spans.get(ENTITY_SPAN_GROUP, [])
    bodies = [Body(s.start_char, s.end_char, s.label_, s.id_) for s in spans]
    periods = doc._.periods or []
    read = compacted(doc, text)
    if read is None:
        return read_figures(doc, text, bodies, periods)
    inside = [_body_into(read, body) for body in bodies]
    read.doc._.periods = [_period_moved(period, read.into) for period in periods]
    figures = read_figures(read.doc, read.text, inside, read.doc._.periods)
    return [_figure_back(read, figure) for figure in figures]


def _body_into(read: Compacted, body: Body) -> Body:
    start, end = read.into(body.start, body.end)
    return body._replace(start=start, end=end)


def _figure_back(read: Compacted, figure: StatisticFinding) -> StatisticFinding:
    start, end = read.span(figure.start, figure.end)
    period = None if figure.period is None else _period_moved(figure.period, read.span)
    return replace(figure, start=start, end=end, period=period)
