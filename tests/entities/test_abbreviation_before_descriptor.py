"""Rule ``abbreviation_before_descriptor`` (:meth:`pressfacts.entities.gazetteer.Gazetteer.
abbreviation_named`): a gazetteer form made of an entry's abbreviation and lower-case
descriptor words ("the RMT union") names the organisation by the abbreviation, which is then
an alias too, so a gold naming it "RMT" matches. Sentences invented for the test; near misses
give no bare abbreviation (the full name, the abbreviation alone, a capitalised word after
it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.entities.gazetteer import Gazetteer
from pressfacts.models.resources import OrganisationEntry

RMT = "National Union of Rail, Maritime and Transport Workers"


def aliases(nlp: Language, text: str, name: str) -> list[str]:
    doc = nlp(text)
    found = [info for info in doc._.entity_info.values() if info.name == name]
    return sorted(found[0].aliases) if found else []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Priya Nair, an organiser for the RMT union, said guards felt unsafe.",
            ["RMT", "RMT union"],
            id="organiser-for-the-union",
        ),
        pytest.param(
            "The RMT union has called for a second guard on late trains out of Leeds.",
            ["RMT", "RMT union"],
            id="subject",
        ),
        pytest.param(
            "Members of the RMT union at Northern voted for action.",
            ["RMT", "RMT union"],
            id="members-of",
        ),
        # near misses: the abbreviation alone; the full name; no bare form to add
        pytest.param("The RMT said its members backed the plan.", ["RMT"], id="bare"),
        pytest.param(f"The {RMT} said its members backed the plan.", [], id="full-name"),
    ],
)
def test_abbreviation_before_a_descriptor_is_an_alias(
    nlp: Language, text: str, expected: list[str]
) -> None:
    assert aliases(nlp, text, RMT) == expected


def _gazetteer(nlp: Language) -> Gazetteer:
    entry = OrganisationEntry(
        id="org:example-workers-union",
        type="ORG",
        name="Example Workers Union",
        aliases=["EWU union", "EWU Cymru branch"],
        abbreviations=["EWU"],
    )
    return Gazetteer(nlp, [entry])


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        ("EWU union", "EWU"),
        ("EWU trade union", "EWU"),
        # near misses: a capitalised word after it; the abbreviation alone; not its own
        ("EWU Cymru branch", None),
        ("EWU", None),
        ("FBU union", None),
        ("Example Workers Union", None),
    ],
)
def test_abbreviation_named(nlp: Language, form: str, expected: str | None) -> None:
    assert _gazetteer(nlp).abbreviation_named("org:example-workers-union", form) == expected
