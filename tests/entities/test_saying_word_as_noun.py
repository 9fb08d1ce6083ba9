"""A verb of saying that is also a plural noun ("claims", "comments", "notes", …), right
before a comma or a preposition, ends a title in an appositive instead of closing it (rule
``saying_word_as_noun``, ``predicate_verbs.NOUN_LIKE_SAYING``): "head of claims at X, said"
gives "Head of Claims". Before anything else it is still the verb. Sentences invented for
the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

ROWS = [
    ("Joe Bright, head of claims at Marlow Insurance, said the figures were stark.", "Joe Bright",
     ["Head of Claims"]),
    ("Mia Shah, head of claims, said most thefts were at night.", "Mia Shah", ["Head of Claims"]),
    ("Ann Cole, head of complaints and comments at Kent County Council, said the form changed.",
     "Ann Cole", ["Head of Complaints and Comments"]),
    ("Lee Park, director of claims for the north, said vans were hit twice.", "Lee Park",
     ["Director of Claims"]),
    # near misses: the word as the verb after the appositive keeps the title as it was
    ("Joe Bright, head of policy at Marlow Insurance, claims that the figures are wrong.",
     "Joe Bright", ["Head of Policy"]),
    ("Ruth Long, head of policy, notes that thefts fell.", "Ruth Long", ["Head of Policy"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "titles"), ROWS)
def test_saying_word_as_noun(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    doc = nlp(text)
    person = next(i for i in doc._.entity_info.values() if i.name == name)
    assert person.titles == titles
