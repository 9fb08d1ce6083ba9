"""Figures in a pipe table: one statistic a numeric cell, its area the row's, its period the
column's.

An HTML release's ``<table>`` comes out of the reader as a pipe table (``| Force | 2023 |
2024 |``), and FOI-style releases print such tables by hand. Their rows are no sentences, so
the sentence rules of :mod:`pressfacts.statistics.component` read none of their numbers.
Here each numeric body cell becomes a statistic:

- its **unit**: ``percent`` or ``pounds`` when the cell says so (``12%``, ``£4,000``); else
  the plural noun its column's header names ("Arrests", "Number of arrests"); else the noun
  the table's lead line counts (:data:`TABLE_LEADS`: "The figures show offences recorded by
  each force:"). A table whose unit nothing names gives no figure (none rather than a guess);
- its **area**: the place or territorial body its row's label names ("Cheshire
  Constabulary" → Cheshire); a total row or a row of a category ("Online grooming") is the
  area the document speaks for;
- its **period**: the one its row's label states ("January 2025"), else its column's header
  ("2023/24"), else the one the lead line states, when it states one;
- its **change**: a column headed as a change (:data:`CHANGE_HEADER`: "Change", "% change",
  "Difference") holds changes, a minus sign a decrease, else an increase; its period runs
  from the start of the first dated column to the end of the last.

Offsets are the cell's number in ``document.text``. Only tables of a header line, a
separator line (``|---|---|``) and at least one body line are read; the pass is one sweep
over the text's lines, and a text with no ``|`` costs one ``in`` test.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Generic, NamedTuple, TypeVar

from pressfacts.findings import PeriodFinding, StatisticFinding
from pressfacts.models.records import Change
from pressfacts.statistics.areas import Place
from pressfacts.statistics.units import noun_after

Spanned = TypeVar("Spanned")


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a pipe table: its stripped text at ``[start, end)`` of the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class PipeTable:
    """A header row, its body rows, and the line above the table (its lead, may be empty)."""

    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    lead: Cell
    start: int
    end: int
    """From the header line's start to the last body line's end."""
    captioned: bool = False
    """The lead is the table's caption (a noun phrase: "Burglaries by district, 2024")."""


_SEPARATOR_CELL = re.compile(r":?-{3,}:?")
"""A cell of the separator line under a table's header: ``---``, ``:---:``."""
CELL_VALUE = re.compile(
    r"(?P<sign>[+\-−–])?\s*(?P<pound>£)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<decimal>\d+))?"
    r"\s*(?P<suffix>%|per\s+cent|(?<=\d)(?:k|m|bn)\b)?(?P<note>\s*(?:[*†‡]+|\[\w{1,3}\]))?",
    re.I,
)
"""A cell that is one number: "1,744", "-3.5%", "+12 per cent", "£4.2m", "301*" (a
footnote's mark, no part of the figure); not "n/a"."""
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000}
CHANGE_HEADER = re.compile(
    r"\b(?:change|difference|rise|increase|fall|decrease|up\s*/\s*down)\b", re.I
)
"""A column header over changes: "Change", "% change", "Difference 2023 to 2024"."""
_NUMBER_OF = re.compile(r"^\W*(?:(?:the\s+)?(?:number|no\.?|total)\s+of\s+)?", re.I)
"""What a column header may say before its noun: "Number of arrests"."""
_UNNAMED_WORDS = ("total", "number", "figure", "count", "value", "no.", "all")
UNNAMED_HEADERS = frozenset(word + "s" for word in _UNNAMED_WORDS)
"""Column headers that name no thing counted ("Total", "Number"): the table's noun."""
PLACE_HEADER = re.compile(
    r"(?:police\s+)?(?:force|district|area|region|town|city|ward|borough|county|division|"
    r"nation|country|local\s+authority|council|policing\s+area|force\s+area)s?(?:\s+name)?",
    re.I,
)
"""A label column's header that says its rows are places ("Force", "District", "Local
authority"): a row's label is its area as worded, when no gazetteer place is in it."""
TOTAL_LABEL = re.compile(r"\W*(?:total|overall|all\b|grand\s+total)", re.I)
"""A row label of the whole ("Total", "All forces"): the document's area, not a place."""
TABLE_LEADS: dict[str, re.Pattern[str]] = {
    # "The number of offences recorded by each force:", "Totals of drivers caught"
    "number_of": re.compile(r"\b(?:numbers?|totals?)\s+of\s+", re.I),
    # "The figures show offences recorded by each force in 2023/24:"
    "shows": re.compile(
        r"\b(?:show|shows|showed|reveal|reveals|revealed|list|lists|listed|give|gives)\s+"
        r"(?:the\s+)?",
        re.I,
    ),
    # "Arrests by force:", "Offences recorded by district in 2024:" (a lead ending in a
    # colon: "Durham Constabulary has published …" opens with a name, no noun counted)
    "noun_opening": re.compile(r"^\W{0,3}(?:the\s+)?(?=[^\n]*:\s*$)", re.I),
}
"""Where the counted noun of a table's lead line starts (:func:`lead_unit`), tried in
order; the noun is the first common noun after it (:func:`.noun_after`)."""


