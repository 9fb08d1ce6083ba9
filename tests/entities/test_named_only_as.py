"""A person the text names only by a given name it says is all it gives ("who asked to be
named only as Leah", "known only as Sam") is a person, the given name alone enough (the
person rule ``named_only_as``). Every sentence is invented; near misses find no person."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One survivor, who asked to be named only as Leah, waited 29 months for her trial.",
         {"Leah"}),
        ("A victim known only as Sam told the court how the attack changed his life.", {"Sam"}),
        ("The woman, identified only as Rachel, gave evidence from behind a screen.",
         {"Rachel"}),
        ("A father who asked to be called Daniel said the wait had broken his family.",
         {"Daniel"}),
        ("The teenager, who wanted to be known as Megan, spoke to the charity in Hull.",
         {"Megan"}),
        ("One mother, referred to only as Claire, was supported by an adviser in Leeds.",
         {"Claire"}),
        # entry ``review_pseudonym``: the name a review or report gives a victim
        ("The man, referred to in the review as Darren, had called 999 twice.", {"Darren"}),
        ("Her mother, known throughout the report as Helen, lived in Bolton.", {"Helen"}),
        ("The victim, named in the review as Priya, was 29.", {"Priya"}),
        # entry ``the_pseudonym`` (found by held-out 330)
        ("The review refers to the man by the pseudonym Gethin throughout.", {"Gethin"}),
        ("His sister, given the pseudonym Aoife by the panel, lived in Omagh.", {"Aoife"}),
        ("Names in the review follow the pseudonym rules of the Home Office.", set()),
        ("The panel chose a pseudonym for her. The pseudonym was agreed with her family.",
         set()),
        # near misses: no "only" before a name, or no name after the words
        ("The scheme is referred to in the report as Safer Homes.", set()),
        ("The man was referred to in the review as a risk to others.", set()),
        ("The scheme, known as Safer Streets, runs in Wigan.", set()),
        ("The victim, who cannot be named, was found in Dover.", set()),
        ("The woman asked to be named only as a resident of the estate.", set()),
        ("The operation is known only as a pilot at this stage.", set()),
    ],
)  # fmt: skip
def test_named_only_as(nlp: Language, text: str, expected: set[str]) -> None:
    assert set(people(nlp, text)) == expected
