"""Organisation forms: companies cited by crime releases with no head word (insurers,
banks, rail operators, retailers, a retail trade body, a shopworkers' union, a general
union and a taxi drivers' trade body, from the gazetteer), rural crime, farming,
countryside and heritage bodies, animal welfare charities and the rural affairs
department (from the gazetteer), a PCC office whose area is a list with commas, and a
helpline whose name holds an "and".

Every sentence is invented for the test.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.language import Language

Found = list[tuple[str, str, str]]
OrganisationsOf = Callable[[Language, str], Found]
"""The ``organisations`` fixture (tests/entities/conftest.py)."""


ORGANISATION_FORMS: dict[str, tuple[str, Found]] = {
    "insurer": (
        "Tractor thefts cost £2m last year, according to NFU Mutual.",
        [("NFU Mutual", "ORG", "org:nfu-mutual")],
    ),
    "insurer_one_word": (
        "Claims for stolen catalytic converters doubled, Aviva said.",
        [("Aviva", "ORG", "org:aviva")],
    ),
    "insurer_short_form_case_sensitive": (
        "Direct Line said claims rose. Victims get a direct line to officers.",
        [("Direct Line", "ORG", "org:direct-line-group")],
    ),
    "bank": (
        "Lloyds Bank and Barclays warned customers about the scam.",
        [("Lloyds Bank", "ORG", "org:lloyds-bank"), ("Barclays", "ORG", "org:barclays")],
    ),
    "banking_body": (
        "UK Finance said fraud losses fell.",
        [("UK Finance", "ORG", "org:uk-finance")],
    ),
    "scam_hotline_body": (
        "Customers can dial 159, which Stop Scams UK runs, to reach their bank.",
        [("Stop Scams UK", "ORG", "org:stop-scams-uk")],
    ),
    "rail_operator": (
        "Officers patrolled trains run by TransPennine Express.",
        [("TransPennine Express", "ORG", "org:transpennine-express")],
    ),
    "rail_operator_abbreviation": (
        "LNER staff reported the theft.",
        [("LNER", "ORG", "org:london-north-eastern-railway")],
    ),
    "retailer": (
        "Shoplifting at Greggs and Primark stores fell.",
        [("Greggs", "ORG", "org:greggs"), ("Primark", "ORG", "org:primark")],
    ),
    "retail_trade_body": (
        "Violence against shop staff doubled, the British Retail Consortium said.",
        [("British Retail Consortium", "ORG", "org:british-retail-consortium")],
    ),
    "retail_trade_body_abbreviation": (
        "A BRC survey put the cost of theft at £900m.",
        [("BRC", "ORG", "org:british-retail-consortium")],
    ),
    "shopworkers_union": (
        "Four in five members of the shopworkers' union Usdaw were abused at the tills.",
        [("Usdaw", "ORG", "org:usdaw")],
    ),
    "shopworkers_union_capitals": (
        "USDAW organiser Kim Yates met traders in Wigan.",
        [("USDAW", "ORG", "org:usdaw")],
    ),
    "general_union": (
        "Jo Marsh, of the GMB union's Leeds branch, said drivers were abused nightly.",
        [("GMB union", "ORG", "org:gmb")],
    ),
    "general_union_alone": (
        "A survey by GMB found that nine in ten drivers carry no camera.",
        [("GMB", "ORG", "org:gmb")],
    ),
    "taxi_trade_body": (
        "The Licensed Taxi Drivers' Association said fares would rise.",
        [("Licensed Taxi Drivers' Association", "ORG", "org:licensed-taxi-drivers-association")],
    ),
    "taxi_trade_body_abbreviation": (
        "LTDA members staged a protest outside City Hall.",
        [("LTDA", "ORG", "org:licensed-taxi-drivers-association")],
    ),
    "near_miss_unnamed_drivers_association": (
        "The drivers' association in Hull met the council.",
        [],
    ),
    "near_miss_consortium_of_retailers": (
        "A consortium of retailers in Hull paid for the radios.",
        [],
    ),
    "near_miss_unnamed_union": (
        "The union said its members in Bolton felt unsafe at work.",
        [],
    ),
    "rural_crime_network": (
        "Vic Prentice, chair of the National Rural Crime Network, welcomed the patrols.",
        [("National Rural Crime Network", "ORG", "org:national-rural-crime-network")],
    ),
    "rural_campaign_body": (
        "The Countryside Alliance said hare coursers had been fined in Norfolk.",
        [("Countryside Alliance", "ORG", "org:countryside-alliance")],
    ),
    "farmers_union_and_its_short_form": (
        "The National Farmers' Union backed the scheme and NFU members in Devon signed up.",
        [
            ("National Farmers' Union", "ORG", "org:national-farmers-union"),
            ("NFU", "ORG", "org:national-farmers-union"),
        ],
    ),
    "farmers_union_short_form_not_inside_the_insurer": (
        "NFU Mutual paid out on 40 stolen quad bikes in Cumbria.",
        [("NFU Mutual", "ORG", "org:nfu-mutual")],
    ),
    "heritage_and_landowners_bodies": (
        "Historic England and the Country Land and Business Association warned about lead theft.",
        [
            ("Historic England", "ORG", "org:historic-england"),
            (
                "Country Land and Business Association",
                "ORG",
                "org:country-land-and-business-association",
            ),
        ],
    ),
    "near_miss_a_rural_network_in_lower_case": (
        "A national rural crime network of volunteers met in Kendal.",
        [],
    ),
    "pcc_office_for_a_listed_area": (
        "It is paid for by the Office of the Police and Crime Commissioner for Avon, "
        "Somerset and Bath.",
        [
            (
                "Office of the Police and Crime Commissioner for Avon, Somerset and Bath",
                "ORG",
                "org:office-of-the-police-and-crime-commissioner-for-avon-somerset-and-bath",
            )
        ],
    ),
    "animal_welfare_charity": (
        "Battersea Dogs and Cats Home took in 12 of the dogs and Blue Cross rehomed nine.",
        [
            ("Battersea Dogs and Cats Home", "CHARITY", "charity:battersea-dogs-cats-home"),
            ("Blue Cross", "CHARITY", "charity:blue-cross"),
        ],
    ),
    "animal_welfare_charity_short_form": (
        "The USPCA and Cats Protection urged owners to microchip their pets.",
        [
            ("USPCA", "CHARITY", "charity:ulster-society-for-the-prevention-of-cruelty-to-animals"),
            ("Cats Protection", "CHARITY", "charity:cats-protection"),
        ],
    ),
    "rural_affairs_department_short_form": (
        "About 41,000 dogs were registered, according to Defra.",
        [("Defra", "ORG", "org:department-for-environment-food-and-rural-affairs")],
    ),
    "near_miss_a_blue_cross_in_lower_case": (
        "The leaflet shows a blue cross on every page.",
        [],
    ),
    "helpline_name_with_and": (
        "Victims can call the Rape and Sexual Violence Helpline on 0800 000 000.",
        [
            (
                "Rape and Sexual Violence Helpline",
                "CHARITY",
                "charity:rape-and-sexual-violence-helpline",
            )
        ],
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ORGANISATION_FORMS.values(), ids=list(ORGANISATION_FORMS)
)
def test_organisation_forms(
    nlp: Language, organisations: OrganisationsOf, text: str, expected: Found
) -> None:
    assert organisations(nlp, text) == expected
