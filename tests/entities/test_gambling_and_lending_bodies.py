"""Gambling-harm charities and the services they run, the illegal money lending teams and the
lending regulator are entries of the gazetteer (GamCare, the National Gambling Helpline,
GambleAware, Gordon Moody, Gambling with Lives, YGAM, the England Illegal Money Lending Team,
the Scottish and Welsh units, the Financial Conduct Authority); sentences written for these
tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.extensions import ENTITY_SPAN_GROUP

CASES: list[tuple[str, list[tuple[str, str, str]]]] = [
    (
        "Advisers at GamCare took more calls from women this winter.",
        [("GamCare", "CHARITY", "charity:gamcare")],
    ),
    (
        "Callers to the National Gambling Helpline are offered free counselling.",
        [("National Gambling Helpline", "CHARITY", "charity:national-gambling-helpline")],
    ),
    (
        "The campaign was funded by GambleAware until the levy began.",
        [("GambleAware", "CHARITY", "charity:gambleaware")],
    ),
    (
        "Gordon Moody runs residential treatment for people who gamble.",
        [("Gordon Moody", "CHARITY", "charity:gordon-moody")],
    ),
    (
        "Families from Gambling with Lives met the minister.",
        [("Gambling with Lives", "CHARITY", "charity:gambling-with-lives")],
    ),
    (
        "YGAM trained 300 teachers in Sefton.",
        [("YGAM", "CHARITY", "charity:young-gamers-and-gamblers-education-trust")],
    ),
    (
        "Officers from the England Illegal Money Lending Team searched the house.",
        [("England Illegal Money Lending Team", "ORG", "org:england-illegal-money-lending-team")],
    ),
    (
        "The IMLT wrote off the debts of 40 people in Hull.",
        [("IMLT", "ORG", "org:england-illegal-money-lending-team")],
    ),
    (
        "The Wales Illegal Money Lending Unit said the lender had been jailed.",
        [("Wales Illegal Money Lending Unit", "ORG", "org:wales-illegal-money-lending-unit")],
    ),
    (
        "Investigators from the Scottish Illegal Money Lending Unit arrested a man in Dundee.",
        [
            (
                "Scottish Illegal Money Lending Unit",
                "ORG",
                "org:scottish-illegal-money-lending-unit",
            )
        ],
    ),
    (
        "Only firms authorised by the Financial Conduct Authority may lend money.",
        [("Financial Conduct Authority", "ORG", "org:financial-conduct-authority")],
    ),
    # near misses: the words in lower case, an abbreviation in lower case
    ("He said the lender took more care of his gambling debts than of his family.", []),
    ("The illegal money lending team in the city was small.", []),
    ("She said imlt was not a word she knew.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_gambling_and_lending_bodies(
    nlp: Language, text: str, expected: list[tuple[str, str, str]]
) -> None:
    doc = nlp(text)
    spans = doc.spans[ENTITY_SPAN_GROUP]
    assert [(span.text, span.label_, span.id_) for span in spans] == expected
