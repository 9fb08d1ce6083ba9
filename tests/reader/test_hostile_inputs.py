"""Hostile inputs, one per row: each gives one document record (ok, or error with its
reason) and the run's exit status, and the batch around it goes on."""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pressfacts.cli import main

from .conftest import make_docx, make_pdf

SAY = "Detective Inspector Mara Quill of Dorset Police said: “We will keep going.”"
PAGE = """<!DOCTYPE html><html><head><title>Forty arrests | Dorset Police</title>
<meta property="og:title" content="Forty arrests in a week of action">
<meta property="og:url" content="https://news.example.test/forty-arrests">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<aside class="sidebar"><h3>Related</h3><p>Council tax to rise by 5%</p></aside>
<main><article><h1>Forty arrests in a week of action</h1>
<p>Officers from Dorset Police arrested 40 people during a week of action.</p>
<p>Detective Inspector Mara Quill said: &ldquo;We will keep finding those who harm
children online.&rdquo;</p><p>The operation involved 12 teams across the county.</p>
</article></main><footer>&copy; Dorset Police</footer></body></html>"""

Maker = Callable[[Path], Path]


def text_file(name: str, data: bytes) -> Maker:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return make


def fifo(folder: Path) -> Path:
    os.mkfifo(folder / "pipe.txt")
    return folder / "pipe.txt"


def broken_link(folder: Path) -> Path:
    (folder / "gone.txt").symlink_to(folder / "missing-target.txt")
    return folder / "gone.txt"


def looping_link(folder: Path) -> Path:
    (folder / "a.txt").symlink_to(folder / "a.txt")  # a link to itself
    return folder / "a.txt"


def pdf(with_text: bool) -> Maker:
    lines = ["Officers from Kent Police arrested 40 people.", 'DI Rae Lowe said: "We acted."']
    return text_file("release.pdf", make_pdf(lines, with_text=with_text))


def docx_file(folder: Path) -> Path:
    return make_docx(folder / "release.docx", ["Essex Police charged 12 men.", SAY], "Charged")


def jsonl_html(folder: Path) -> Path:
    (folder / "pages.jsonl").write_text(json.dumps({"html": PAGE}) + "\n")
    return folder / "pages.jsonl"


# (id, maker, status, words in the error or in a warning, exit status)
HOSTILE: list[tuple[str, Maker, str, str, int]] = [
    ("empty", text_file("empty.txt", b""), "error", "empty file", 1),
    ("only-bom", text_file("bom.txt", codecs.BOM_UTF8 + b"\n"), "error", "empty file", 1),
    ("binary", text_file("bin.txt", b"\x00\x01\x02\xff"), "error", "binary file", 1),
    ("fifo", fifo, "error", "not a regular file (a FIFO)", 1),
    ("broken-symlink", broken_link, "error", "broken symbolic link", 1),
    ("looping-symlink", looping_link, "error", "symbolic link loop", 1),
    ("unsupported", text_file("sheet.xyz", b"a,b\n"), "error", "unsupported format: .xyz", 1),
    ("no-suffix", text_file("release", SAY.encode()), "error", "unsupported format", 1),
    (
        "utf-16-le-bom",
        text_file("u16.txt", SAY.encode("utf-16")),
        "ok",
        "decoded as UTF-16 LE (byte-order mark)",
        0,
    ),
    (
        "utf-16-be-bom",
        text_file("u16be.txt", codecs.BOM_UTF16_BE + SAY.encode("utf-16-be")),
        "ok",
        "decoded as UTF-16 BE (byte-order mark)",
        0,
    ),
    (
        "utf-32-bom",
        text_file("u32.txt", SAY.encode("utf-32")),
        "ok",
        "decoded as UTF-32 LE (byte-order mark)",
        0,
    ),
    ("utf-8-bom", text_file("u8.txt", codecs.BOM_UTF8 + SAY.encode()), "ok", "", 0),
    (
        "bad-utf-16",
        text_file("bad16.txt", codecs.BOM_UTF16_LE + b"A\x00\x00\xd8"),
        "error",
        "UTF-16 LE byte-order mark but is not UTF-16 LE",
        1,
    ),
    (
        "windows-1252",
        text_file("w.txt", SAY.encode("cp1252")),
        "ok",
        "not UTF-8: decoded as cp1252 (charset-normalizer)",
        0,
    ),
    (
        "colon-in-yaml-title",
        text_file("h.md", f"---\ntitle: WATCH: 167 reports\n---\n{SAY}\n".encode()),
        "ok",
        "header is not valid YAML: mapping values are not allowed here",
        0,
    ),
    (
        "yaml-header-a-list",
        text_file("l.md", f"---\n- one\n- two\n---\n{SAY}\n".encode()),
        "ok",
        "header is not a YAML mapping (a list): ignored",
        0,
    ),
    ("header-only", text_file("h.md", b"---\ntitle: T\n---\n"), "error", "no text after", 1),
    ("html", text_file("page.html", PAGE.encode()), "ok", "", 0),
    ("htm-without-text", text_file("e.htm", b"<html><body></body></html>"), "error", "no main", 1),
    ("jsonl-html", jsonl_html, "ok", "", 0),
    ("pdf", pdf(with_text=True), "ok", "", 0),
    ("pdf-without-text-layer", pdf(with_text=False), "error", "PDF has no text layer", 1),
    ("pdf-garbage", text_file("x.pdf", b"%PDF-1.4 not really"), "error", "unreadable PDF", 1),
    ("docx", docx_file, "ok", "", 0),
    ("docx-garbage", text_file("x.docx", b"PK\x03\x04 broken"), "error", "unreadable DOCX", 1),
    ("jsonl-garbage", text_file("x.jsonl", b"{not json\n"), "error", "invalid JSON", 1),
]


