"""What a release's national words mean (pressfacts.statistics.release_country) and the
force's own area worded as "force-wide" (pressfacts.statistics.place_phrases.FORCE_AREA):
a local force restating a national publication names the country it covers, and its
"nationally", "the national average of N" and "the national rate was N" are that
country's; a sentence's other figures keep their own place."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.areas import Place
from pressfacts.statistics.release_country import release_country
from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Recorded crime for England and Wales was published today. Kent Police said thefts "
        "fell by 3% in Dover, compared with a 1% rise nationally.",
        [(3, "Dover"), (1, "England and Wales")],
        id="nationally-after-a-named-country",
    ),
    pytest.param(
        "Figures for the UK show a fall. Cumbria Constabulary recorded 410 burglaries in "
        "Carlisle. Nationally, burglaries fell by 6%.",
        [(410, "Carlisle"), (6, "UK")],
        id="nationally-after-the-uk",
    ),
    pytest.param(
        "Home Office figures for England and Wales were released today. Norfolk Constabulary "
        "has 190 officers per 100,000 people, below the national average of 230.",
        [(190, "Norfolk"), (230, "England and Wales")],
        id="the-national-average",
    ),
    pytest.param(
        "Police Scotland solved 11% of burglaries in Fife, against a national average of 6%.",
        [(11, "Fife"), (6, "Scotland")],
        id="a-national-average",
    ),
    pytest.param(
        "Police Scotland answered 93% of calls in Fife within a minute, against a national "
        "target of 90%.",
        [(93, "Fife"), (90, "Scotland")],
        id="a-national-target",
    ),
    pytest.param(
        "Police Scotland recorded 4,200 crimes in Fife last year. The national rate was 512 "
        "crimes per 10,000 people.",
        [(4200, "Fife"), (512, "Scotland")],
        id="the-national-rate-of-a-nation-force",
    ),
    pytest.param(
        "Essex Police recorded 8,000 thefts in 2025. Theft fell by 9% force-wide, compared "
        "with a 2% fall nationally.",
        [(8000, "Essex"), (9, "Essex"), (2, "England")],
        id="force-wide-and-no-named-country",
    ),
    pytest.param(
        "Durham Constabulary seized 120 cars and robbery went down by 14% forcewide.",
        [(120, "Durham"), (14, "Durham")],
        id="forcewide-unhyphenated",
    ),
    pytest.param(
        "Hampshire Constabulary made 300 arrests in Southampton. The rate of 41 per 1,000 is "
        "below the national average of 45.",
        [(300, "Southampton"), (41, "Southampton"), (45, None)],
        id="no-country-named-the-national-average-stays-open",
    ),
    # ", below/above the rate/average for PLACE of N": the place is the yardstick's
    pytest.param(
        "Lancashire Constabulary published its figures. That is 71 crimes per 1,000 "
        "residents, below the rate for England and Wales as a whole of 80 per 1,000.",
        [(71, "Lancashire"), (80, "England and Wales")],
        id="below-the-rate-for-a-country",
    ),
    pytest.param(
        "Officers in Leeds recorded 61 burglaries per 10,000 homes, well above the average "
        "for West Yorkshire of 44.",
        [(61, "Leeds"), (44, "West Yorkshire")],
        id="above-the-average-for-a-county",
    ),
    # "the same as the rate for PLACE", "twice the PLACE rate of N": the yardstick's place,
    # and another place's rate closing its clause counts the rate's noun
    pytest.param(
        "In Inverclyde there were 12 assaults, a rate of 1.5 assaults per 10,000 people, "
        "the same as the rate for Scotland as a whole.",
        [(12, "Inverclyde"), (1.5, "Inverclyde")],
        id="the-same-as-the-rate-for-a-country",
    ),
    pytest.param(
        "Fermanagh and Omagh recorded 7.2 thefts per 10,000 people, more than twice the "
        "Northern Ireland rate of 3.1.",
        [(7.2, "Fermanagh and Omagh"), (2, "Fermanagh and Omagh"), (3.1, "Northern Ireland")],
        id="twice-the-rate-of-a-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_national_words(nlp: Language, areas: AreasOf, text: str, expected: list) -> None:
    assert areas(nlp, text) == expected


def test_the_issuer_country_comes_first() -> None:
    places = [Place(0, 3, "UK", "place")]
    assert release_country("Scotland", None, places) == "Scotland"
    assert release_country(None, "Wales", places) == "Wales"
    assert release_country(None, "Kent", places) == "UK"
    assert release_country(None, "Kent", [Place(0, 5, "Dover", "place")]) is None
