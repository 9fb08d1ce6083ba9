"""The kept text of a Doc is its text, kept per Doc and dropped with it."""

from __future__ import annotations

import gc

import pytest
import spacy

from pressfacts.doc_text import _TEXTS, doc_text, keep_text
from pressfacts.tokenizer.long_runs import LongRunTokenizer


@pytest.mark.parametrize(
    "text",
    ["", "One line.", "Two  spaces\n\nand a blank line. ", "Tabs\tand “curly” marks’"],
)
def test_doc_text_is_the_text(text: str) -> None:
    """Each text: the kept text equals ``doc.text``, the first time and the next."""
    doc = spacy.blank("en").make_doc(text)
    assert doc_text(doc) == doc.text == text
    assert doc_text(doc) is doc_text(doc)  # kept, not built again


def test_each_doc_keeps_its_own_text_and_drops_it_with_the_doc() -> None:
    nlp = spacy.blank("en")
    first, second = nlp.make_doc("First text."), nlp.make_doc("Second text.")
    assert (doc_text(first), doc_text(second)) == ("First text.", "Second text.")
    kept = len(_TEXTS)
    del first
    gc.collect()
    assert len(_TEXTS) == kept - 1


@pytest.mark.parametrize(
    "text",
    ["", "A release.", "Runs:" + "x" * 30 + " then words.", "Mixed\n\nlines  and\ttabs "],
)
def test_the_tokenizer_hands_over_its_input(text: str) -> None:
    """Each text through the pipeline's tokenizer (short and cut runs alike): the kept
    text is the very input string, equal to ``doc.text``, so no stage builds it."""
    tokenizer = LongRunTokenizer(spacy.blank("en").tokenizer, longest_run=10, piece_chars=12)
    doc = tokenizer(text)
    assert _TEXTS.get(doc) is text
    assert doc_text(doc) == doc.text == text


def test_kept_text_is_the_callers_string() -> None:
    doc = spacy.blank("en").make_doc("Kept as given.")
    given = "Kept as given."
    assert doc_text(keep_text(doc, given)) is given