@pytest.mark.parametrize(
    ("maker", "status", "words", "exit_status"),
    [row[1:] for row in HOSTILE],
    ids=[row[0] for row in HOSTILE],
)
def test_hostile_input_gives_one_record_and_the_exit_status(
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    maker: Maker,
    status: str,
    words: str,
    exit_status: int,
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    maker(folder)
    assert main(["run", str(folder), "--out", str(tmp_path / "out"), "-q"]) == exit_status
    # the reason is in the record: a parser's own warnings are not logged besides
    assert [record.getMessage() for record in caplog.records] == []
    records = [json.loads(line) for line in (tmp_path / "out" / "knowledge.jsonl").open()]
    documents = [r for r in records if r["kind"] == "document"]
    assert len(documents) == 1
    [document] = documents
    assert document["status"] == status
    said = document["error"] if status == "error" else " ".join(document["warnings"])
    assert words in (said or "")
    if status == "error":
        assert "\n" not in document["error"]
        assert document["text"] == ""
    else:
        assert document["error"] is None and document["text"]
        for record in records:
            for mention in record.get("mentions", []):
                assert document["text"][mention["start"] : mention["end"]] == mention["text"]


def test_an_html_page_gives_its_main_text_title_date_and_quotes(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE)
    assert main(["run", str(tmp_path / "page.html"), "--out", str(tmp_path / "out"), "-q"]) == 0
    records = [json.loads(line) for line in (tmp_path / "out" / "knowledge.jsonl").open()]
    [document] = [r for r in records if r["kind"] == "document"]
    assert document["title"] == "Forty arrests in a week of action"
    assert document["url"] == "https://news.example.test/forty-arrests"
    assert document["published"] == "2024-03-05"
    assert "<" not in document["text"] and "&ldquo;" not in document["text"]
    assert "Council tax" not in document["text"]  # the sidebar is not the article
    quotes = [r for r in records if r["kind"] == "quote"]
    assert [q["speaker"] for q in quotes] == ["person:mara-quill"]
    assert not any(r["kind"] == "statistic" and r["value"] == 5 for r in records)
    assert records[0]["extractors"]["trafilatura"]


def test_pdf_and_docx_text_is_extracted(tmp_path: Path) -> None:
    pdf(with_text=True)(tmp_path)
    docx_file(tmp_path)
    assert main(["run", str(tmp_path), "--out", str(tmp_path / "out"), "-q"]) == 0
    records = [json.loads(line) for line in (tmp_path / "out" / "knowledge.jsonl").open()]
    texts = {Path(r["sources"][0]).suffix: r for r in records if r["kind"] == "document"}
    assert texts[".pdf"]["text"].startswith("Officers from Kent Police arrested 40 people.")
    assert texts[".docx"]["text"] == f"Essex Police charged 12 men.\n\n{SAY}"
    assert texts[".docx"]["title"] == "Charged"
    assert set(records[0]["extractors"]) == {"pypdf", "python-docx"}


def test_a_text_over_max_chars_is_an_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text("Kent Police made 12 arrests. " * 10)
    (tmp_path / "short.txt").write_text("Kent Police made 3 arrests.")
    out = tmp_path / "out"
    assert main(["run", str(tmp_path), "--out", str(out), "-q", "--max-chars", "100"]) == 1
    records = [json.loads(line) for line in (out / "knowledge.jsonl").open()]
    errors = {Path(r["sources"][0]).name: r["error"] for r in records if r["kind"] == "document"}
    assert errors["long.txt"] == "text too long: 289 characters (the limit, --max-chars, is 100)"
    assert errors["short.txt"] is None


def test_a_folder_reports_what_it_cannot_read_but_skips_notes_hidden_and_gold(
    tmp_path: Path,
) -> None:
    for name in ("a.txt", "README.md", ".hidden.txt", "gold/a.json", "sub/b.xyz"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(SAY)
    (tmp_path / "loop").symlink_to(tmp_path)  # a folder link back up: walked once
    assert main(["run", str(tmp_path), "--out", str(tmp_path / ".out"), "-q"]) == 1
    records = [json.loads(line) for line in (tmp_path / ".out" / "knowledge.jsonl").open()]
    sources = {r["sources"][0]: r["status"] for r in records if r["kind"] == "document"}
    assert sources == {str(tmp_path / "a.txt"): "ok", str(tmp_path / "sub" / "b.xyz"): "error"}
