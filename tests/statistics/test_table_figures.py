"""Figures in a pipe table: one statistic a numeric cell, its unit from its column or the
table's lead, its area from its row's label, its period from its row or column
(:mod:`pressfacts.statistics.table_figures`). Tables invented for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from pressfacts.statistics.table_figures import (
    CHANGE_HEADER,
    PLACE_HEADER,
    TABLE_LEADS,
    Cell,
    cell_value,
    find_tables,
    lead_unit,
)

Row = tuple[float, str, str | None, str | None, str | None, str | None]
"""(value, unit, change, area, period start, period end) of one statistic."""


def table_rows(nlp: Language, text: str) -> list[Row]:
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2025, 6, 10)
    doc = nlp(doc)
    rows = []
    for f in sorted(doc._.statistics, key=lambda f: f.start):
        assert doc.text[f.start : f.end].strip("+-%£ ").replace(",", "")[:1].isdigit()
        start = f.period.start.isoformat() if f.period else None
        end = f.period.end.isoformat() if f.period else None
        rows.append((f.value, f.unit, f.change, f.area, start, end))
    return rows


FY24, FY25 = ("2023-04-01", "2024-03-31"), ("2024-04-01", "2025-03-31")

TABLE_ROWS = [
    pytest.param(
        "Figures obtained by the charity show offences recorded by each force in 2023/24 and "
        "2024/25:\n\n"
        "| Force | 2023/24 | 2024/25 | Change |\n"
        "|---|---|---|---|\n"
        "| Dorset Police | 310 | 352 | +14% |\n"
        "| Wiltshire Police | 288 | 261 | -9% |\n",
        [
            (310, "offences", None, "Dorset", *FY24),
            (352, "offences", None, "Dorset", *FY25),
            (14, "percent", "increase", "Dorset", FY24[0], FY25[1]),
            (288, "offences", None, "Wiltshire", *FY24),
            (261, "offences", None, "Wiltshire", *FY25),
            (9, "percent", "decrease", "Wiltshire", FY24[0], FY25[1]),
        ],
        id="forces-by-year-with-change",
    ),
    pytest.param(
        "Gwent Police arrested 40 people in a week of action.\n\n"
        "| Month | Arrests |\n| :--- | ---: |\n| March 2025 | 17 |\n| April 2025 | 23 |\n",
        [
            (40, "people", None, "Gwent", None, None),
            (17, "arrests", None, "Gwent", "2025-03-01", "2025-03-31"),
            (23, "arrests", None, "Gwent", "2025-04-01", "2025-04-30"),
        ],
        id="months-as-rows-header-noun",
    ),
    pytest.param(
        "The number of drivers caught in each town in 2024:\n\n"
        "| Town | Total | Share |\n|---|---|---|\n| Prestatyn | 31 | 12.5% |\n"
        "| Total | 53 | 20% |\n",
        [
            (31, "drivers", None, "Prestatyn", "2024-01-01", "2024-12-31"),
            (12.5, "percent", None, "Prestatyn", "2024-01-01", "2024-12-31"),
            (53, "drivers", None, None, "2024-01-01", "2024-12-31"),
            (20, "percent", None, None, "2024-01-01", "2024-12-31"),
        ],
        id="places-as-worded-and-a-total-row",
    ),
    pytest.param(
        "The figures show thefts reported in each district in May 2025.\n\n"
        "| District | May 2025 |\n\n|---|---|\n\n| Castle Point | 44 |\n\n| Rochford | 19 |\n",
        [
            (44, "thefts", None, "Castle Point", "2025-05-01", "2025-05-31"),
            (19, "thefts", None, "Rochford", "2025-05-01", "2025-05-31"),
        ],
        id="rows-as-paragraphs-from-html",
    ),
    pytest.param(
        "Funding by scheme:\n\n| Scheme | Grant |\n|---|---|\n| Safer streets | £4.2m |\n"
        "| Youth clubs | £85,000 |\n",
        [(4200000, "pounds", None, None, None, None), (85000, "pounds", None, None, None, None)],
        id="money-cells",
    ),
    pytest.param(
        "Norfolk Constabulary has published its figures.\n\n"
        "| Burglaries by district, 2023 and 2024 |  |  |\n\n|---|---|---|\n\n"
        "| District | 2023 | 2024 |\n\n|---|---|---|\n\n| Breckland | 301* | 266 |\n",
        [
            (301, "burglaries", None, "Breckland", "2023-01-01", "2023-12-31"),
            (266, "burglaries", None, "Breckland", "2024-01-01", "2024-12-31"),
        ],
        id="caption-row-years-and-a-footnote-mark",
    ),
    # near misses: pipes with no separator line; a column whose noun is unknown; a table
    # whose unit nothing names; "n/a" and a change of 0
    pytest.param(
        "Call 101 | option 2 | 24 hours a day |\n| 40 | 50 |\n",
        [],
        id="no-separator-no-table",
    ),
    pytest.param(
        "Arrests by month:\n\n| Month | Arrests | Charged | Change |\n|---|---|---|---|\n"
        "| June 2024 | 12 | 5 | 0 |\n| July 2024 | n/a | 4 | -3 |\n",
        [
            (12, "arrests", None, None, "2024-06-01", "2024-06-30"),
            (3, "arrests", "decrease", None, "2024-07-01", "2024-07-31"),
        ],
        id="unknown-column-na-and-zero-change",
    ),
    pytest.param(
        "| Area | 2024 |\n|---|---|\n| Basingstoke | 120 |\n",
        [],
        id="no-unit-named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE_ROWS)
def test_table_cells_become_statistics(nlp: Language, text: str, expected: list[Row]) -> None:
    assert table_rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("1,744", (1744, None, None, 5)),
        ("-3.5%", (3.5, "percent", "-", 5)),
        ("+12 per cent", (12, "percent", "+", 12)),
        ("£4.2m", (4200000, "pounds", None, 5)),
        ("£310", (310, "pounds", None, 4)),
        ("n/a", None),
        ("Kent", None),
        ("12 (4%)", None),
        ("301*", (301, None, None, 3)),
        ("7 [a]", (7, None, None, 1)),
    ],
)
def test_cell_value(cell: str, expected: tuple[float, str | None, str | None, int] | None) -> None:
    assert cell_value(Cell(0, len(cell), cell)) == expected


@pytest.mark.parametrize(
    ("rule", "lead", "unit"),
    [
        ("number_of", "The number of burglaries recorded in each ward was:", "burglaries"),
        ("shows", "Data released by the force shows arrests made by area:", "arrests"),
        ("noun_opening", "Drivers caught by district in 2024:", "drivers"),
    ],
)
def test_each_table_lead_names_its_noun(rule: str, lead: str, unit: str) -> None:
    assert TABLE_LEADS[rule].search(lead)
    assert lead_unit(lead) == unit


@pytest.mark.parametrize(
    ("header", "is_change"), [("Change", True), ("% change", True), ("Difference", True)]
)
def test_change_headers(header: str, is_change: bool) -> None:
    assert bool(CHANGE_HEADER.search(header)) is is_change
    assert not CHANGE_HEADER.search("2024/25")


@pytest.mark.parametrize("header", ["Force", "District", "Local authority", "Police force"])
def test_place_headers(header: str) -> None:
    assert PLACE_HEADER.fullmatch(header)
    assert not PLACE_HEADER.fullmatch("Crime type")


def test_two_tables_one_after_another() -> None:
    text = "| A | 2024 |\n|---|---|\n| x | 1 |\n\n| B | 2025 |\n|---|---|\n| y | 2 |\n"
    tables = find_tables(text)
    assert [[c.text for c in t.header] for t in tables] == [["A", "2024"], ["B", "2025"]]
    assert [len(t.rows) for t in tables] == [1, 1]
    assert tables[1].lead.text == ""  # another table right above: no lead
