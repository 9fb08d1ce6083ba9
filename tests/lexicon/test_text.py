"""The one text normaliser: the contract's quote folding, the dedup key, names, spelling."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from pressfacts.lexicon.text import (
    SPELLING_RULES,
    fold_name,
    fold_quote,
    fold_spelling,
    quote_key,
    quote_words,
    squash_spaces,
)

# (name, raw text, fold_quote: the evaluation's folding, quote_key: the dedup/id key)
CASES = [
    ("case", "Safer STREETS Now", "safer streets now", "safer streets now"),
    ("curly-apostrophe", "It’s yours", "it's yours", "its yours"),
    ("grave-apostrophe", "it`s theirs", "it's theirs", "its theirs"),
    (
        "double-marks-dropped",
        "“Enough,” she said „now“",
        "enough, she said now",
        "enough she said now",
    ),
    ("guillemets-dropped", "«Stay safe»", "stay safe", "stay safe"),
    ("em-dash", "Calls rose — sharply", "calls rose - sharply", "calls rose sharply"),
    ("double-hyphen", "wait--then act", "wait-then act", "wait then act"),
    ("minus-sign", "a −4 change", "a -4 change", "a 4 change"),
    ("hyphenated-word", "re-offending", "re-offending", "re offending"),
    ("underscores-italic", "_“We will act.”_", "we will act.", "we will act"),
    ("asterisks-bold", "**Never** alone", "**never** alone", "never alone"),
    ("white-space", "  two\n\tlines   here ", "two lines here", "two lines here"),
    (
        "punctuation-kept-then-spaced",
        "Help: now! (Please.)",
        "help: now! (please.)",
        "help now please",
    ),
    ("ligature", "ﬁnal ofﬁcer", "final officer", "final officer"),
    ("no-break-space", "ten\u00a0officers", "ten officers", "ten officers"),
    ("uk-us-spelling", "Organised behaviour", "organised behaviour", "organised behavior"),
]


@pytest.mark.parametrize(
    ("raw", "folded", "key"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_fold_quote_and_quote_key(raw: str, folded: str, key: str) -> None:
    assert fold_quote(raw) == folded
    assert quote_key(raw) == key


SPELLING = {
    "ize-ise": ("we recognize it", "we recognise it"),
    "yze-yse": ("they analyzed it", "they analysed it"),
    "our-or": ("neighbours helped", "neighbors helped"),
    "tre-ter": ("the centres", "the centers"),
    "ence-ense": ("a licence", "a license"),
    "programme-program": ("the programmes", "the programs"),
}


def test_every_spelling_rule_has_a_row() -> None:
    assert {rule.name for rule in SPELLING_RULES} == set(SPELLING)


@pytest.mark.parametrize(("text", "folded"), list(SPELLING.values()), ids=list(SPELLING))
def test_spelling_rule(text: str, folded: str) -> None:
    assert fold_spelling(text) == folded


@pytest.mark.parametrize(
    "word", ["size", "yes", "our", "hour", "tree", "fence", "silence"], ids=str
)
def test_spelling_leaves_short_and_unrelated_words(word: str) -> None:
    assert fold_spelling(word) == word


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The Kestrel Trust", "kestrel trust"),
        ("St Aidan’s Hospice", "st aidans hospice"),
        ("North-East Wardens", "north east wardens"),
        ("Speak Up!", "speak up"),
        ("Theodore Marsh", "theodore marsh"),
    ],
)
def test_fold_name(name: str, folded: str) -> None:
    assert fold_name(name) == folded


@given(st.text(max_size=200))
def test_quote_key_is_idempotent(text: str) -> None:
    assert quote_key(quote_key(text)) == quote_key(text)


@given(st.text(max_size=200))
@example("0 « 0")  # a mark between spaces: removed before the spaces are squashed
def test_fold_quote_is_idempotent(text: str) -> None:
    assert fold_quote(fold_quote(text)) == fold_quote(text)


def _quote_key_by_substitution(text: str) -> str:
    """quote_key as first written: marks replaced by spaces, then split on white space."""
    folded = re.sub(r"['*]", "", fold_quote(unicodedata.normalize("NFKC", text)))
    return " ".join(fold_spelling(word) for word in re.sub(r"[^\w\s]+", " ", folded).split())


@given(st.text(max_size=200))
def test_quote_key_is_the_substitution_it_replaced(text: str) -> None:
    assert quote_key(text) == _quote_key_by_substitution(text)


@given(st.text(max_size=200))
def test_quote_words_are_the_words_of_quote_key(text: str) -> None:
    # the quote merge hashes these words in place of splitting the key again
    assert quote_key(text).split() == quote_words(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_quote_key_of_ascii_text_is_the_substitution_it_replaced(text: str) -> None:
    # ASCII text takes one translation table instead of fold_quote's steps
    assert quote_key(text) == _quote_key_by_substitution(text)


@given(st.text(max_size=200))
def test_squash_spaces_is_the_white_space_regex(text: str) -> None:
    assert squash_spaces(text) == re.sub(r"\s+", " ", text).strip()
