"""Places carried from a lead or lead-in to the figures after it, and what "the county"
points back to (pressfacts.statistics.place_wording.PlaceTree.pointed_back)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pressfacts.statistics.place_wording import PlaceTree
from tests.statistics.conftest import AreasOf

CARRY_ROWS = [
    # a share "of those who" its own clause defines is no part of the count before: it
    # takes no place from it; "of those who were …" still points back
    pytest.param(
        "Dorset Police recruited 300 officers in 2024.\n\nWeymouth lost 21 officers last "
        "year.\n\nThe federation chair said a third of those who replied to its survey "
        "planned to leave.",
        [(300, "Dorset"), (21, "Weymouth"), (33.3, "Dorset")],
        id="a-share-of-a-group-its-clause-defines",
    ),
    pytest.param(
        "Dorset Police arrested 300 people in 2024.\n\nIn Weymouth, 90 people were "
        "charged. A third of those who were charged were remanded.",
        [(300, "Dorset"), (90, "Weymouth"), (33.3, "Weymouth")],
        id="a-share-of-those-who-were-points-back",
    ),
    pytest.param(
        "Greater Manchester Police is holding open days in Bolton, Bury, Oldham and Wigan "
        "this week.\n\nThe force recorded 420 hate crimes last month.",
        [(420, "Greater Manchester")],
        id="a-lead-list-of-four-districts-is-the-force-area",
    ),
    pytest.param(
        "West Midlands Police joined charities at stalls in Walsall, Dudley, Sandwell, "
        "Solihull and Coventry. Officers made 31 arrests in October.",
        [(31, "West Midlands")],
        id="a-lead-list-of-five-districts-is-the-force-area",
    ),
    pytest.param(
        "Greater Manchester Police is holding open days in Bolton, Bury and Wigan this week."
        "\n\nOfficers there made 42 arrests last month.",  # "the force recorded": force-subject
        [(42, "Bolton, Bury and Wigan")],
        id="not-a-list-of-three-districts",
    ),
    pytest.param(
        "Hampshire Constabulary ran a week of patrols in the New Forest.\n\n"
        "During the week, officers:\n- stopped 45 cars\n- seized 3 quad bikes\n\n"
        "Across the county, thefts of bikes fell by 9% last year.",
        [(45, "New Forest"), (3, "New Forest"), (9, "Hampshire")],
        id="lead-district-to-list-then-the-county",
    ),
    pytest.param(
        "Victim Support has opened a new office in Carlisle, serving people across Cumbria. "
        "It was opened by Cumbria's Police, Fire and Crime Commissioner. "
        "In its first week, staff helped 40 people at the office.",
        [(40, "Carlisle")],
        id="a-commissioner-alone-is-no-lead-in",
    ),
    pytest.param(
        "Wardens patrolled Whitby harbour for a fortnight.\n\nIn that time they:\n"
        "- handed out 25 fines\n- gave 60 warnings",
        [(25, "Whitby"), (60, "Whitby")],
        id="a-place-lead-in-carries-through-a-list-lead-in",
    ),
    pytest.param(
        "Wardens patrolled Whitby harbour for a fortnight.\n\nThe weather was poor. "
        "In that time they:\n- handed out 25 fines",
        [(25, None)],
        id="not-past-another-sentence",
    ),
    pytest.param(
        "Humberside Police seized 60 bikes in June, with most of them taken in Hull, "
        "Grimsby and Scunthorpe.",
        [(60, "Humberside")],
        id="a-part-of-the-whole-is-not-the-whole-s-area",
    ),
    pytest.param(
        "Cleveland Police arrested 14 men in May.\n\nEach victim was offered help by "
        "Middlesbrough Council, Stockton-on-Tees Borough Council or Hartlepool Borough Council."
        "\n\nIn June, the force received 260 reports.",
        [(14, "Cleveland"), (260, "Cleveland")],
        id="bodies-offered-as-alternatives-lead-in-none",
    ),
    pytest.param(
        "Cleveland Police arrested 14 men in May.\n\nVictims can speak to officers in "
        "Middlesbrough or Hartlepool.\n\nIn June, the force received 260 reports.",
        [(14, "Cleveland"), (260, "Cleveland")],
        id="places-offered-as-alternatives-lead-in-none",
    ),
    pytest.param(
        "Cleveland Police arrested 14 men in May.\n\nThe charity works in Middlesbrough "
        "and Hartlepool.\n\nIn June, it received 260 reports.",
        [(14, "Cleveland"), (260, "Middlesbrough and Hartlepool")],
        id="places-joined-by-and-still-lead-in",
    ),
    pytest.param(
        "Dyfed-Powys Police seized 40 quad bikes. Of those, 25 were in Ceredigion. The rest "
        "were in Powys and Carmarthenshire. Officers also made 12 arrests.",
        [(40, "Dyfed-Powys"), (25, "Ceredigion"), (12, "Dyfed-Powys")],
        id="the-rest-leads-in-nothing",
    ),
    # a paragraph's last sentence naming a site leads nothing in to the next paragraph;
    # within its paragraph, or as the release's lead, it still does
    pytest.param(
        "Surrey Police has collected 2,100 knives.\n\nThe newest bin, in Woking's Jubilee "
        "Square, opened last May.\n\nIn the year to March, the bins took in 812 knives.",
        [(2100, "Surrey"), (812, "Surrey")],
        id="a-site-paragraph-leads-nothing-across",
    ),
    pytest.param(
        "Surrey Police has collected 2,100 knives.\n\nThe newest bin, in Woking's Jubilee "
        "Square, opened last May. It took in 212 knives in its first month.",
        [(2100, "Surrey"), (212, "Woking")],
        id="a-site-sentence-leads-in-within-its-paragraph",
    ),
    pytest.param(
        "The charity has launched a Wales-wide appeal with the Welsh Government.\n\n"
        "Its helpline took 4,100 calls last year.",
        [(4100, "Wales")],
        id="the-release-lead-leads-across",
    ),
    # Nottingham's districts in the gazetteer: a list of sites, and one "alone"
    pytest.param(
        "Nottinghamshire Police put bins at Bulwell, Sneinton and Worksop in May. They have "
        "taken in 240 knives, 90 of them at Bulwell alone.",
        [(240, "Bulwell, Sneinton and Worksop"), (90, "Bulwell")],
        id="nottingham-districts-as-sites",
    ),
    pytest.param(
        "The charity works across Wales. Last year it helped 3,000 families.",
        [(3000, "Wales")],
        id="a-scope-place-still-leads-in",
    ),
    pytest.param(
        "Police Scotland's Fife division made 70 arrests in March. Officers also seized 12 cars.",
        [(70, "Fife"), (12, "Fife")],
        id="a-lead-division-is-the-release-area",
    ),
    pytest.param(
        "Kent Police's Medway district recorded 200 burglaries last year. Officers made "
        "45 arrests.",
        [(200, "Medway"), (45, "Medway")],
        id="a-lead-district-of-a-force-is-the-release-area",
    ),
    pytest.param(
        "Police Scotland's Fife division recorded 50 thefts in Kirkcaldy and Dunfermline. "
        "Officers made 12 arrests.",
        [(50, "Kirkcaldy and Dunfermline"), (12, "Kirkcaldy and Dunfermline")],
        id="a-lead-scope-place-beats-the-division",
    ),
    pytest.param(
        "The charity supported 30 families in the Highlands, 14 in Lochaber and 9 across "
        "Caithness.",
        [(30, "Highlands"), (14, "Lochaber"), (9, "Caithness")],
        id="highland-districts-are-places",
    ),
    pytest.param(
        "Cleveland and Durham PCC Jo Bell will spend £90,000 on patrols. The scheme will pay "
        "for 4 wardens.",
        [(90000, "Cleveland and Durham"), (4, "Cleveland and Durham")],
        id="a-commissioner-of-two-places-speaks-for-both",
    ),
    pytest.param(
        "Jo Bell, the Police and Crime Commissioner for Bath and Bristol, gave £5,000. Officers "
        "made 12 arrests.",
        [(5000, "Bath and Bristol"), (12, "Bath and Bristol")],
        id="a-commissioner-for-two-places-speaks-for-both",
    ),
    pytest.param(
        "The Police and Crime Commissioner for Bath, Bristol and Frome gave £5,000. Officers "
        "made 12 arrests.",
        [(5000, "Bath, Bristol and Frome"), (12, "Bath, Bristol and Frome")],
        id="a-commissioner-for-a-list-of-places-speaks-for-all",
    ),
    pytest.param(
        "Devon and Cornwall Police gave the project £20,000. It follows a trial in Exeter "
        "last year. Of the 40 families who took part, 32 stayed on.",
        [(20000, "Devon and Cornwall"), (40, "Exeter"), (32, "Exeter")],
        id="a-partitive-after-a-placed-lead-in-takes-its-place",
    ),
    pytest.param(
        "Devon and Cornwall Police gave £20,000 to a club. Its base is in Exeter. "
        "The club helped 90 children, and 20 of those children were under 12.",
        [(20000, "Devon and Cornwall"), (90, "Exeter"), (20, "Exeter")],
        id="a-part-of-a-figure-of-its-own-sentence-takes-that-figure's-place",
    ),
    pytest.param(
        "North Wales Police recorded 9,100 thefts last year. Wrexham accounted for 2,300 of "
        "them and Conwy for 1,400. The solved rate rose to 21% over the same period, from 17%.",
        [
            (9100, "North Wales"),
            (2300, "Wrexham"),
            (1400, "Conwy"),
            (21, "North Wales"),
            (17, "North Wales"),
        ],
        id="the-same-period-points-to-a-span-not-to-the-last-district",
    ),
    pytest.param(
        "Cumbria Police recorded 3,000 thefts last year. Carlisle's total was almost "
        "unchanged, at 610. Officers made 90 arrests.",
        [(3000, "Cumbria"), (610, "Carlisle"), (90, "Cumbria")],
        id="a-place-s-total-is-a-figure-and-leads-nothing-in",
    ),
    pytest.param(
        "Durham Constabulary set its budget at £140m.\n\n“We will be seen in every town, "
        "not just in Darlington,” the Chief Constable said.\n\nThe force must still save "
        "£3m next year.",
        [(140000000, "Durham"), (3000000, "Durham")],
        id="a-place-in-quoted-words-leads-nothing-in",
    ),
    # "Its" after a quote is the speaker's organisation: no place named before the quote
    pytest.param(
        "Blue Cross rehomed 6,200 pets across the UK in 2024. Figures for Wales show 410 "
        "dog bites in 2023.\n\n\u201cMost bites are avoidable,\u201d said Jo Pell, the "
        "charity's head of education.\n\nIts schools programme reached 9,000 pupils last "
        "year.",
        [(6200, "UK"), (410, "Wales"), (9000, "UK")],
        id="its-after-a-quote-is-the-speaker-s-not-the-last-place-s",
    ),
    pytest.param(
        "Blue Cross rehomed 6,200 pets across the UK in 2024. Figures for Wales show 410 "
        "dog bites in 2023. Its rate of 13 per 100,000 people was the highest.",
        [(6200, "UK"), (410, "Wales"), (13, "Wales")],
        id="its-after-a-placed-figure-still-takes-that-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRY_ROWS)
def test_area_carry(
    nlp: Language, areas: AreasOf, text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert areas(nlp, text) == expected


TREE = PlaceTree(
    [
        "Ambleside > Cumbria",
        "Cumbria > North West",
        "North West > England",
        "Rydal ward > Ambleside",
        "Keswick > Cumbria",
        "Penrith > Cumbria",
        "Bowness and Windermere > Cumbria",
        "Lancaster > Lancashire",
        "Lancashire > North West",
        "Lake District > Cumbria",
        "Lerwick > Shetland",
        "Shetland > Scotland",
    ]
)

POINTED_BACK_ROWS = [
    ("Across the county, 50 crimes were solved.", "Ambleside", "Cumbria"),
    ("Across the county, 50 crimes were solved.", "Rydal ward", "Cumbria"),
    ("Across the county, 50 crimes were solved.", "Cumbria", "Cumbria"),
    ("Across the county, 50 crimes were solved.", "North West", "North West"),
    ("Across the area, 50 crimes were solved.", "Ambleside", "Ambleside"),
    ("The county council paid £50,000.", "Ambleside", "Ambleside"),
    ("Across the county, 50 crimes were solved.", None, None),
    # a list of towns: the county they all lie in; none shared: the list as named
    ("Across the county, 50 crimes were solved.", "Keswick and Penrith", "Cumbria"),
    ("Across the county, 50 crimes were solved.", "Keswick, Penrith and Ambleside", "Cumbria"),
    ("Across the county, 50 crimes were solved.", "Keswick and Lancaster", "Keswick and Lancaster"),
    # a place whose own name holds "and" is one place
    ("Across the county, 50 crimes were solved.", "Bowness and Windermere", "Cumbria"),
    # "across the country" after a list: the nation the places share
    ("Across the country, 50 crimes were solved.", "Keswick and Lancaster", "England"),
    ("Across the country, 50 crimes were solved.", "Lerwick and Keswick", "Lerwick and Keswick"),
    # a listed place with its article ("… and the Lakes") is the place
    ("Nationally, 50 crimes were solved.", "Lancashire and the Lake District", "England"),
]


@pytest.mark.parametrize(("sentence", "area", "expected"), POINTED_BACK_ROWS)
def test_pointed_back(sentence: str, area: str | None, expected: str | None) -> None:
    assert TREE.pointed_back(sentence, area) == expected