def _cells(text: str, start: int, end: int) -> tuple[Cell, ...]:
    """The cells of the table line at ``[start, end)``, stripped, with their offsets."""
    pipes = [i for i in range(start, end) if text[i] == "|"]
    cells = []
    for left, right in pairwise(pipes):
        raw = text[left + 1 : right]
        stripped = raw.strip()
        cell_start = left + 1 + (len(raw) - len(raw.lstrip()))
        cells.append(Cell(cell_start, cell_start + len(stripped), stripped))
    return tuple(cells)


def find_tables(text: str) -> list[PipeTable]:
    """Every pipe table of ``text``: a header line, a separator line, then body lines (each
    a line that starts and ends with ``|``), in text order. Blank lines between a table's
    lines are skipped (an HTML reader may print each row as a paragraph); a separator ends
    the table before it, whose last line is the next table's header."""
    if "|" not in text:
        return []
    lines: list[tuple[int, int]] = []  # the non-blank lines
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    tables = []
    index = 0
    caption: tuple[int, Cell] | None = None  # (the index of the header it heads, its text)
    while index + 2 < len(lines):
        header, separator = lines[index], lines[index + 1]
        if not (_is_table_line(text, *header) and _is_separator(text, *separator)):
            index += 1
            continue
        body = index + 2
        rows = []
        while body < len(lines) and _is_table_line(text, *lines[body]):
            if body + 1 < len(lines) and _is_separator(text, *lines[body + 1]):
                break  # the next table's header
            rows.append(_cells(text, *lines[body]))
            body += 1
        cells = _cells(text, *header)
        if not rows and len([cell for cell in cells if cell.text]) == 1:
            # a caption printed as a header of its own ("| Arrests by area, 2024 | | |"),
            # the table's header and separator under it: the caption leads that table
            caption = (body, next(cell for cell in cells if cell.text))
        if rows:
            lead = (
                caption[1]
                if caption and caption[0] == index
                else _lead(text, lines[index - 1] if index else None)
            )
            end = lines[body - 1][1]
            captioned = caption is not None and caption[1] is lead
            tables.append(PipeTable(cells, tuple(rows), lead, header[0], end, captioned))
        index = body
    return tables


def _lead(text: str, above: tuple[int, int] | None) -> Cell:
    """The last sentence of the non-blank line right above a table: what it counts and when
    ("… last year. The figures show offences recorded in 2024:")."""
    if above is None or _is_table_line(text, *above):  # another table right above: no lead
        return Cell(0, 0, "")
    start, end = above
    line = text[start:end]
    cut = line.rstrip().rfind(". ") + 1  # 0 when the line is one sentence
    return Cell(start + cut, end, line[cut:].strip())


def _is_table_line(text: str, start: int, end: int) -> bool:
    line = text[start:end].strip()
    return len(line) > 1 and line.startswith("|") and line.endswith("|")


def _is_separator(text: str, start: int, end: int) -> bool:
    if not _is_table_line(text, start, end):
        return False
    return all(_SEPARATOR_CELL.fullmatch(cell.text) for cell in _cells(text, start, end))


def lead_unit(lead: str, captioned: bool = False) -> str | None:
    """The noun a table's lead line counts, by the first of :data:`TABLE_LEADS` whose words
    a common noun follows ("The figures show offences recorded by each force:" → offences);
    a caption (``captioned``) is a noun phrase from its start ("Burglaries by district,
    2024"); None when none names one."""
    if captioned:
        return noun_after(" " + lead[:1].lower() + lead[1:])
    for pattern in TABLE_LEADS.values():
        for match in pattern.finditer(lead):
            rest = lead[match.end() :]  # "Drivers caught by …": a noun, not a name
            noun = noun_after(" " + rest[:1].lower() + rest[1:])
            if noun is not None:
                return noun
    return None


