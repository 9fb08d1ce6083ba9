"""Reading inputs: decoding, headers, datelines, JSON Lines, and errors that lose nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pressfacts.reader.datelines import find_dateline, parse_date_value
from pressfacts.reader.read import decode_bytes, expand_inputs, read_path, split_header

BODY = "Police in Kent have made 12 arrests.\n\nMore follows."


@pytest.mark.parametrize(
    ("raw", "fields", "body"),
    [
        # YAML front matter
        (f"---\ntitle: Arrests\nurl: https://x.test/a\n---\n{BODY}", {"title": "Arrests"}, BODY),
        # a fenced yaml block at the top (seed 002's layout)
        (f"```yaml\ntitle: Arrests\n```\n\n{BODY}", {"title": "Arrests"}, BODY),
        # a leading date line, the text going on on the same line (seed 000's layout)
        (f" date 2023-04-19 {BODY}", {"date": "2023-04-19"}, BODY),
        (f"date 2024-01-05\n{BODY}", {"date": "2024-01-05"}, BODY),
        # no header at all: only the surrounding white space goes
        (f"\n\n{BODY}\n", {}, BODY),
        # a horizontal rule later in the text is not front matter
        (f"{BODY}\n---\nNotes", {}, f"{BODY}\n---\nNotes"),
    ],
)
def test_split_header(raw: str, fields: dict[str, str], body: str) -> None:
    header = split_header(raw)
    assert header.body == body
    assert header.warnings == ()
    for key, value in fields.items():
        assert header.fields[key] == value


def test_yaml_header_is_read_with_the_safe_loader() -> None:
    raw = "---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody text."
    header = split_header(raw)
    assert header.body == "Body text."
    assert header.warnings[0].startswith("header is not valid YAML: ")
    assert isinstance(header.fields["title"], str)  # read as text, never constructed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday, November 2, 2018\n\nHeadline here", dt.date(2018, 11, 2)),
        ("Headline\n\n2 November 2018, 06:32 | Updated: 2 November 2018", dt.date(2018, 11, 2)),
        ("Headline\n\nTuesday 14th March 2023\n\nText", dt.date(2023, 3, 14)),
        ("Headline\n\n3 Sept 2021\n\nText", dt.date(2021, 9, 3)),
        ("2022-06-30\nText", dt.date(2022, 6, 30)),
        # a labelled dateline
        ("Published: 14 March 2024\n\nText", dt.date(2024, 3, 14)),
        ("Headline\nPosted on Monday 4 March 2024 at 10:02", dt.date(2024, 3, 4)),
        # a time of day before the date
        ("Headline\nPublished 14:02, 16 Jan 2025 | Updated 15:10\n\nText", dt.date(2025, 1, 16)),
        ("Headline\nUpdated 9.15am on 3 May 2024\n\nText", dt.date(2024, 5, 3)),
        ("Headline\n10:30 BST, 7 June 2023\n\nText", dt.date(2023, 6, 7)),
        # the UK's numeric order, day first
        ("19/09/2024\n\nText", dt.date(2024, 9, 19)),
        ("Headline\nDate: 04.03.2024\n\nText", dt.date(2024, 3, 4)),
        ("Headline\nPublished 7-11-2023 09:15\n\nText", dt.date(2023, 11, 7)),
        ("13/13/2024\n\nText", None),  # no thirteenth month
        ("2024/25 figures\n\nText", None),
        # a date inside the story is not a dateline
        ("Headline\n\nThe offence happened on 2 March 2019 in Leeds.", None),
        ("No date here at all.", None),
        # an impossible date is no date
        ("31 February 2020\n\nText", None),
    ],
)
def test_find_dateline(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-19", dt.date(2023, 4, 19)),
        ("2023-04-19T10:00:00Z", dt.date(2023, 4, 19)),
        (dt.date(2020, 1, 2), dt.date(2020, 1, 2)),
        (dt.datetime(2020, 1, 2, 3, 4), dt.date(2020, 1, 2)),
        ("5 March 2024", dt.date(2024, 3, 5)),
        (12345, None),
        ("soon", None),
    ],
)
def test_parse_date_value(value: object, expected: dt.date | None) -> None:
    assert parse_date_value(value) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("Café “quoted”".encode(), "Café “quoted”"),
        ("\ufeffWith BOM".encode(), "With BOM"),
        ("Windows “smart” quotes – café".encode("cp1252"), "Windows “smart” quotes – café"),
        (b"line one\r\nline two\rline three", "line one\nline two\nline three"),
    ],
)
def test_decode_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(1, 32)) * 20, "binary"),
    ],
)
def test_decode_bytes_rejects_bad_input(data: bytes, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        decode_bytes(data)


def test_read_path_takes_title_url_and_date_from_the_header(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: T\nurl: https://x.test\npublished: 2021-05-06\n---\n{BODY}")
    [document] = read_path(str(path))
    assert (document.title, document.url, document.published) == (
        "T",
        "https://x.test",
        dt.date(2021, 5, 6),
    )
    assert document.text == BODY
    assert document.error is None


def test_read_path_falls_back_to_a_dateline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nMonday, 3 July 2023\n\nStory.")
    [document] = read_path(str(path))
    assert document.published == dt.date(2023, 7, 3)


def test_read_jsonl_gives_one_document_per_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"text": "First story.", "title": "One", "published": "2020-02-03"}\n'
        "\n"
        "not json\n"
        '{"title": "no text"}\n'
        '{"text": "Second story.", "url": "https://x.test/2"}\n'
    )
    documents = list(read_path(str(path)))
    assert [d.source for d in documents] == [f"{path}:1", f"{path}:3", f"{path}:4", f"{path}:5"]
    assert documents[0].published == dt.date(2020, 2, 3)
    assert documents[1].error and documents[1].error.startswith("invalid JSON")
    assert documents[2].error == 'JSON line has no string "text" or "html"'
    assert documents[3].text == "Second story." and documents[3].url == "https://x.test/2"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01binary", "binary file (contains NUL bytes)"),
        (b"---\ntitle: only a header\n---\n", "no text after the header"),
        (b"\xef\xbb\xbf\n\n", "empty file"),
    ],
)
def test_bad_files_become_documents_in_error(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    [document] = read_path(str(path))
    assert document.error == reason
    assert "\n" not in document.error


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        pytest.param("missing.txt", "no such file", id="file"),
        pytest.param("missing", "no such file", id="no-suffix"),
        pytest.param("gone/", "no such file", id="folder"),
        pytest.param("*.nothing", "matches no file", id="glob"),
        pytest.param("release-[0-9].txt", "matches no file", id="glob-class"),
    ],
)
def test_a_missing_path_is_a_document_in_error(tmp_path: Path, name: str, reason: str) -> None:
    [path] = expand_inputs([str(tmp_path / name)])
    [document] = read_path(path)
    assert document.error == reason


def test_expand_inputs_walks_folders_globs_and_keeps_missing_paths(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.jsonl", "sub/skip.png", "sub/NOTES.md", "README.md"):
        (tmp_path / name).write_text("x")
    found = expand_inputs([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nope.txt")])
    names = [Path(p).relative_to(tmp_path).as_posix() for p in found]
    # a folder's other files are inputs too, reported as unsupported when read
    assert names == ["a.md", "b.txt", "sub/c.jsonl", "sub/skip.png", "nope.txt"]


@pytest.mark.parametrize(
    ("path", "suffix"),
    [
        ("releases/one.txt", ".txt"),
        ("releases/archive.tar.gz", ".gz"),
        ("releases/no_suffix", ""),
        ("releases/ends_with_dot.", ""),
        ("releases/.hidden", ""),
        ("releases.d/plain", ""),
    ],
)
def test_file_suffix_as_pathlib_gives_it(path: str, suffix: str) -> None:
    from pressfacts.reader.inputs import file_suffix

    assert file_suffix(path) == suffix == Path(path).suffix


def test_folder_walk_orders_by_path_parts(tmp_path: Path) -> None:
    from pressfacts.reader.inputs import walk_folder

    for name in ("b.txt", "a-z/c.txt", "a/d.txt", "a.txt", "NOTES.md", ".x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [Path(path).relative_to(tmp_path).as_posix() for path in walk_folder(str(tmp_path))]
    assert found == sorted(found, key=lambda path: Path(path).parts)
    assert found == ["a/d.txt", "a-z/c.txt", "a.txt", "b.txt"]
