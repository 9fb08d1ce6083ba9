"""An undated reprint dated by its dated copies (``pressfacts.knowledge.copy_dates``).

Texts are our own invention: a force's release with a date, a local paper's undated
reprint of it, and releases that only look alike.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts.cli import main
from pressfacts.findings import PartialDate
from pressfacts.knowledge.build import build_knowledge_set, process_documents
from pressfacts.knowledge.copy_dates import (
    COPY_NOTE,
    STOCK_HOLDERS,
    borrowed_date,
    copy_dates,
    own_warnings,
    quote_sentences,
)
from pressfacts.reader.read import SourceDocument, make_document

QUOTE = (
    "Lock your shed and mark your tools, because thieves look for the easy targets "
    "first. We will keep patrolling the lanes at night."
)
ORIGINAL = (
    "Dyfed-Powys Police recorded 84 shed break-ins in Ceredigion between May and August, "
    "down 22% on the same months a year earlier.\n\n"
    f'Inspector Carys Morgan said: "{QUOTE}"\n'
)
REPRINT = (
    "Police in Ceredigion logged 84 shed break-ins between May and August, a fall of 22% "
    "on the same months a year earlier. Last year 40 tool thefts were reported.\n\n"
    '"Lock your shed and mark your tools – because thieves look for the easy targets '
    'first," said Inspector Carys Morgan.\n'
)
OTHER = (
    "Gwent Police seized 12 quad bikes between March and June.\n\n"
    'Sergeant Huw Price said: "Riders who tear up the common put walkers and horses '
    'in real danger every weekend."\n'
)


def _source(name: str, text: str, published: dt.date | None) -> SourceDocument:
    fields = {"published": published.isoformat()} if published else {}
    return make_document(name, text, fields)


# -- the keys that link copies -----------------------------------------------------------

QUOTE_KEYS: list[tuple[list[str], set[str]]] = [
    (  # punctuation, quote marks and case do not count; each sentence a key
        ["Lock your shed, and MARK your tools – thieves look for easy targets. Thanks."],
        {"lock your shed and mark your tools thieves look for easy targets"},
    ),
    (["We keep patrolling the lanes at night.", "Too short to link."], set()),  # 7 words
    (
        ["Riders who tear up the common put walkers in danger! They must stop now, please."],
        {"riders who tear up the common put walkers in danger"},
    ),
]


@pytest.mark.parametrize(("quotes", "keys"), QUOTE_KEYS)
def test_quote_sentences(quotes: list[str], keys: set[str]) -> None:
    assert quote_sentences(quotes) == keys


# -- which date an undated copy borrows ----------------------------------------------------

BORROWED: list[tuple[list[PartialDate], str | None]] = [
    ([PartialDate(2021, 11, 3), PartialDate(2021, 11, 9)], "2021-11-03"),  # the earliest
    ([PartialDate(2020, 11, source="url")], "2020-11"),  # a url's month
    ([PartialDate(2021, 11, 3), PartialDate(2023, 2, 1)], None),  # a stock quote: years apart
    ([], None),
]


@pytest.mark.parametrize(("dates", "expected"), BORROWED)
def test_borrowed_date(dates: list[PartialDate], expected: str | None) -> None:
    date = borrowed_date(dates)
    assert (str(date) if date else None) == expected
    assert date is None or date.source == "copy"


def test_the_copy_note_is_not_read_back() -> None:
    assert own_warnings([f"{COPY_NOTE}read as of 2021-11", "no title"]) == ("no title",)


# -- which documents borrow ----------------------------------------------------------------

LINKS: list[tuple[str, list[tuple[str, str, dt.date | None]], dict[str, str]]] = [
    (
        "an undated reprint borrows its original's date",
        [("original", ORIGINAL, dt.date(2021, 11, 3)), ("reprint", REPRINT, None)],
        {"reprint": "2021-11-03"},
    ),
    (
        "no shared quote: no copy",
        [("original", ORIGINAL, dt.date(2021, 11, 3)), ("other", OTHER, None)],
        {},
    ),
    (
        "two undated copies: nothing to borrow",
        [("original", ORIGINAL, None), ("reprint", REPRINT, None)],
        {},
    ),
]


@pytest.mark.parametrize(("name", "documents", "expected"), LINKS, ids=[row[0] for row in LINKS])
def test_copy_dates(
    nlp: Language,
    name: str,
    documents: list[tuple[str, str, dt.date | None]],
    expected: dict[str, str],
) -> None:
    sources = [_source(source, text, published) for source, text, published in documents]
    facts = list(process_documents(sources, nlp))
    by_source = {f.sources[0]: f.id for f in facts}
    found = copy_dates(facts)
    assert {s: str(found[i][0]) for s, i in by_source.items() if i in found} == expected


# -- the records -----------------------------------------------------------------------------


def _statistics(records: list, document: str) -> dict[float, tuple[str, str] | None]:
    return {
        float(r.value): (r.period.start.isoformat(), r.period.end.isoformat()) if r.period else None
        for r in records
        if r.kind == "statistic" and any(m.doc == document for m in r.mentions)
    }


def test_the_reprint_s_calendar_dates_take_the_original_s_year(nlp: Language) -> None:
    sources = [
        _source("original", ORIGINAL, dt.date(2021, 11, 3)),
        _source("reprint", REPRINT, None),
    ]
    records = build_knowledge_set(sources, nlp)
    reprint = next(r for r in records if r.kind == "document" and r.sources == ["reprint"])
    assert _statistics(records, reprint.id) == {
        84: ("2021-05-01", "2021-08-31"),
        22: ("2020-05-01", "2021-08-31"),
        40: None,  # "last year" is relative to the reprint's own date: still unknown
    }
    assert any(w.startswith(COPY_NOTE) for w in reprint.warnings)


def test_alone_the_reprint_is_undated(nlp: Language) -> None:
    records = build_knowledge_set([_source("reprint", REPRINT, None)], nlp)
    assert set(_statistics(records, records[1].id).values()) == {None}


@pytest.fixture
def session_pipeline(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI builds its pipeline with build_nlp: hand it the session's (same config)."""
    monkeypatch.setattr("pressfacts.nlp.build_nlp", lambda overrides=None: nlp)