def header_unit(header: str) -> str | None:
    """The plural noun a column's header names ("Arrests", "Number of arrests", "Drivers
    caught" → arrests, arrests, drivers); None for a header of no such noun ("2024")."""
    rest = header[_NUMBER_OF.match(header).end() :].lower()  # type: ignore[union-attr]
    noun = noun_after(" " + rest) if rest[:1].isalpha() else None
    return None if noun in UNNAMED_HEADERS else noun


def column_unit(
    heading: str, is_change: bool, period: PeriodFinding | None, table_unit: str | None
) -> str | None:
    """The unit of a column's numbers when its cells name none: ``percent`` for a change
    column headed with "%"; the noun its header names ("Arrests"); else the table's noun
    for a column headed by a period, a change, a word that names no noun ("Total") or
    nothing; None for a header of its own whose noun is unknown ("Charged": no guess)."""
    if is_change:
        return "percent" if "%" in heading else table_unit
    named = header_unit(heading)
    if named is not None:
        return named
    unnamed = not heading or _NUMBER_OF.fullmatch(heading) or heading.lower() in _UNNAMED_WORDS
    return table_unit if period is not None or unnamed else None


class CellFigure(NamedTuple):
    """The figure of a numeric cell: unit ``percent`` or ``pounds`` when the cell says so,
    else None; sign ``-`` or ``+`` when it has one; where the figure ends (a footnote's mark
    after it is left out)."""

    value: float | int
    unit: str | None
    sign: str | None
    end: int


def cell_value(cell: Cell) -> CellFigure | None:
    """The :class:`CellFigure` of a numeric cell; None for any other cell."""
    match = CELL_VALUE.fullmatch(cell.text)
    if match is None:
        return None
    number = match.group("number").replace(",", "")
    decimal = match.group("decimal")
    value: float | int = float(f"{number}.{decimal}") if decimal else int(number)
    suffix = (match.group("suffix") or "").lower()
    unit = "percent" if suffix in ("%", "per cent") or "per cent" in suffix else None
    if match.group("pound"):
        unit = "pounds"
        value = value * _MULTIPLIERS.get(suffix, 1)
        value = int(value) if float(value).is_integer() else value
    sign = match.group("sign")
    end = cell.start + len(
        cell.text[: match.start("note")].rstrip() if match.group("note") else cell.text
    )
    return CellFigure(value, unit, None if sign is None else ("+" if sign == "+" else "-"), end)


def _change(sign: str | None, value: float) -> Change | None:
    """The change a change column's cell states: a minus sign a decrease, no change at 0."""
    return None if value == 0 else ("decrease" if sign == "-" else "increase")


class _ByStart(Generic[Spanned]):
    """Periods or places sorted by where they start, for the ones inside a cell by bisect
    (one sort a document; no pass over all of them a cell)."""

    def __init__(self, items: Sequence[Spanned], start: Callable[[Spanned], int]) -> None:
        self.items = sorted(items, key=start)
        self.starts = [start(item) for item in self.items]

    def inside(self, cell: Cell, end: Callable[[Spanned], int]) -> list[Spanned]:
        """The items that start and end inside ``cell``."""
        found = []
        for index in range(bisect_left(self.starts, cell.start), len(self.items)):
            if self.starts[index] >= cell.end:
                break
            if end(self.items[index]) <= cell.end:
                found.append(self.items[index])
        return found


def _period_in(cell: Cell, periods: _ByStart[PeriodFinding]) -> PeriodFinding | None:
    """The widest period stated inside ``cell``."""
    inside = periods.inside(cell, lambda p: p.end_char)
    return max(inside, key=lambda p: p.end_char - p.start_char, default=None)


YEAR_CELL = re.compile(r"(?:19|20)\d\d")
"""A header cell that is a year alone ("| 2023 | 2024 |"): that calendar year. (In a
sentence a bare year is no period; over a column of figures it is the column's.)"""


def _year_cell(cell: Cell) -> PeriodFinding | None:
    """The calendar year a header cell of a year alone (:data:`YEAR_CELL`) states."""
    if not YEAR_CELL.fullmatch(cell.text):
        return None
    year = int(cell.text)
    return PeriodFinding(
        cell.start, cell.end, dt.date(year, 1, 1), dt.date(year, 12, 31), "explicit"
    )


