"""Hard-wrapped lines read as one line (offsets kept); other line breaks left alone."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from spacy.language import Language

from pressfacts import extract, extract_texts
from pressfacts.lexicon.text import split_sentences
from pressfacts.models.records import (
    DocumentRecord,
    EntityRecord,
    QuoteRecord,
    StatisticRecord,
)
from pressfacts.reader.line_wraps import FULL_LINE, KEPT_BREAKS, Line, unwrapped, wrap_width

from .conftest import make_pdf

RELEASE = (
    "Detective Inspector Hollie Marsden, of Merseyside Police's serious organised crime "
    "unit, said the operation had led to 61 arrests in the six months to September, "
    "compared with 44 in the same period last year.\n\n"
    '"This is what happens when communities in Bootle, Kirkby and Huyton tell us what '
    'they see," she said. "We will keep going until the dealers get the message."\n\n'
    "The Merseyside Police and Crime Commissioner, Emily Spurrell, said she had set "
    "aside £140,000 in 2026/27 for youth diversion work run by the charity Catch22 "
    "across the Wirral and Sefton.\n"
)
"""An invented release, each paragraph on one line."""


def wrapped(text: str, width: int) -> str:
    """``text`` with each paragraph hard-wrapped at ``width`` columns."""
    return "\n".join(textwrap.fill(line, width) if line else line for line in text.split("\n"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paragraphs wrapped at one width: about that width (a line seldom fills it)
        (wrapped(RELEASE, 72), 72),
        (wrapped(RELEASE, 60), 60),
        # each paragraph one line: not wrapped
        (RELEASE, None),
        # short lines that go on (an address, a list of names): not wrapped
        ("Media office\nLeicestershire Police\nEnderby\nLeicester\nLE19 2BX\n", None),
        ("Chief Constable Jo Bell\nDeputy Chief Constable Sam Reed\nACC Ali Khan\n", None),
        # a list without markers, its items lines of about one length: not wrapped
        (
            "During the week of action officers in Gwent recorded these results:\n"
            "Three men arrested in Newport and charged with supplying heroin and crack cocaine\n"
            "22 previous victims of cuckooing visited by officers for safeguarding checks\n"
            "Talks about exploitation given to more than 900 pupils at secondary schools\n"
            "A knife, two machetes and a baseball bat seized from an address in Cwmbran\n",
            None,
        ),
        # long lines of varied length, each a paragraph: not wrapped
        (
            "Officers in Hull made 12 arrests on Friday night.\n"
            + "A 34-year-old man from Beverley was charged with dealing class A drugs and "
            "will appear before magistrates in the city next month.\n"
            + "Anyone with information should call 101.\n"
            + "The force thanked residents of Orchard Park, Bransholme and Sutton Park for "
            "the many reports they had made to officers over the summer holidays.\n",
            None,
        ),
    ],
)
def test_wrap_width(text: str, expected: int | None) -> None:
    width = wrap_width(text)
    if expected is None:
        assert width is None
    else:
        assert width is not None and expected - 8 <= width <= expected


@pytest.mark.parametrize(
    ("rule", "line", "fires"),
    [
        # "National Crime" + "Agency" would not fit in 50 columns: the line is full
        (FULL_LINE, Line("made by officers of the National Crime", "Agency and forces", 40), True),
        # a heading's short line is not full
        (FULL_LINE, Line("Notes to editors", "The figures are provisional.", 72), False),
        # the last line of a paragraph with room for the next word
        (FULL_LINE, Line("on the roads of Kent.", "The campaign runs", 72), False),
    ],
)
def test_full_line(rule: object, line: Line, fires: bool) -> None:
    assert FULL_LINE.test(line) is fires


@pytest.mark.parametrize(
    ("after", "kept"),
    [
        ("• 1,204 burglaries, down 8%", True),
        ("- 312 people killed or seriously injured", True),
        ("2. Media enquiries: 01275 816350", True),
        ("(b) the 2026/27 grant", True),
        # a count or a hyphenated word at a line's start is no list item
        ("2,104 people were surveyed", False),
        ("-based scheme", False),
        ("officers from the unit", False),
    ],
)
def test_list_item_next(after: str, kept: bool) -> None:
    [list_item_next] = (rule for rule in KEPT_BREAKS if rule.name == "list-item-next")
    assert list_item_next.test(Line("x" * 70, after, 72)) is kept


def test_unwrapped_keeps_length_and_every_other_character() -> None:
    text = wrapped(RELEASE, 64)
    read = unwrapped(text)
    assert len(read) == len(text)
    assert "\n" in text and read.count("\n") == RELEASE.count("\n")
    assert all(a == b or (a, b) == ("\n", " ") for a, b in zip(text, read, strict=True))
    assert unwrapped(RELEASE) is RELEASE


def test_a_list_after_a_full_line_keeps_its_breaks() -> None:
    lines = [
        "Key figures for the year ending December 2025, published today by the force:",
        "• 1,284 drivers were arrested for drink or drug driving, up 6% on 2024",
        "• 312 people were killed or seriously injured on roads in the county area",
        "• Officers seized 946 uninsured vehicles at the roadside during the year",
    ]
    text = "\n".join(lines) + "\n"
    assert unwrapped(text) == text


def _records(text: str, nlp: Language) -> tuple[list[QuoteRecord], list[StatisticRecord], str]:
    header = "---\ntitle: Probe\npublished: 2026-10-14\n---\n"
    records = extract_texts([header + text], nlp)
    [document] = (r for r in records if isinstance(r, DocumentRecord))
    quotes = [r for r in records if isinstance(r, QuoteRecord)]
    statistics = [r for r in records if isinstance(r, StatisticRecord)]
    return quotes, statistics, document.text


@pytest.mark.parametrize("width", [50, 66, 80])
def test_a_wrapped_release_gives_the_records_of_its_one_line_original(
    width: int, nlp: Language
) -> None:
    quotes, statistics, _ = _records(RELEASE, nlp)
    wrapped_quotes, wrapped_statistics, text = _records(wrapped(RELEASE, width), nlp)
    assert [(q.speaker, q.text) for q in wrapped_quotes] == [(q.speaker, q.text) for q in quotes]
    assert [s.model_dump(exclude={"id", "mentions"}) for s in wrapped_statistics] == [
        s.model_dump(exclude={"id", "mentions"}) for s in statistics
    ]
    # the mentions still point into the document's own (wrapped) text
    for record in (*wrapped_quotes, *wrapped_statistics):
        assert all(text[m.start : m.end] == m.text for m in record.mentions)
    assert any("\n" in m.text for q in wrapped_quotes for m in q.mentions)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        # a hard-wrapped line goes on: one sentence
        (
            "This is what happens when communities in Bootle\ntell us what they see.",
            ["This is what happens when communities in Bootle\ntell us what they see."],
        ),
        # a line break after punctuation, or a blank line, still ends one
        ("It works,\nSome of it is prevention.", ["It works,", "Some of it is prevention."]),
        ("We acted\n\nNow we wait", ["We acted", "Now we wait"]),
    ],
)
def test_quote_sentences_across_a_wrapped_line(quote: str, expected: list[str]) -> None:
    assert split_sentences(quote) == expected


def test_a_pdf_text_layer_wrapped_at_its_lines_reads_as_its_sentences(
    tmp_path: Path, nlp: Language
) -> None:
    paragraph = (
        '"We will keep going until the dealers in Bootle, Kirkby and Huyton get the message '
        'and leave our streets for good," said Detective Inspector Hollie Marsden, who '
        "leads the serious organised crime unit of Merseyside Police."
    )
    pdf = tmp_path / "release.pdf"
    pdf.write_bytes(make_pdf(textwrap.wrap(paragraph, 60)))
    records = extract([str(pdf)], nlp)
    [document] = (r for r in records if isinstance(r, DocumentRecord))
    assert document.status == "ok" and "\n" in document.text.strip()
    [quote] = (r for r in records if isinstance(r, QuoteRecord))
    assert quote.text == (
        "We will keep going until the dealers in Bootle, Kirkby and Huyton get the message "
        "and leave our streets for good"
    )
    [person] = (r for r in records if isinstance(r, EntityRecord) and r.type == "PERSON")
    assert (person.name, quote.speaker) == ("Hollie Marsden", person.id)
    forces = {r.name for r in records if isinstance(r, EntityRecord) and r.type == "FORCE"}
    assert forces == {"Merseyside Police"}
