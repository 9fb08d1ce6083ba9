"""A title owned by "the force's", "the charity's" belongs to the organisation of that kind
named last before it. Every sentence is invented for the test."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.anaphoric_owners import ANAPHORIC_OWNERS
from tests.entities.conftest import people

ROWS = [
    pytest.param(
        "Barnardo's opened a new hub. “It matters,” said Ruth Kemp, the charity's director.",
        ("Ruth Kemp", "Director", "charity:barnardos"),
        id="charity-after-the-name",
    ),
    pytest.param(
        "Durham Constabulary made the arrests. Omar Hale, the force's head of crime, said: "
        "“We acted fast.”",
        ("Omar Hale", "Head of Crime", "force:durham-constabulary"),
        id="force-after-the-name",
    ),
    pytest.param(
        "Gwent Police and Victim Support ran the scheme. The charity's manager, Lee Price, "
        "said: “It worked.”",
        ("Lee Price", "Manager", "charity:victim-support"),
        id="charity-before-the-name-skips-the-force",
    ),
    pytest.param(
        "Officers from Kent Police attended. The force's Chief Inspector Ann Wyatt said: “Stay "
        "away from the area.”",
        ("Ann Wyatt", "Chief Inspector", "force:kent-police"),
        id="force-before-a-rank",
    ),
    # the one whose name ends with the noun, not the last of that kind named
    pytest.param(
        "The Lucy Faithfull Foundation says calls to Childline rose. Ian Moss, the "
        "foundation's director of policy, said: “Help is there.”",
        ("Ian Moss", "Director of Policy", "charity:lucy-faithfull-foundation"),
        id="foundation-by-its-head-noun",
    ),
    pytest.param(
        "The Suzy Lamplugh Trust runs a helpline with Refuge. Ama Okoro, the trust's head of "
        "services, said: “Call us.”",
        ("Ama Okoro", "Head of Services", "charity:suzy-lamplugh-trust"),
        id="trust-by-its-head-noun",
    ),
    # the owner named after the title, pointing back: "of the trust", "for the force"
    pytest.param(
        "The Ashworth Trust ran talks in 30 schools. Kofi Adu, chief executive of the trust, "
        "said: “Young people listen.”",
        ("Kofi Adu", "Chief Executive", "charity:ashworth-trust"),
        id="of-the-trust-after-the-title",
    ),
    pytest.param(
        "Cleveland Police seized 40 bikes. Mia Dunn, head of roads policing for the force, "
        "said: “It is a start.”",
        ("Mia Dunn", "Head of Roads Policing", "force:cleveland-police"),
        id="for-the-force-after-the-title",
    ),
    # "its", "their" before a title: the last organisation named not far before
    pytest.param(
        "The Ashworth Trust received £90,000. Its regional manager, Kofi Adu, said it would "
        "pay for two caseworkers.",
        ("Kofi Adu", "Regional Manager", "charity:ashworth-trust"),
        id="its-before-a-title",
    ),
    pytest.param(
        "Durham Constabulary made 40 arrests. Their head of crime, Omar Hale, said: “We acted.”",
        ("Omar Hale", "Head of Crime", "force:durham-constabulary"),
        id="their-before-a-title",
    ),
    # a sentence-opening "Its": the subject of the sentence before, not its last name
    pytest.param(
        "Refuge said its helpline Live Fear Free took 9,400 calls. Its director, Nia "
        "Rowe, said the lines were busy.",
        ("Nia Rowe", "Director", "charity:refuge"),
        id="its-opening-a-sentence-is-the-subject-before",
    ),
    pytest.param(
        "The Ashworth Trust received £90,000 from Kent Police. Its regional manager, Kofi "
        "Adu, said it would pay for two caseworkers.",
        ("Kofi Adu", "Regional Manager", "charity:ashworth-trust"),
        id="its-skips-the-giver-named-last",
    ),
    pytest.param(  # the sentence before opens on no organisation: the last one named
        "Officers met staff from the Ashworth Trust. Its regional manager, Kofi Adu, said "
        "it would help.",
        ("Kofi Adu", "Regional Manager", "charity:ashworth-trust"),
        id="its-after-a-sentence-opening-on-no-organisation",
    ),
    pytest.param(  # "its" inside a sentence: the last organisation named
        "Kent Police funded the Ashworth Trust, and its regional manager, Kofi Adu, said it "
        "would help.",
        ("Kofi Adu", "Regional Manager", "charity:ashworth-trust"),
        id="its-inside-a-sentence-is-the-last-named",
    ),
    pytest.param(  # nothing named before "its": no organisation is guessed
        "The new hub opened in May. Its manager, Kofi Adu, said it was busy.",
        ("Kofi Adu", "Manager", None),
        id="its-with-nothing-named",
    ),
    # rule subject_noun_points_back: "Its" after a sentence opening on "The <noun>" is the
    # body that noun points back to, not the organisation inside that sentence's clause
    pytest.param(
        "The Tees Valley Safety Partnership published its figures. The partnership, which is "
        "funded by the Home Office, spent £900,000. Its chair, Dr Ravi Shah, said it helped.",
        ("Ravi Shah", "Chair", "org:tees-valley-safety-partnership"),
        id="its-after-the-partnership-subject",
    ),
    pytest.param(
        "The partnership, which is backed by Cleveland Police, spent £900,000. Its chair, Dr "
        "Ravi Shah, said it helped.",
        ("Ravi Shah", "Chair", None),
        id="its-after-a-subject-noun-named-by-no-entity",
    ),
    # near miss: the sentence before opens on the organisation itself
    pytest.param(
        "Cleveland Police funded the Tees Valley Safety Partnership. Its head of crime, Dr "
        "Ravi Shah, said it helped.",
        ("Ravi Shah", "Head of Crime", "force:cleveland-police"),
        id="its-after-a-named-subject",
    ),
    # nothing of that kind named before: no organisation is guessed
    pytest.param(
        "“We are proud,” said Tom Reyes, director of the charity.",
        ("Tom Reyes", "Director", None),
        id="of-the-charity-with-nothing-to-point-back-to",
    ),
    pytest.param(
        "“We are proud,” said Tom Reyes, the charity's director.",
        ("Tom Reyes", "Director", None),
        id="nothing-to-point-back-to",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_a_title_owned_by_the_organisation_pointed_back_to(
    nlp: Language, text: str, expected: tuple[str, str, str | None]
) -> None:
    name, title, organisation = expected
    found = people(nlp, text)
    assert [(r.title, r.organisation) for r in found[name].roles] == [(title, organisation)]


def test_every_owner_noun_is_named_once() -> None:
    nouns = [owner.noun for owner in ANAPHORIC_OWNERS]
    assert len(nouns) == len(set(nouns))
