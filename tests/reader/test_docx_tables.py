"""A DOCX table is printed as a pipe table where it stands among the paragraphs, so the
statistics stage reads its cells with their row's and column's words. Documents invented
for the test."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from pressfacts.cli import main
from pressfacts.reader.office import extract_docx

LEAD = "The figures show burglaries recorded in each district:"


def _docx(path: Path, rows: list[list[str]], lead: str = LEAD) -> bytes:
    document = docx.Document()
    document.add_paragraph(lead)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    document.add_paragraph("Residents are urged to lock doors.")
    document.save(str(path))
    return path.read_bytes()


@pytest.mark.parametrize(
    ("rows", "expected_lines"),
    [
        (
            [["District", "2023", "2024"], ["Darlington", "412", "377"]],
            ["| District | 2023 | 2024 |", "|---|---|---|", "| Darlington | 412 | 377 |"],
        ),
        (  # a line break in a cell becomes a space; a pipe in it a slash
            [["Area", "Burglaries\nrecorded"], ["Stockton | Hartlepool", "90"]],
            ["| Area | Burglaries recorded |", "|---|---|", "| Stockton / Hartlepool | 90 |"],
        ),
    ],
)
def test_a_docx_table_is_a_pipe_table_in_place(
    tmp_path: Path, rows: list[list[str]], expected_lines: list[str]
) -> None:
    text = extract_docx(_docx(tmp_path / "t.docx", rows)).text
    paragraphs = text.split("\n\n")
    assert paragraphs[0] == LEAD
    assert paragraphs[1:-1] == expected_lines
    assert paragraphs[-1] == "Residents are urged to lock doors."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        (
            LEAD,
            [
                (377, "burglaries", "Darlington", "2024-01-01"),
                (412, "burglaries", "Darlington", "2023-01-01"),
            ],
        ),
        # near miss: a lead that names no noun counted (a force's name opens it)
        ("Durham Constabulary has published its figures by district.", []),
    ],
)
def test_a_docx_tables_figures_are_statistics(
    tmp_path: Path, lead: str, expected: list[tuple[int, str, str, str]]
) -> None:
    rows = [["District", "2023", "2024"], ["Darlington", "412", "377"]]
    _docx(tmp_path / "figures.docx", rows, lead)
    out = tmp_path / "out"
    assert main(["run", str(tmp_path / "figures.docx"), "--out", str(out), "-q"]) == 0
    records = [json.loads(line) for line in (out / "knowledge.jsonl").open()]
    stats = sorted(
        (r["value"], r["unit"], r["area"], r["period"]["start"])
        for r in records
        if r["kind"] == "statistic"
    )
    assert stats == expected
