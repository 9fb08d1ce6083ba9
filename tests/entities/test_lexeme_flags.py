"""A word test of a token pattern (a regex, a word list, both), read as a lexeme flag,
matches exactly the tokens the Matcher's own test matches (words the vocab knew before
the flag and words it meets after); the free flags go to the tests used most, the rest
stay the Matcher's predicates; a bad pattern is still refused as written."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

from pressfacts.entities.lexeme_flags import WordFlags
from pressfacts.entities.rule_windows import WindowedMatcher

CAP = r"^(?:[A-Z][\w’'.]*|[-&])$"

TEXTS = [
    "Harlow District Council met Basildon Crown Court officials.",
    "the st. Albans & Dyfed-Powys Trust’s Open Door Project ran.",
    "NHS staff at Ysbyty Gwynedd said O’Neill & Co. helped.",
    "nothing capitalised here at all - or & here",
    "Ünsal and Élodie joined the Safer Streets Group and the TRUST.",
]

PATTERNS: list[list[dict[str, Any]]] = [
    [{"TEXT": {"REGEX": CAP}, "OP": "+"}, {"LOWER": {"IN": ["council", "trust"]}}],
    [{"TEXT": {"REGEX": CAP, "NOT_IN": ["Council", "Court"]}, "OP": "+"}, {"ORTH": "Court"}],
    [{"ORTH": {"IN": ["Safer", "Open", "Crown"]}}, {"TEXT": {"REGEX": "^[A-Z]"}, "OP": "*"}],
    [{"LOWER": {"NOT_IN": ["the", "and", "&"]}}, {"LOWER": {"IN": ["group", "project"]}}],
    [{"LOWER": {"REGEX": "^st", "IN": ["st.", "streets"]}}, {"ORTH": {"NOT_IN": ["x"]}}],
    [{"LOWER": {"IN": ["Trust"]}}],  # upper case in a LOWER list: never a match
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("pattern", PATTERNS)
def test_flag_matches_as_the_test(text: str, pattern: list[dict[str, Any]]) -> None:
    """Each text and pattern: the flagged pattern finds the same matches as the plain one."""
    nlp = spacy.blank("en")
    nlp.make_doc(TEXTS[0])  # some words known before the flags are added
    plain = Matcher(nlp.vocab)
    plain.add("P", [pattern], greedy="LONGEST")
    flags = WordFlags(nlp.vocab)
    flags.reserve(pattern)
    written = [flags.token(token) for token in pattern]
    assert all(key.startswith("FLAG") or key in ("OP", "ORTH") for t in written for key in t)
    flagged = Matcher(nlp.vocab, validate=False)
    flagged.add("P", [written], greedy="LONGEST")
    for probe in ("Solo Word", "x", "A", "St. Group"):
        doc = nlp.make_doc(f"{text} {probe}")
        assert flagged(doc) == plain(doc)


@pytest.mark.parametrize(
    ("token", "written"),
    [
        ({"TEXT": {"REGEX": CAP}, "OP": "?"}, {"FLAG19": True, "OP": "?"}),
        ({"ORTH": {"REGEX": CAP}}, {"FLAG19": True}),  # TEXT and ORTH read the same text
        ({"LOWER": {"IN": ["of", "for"]}}, {"FLAG20": True}),
        ({"LOWER": "council"}, {"LOWER": "council"}),  # a plain value: no flag needed
        ({"NORM": {"IN": ["'s"]}}, {"NORM": {"IN": ["'s"]}}),  # a norm is the token's
        ({"TEXT": {"FUZZY": "Kent"}}, {"TEXT": {"FUZZY": "Kent"}}),  # no flag for it
        ({"LOWER": {"IN": ["the"]}}, {"LOWER": {"IN": ["the"]}}),  # not reserved
    ],
)
def test_tokens_written_with_flags(token: dict[str, Any], written: dict[str, Any]) -> None:
    """Each token, after the flags are reserved for the two tests used here most."""
    flags = WordFlags(spacy.blank("en").vocab)
    flags.reserve(
        [{"TEXT": {"REGEX": CAP}}] * 3
        + [{"LOWER": {"IN": ["of", "for"]}}] * 2
        + [{"NORM": {"IN": ["'s"]}}] * 5
    )
    assert flags.token(token) == written


def test_past_the_free_bits_tests_stay_predicates() -> None:
    """Fifty tests and 45 free bits: the most used get the flags, the rest stay as written,
    and the Matcher still finds each word."""
    nlp = spacy.blank("en")
    tokens = [{"LOWER": {"IN": [f"w{number}"]}} for number in range(50) for _ in range(50 - number)]
    flags = WordFlags(nlp.vocab)
    flags.reserve(tokens)
    assert flags.token(tokens[0]) == {"FLAG19": True}  # w0: the most used
    assert flags.token({"LOWER": {"IN": ["w49"]}}) == {"LOWER": {"IN": ["w49"]}}
    matcher = Matcher(nlp.vocab, validate=False)
    for number in range(50):
        matcher.add(f"W{number}", [[flags.token({"LOWER": {"IN": [f"w{number}"]}})]])
    doc = nlp.make_doc(" ".join(f"W{number}" for number in range(50)))
    assert [start for _, start, _ in sorted(matcher(doc), key=lambda m: m[1])] == list(range(50))


def test_bad_pattern_refused_as_written() -> None:
    """A pattern the Matcher's schema refuses is refused before flags are read."""
    matcher = WindowedMatcher(spacy.blank("en"), 2, 2)
    with pytest.raises(MatchPatternError):
        matcher.add("BAD", [[{"TEXT": {"REGEX": CAP}, "NOT_AN_ATTR": 1}]], {"x"}, "LONGEST")


def test_no_rule_added_after_sealing() -> None:
    """Once sealed (its patterns written with flags), the Matcher takes no more rules."""
    matcher = WindowedMatcher(spacy.blank("en"), 2, 2)
    matcher.add("ONE", [[{"TEXT": {"REGEX": CAP}}, {"LOWER": "council"}]], {"council"}, "LONGEST")
    matcher.seal()
    with pytest.raises(RuntimeError, match="after the Matcher was sealed"):
        matcher.add("TWO", [[{"LOWER": "court"}]], {"court"}, "LONGEST")