@pytest.mark.usefixtures("session_pipeline")
@pytest.mark.parametrize("first", ["original", "reprint"])
def test_merging_either_copy_later_equals_one_run(tmp_path: Path, first: str) -> None:
    texts = {
        "original": f"---\npublished: 2021-11-03\n---\n{ORIGINAL}",
        "reprint": f"---\npublished:\n---\n{REPRINT}",
    }
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    paths = {name: str(tmp_path / f"{name}.txt") for name in texts}
    second = "reprint" if first == "original" else "original"
    merged_dir = str(tmp_path / "merged")
    assert main(["run", *paths.values(), "--out", str(tmp_path / "whole"), "--quiet"]) == 0
    assert main(["run", paths[first], "--out", merged_dir, "--quiet"]) == 0
    assert main(["run", paths[second], "--out", merged_dir, "--merge", "--quiet"]) == 0
    whole = (tmp_path / "whole" / "knowledge.jsonl").read_text(encoding="utf-8")
    merged = (tmp_path / "merged" / "knowledge.jsonl").read_text(encoding="utf-8")
    assert merged == whole
    assert COPY_NOTE in whole
    assert main(["run", paths[second], "--out", merged_dir, "--merge", "--quiet"]) == 0
    again = (tmp_path / "merged" / "knowledge.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line) for line in again.splitlines()] == [
        json.loads(line) for line in whole.splitlines()
    ]


def test_a_stock_quote_in_many_undated_releases_links_nothing(nlp: Language) -> None:
    undated = [
        _source(
            f"branch{n}",
            f"Officers in Ward {n} made {n + 2} arrests in May.\n\n"
            f'Inspector Carys Morgan said: "{QUOTE}"\n',
            None,
        )
        for n in range(STOCK_HOLDERS + 1)
    ]
    facts = list(
        process_documents([_source("original", ORIGINAL, dt.date(2021, 11, 3)), *undated], nlp)
    )
    assert copy_dates(facts) == {}
    assert len(copy_dates(facts[: STOCK_HOLDERS + 1])) == STOCK_HOLDERS  # at the cap: linked
