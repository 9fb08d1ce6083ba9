"""The rules that begin with a name, tried only where the one-scan filter says one may
match, find what a scan of the whole text with each rule finds."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.entities.name_led import GROUP_NAME as _GROUP_NAME
from pressfacts.entities.name_led import name_led_filter as _name_led_filter
from pressfacts.entities.name_words import NAME as _NAME
from pressfacts.entities.name_words import NAME_START as _NAME_START
from pressfacts.entities.name_words import NAME_TOKEN as _NAME_TOKEN
from pressfacts.entities.name_words import NAME_TOKEN_REST as _NAME_TOKEN_REST
from pressfacts.entities.person_rules import (
    _PHRASE,
    NAME_LED,
    PERSON_RULES,
)
from pressfacts.entities.rule_scans import matches_from

EXAMPLES = {rule.name: rule.example for rule in PERSON_RULES if rule.name in NAME_LED}

# every rule's own sentence, then sentences that come close to several rules at once
TEXTS = [
    *(EXAMPLES[name] for name in sorted(NAME_LED)),
    "Tariq Osei, 52, of Mill Lane, said Nadia Brooks MP was appointed. Nadia Brooks, who "
    "chairs the board, said: “Fine.” Osei (left) and Brooks, deputy head of the Lantern "
    "Trust, Head of Outreach, has said so. Aled Price, aged 19 from Rhyl, was charged.",
    "O'Neill McKay de la Vega said Jo B. Mace (pictured) and Ffion ap Rhys MS were elected.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_filtered_matches_equal_a_full_scan(nlp: Language, text: str) -> None:
    """Each text: every name-led rule's matches are the same, span for span."""
    finder = nlp.get_pipe("pressfacts_entities").people
    starts = [match.start() for match in finder._name_led.finditer(text)]
    for name in NAME_LED:
        pattern = finder._patterns[name]
        scanned = [match.span() for match in pattern.finditer(text)]
        assert [m.span() for m in matches_from(pattern, text, starts)] == scanned, name


def test_every_name_led_rule_finds_its_own_row(nlp: Language) -> None:
    """The filter lets each rule's own example through (the table would fail if not)."""
    finder = nlp.get_pipe("pressfacts_entities").people
    assert set(EXAMPLES) == NAME_LED
    for name, text in EXAMPLES.items():
        starts = [match.start() for match in finder._name_led.finditer(text)]
        assert matches_from(finder._patterns[name], text, starts), name


def test_a_rule_not_led_by_the_name_is_refused() -> None:
    with pytest.raises(ValueError, match="does not begin with the name"):
        _name_led_filter({"verb_first": r"\bsaid\s+(?P<name>[A-Z][a-z]+)"})


def test_matches_from_is_finditer_at_the_given_starts() -> None:
    """Matches do not overlap: a start inside the last match is skipped, as finditer does."""
    pattern = re.compile(r"ab+")
    assert [m.span() for m in matches_from(pattern, "abbab", [0, 1, 3])] == [(0, 3), (3, 5)]


def test_the_filters_capital_lead_loses_no_place(nlp: Language, seed_texts: dict[str, str]) -> None:
    """The filter's leading capital (taken, not looked ahead at) only speeds it: the
    same places as a look-ahead for a whole name and any name-led rule's words."""
    finder = nlp.get_pipe("pressfacts_entities").people
    lead = _NAME_START + _NAME
    tails = [finder._patterns[name].pattern[len(lead) :] for name in sorted(NAME_LED)]
    look_ahead = re.compile(_GROUP_NAME.sub("(?:", f"(?={lead}(?:{'|'.join(tails)}))"))
    for text in [*TEXTS, *seed_texts.values()]:
        found = [m.start() for m in finder._name_led.finditer(text)]
        assert found == [m.start() for m in look_ahead.finditer(text)]


WORDS = [
    ("Bell", True),
    ("McKay", True),
    ("MacLeod", True),
    ("Mcdonald", True),
    ("O'Neill", True),
    ("O’Brien", True),
    ("Smith-Jones", True),
    ("D’Arcy", False),
    ("Oneill", True),
    ("MC", False),
    ("Mc", True),
    ("Mac", True),
    ("M'Kay", False),
    ("O'neill", False),
    ("Bell-", False),
    ("B", False),
]


@pytest.mark.parametrize(("word", "is_name"), WORDS)
def test_a_capital_then_the_rest_is_a_name_word(word: str, is_name: bool) -> None:
    """``[A-Z]`` + ``_NAME_TOKEN_REST`` takes the words ``_NAME_TOKEN`` takes."""
    assert bool(re.fullmatch(_NAME_TOKEN, word)) is is_name
    assert bool(re.fullmatch(f"[A-Z]{_NAME_TOKEN_REST}", word)) is is_name


# names glued to lower-case words, hyphens and apostrophes: where a name word giving
# back letters would matter, if anything after a name could start with one
GIVE_BACK_TEXTS = [
    "Jo Bellsaid that Rhys Ap-Owenish, aged 12 from Conwy, was charged.",
    "Mairead McAllisterx: “No.” Dara O’Sheaa (pictured) spoke to Tom Reedy MP.",
    "According to Sam Leee, Pat Quinnn, who runs the club, said it was fine.",
    "– Lee Marsh-Tate, Chief Executive\nBy Amy Lowe\nKayla, 15, said Ben Fox has said so.",
]


@pytest.mark.parametrize("text", [*TEXTS, *GIVE_BACK_TEXTS])
def test_name_words_taken_whole_match_as_giving_back_would(nlp: Language, text: str) -> None:
    """Every person rule and the filter, with a name word's letters taken whole
    (possessive), find what the same patterns find when they may give letters back."""
    finder = nlp.get_pipe("pressfacts_entities").people
    patterns = {**finder._patterns, "filter": finder._name_led}
    for name, pattern in patterns.items():
        giving_back = re.compile(pattern.pattern.replace("[a-z]++", "[a-z]+"))
        found = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.groupdict()) for m in giving_back.finditer(text)], name


_STOP_LOOKED_AHEAD = r"(?:(?!(?<!\b[A-Z][a-z])(?<!\b[A-Z])\.[ \t]+[A-Z])[^,\n“”\"])"
"""A phrase character as first written: the sentence-end check tried before every
character, where ``_PHRASE`` now tries it at full stops only."""

PHRASES = [
    "head of policy at St. Albans Trust, said",
    "commander for Dunmore. He said",
    "lead for Mr. Jones and J. Smith. Then",
    "manager.  Next",
    "director of U.K. Aid. The",
    "chair of the board...",
    "officer at 3.5 m. Later",
    "adviser, said",
]


@pytest.mark.parametrize("text", PHRASES)
def test_a_phrase_checks_sentence_ends_at_full_stops_only(text: str) -> None:
    """``_PHRASE`` takes the characters its first form took, from every place."""
    first_form = re.compile(_STOP_LOOKED_AHEAD + "{2,120}?(?=,|$|\\.[ \\t])")
    now = re.compile(_PHRASE + "(?=,|$|\\.[ \\t])")
    for start in range(len(text)):
        expected, found = first_form.match(text, start), now.match(text, start)
        assert (found and found.span()) == (expected and expected.span()), start