def _words_but(cell: Cell, period: PeriodFinding | None) -> str:
    """A header's words but its period phrase ("Arrests 2024" → "Arrests")."""
    if period is None:
        return cell.text
    before, after = period.start_char - cell.start, period.end_char - cell.start
    return (cell.text[:before] + cell.text[after:]).strip()


def _both(first: PeriodFinding, last: PeriodFinding, lead: PeriodFinding | None) -> PeriodFinding:
    """The span of a change between the first and the last dated column: the lead's phrase
    when it states that very span ("in 2023/24 and 2024/25"), else the columns' headers."""
    if lead is not None and (lead.start, lead.end) == (first.start, last.end):
        return lead
    return PeriodFinding(first.start_char, last.end_char, first.start, last.end, "explicit")


def _place_in(cell: Cell, places: _ByStart[Place]) -> str | None:
    """The area of the first place or territorial body named inside ``cell``."""
    return next((p.area for p in places.inside(cell, lambda p: p.end)), None)


def _inside(tables: Sequence[PipeTable], starts: Sequence[int], at: int) -> bool:
    """Whether offset ``at`` lies inside one of ``tables`` (``starts``: their starts)."""
    index = bisect_right(starts, at) - 1
    return index >= 0 and at < tables[index].end


def with_table_figures(
    findings: list[StatisticFinding],
    text: str,
    sentences: Sequence[tuple[int, int]],
    periods: Sequence[PeriodFinding],
    places: Sequence[Place],
    document_area: str | None,
) -> list[StatisticFinding]:
    """The sentence rules' ``findings`` with every statistic of the pipe tables of ``text``
    (see the module's docstring) in place of any they read inside a table: a table line is
    no sentence, and its cells' figures are the table's. ``places`` and ``document_area``
    are the ones the sentence rules read the document with (not read again here)."""
    tables = find_tables(text)
    if not tables:
        return findings
    table_starts = [table.start for table in tables]  # in text order: one bisect a finding
    outside = [f for f in findings if not _inside(tables, table_starts, f.start)]
    starts = [start for start, _ in sentences]
    by_start = (_ByStart(periods, lambda p: p.start_char), _ByStart(places, lambda p: p.start))
    for table in tables:
        outside.extend(_table_findings(table, by_start, document_area, starts))
    return outside


def _table_findings(
    table: PipeTable,
    by_start: tuple[_ByStart[PeriodFinding], _ByStart[Place]],
    document_area: str | None,
    sentence_starts: Sequence[int],
) -> list[StatisticFinding]:
    """The statistics of one table's numeric body cells."""
    periods, places = by_start
    header = table.header
    column_periods = [_period_in(cell, periods) or _year_cell(cell) for cell in header]
    dated = [p for p in column_periods if p is not None]
    lead_period = _period_in(table.lead, periods)
    table_unit = lead_unit(table.lead.text, table.captioned)
    places_listed = bool(header) and PLACE_HEADER.fullmatch(header[0].text) is not None
    findings = []
    for row in table.rows:
        label = row[0] if row and cell_value(row[0]) is None else None
        row_period = _period_in(label, periods) if label else None
        row_area = _place_in(label, places) if label else None
        if label and row_area is None and places_listed and not TOTAL_LABEL.match(label.text):
            row_area = label.text  # "| Bangor | 22 |" under "District": the place as worded
        for column, cell in enumerate(row):
            read = cell_value(cell)
            if read is None or column >= len(header):
                continue
            value, unit, sign, end = read
            heading = header[column].text
            is_change = CHANGE_HEADER.search(heading) is not None
            if is_change and value == 0:
                continue  # no change
            unit = unit or column_unit(
                _words_but(header[column], column_periods[column]),
                is_change,
                column_periods[column],
                table_unit,
            )
            if unit is None:
                continue
            period = row_period or column_periods[column]
            if is_change and period is None and len(dated) > 1:
                period = _both(dated[0], dated[-1], lead_period)
            findings.append(
                StatisticFinding(
                    start=cell.start,
                    end=end,
                    value=value,
                    unit=unit,
                    change=_change(sign, value) if is_change else None,
                    area=row_area or document_area,
                    period=period or (lead_period if not dated else None),
                    sentence=max(0, bisect_right(sentence_starts, cell.start) - 1),
                )
            )
    return findings
