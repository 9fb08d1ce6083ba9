"""Patterns written to open with a letter, so that a scan passes over most places at
once, match what their plain form (a look-behind, then the alternatives) matches."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from pressfacts.entities.alternation import letter_led
from pressfacts.entities.credit_lines import CREDIT as _CREDIT
from pressfacts.entities.credit_lines import CREDITS as _CREDITS
from pressfacts.entities.organisations import byline_spans
from pressfacts.entities.person_descriptions import SENTENCE_OPENING_NAME
from pressfacts.entities.person_rules import may_lead_in

CREDIT_OPENINGS = [
    "By",
    "Report by",
    "Reporting  by",
    "Words by",
    "Picture:",
    "Pictures:",
    "Photo:",
    "Photograph:",
    "Image:",
    "Credit:",
    "Press contact:",
    "Media enquiries :",
    "Contact:",
]


@pytest.mark.parametrize("credit", _CREDITS)
def test_every_credit_has_an_opening_here(credit: str) -> None:
    """Each credit of the table is written out above (so the next test covers it)."""
    assert any(re.fullmatch(credit, opening) for opening in CREDIT_OPENINGS)


CREDIT_TEXTS = [
    *CREDIT_OPENINGS,
    *(f"Sent in.\n{opening} Jo Bell" for opening in CREDIT_OPENINGS),
    *(f"x{opening} Jo Bell" for opening in CREDIT_OPENINGS),
    *(f"’{opening} Jo Bell" for opening in CREDIT_OPENINGS),
    "Stand By Me, By Jo Bell; Photo:Sam Lee and MyPhoto: none",
    "",
]


@pytest.mark.parametrize("text", CREDIT_TEXTS)
def test_credit_matches_as_its_plain_form(text: str) -> None:
    plain = re.compile(rf"(?<![\w’'])(?:{'|'.join(_CREDITS)})")
    assert [m.span() for m in re.finditer(_CREDIT, text)] == [
        m.span() for m in plain.finditer(text)
    ]


BYLINE_TEXTS = [
    "By Jo Hart, Press Association",
    "Lead.\nBy Jo Hart, PA\nMore.",
    "By March the force had made 40 arrests.",
    "Stand By Jo Hart\n By Jo Hart",
    "xBy Jo Hart\nBy Sam Lee",
    "\n\nBy Sam Lee\n",
    "    By Jo Hart, PA and Q Radio News\nLead.",
    "Lead.\n\tBy Sam Lee, Evening Post",
    "Said x By Jo Hart\n  x By Sam Lee",
]


@pytest.mark.parametrize("text", BYLINE_TEXTS)
def test_byline_matches_as_its_plain_form(text: str) -> None:
    plain = re.compile(r"(?m)^[ \t]*(By [A-Z][^\n.]{0,100})$")
    assert byline_spans(text) == [m.span(1) for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("alternatives", "text", "expected"),
    [
        (["ab", "abc"], "ab abc xab", [(0, 2), (3, 5)]),
        (["Mr", "Mrs"], "Mrs Mr", [(0, 2), (4, 6)]),
        ([], "anything", []),
    ],
)
def test_letter_led_keeps_the_order_and_the_look_behind(
    alternatives: list[str], text: str, expected: list[tuple[int, int]]
) -> None:
    pattern = letter_led(alternatives, r"\w")
    assert [m.span() for m in re.finditer(pattern, text)] == expected


@pytest.mark.parametrize("alternative", ["(?:a|b)c", "1st", "’s", ""])
def test_letter_led_refuses_an_alternative_not_opening_with_a_letter(alternative: str) -> None:
    with pytest.raises(ValueError, match="does not open with a letter"):
        letter_led([alternative], r"\w")


LEAD_IN_WINDOWS = [
    ("Head of Public Protection ", True),
    ("Temporary Chairman of the Board ", True),
    ("Manager of of the Trust and ", True),
    ("the force's head of crime, ", True),
    ("Kent Police’s lead for drugs and county lines, ", True),
    ("its director of operations,\t", True),
    ("Swansea District Commander, ", True),
    ("Local Policing Commander, ", True),
    ("On Monday, ", False),
    ("Speaking afterwards, ", False),
    ("the manager of the shop, ", False),
    ("Officers said that ", False),
    ("", False),
]


@pytest.mark.parametrize(("window", "matches"), LEAD_IN_WINDOWS)
def test_may_lead_in_holds_wherever_the_lead_in_matches(
    nlp: Language, window: str, matches: bool
) -> None:
    """The cheap test never says no where the pattern matches (and says no to most
    windows with neither a portfolio word nor a comma last)."""
    lead_in = nlp.get_pipe("pressfacts_entities").people._lead_in
    assert bool(lead_in.search(window)) is matches
    if matches:
        assert may_lead_in(window, 0, len(window))
    text = f"Sent.\n{window}DI Jo Bell"
    assert may_lead_in(text, 6, 6 + len(window)) or not lead_in.search(text, 6, 6 + len(window))


@pytest.mark.parametrize("window", ["Officers said that ", "In March ", ""])
def test_may_lead_in_refuses_a_window_without_its_words(window: str) -> None:
    assert not may_lead_in(window, 0, len(window))


SENTENCE_OPENING_TEXTS = [
    "Ann, who was hurt, said so.",
    "x Ann and Jo",
    "Done. Ann said. Done.\nJo said",
    "“We act.” Ann said it. “Go.”\tJo",
    "He said: Ann. A",
    "",
]


@pytest.mark.parametrize("text", SENTENCE_OPENING_TEXTS)
def test_sentence_opening_name_matches_as_its_plain_form(text: str) -> None:
    plain = re.compile(
        r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][”\"’'][ \t]))(?P<name>[A-Z][\w’'-]+)"
    )
    led = re.compile(SENTENCE_OPENING_NAME)
    assert [m.span("name") for m in led.finditer(text)] == [
        m.span("name") for m in plain.finditer(text)
    ]
