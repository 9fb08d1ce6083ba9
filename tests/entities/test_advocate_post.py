"""An advocate's post after a name ("a stalking advocate at the service", "an independent
domestic violence advocate with the trust") is a title (``title_words.PORTFOLIO_WORDS``,
rule ``advocate_post``), and "with the charity" after a title points back at the body
already named, as "at the charity" does (``title_tails.ANAPHORIC_TAIL``, rule
``anaphoric_with_tail``). Every sentence is invented for this test; the near misses are the
campaigning "advocate for", "on behalf of" or "against", one praised as "tireless" or
"fierce" (``title_words.CAMPAIGNING_PRAISE``), and a volunteer's "who volunteers with the
charity"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.entities.conftest import people


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        ('"Nobody should wait weeks for help," said Ffion Lloyd, a stalking advocate at the '
         "service.", "Ffion Lloyd", ["Stalking Advocate"]),
        ('"Every call is logged," said Gareth Nunn, an independent domestic violence advocate '
         "with the trust.", "Gareth Nunn", ["Independent Domestic Violence Advocate"]),
        ('"The refuge was full by noon," said Mina Shah, a domestic abuse caseworker with the '
         "charity.", "Mina Shah", ["Domestic Abuse Caseworker"]),
        ('"We took the calls in shifts," said Idris Kane, a support worker with the helpline.',
         "Idris Kane", ["Support Worker"]),
        # near misses: the campaigning sense, and a description with no title in it
        ('"The law is too slow," said Bronwen Tate, a long-time advocate for victims\' rights.',
         "Bronwen Tate", []),
        ('"We took the calls in shifts," said Conor Vale, who volunteers with the charity.',
         "Conor Vale", []),
        ('"Nobody listened for years," said Orla Penn, a tireless advocate.', "Orla Penn", []),
        ('"The courts must act," said Dafydd Rees, a fierce advocate on behalf of survivors.',
         "Dafydd Rees", []),
        ('"Blades ruin lives," said Keisha Moyo, a strong advocate against knife crime.',
         "Keisha Moyo", []),
    ],
)  # fmt: skip
def test_advocate_post(nlp: Language, text: str, name: str, titles: list[str]) -> None:
    assert sorted(role.title for role in people(nlp, text)[name].roles) == titles
