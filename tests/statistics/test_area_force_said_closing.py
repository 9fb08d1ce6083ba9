"""A figure of a sentence that "the force" closes as its speaker ("…, the force said.") is
the release's one force's area, not the town the lead spoke of (rule
``force-said-closing`` of area rule ``force-subject``,
:data:`pressfacts.statistics.force_subjects.FORCE_SAID_CLOSING`), as a force named in full
closing its sentence is (``closing-speaker``). Sentences invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

_LEAD = (
    "Grimsby has seen more courier fraud than any other town in the region, police said.\n\n"
    "Humberside Police is urging families to warn older relatives.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "Nearly half of the victims were over 80, the force said.", [(50, "Humberside")]),
        (_LEAD + "Nearly half of the victims were over 80, the force said.\n\nMost lived alone.",
         [(50, "Humberside")]),
        (_LEAD + "Officers have recovered £64,000 this year, the constabulary has said.",
         [(64000, "Humberside")]),
        # near misses: "police said" (any police); a place of the sentence's own; the force
        # opening what it says (its speech may be of any place); a place pointed back to
        # ("in the town"); another police body named first; two forces named
        (_LEAD + "Nearly half of the victims were over 80, police said.", [(50, "Grimsby")]),
        (_LEAD + "In Cleethorpes, 12 victims lost money, the force said.", [(12, "Cleethorpes")]),
        (_LEAD + "The force said 30 officers had joined the inquiry.", [(30, "Grimsby")]),
        (_LEAD + "Half of the 300 reports made in the town were from men, the force said.",
         [(50, "Grimsby"), (300, "Grimsby")]),
        ("Network Rail and British Transport Police are warning about fraud at Grimsby station."
         "\n\nHumberside Police officers joined the patrols.\n\nNearly half of the victims "
         "were over 80, the force said.", [(50, "Grimsby")]),  # the town of the lead's station
        (_LEAD.replace("Humberside Police is", "Humberside Police and Lincolnshire Police are")
         + "Nearly half of the victims were over 80, the force said.", [(50, "Grimsby")]),
    ],
)  # fmt: skip
def test_force_said_closing(nlp: Language, areas: AreasOf, text: str, expected: object) -> None:
    assert areas(nlp, text) == expected


_OP_LEAD = (
    "Officers in Skegness have seized 40 e-bikes during a fortnight-long crackdown, police "
    "said.\n\nLincolnshire Police is urging riders to check the rules.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_OP_LEAD + "During the crackdown officers stopped 85 riders, the force said.",
         [(40, "Skegness"), (85, "Skegness")]),
        (_OP_LEAD + "Over the two-week campaign, 12 people were reported, the force said.",
         [(40, "Skegness"), (12, "Skegness")]),
        # near misses: no pointing back to the release's event ("an operation" is another,
        # "the operation cost" no time), so the force's own area
        (_OP_LEAD + "During an operation last year officers stopped 85 riders, the force said.",
         [(40, "Skegness"), (85, "Lincolnshire")]),
        (_OP_LEAD + "Officers stopped 85 riders this year, the force said.",
         [(40, "Skegness"), (85, "Lincolnshire")]),
    ],
)  # fmt: skip
def test_force_said_closing_after_the_release_event(
    nlp: Language, areas: AreasOf, text: str, expected: object
) -> None:
    """Rule ``force-said-event-back``: a sentence that points back to the release's event
    keeps the lead's place."""
    assert areas(nlp, text) == expected
