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

from pressfacts.entities import lexeme_flags
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


@pytest.mark.parametrize(
    ("most", "flagged"),
    [
        (lexeme_flags.MAX_FLAGS, lexeme_flags.MAX_FLAGS),  # the cap
        (64, 45),  # no cap short of the bits: FLAG19 to FLAG63
    ],
)
def test_past_the_flags_tests_stay_predicates(
    most: int, flagged: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each case: at most ``most`` flags, of which ``flagged`` can be had; fifty tests,
    the most used first: those get the flags, the rest stay as written, and the Matcher
    still finds each word."""
    monkeypatch.setattr(lexeme_flags, "MAX_FLAGS", most)
    nlp = spacy.blank("en")
    tokens = [{"LOWER": {"IN": [f"w{number}"]}} for number in range(50) for _ in range(50 - number)]
    flags = WordFlags(nlp.vocab)
    flags.reserve(tokens)
    written = [flags.token({"LOWER": {"IN": [f"w{number}"]}}) for number in range(50)]
    assert written[0] == {"FLAG19": True}  # w0: the most used
    assert [number for number, token in enumerate(written) if "LOWER" in token] == list(
        range(flagged, 50)
    )
    matcher = Matcher(nlp.vocab, validate=False)
    for number, token in enumerate(written):
        matcher.add(f"W{number}", [[token]])
    doc = nlp.make_doc(" ".join(f"W{number}" for number in range(50)))
    assert [start for _, start, _ in sorted(matcher(doc), key=lambda m: m[1])] == list(range(50))


def test_bad_pattern_refused_as_written() -> None:
    """A pattern the Matcher's schema refuses is refused before flags are read."""
    matcher = WindowedMatcher(spacy.blank("en"), 2, 2)
    with pytest.raises(MatchPatternError):
        matcher.add("BAD", [[{"TEXT": {"REGEX": CAP}, "NOT_AN_ATTR": 1}]], {"x"}, "LONGEST")
