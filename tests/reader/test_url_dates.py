"""The publication date a url carries, only as far as it goes, and only when none is stated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from pressfacts.findings import PartialDate
from pressfacts.reader.read import read_path
from pressfacts.reader.url_dates import URL_DATE_PATTERNS, date_from_url


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        # htmldate: a whole year/month/day path, with slashes or dashes
        ("https://news.example.test/crime/2021/03/09/vans-seized-in-leeds/", "2021-03-09"),
        ("https://tv.example.test/wales/update/2016-11-02/fraud-rise", "2016-11-02"),
        # htmldate's year-month pattern: no day is made up
        ("https://paper.example.test/news/2017/05/knife-bins-filled", "2017-05"),
        # htmldate reads neither of these: our named patterns
        ("https://force.example.test/news/2022/february/appeal-after-raid", "2022-02"),
        ("https://force.example.test/news/Latest/04062019-week-of-action", "2019-06-04"),
        # article numbers, slugs and financial years are no dates
        ("https://paper.example.test/news/21863419.drugs-seized/", None),
        ("https://pcc.example.test/news/budget-agreed-for-2023-24", None),
        ("https://paper.example.test/news/2017/12345-story", None),
        ("https://force.example.test/news/2020/mayor-visits", None),
        ("", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    found = date_from_url(url)
    assert (str(found) if found else None) == expected
    if found:
        assert found.source == "url"


@pytest.mark.parametrize(
    ("name", "url", "expected"),
    [
        ("year_month_name", "/2019/Aug/", PartialDate(2019, 8, None, "url")),
        ("day_first_slug", "/31122020-new-year-patrols", PartialDate(2020, 12, 31, "url")),
    ],
)
def test_each_url_pattern(name: str, url: str, expected: PartialDate) -> None:
    assert URL_DATE_PATTERNS[name].search(url) is not None
    assert date_from_url("https://x.test" + url) == expected


def test_a_stated_date_is_kept_and_a_url_date_is_recorded(tmp_path: Path) -> None:
    body = "Officers in Hull made 12 arrests.\n"
    stated = tmp_path / "stated.txt"
    stated.write_text(
        f"---\nurl: https://x.test/news/2020/01/a\npublished: 2020-02-03\n---\n{body}"
    )
    [document] = read_path(str(stated))
    assert document.published is not None and document.url_date is None
    assert document.warnings == ()
    undated = tmp_path / "undated.txt"
    undated.write_text(f"---\nurl: https://x.test/news/2020/01/a\npublished:\n---\n{body}")
    [document] = read_path(str(undated))
    assert document.published is None
    assert document.url_date == PartialDate(2020, 1, None, "url")
    assert any("url" in warning and "2020-01" in warning for warning in document.warnings)


def test_a_document_rebuilt_from_its_record_notes_the_url_date_once(tmp_path: Path) -> None:
    """A document read back from partials.jsonl keeps one url-date warning, not two."""
    undated = tmp_path / "undated.txt"
    undated.write_text("---\nurl: https://x.test/news/2019/07/b\npublished:\n---\nA fine of £90.\n")
    [document] = read_path(str(undated))
    rebuilt = replace(document, url_date=None)
    assert rebuilt.warnings == document.warnings
