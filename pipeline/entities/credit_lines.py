"""What opens a byline or a picture credit before a name ("By Tom Reed", "Picture: Sam
Lee"): the rules ``byline`` and ``byline_line`` of
:mod:`pressfacts.entities.person_rules` read a name after one as a person's."""

from __future__ import annotations

from pressfacts.entities.alternation import letter_led

__all__ = ["CREDIT", "CREDITS", "FILLER"]

CREDITS = (
    r"By", r"Report\s+by", r"Reporting\s+by", r"Words\s+by", r"Picture:", r"Pictures:",
    r"Photo:", r"Photograph:", r"Image:", r"Credit:", r"Contact:",
    r"Press[ \t]+(?:contact|enquiries)[ \t]*:", r"Media[ \t]+(?:contact|enquiries)[ \t]*:",
)  # fmt: skip
"""What opens a byline or credit, each beginning with a capital letter."""
FILLER = "And|Or|The|Of|For|To|In|On|At|With|Our|Your"  # no name word: "By Train Or Ferry"
CREDIT = letter_led(CREDITS, r"[\w’']")
"""A credit not glued to a word before it: opening with its letter, so that a scan
passes over the places no credit begins at in C."""
