"""The review pages without a browser: well-formed, true to the offsets, self-contained.

Checks the seeds' report (built with the seeds' gold) and the report of 1,000
generated documents, parsed with ``html.parser``.
"""

from __future__ import annotations

import itertools
import json
import re
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pressfacts.cli import main
from pressfacts.evaluation import read_knowledge
from pressfacts.report import build_report
from pressfacts.report.views import page_name

ROOT = Path(__file__).resolve().parents[2]
SEEDS_KNOWLEDGE = ROOT / "outputs" / "knowledge.jsonl"
VOID = {"meta", "link", "br", "hr", "img", "input", "wbr", "col", "area", "base", "source"}
BUILD_SECONDS = 60  # generous for a slow CI machine; it takes about 3 s here


class Page(HTMLParser):
    """One page parsed: nesting checked, links, marks with their text, counts, records."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.links: list[str] = []
        self.marks: list[dict[str, object]] = []
        self.counts: dict[str, int] = {}
        self.text_parts: list[str] = []  # the document's text as the page shows it
        self.records = ""
        self._count: str | None = None
        self._in_text = 0  # depth inside div#text
        self._in_tag = False
        self._in_records = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        for name in ("src", "href"):
            if attributes.get(name) is not None:
                self.links.append(str(attributes[name]))
        if tag in VOID:
            return
        self.stack.append(tag)
        if attributes.get("id") == "text":
            self._in_text = len(self.stack)
        if tag == "mark" and self._in_text and "data-start" in attributes:
            self.marks.append(
                {
                    "start": int(str(attributes["data-start"])),
                    "end": int(str(attributes["data-end"])),
                    "ids": str(attributes["data-ids"]).split(),
                    "text": "",
                }
            )
        if tag == "span" and "tag" in str(attributes.get("class", "")).split():
            self._in_tag = True
        if "data-count" in attributes:
            self._count = str(attributes["data-count"])
        if attributes.get("id") == "records":
            self._in_records = True

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        if self._in_text == len(self.stack):
            self._in_text = 0
        self.stack.pop()
        self._in_tag = False
        self._count = None
        self._in_records = False

    def handle_data(self, data: str) -> None:
        if self._count is not None:
            self.counts[self._count] = int(data)
        if self._in_records:
            self.records += data
        if self._in_text and not self._in_tag:
            self.text_parts.append(data)
            if self.stack[-1] == "mark" and self.marks:
                self.marks[-1]["text"] = str(self.marks[-1]["text"]) + data


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    assert not page.errors, f"{path.name}: {page.errors[:3]}"
    assert not page.stack, f"{path.name}: unclosed {page.stack}"
    return page


def _all_pages(folder: Path) -> list[Path]:
    return [folder / "report.html", *sorted((folder / "docs").glob("*.html"))]


def test_every_page_is_well_formed_and_self_contained(seeds_report: Path) -> None:
    for path in _all_pages(seeds_report):
        page = parse(path)
        assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
        for link in page.links:
            assert not re.match(r"^[a-z][a-z0-9+.-]*:|^//", link, re.IGNORECASE), link
            assert (path.parent / link.split("#")[0]).is_file(), link


def test_every_highlight_is_the_text_at_its_offsets(seeds_report: Path) -> None:
    knowledge = read_knowledge(SEEDS_KNOWLEDGE)
    for document in knowledge.documents:
        page = parse(seeds_report / "docs" / page_name(document))
        assert "".join(page.text_parts) == document.text
        assert page.marks
        for mark in page.marks:
            start, end = int(str(mark["start"])), int(str(mark["end"]))
            assert mark["text"] == document.text[start:end]
        records = json.loads(page.records)
        assert all(key in records for mark in page.marks for key in mark["ids"])  # type: ignore[attr-defined]


def test_every_mention_is_covered_by_marks_of_its_record(seeds_report: Path) -> None:
    knowledge = read_knowledge(SEEDS_KNOWLEDGE)
    pages = {d.id: parse(seeds_report / "docs" / page_name(d)) for d in knowledge.documents}
    for record in [*knowledge.entities, *knowledge.quotes, *knowledge.statistics]:
        for mention in record.mentions:
            covered = sorted(
                (int(str(m["start"])), int(str(m["end"])))
                for m in pages[mention.doc].marks
                if record.id in m["ids"]  # type: ignore[operator]
                and mention.start <= int(str(m["start"]))
                and int(str(m["end"])) <= mention.end
            )
            assert covered and covered[0][0] == mention.start and covered[-1][1] == mention.end
            assert all(a[1] == b[0] for a, b in itertools.pairwise(covered))


def test_counts_shown_are_the_record_counts(seeds_report: Path) -> None:
    knowledge = read_knowledge(SEEDS_KNOWLEDGE)
    page = parse(seeds_report / "report.html")
    assert page.counts["documents"] == len(knowledge.documents)
    assert page.counts["entities"] == len(knowledge.entities)
    assert page.counts["quotes"] == len(knowledge.quotes)
    assert page.counts["statistics"] == len(knowledge.statistics)
    assert page.counts["PERSON"] == sum(e.type == "PERSON" for e in knowledge.entities)
    assert page.counts["misses"] == 0  # the seeds score 1.000 everywhere
    for document in knowledge.documents:
        doc_page = parse(seeds_report / "docs" / page_name(document))
        quotes = sum(any(m.doc == document.id for m in q.mentions) for q in knowledge.quotes)
        assert doc_page.counts["quote"] == quotes


def test_misses_are_marked_in_the_text(tmp_path: Path) -> None:
    """A gold file with an entity the knowledge set lacks: its place is marked as a miss."""
    knowledge = read_knowledge(SEEDS_KNOWLEDGE)
    document = knowledge.documents[0]
    gold = tmp_path / "gold"
    gold.mkdir()
    word = next(w for w in document.text.split() if w.isalpha() and len(w) > 6)
    source = Path(document.sources[0]).name
    gold_file = {
        "source": source,
        "entities": [{"type": "ORG", "name": word}],
        "quotes": [],
        "statistics": [],
    }
    (gold / f"{Path(source).stem}.json").write_text(json.dumps(gold_file), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["report", str(SEEDS_KNOWLEDGE), "--gold", str(gold), "--out", str(out)]) == 0
    page = parse(out / "docs" / page_name(document))
    missed: dict[str, str] = {}  # miss key -> the text its marks cover, in order
    for mark in page.marks:
        for key in mark["ids"]:  # type: ignore[attr-defined]
            if str(key).startswith("miss:"):
                missed[key] = missed.get(key, "") + str(mark["text"])
    assert word in missed.values()
    assert parse(out / "report.html").counts["misses"] > 0


def test_the_command_reports_usage_errors(tmp_path: Path) -> None:
    assert main(["report", str(tmp_path / "nothing.jsonl"), "--out", str(tmp_path)]) == 2
    gold = ["--gold", str(tmp_path / "no-gold")]
    assert main(["report", str(SEEDS_KNOWLEDGE), *gold, "--out", str(tmp_path)]) == 2


def test_help_does_not_import_jinja() -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    if "jinja2" not in sys.modules:  # another test may have imported it already
        return
    import subprocess

    code = "import sys; from pressfacts.cli import build_parser; print('jinja2' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "False"


def test_a_thousand_documents_build_quickly(generated_knowledge: Path, tmp_path: Path) -> None:
    knowledge = read_knowledge(generated_knowledge)
    started = time.perf_counter()
    build_report(knowledge, tmp_path)
    assert time.perf_counter() - started < BUILD_SECONDS
    assert len(list((tmp_path / "docs").glob("*.html"))) == 1000
    page = parse(tmp_path / "report.html")
    assert page.counts["documents"] == 1000
    assert page.counts["quotes"] == len(knowledge.quotes)
    one = knowledge.documents[500]
    doc_page = parse(tmp_path / "docs" / page_name(one))
    assert "".join(doc_page.text_parts) == one.text
