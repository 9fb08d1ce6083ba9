"""A regex on a word's text, read as a lexeme flag, matches exactly the tokens the
Matcher's own REGEX test matches (words the vocab knew before the flag and words it
meets after), and a bad pattern is still refused as written."""

from __future__ import annotations

import pytest
import spacy
from spacy.errors import MatchPatternError
from spacy.matcher import Matcher

from pressfacts.entities.lexeme_flags import RegexFlags
from pressfacts.entities.rule_windows import WindowedMatcher

CAP = r"^(?:[A-Z][\w’'.]*|[-&])$"

TEXTS = [
    "Harlow District Council met Basildon Crown Court officials.",
    "the st. Albans & Dyfed-Powys Trust’s Open Door Project ran.",
    "NHS staff at Ysbyty Gwynedd said O’Neill & Co. helped.",
    "nothing capitalised here at all - or & here",
    "Ünsal and Élodie joined the Safer Streets Group.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_flag_matches_as_the_regex(text: str) -> None:
    """Each text: the flagged pattern finds the same matches as the REGEX pattern."""
    nlp = spacy.blank("en")
    nlp.make_doc(TEXTS[0])  # some words known before the flag is added
    pattern = [{"TEXT": {"REGEX": CAP}, "OP": "+"}, {"LOWER": {"IN": ["council", "trust"]}}]
    plain = Matcher(nlp.vocab)
    plain.add("P", [pattern], greedy="LONGEST")
    flags = RegexFlags(nlp.vocab)
    flagged = Matcher(nlp.vocab, validate=False)
    flagged.add("P", [[flags.token(token) for token in pattern]], greedy="LONGEST")
    for probe in ("Solo Word", "x", "A"):
        doc = nlp.make_doc(f"{text} {probe}")
        assert flagged(doc) == plain(doc)
        assert [flags.token({"TEXT": {"REGEX": CAP}})] == [{"FLAG19": True}]


def test_one_flag_per_regex() -> None:
    """The same regex twice is one flag; another regex takes the next free bit."""
    flags = RegexFlags(spacy.blank("en").vocab)
    first = flags.token({"TEXT": {"REGEX": CAP}})
    assert flags.token({"ORTH": {"REGEX": CAP}, "OP": "?"}) == {**first, "OP": "?"}
    assert flags.token({"TEXT": {"REGEX": "^x"}}) == {"FLAG20": True}
    assert flags.token({"LOWER": "council"}) == {"LOWER": "council"}


def test_bad_pattern_refused_as_written() -> None:
    """A pattern the Matcher's schema refuses is refused before flags are read."""
    matcher = WindowedMatcher(spacy.blank("en"), 2, 2)
    with pytest.raises(MatchPatternError):
        matcher.add("BAD", [[{"TEXT": {"REGEX": CAP}, "NOT_AN_ATTR": 1}]], {"x"}, "LONGEST")
