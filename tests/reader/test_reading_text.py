"""The text the stages read: odd spaces read as spaces, offsets kept, records unchanged."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import EntityRecord, QuoteRecord, StatisticRecord
from pressfacts.reader.reading_text import SPACE_LIKE, reading_text

RELEASE = (
    "Chief Inspector Ali Khan, of West Yorkshire Police, said officers had seized "
    "£1 million of cannabis in Bradford in the year to March 2025.\n\n"
    '"We are pleased with the result," said Insp Khan.\n'
)
"""An invented release, written with plain spaces."""


@pytest.mark.parametrize("space", sorted(SPACE_LIKE))
def test_each_space_like_character_is_read_as_a_space(space: str) -> None:
    text = f"Chief{space}Inspector Ali{space}Khan"
    assert reading_text(text) == "Chief Inspector Ali Khan"


@pytest.mark.parametrize(
    "text",
    [
        "Plain text with plain spaces.",
        # a zero-width space or a soft hyphen stands inside a word: not a space
        "Metro\u00adpolitan Police and West\u200bMercia",
        "",
    ],
)
def test_text_without_odd_spaces_is_read_as_it_is(text: str) -> None:
    assert reading_text(text) is text


def _facts(text: str, nlp: Language) -> list[tuple[object, ...]]:
    records = extract_texts(["---\npublished: 2026-03-02\n---\n" + text], nlp)
    return [
        (r.name, tuple(r.titles), tuple(r.aliases))
        if isinstance(r, EntityRecord)
        # a period's words and a quote's are on one line, with plain spaces
        else (r.text, r.speaker)
        if isinstance(r, QuoteRecord)
        else (r.value, r.unit, r.area, r.period)
        for r in records
        if isinstance(r, EntityRecord | QuoteRecord | StatisticRecord)
    ]


@pytest.mark.parametrize(
    "replaced",
    [
        # no-break spaces after titles, in names and in a sum, as web pages write them
        ("Chief Inspector", "Chief\u00a0Inspector"),
        ("Ali Khan", "Ali\u00a0Khan"),
        ("£1 million", "£1\u00a0million"),
        ("West Yorkshire Police", "West\u202fYorkshire\u00a0Police"),
        ("March 2025", "March\u20092025"),
    ],
)
def test_a_release_with_odd_spaces_gives_the_records_of_its_plain_original(
    replaced: tuple[str, str], nlp: Language
) -> None:
    plain, odd = replaced
    assert plain in RELEASE
    assert _facts(RELEASE.replace(plain, odd), nlp) == _facts(RELEASE, nlp)
