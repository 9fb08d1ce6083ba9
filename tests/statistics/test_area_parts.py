"""Areas of figures that point back or follow another clause: a part "of them" takes the
area of the count before it in its own sentence, not of the sentence before; ", and" + a
named subject + its verb opens a clause with its own place; "nationally" after one nation
of a UK-wide release is the UK; a like-for-like yardstick with its noun left out
("compared with 380 in the same month last year") is for the place of the count before; a
force's division named after a place ranks with the force, the nearer first; a place
named right after a figure as its scope ("9,870 in Dundee") is the figure's, however near
the place before stands.

Every sentence is invented for the test.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.statistics.conftest import AreasOf

ROWS = [
    pytest.param(
        "Dorset Police recorded 3,410 shop thefts in 2024, of which 1,120 were in Bournemouth.",
        [(3410, "Dorset"), (1120, "Bournemouth")],
        id="of-which-parts",
    ),
    pytest.param(
        "Lancashire Constabulary made 720 arrests, of whom 95 were held in Preston.",
        [(720, "Lancashire"), (95, "Preston")],
        id="of-whom-parts",
    ),
    pytest.param(
        "Avon and Somerset Police gave its figures. Bath recorded 640 thefts in May and "
        "Taunton 410.",
        [(640, "Bath"), (410, "Taunton")],
        id="and-a-place-and-its-count",
    ),
    pytest.param(
        "Cumbria Commissioner Ann Hale has set a budget of £140m. A Band D home will pay "
        "£290 a year.",
        [(140000000, "Cumbria"), (290, "Cumbria")],
        id="a-place-commissioner-speaks-for-the-place",
    ),
    pytest.param(
        "The Wales Commissioner for Children said 400 pupils took part.",
        [(400, "Wales")],
        id="a-commissioner-for-something-else-is-no-pcc",
    ),
    pytest.param(
        "The charity helped 5,000 children in 2024. In Scotland, the figure was 610, and in "
        "Wales 340.",
        [(5000, None), (610, "Scotland"), (340, "Wales")],
        id="and-a-place-opens-a-clause",
    ),
    pytest.param(
        "Police Scotland's Fife division recorded 620 frauds in 2023.",
        [(620, "Fife")],
        id="a-force-division-named-after-a-place",
    ),
    pytest.param(
        "Police Scotland's Fife division recorded 620 frauds in Dunfermline and Kirkcaldy.",
        [(620, "Dunfermline and Kirkcaldy")],
        id="a-scope-place-outranks-the-division",
    ),
    pytest.param(
        "Merseyside Police published its figures. Officers made 412 arrests across Wirral "
        "and Sefton, compared with 380 in the same month last year.",
        [(412, "Wirral and Sefton"), (380, "Wirral and Sefton")],
        id="a-like-for-like-yardstick-is-for-the-same-place",
    ),
    pytest.param(
        "Merseyside Police published its figures. Officers made 412 arrests across Wirral "
        "and Sefton, compared with 380 cautions in 2019.",
        [(412, "Wirral and Sefton"), (380, "Merseyside")],
        id="a-yardstick-with-its-own-noun-is-not",
    ),
    pytest.param(
        "Merseyside Police made 412 arrests across Wirral, compared with 380 in Sefton.",
        [(412, "Wirral"), (380, "Sefton")],
        id="a-yardstick-naming-its-place-keeps-it",
    ),
    pytest.param(
        "The NSPCC's helpline took 5,000 calls last year. In Scotland it took 400 calls. "
        "Nationally, calls about grooming rose by 12%.",
        [(5000, "UK"), (400, "Scotland"), (12, "UK")],
        id="nationally-after-one-nation-of-a-uk-release",
    ),
    pytest.param(
        "Police Scotland recorded 900 thefts in Glasgow. Nationally, thefts fell by 4%.",
        [(900, "Glasgow"), (4, "Scotland")],
        id="nationally-after-a-city-is-its-nation",
    ),
    pytest.param(
        "Surrey Police stopped 60 drivers in Guildford and 22 in Epsom. In Woking, officers "
        "tested more than 3,200 drivers over the weekend, and about one in 40 of them failed "
        "the test.",
        [(60, "Guildford"), (22, "Epsom"), (3200, "Woking"), (2.5, "Woking")],
        id="of-them-is-the-count-of-its-sentence",
    ),
    pytest.param(
        "Surrey Police stopped 60 drivers in Guildford. Of them, 12 had been drinking.",
        [(60, "Guildford"), (12, "Guildford")],
        id="of-them-with-no-count-before-in-its-sentence",
    ),
    pytest.param(
        "Hull saw the biggest fall in thefts, down 9%, and York recorded 310 thefts.",
        [(9, "Hull"), (310, "York")],
        id="and-a-named-subject-opens-a-clause",
    ),
    pytest.param(
        "The trust supported 14,250 carers in Fife, 9,870 in Dundee and 3,105 in Moray.",
        [(14250, "Fife"), (9870, "Dundee"), (3105, "Moray")],
        id="long-counts-of-a-list-take-the-place-after-them",
    ),
    pytest.param(
        "The charity, which runs the contract in England and Wales, helped 61 families "
        "from the Cumbria area in 2023.",
        [(61, "Cumbria")],
        id="from-a-place-called-an-area",
    ),
    pytest.param(
        "The charity, which runs the contract in England and Wales, helped 61 families "
        "from the Durham force area in 2023.",
        [(61, "Durham")],
        id="from-a-force-area",
    ),
    pytest.param(  # near miss: an origin, not the figure's scope
        "Officers across Cumbria found 23 workers, 12 of them from Romania.",
        [(23, "Cumbria"), (12, "Cumbria")],
        id="from-an-origin-is-no-scope",
    ),
    pytest.param(
        "Wardens issued 1,420 fines across Swansea, 980 in Neath and £12,500 in Bridgend.",
        [(1420, "Swansea"), (980, "Neath"), (12500, "Bridgend")],
        id="a-sum-of-a-list-takes-the-place-after-it",
    ),
    pytest.param(
        "Kent Police made 12 arrests: five in Dover, four in Margate and three in Ramsgate.",
        [(12, "Kent"), (5, "Dover"), (4, "Margate"), (3, "Ramsgate")],
        id="a-breakdown-after-a-colon-in-words",
    ),
    pytest.param(
        "Kent Police made 120 arrests in total: 50 in Dover and 30 in Margate.",
        [(120, "Kent"), (50, "Dover"), (30, "Margate")],
        id="a-total-before-a-colon-in-its-clause",
    ),
    pytest.param(
        "Kent Police made 120 arrests, 50 of them in Dover.",
        [(120, "Kent"), (50, "Dover")],
        id="a-total-before-n-of-them",
    ),
    pytest.param(
        "Dorset Police arrested 21 people during a week of action against knife crime in Poole.",
        [(21, "Poole")],
        id="against-what-an-action-fights-is-no-yardstick",
    ),
    pytest.param(
        "Officers in Poole made 412 arrests, against 380 in Weymouth.",
        [(412, "Poole"), (380, "Weymouth")],
        id="against-a-figure-is-a-yardstick",
    ),
    pytest.param(
        "Wardens in Sefton issued 340 fines last year. The borough's rate was 61 per 10,000 "
        "residents, against 54 across England.",
        [(340, "Sefton"), (61, "Sefton"), (54, "England")],
        id="against-a-figure-of-several-digits-is-a-yardstick",
    ),
    # near miss: the thousands comma of a part's own figure is no break
    pytest.param(
        "Kent Police recorded 9,000 thefts. Around 1,500 of these were in Dover.",
        [(9000, "Kent"), (1500, "Dover")],
        id="a-part-with-a-thousands-comma",
    ),
    # a list of places, each with its count, the verb gapped; a ranking
    pytest.param(
        "Cheshire Police recorded 6,400 burglaries. Warrington accounted for 1,900 of them, "
        "Chester for 1,350 and Crewe for 870, while Macclesfield recorded the fewest, at 410.",
        [
            (6400, "Cheshire"),
            (1900, "Warrington"),
            (1350, "Chester"),
            (870, "Crewe"),
            (410, "Macclesfield"),
        ],
        id="a-gapped-list-of-places-and-a-ranking",
    ),
    pytest.param(
        "Lincolnshire Police recorded 3,100 thefts. Lincoln had the most thefts, 1,200, "
        "followed by Boston with 640 and Grantham with 410.",
        [(3100, "Lincolnshire"), (1200, "Lincoln"), (640, "Boston"), (410, "Grantham")],
        id="followed-by-the-next-of-a-ranking",
    ),
    pytest.param(
        "Suffolk Police recorded fewer burglaries. The largest falls were in Ipswich, down "
        "12%, and Lowestoft, down 9%.",
        [(12, "Ipswich"), (9, "Lowestoft")],
        id="place-comma-down-a-share",
    ),
    pytest.param(
        "Since May, 30 wardens have joined teams in Selby, Goole and Bridlington, and "
        "Humberside Police now has 410 wardens.",
        [(30, "Selby, Goole and Bridlington"), (410, "Humberside")],
        id="a-new-subject-is-no-member-of-the-list",
    ),
    pytest.param(
        "Kent Police took in 312 weapons. Of those, 240 went into the force's 22 bins, with "
        "the bin at Dover station collecting 57 on its own.",
        [(312, "Kent"), (240, "Kent"), (22, "Kent"), (57, "Dover")],
        id="a-with-clause-holding-a-part-is-no-place-of-the-total",
    ),
    pytest.param(
        "Kent Police made 88 arrests in May, 21 of them in Margate, and issued 40 closure orders.",
        [(88, "Kent"), (21, "Margate"), (40, "Kent")],
        id="a-part-s-place-is-not-the-next-clause-s",
    ),
    pytest.param(
        "Kent Police made 88 arrests in May, 21 of them, and issued 40 closure orders in Margate.",
        [(88, "Kent"), (21, "Kent"), (40, "Margate")],
        id="near-miss-a-place-after-the-part-is-the-clause-s-own",
    ),
    pytest.param(
        "Kent Police seized 140 knives, with officers in Margate on patrol.",
        [(140, "Margate")],
        id="near-miss-a-with-clause-holding-no-figure-is-no-part",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_area(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected
