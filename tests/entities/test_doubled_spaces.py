"""Entity rules read a doubled space as one (:mod:`pressfacts.space_runs`): a
typed double space inside a name, or a line wrapped after a trailing space (e-mail's
flowed format), no longer cuts a gazetteer name, an organisation pattern or a local
charity's place in two. Sentences invented; near misses: a paragraph break inside the
words is no name, and a doubled space between two names joins nothing."""

from __future__ import annotations

import textwrap

import pytest
from spacy.language import Language

from pressfacts import extract_texts
from pressfacts.models.records import DocumentRecord, EntityRecord
from pressfacts.space_runs import compacted
from tests.entities.conftest import OrganisationsOf, people

ORGANISATIONS = [
    pytest.param(
        "Officers from the National Crime  Agency joined the search.",
        [("National Crime  Agency", "FORCE", "force:national-crime-agency")],
        id="gazetteer-name",
    ),
    pytest.param(
        "Money also went to Victim   Support in the county.",
        [("Victim   Support", "CHARITY", "charity:victim-support")],
        id="three-spaces",
    ),
    pytest.param(
        "The plan was backed by the Norfolk Police and  Crime Panel on Friday.",
        [("Norfolk Police and  Crime Panel", "ORG", "org:norfolk-police-and-crime-panel")],
        id="organisation-pattern",
    ),
    pytest.param(
        "Beds were found by Grimsby  Women's Aid last winter.",
        [("Grimsby  Women's Aid", "CHARITY", "charity:grimsby-womens-aid")],
        id="local-charity-place",
    ),
    # near misses
    pytest.param(
        "The National Crime\n\nAgency figures follow.",
        [],
        id="paragraph-break-no-name",
    ),
    pytest.param(
        "Lancashire Constabulary  and the NSPCC met.",
        [
            ("Lancashire Constabulary", "FORCE", "force:lancashire-constabulary"),
            ("NSPCC", "CHARITY", "charity:nspcc"),
        ],
        id="between-two-names",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_organisations_across_a_doubled_space(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert organisations(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "name", "titles"),
    [
        (
            "Detective  Inspector Priya Lalwani, of Essex Police, said the work went on.",
            "Priya Lalwani",
            ["Detective Inspector"],
        ),
        ("Chief Superintendent Owen  Garside said the force was ready.", "Owen Garside", []),
    ],
    ids=["inside-title", "inside-name"],
)
def test_people_across_a_doubled_space(
    nlp: Language, text: str, name: str, titles: list[str]
) -> None:
    found = people(nlp, text)
    assert name in found
    assert set(titles) <= set(found[name].titles)


@pytest.mark.parametrize(
    ("text", "compact", "spans"),
    [
        ("the Crime  Agency", "the Crime Agency", [((4, 16), (4, 17))]),
        ("A  B", "A B", [((0, 3), (0, 4)), ((2, 3), (3, 4))]),
        ("no doubled space", None, []),
    ],
    ids=["name", "letters", "none"],
)
def test_compacted_maps_offsets_back(
    nlp: Language, text: str, compact: str | None, spans: list[tuple[tuple[int, int], ...]]
) -> None:
    read = compacted(nlp.make_doc(text), text)
    assert (read.text if read else None) == compact
    for copy_span, doc_span in spans:
        assert read is not None and read.span(*copy_span) == doc_span


RELEASE = (
    "Detective Chief Inspector Ruth Kilbride, of Humberside Police, said officers working "
    "with the National Crime Agency and the charity Victim Support had safeguarded 11 "
    "people in Scunthorpe last month, after a joint operation with Goole Women's Aid and "
    "the Norfolk Police and Crime Panel.\n\n"
    "Sergeant Alun Pritchard, of Dyfed-Powys Police, said the Modern Slavery and "
    "Exploitation Helpline and Barnardo's had helped the families of the workers found."
)


def test_a_flowed_release_names_what_its_one_line_original_names(nlp: Language) -> None:
    """Wrapped after a trailing space at 56 columns, every entity is found as in the
    original, and every mention's offsets still slice the flowed text."""
    flowed = "\n\n".join(
        " \n".join(textwrap.wrap(paragraph, 56)) for paragraph in RELEASE.split("\n\n")
    )

    def entities(text: str) -> tuple[list[tuple[str, str]], str]:
        records = extract_texts(["---\ntitle: Probe\npublished: 2026-10-14\n---\n" + text], nlp)
        [document] = (r for r in records if isinstance(r, DocumentRecord))
        found = [r for r in records if isinstance(r, EntityRecord)]
        for record in found:
            assert all(document.text[m.start : m.end] == m.text for m in record.mentions)
            assert all("  " not in alias for alias in record.aliases)
        return sorted((r.type, r.name) for r in found), document.text

    original, _ = entities(RELEASE)
    found, text = entities(flowed)
    assert " \n" in text
    assert found == original
    assert len(original) >= 8
