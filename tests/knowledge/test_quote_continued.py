"""A quote carried on into the next paragraph with no attribution of its own is a part of
the quote before it: a copy printing both in one run joins them into one record. Texts
invented for the tests."""

from __future__ import annotations

from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import QuoteRecord

RELEASE = (
    "Officers from Kent Police searched 40 homes in Margate.\n\n"
    'Inspector Ann Lowry said: "Every search took a weapon off our streets. We will be '
    'back next month."'
)
REPRINT = (
    "Police searched 40 homes in Margate, the force said.\n\n"
    '"Every search took a weapon off our streets," said Inspector Ann Lowry.\n\n'
    '"We will be back next month."'
)


def test_a_continued_paragraph_follows_the_quote_before(nlp: Language) -> None:
    quotes = nlp(REPRINT)._.quotes
    assert [q.follows for q in quotes] == [False, True]


def test_a_copy_printing_both_paragraphs_as_one_joins_them(nlp: Language) -> None:
    records = [r for r in extract_texts([RELEASE, REPRINT], nlp) if isinstance(r, QuoteRecord)]
    assert [(r.speaker, len(r.mentions)) for r in records] == [("person:ann-lowry", 3)]


def test_without_such_a_copy_the_paragraphs_stay_apart(nlp: Language) -> None:
    records = [r for r in extract_texts([REPRINT], nlp) if isinstance(r, QuoteRecord)]
    assert len(records) == 2
