"""A housing association named again by its leading words is the same organisation
(pressfacts.entities.organisation_short_names), so a title's "at <short name>" is its
owner. Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP
from tests.entities.conftest import OrganisationsOf, people

SHORT_NAME_ROWS = [
    pytest.param(
        "Tyne Valley Housing Association evicted a tenant. Sam Ord, head of tenancy at Tyne "
        "Valley, said it was a last resort.",
        ["Head of Tenancy"],
        ["org:tyne-valley-housing-association"],
        id="title-at-short-name",
    ),
    pytest.param(
        "Marlow Homes Housing Trust served notices. Ann Bright, director of neighbourhoods at "
        "Marlow Homes, said families were warned.",
        ["Director of Neighbourhoods"],
        ["charity:marlow-homes-housing-trust"],
        id="housing-trust",
    ),
    # YIELDING_RULES: the short form beats the company pattern's guess
    pytest.param(
        "Kestrel Homes Housing Association closed two hostels. Raj Patel, head of support "
        "at Kestrel Homes, said residents had been moved.",
        ["Head of Support"],
        ["org:kestrel-homes-housing-association"],
        id="short-name-over-company-pattern",
    ),
    # near misses: another company the pattern names stays its own; the leading word alone
    # is a place, not the association
    pytest.param(
        "Kestrel Homes Housing Association closed two hostels. Raj Patel, head of sales at "
        "Harper Logistics, said residents had been moved.",
        ["Head of Sales"],
        ["org:harper-logistics"],
        id="other-company-kept",
    ),
    pytest.param(
        "Derby Housing Association served notices. Ann Bright, head of tenancy in Derby, "
        "said families were warned.",
        ["Head of Tenancy"],
        [],
        id="place-is-no-short-name",
    ),
]


@pytest.mark.parametrize(("text", "titles", "affiliations"), SHORT_NAME_ROWS)
def test_title_owned_by_short_name(
    nlp: Language, text: str, titles: list[str], affiliations: list[str]
) -> None:
    """The speaker's titles and affiliations when the owner is named by its leading words."""
    person = next(iter(people(nlp, text).values()))
    assert (person.titles, person.affiliations) == (titles, affiliations)


def test_short_name_runs_on_into_another_name(nlp: Language) -> None:
    """Near miss: the leading words followed by another capitalised word are another name."""
    doc = nlp("Tyne Valley Housing Association met Tyne Valley Rangers on Monday.")
    texts = [s.text for s in doc.spans[ENTITY_SPAN_GROUP] if s.label_ == "ORG"]
    assert "Tyne Valley" not in texts


COMPANY_SHORT_FORM_ROWS = [
    # YIELDING_RULES: the company pattern's guess at a short form yields
    pytest.param(
        "Kestrel Homes Housing Group repaired the flats. Amir Shah, a director at Kestrel Homes, "
        "said tenants were told.",
        {"org:kestrel-homes-housing-group"},
        id="group-named-by-a-company-word",
    ),
    # near misses: no longer name in the text; a company form with its suffix is its own
    pytest.param(
        "Kestrel Homes said tenants were told.",
        {"org:kestrel-homes"},
        id="company-alone-stays",
    ),
    pytest.param(
        "Kestrel Homes Housing Trust hired Kestrel Homes Ltd to repair the flats.",
        {"charity:kestrel-homes-housing-trust", "org:kestrel-homes-ltd"},
        id="company-with-a-suffix-stays",
    ),
]


@pytest.mark.parametrize(("text", "ids"), COMPANY_SHORT_FORM_ROWS)
def test_company_guess_yields_to_short_name(
    nlp: Language, organisations: OrganisationsOf, text: str, ids: set[str]
) -> None:
    """The organisations found when a company-like guess is a longer name's short form."""
    assert {found_id for _, _, found_id in organisations(nlp, text)} == ids
